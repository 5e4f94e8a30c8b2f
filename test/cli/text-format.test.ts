// The text format's positions and quoting, on hand-made issues.
import type { Issue } from '../../src/core';
import { codePoints, formatDocumentIssues, formatPairIssues, LineIndex, quote } from '../../src/cli/text-format';

function issue(over: Partial<Issue>): Issue {
  return {
    ruleId: 'test/rule',
    category: 'accuracy/omission',
    severity: 'major',
    messageId: 'm',
    data: {},
    message: 'Something is wrong.',
    segment: 'p1.s1',
    target: null,
    source: null,
    suggestions: [],
    fix: false,
    ...over,
  };
}

const files = {
  source: { name: 'SRC.txt', text: 'Titre\r\n\r\nUn drone piégé a visé la résidence.\r\n' },
  target: { name: 'MT.txt', text: 'Title\n\n𝒜 trapped drone targeted the residence.\n' },
};

test('line and column from 1, columns in code points, CRLF lines', () => {
  const idx = new LineIndex(files.target.text);
  expect(idx.position(0)).toEqual({ line: 1, column: 1 });
  const at = files.target.text.indexOf('trapped');
  expect(idx.position(at)).toEqual({ line: 3, column: 3 }); // '𝒜' is two UTF-16 units, one code point
  expect(new LineIndex(files.source.text).position(files.source.text.indexOf('drone'))).toEqual({ line: 3, column: 4 });
  expect(codePoints('a𝒜b')).toBe(3);
});

test('a target span, a source-only span, no span at all, a deletion', () => {
  const t = files.target.text;
  const s = files.source.text;
  const out = formatDocumentIssues(
    [
      issue({ target: { start: t.indexOf('trapped drone'), end: t.indexOf('trapped drone') + 13, text: 'trapped drone' }, suggestions: [{ text: 'booby-trapped drone' }] }),
      issue({ source: { start: s.indexOf('piégé'), end: s.indexOf('piégé') + 5, text: 'piégé' }, severity: 'minor' }),
      issue({ severity: 'neutral', segment: 'p3.s1' }),
      issue({ target: { start: 0, end: 5, text: 'Title' }, suggestions: [{ text: '' }] }),
    ],
    files,
  );
  expect(out.split('\n')).toEqual([
    'MT.txt:3:3 major trapped drone → booby-trapped drone  Something is wrong. [test/rule]',
    'SRC.txt:3:10 minor piégé  Something is wrong. [test/rule]',
    'MT.txt:p3.s1 neutral  Something is wrong. [test/rule]',
    'MT.txt:1:1 major Title → (delete)  Something is wrong. [test/rule]',
    '',
  ]);
});

test('pairs: the column counts from the start of the TSV line', () => {
  const out = formatPairIssues([issue({ target: { start: 2, end: 9, text: 'trapped' } }), issue({ source: { start: 3, end: 8, text: 'drone' } })], 'P.tsv', 7, 'Un drone', 'A trapped drone');
  expect(out).toBe('P.tsv:7:12 major trapped  Something is wrong. [test/rule]\nP.tsv:7:4 major drone  Something is wrong. [test/rule]\n');
});

test('quotes show line breaks and shorten long spans', () => {
  expect(quote('a\nb\tc')).toBe('a⏎b c');
  expect([...quote('x'.repeat(200))]).toHaveLength(80);
});
