// quotes-unpaired beyond its catalogue examples: which mark is reported, and what is tolerated.
import { check } from '../../../src/core/checks/quotes-unpaired';
import { pairDocument } from '../../../src/core/document';
import { createDocContext, runChecks } from '../../../src/core/run';
import { applySuggestion } from '../../../src/core/fix';
import type { Check } from '../../../src/core/checks/check';

/** Each issue as [flagged text, start, end, messageId, target after its first suggestion]. */
function flags(c: Check, source: string, target: string, from: string, to: string): [string, number, number, string, string][] {
  const issues = runChecks(createDocContext(pairDocument(source, target, from, to)), { checks: [c] });
  return issues.map((i) => [i.target?.text ?? '', i.target?.start ?? -1, i.target?.end ?? -1, i.messageId, applySuggestion(target, i)]);
}

describe('quotes-unpaired', () => {
  it('reports the stray straight quote glued to a word', () => {
    expect(flags(check, 'Sie sagten, die Forderungen seien erfüllt.', 'They said the demands" were met.', 'de', 'en')).toEqual([
      ['"', 21, 22, 'unpaired-quote', 'They said the demands were met.'],
    ]);
  });
  it('tolerates apostrophes, mixed quote styles and quotes the source leaves open', () => {
    expect(flags(check, 'x', 'I’m fine, Iraq’s “plot” and l’Irak’s.', 'fr', 'en')).toEqual([]);
    expect(flags(check, 'x', '"I did not know,” he said.', 'ru', 'en')).toEqual([]);
    expect(flags(check, '« Ma résidence a été visée.', '“My residence was targeted.', 'fr', 'en')).toEqual([]);
    expect(flags(check, 'x', 'a “monumental loss“ for all', 'de', 'en')).toEqual([]);
  });
  it('pairs quotes by locale: „…“ in German, »…« too, «…» in Russian', () => {
    expect(flags(check, 'x', 'Er sagte „ja“ und »nein«.', 'en', 'de')).toEqual([]);
    expect(flags(check, 'x', 'Er sagte „ja und nein.', 'en', 'de').map((f) => [f[0], f[1]])).toEqual([['„', 9]]);
    expect(flags(check, 'x', 'Он сказал «да».', 'en', 'ru')).toEqual([]);
    expect(flags(check, 'x', 'Он сказал да».', 'en', 'ru').map((f) => [f[0], f[1]])).toEqual([['»', 12]]);
  });
  it('matches brackets, including CJK ones, and skips enumerators and smileys', () => {
    expect(flags(check, 'x', 'Söder (CSU said', 'de', 'en').map((f) => [f[0], f[1], f[3]])).toEqual([['(', 6, 'unpaired-bracket']]);
    const ja = '彼は「はい』と言った。';
    expect(flags(check, 'x', ja, 'en', 'ja').map((f) => f[1])).toEqual([2, 5]);
    expect(flags(check, 'x', 'Two steps: 1) open, 2) close :)', 'en', 'en')).toEqual([]);
    expect(flags(check, 'Söder (CSU sagte', 'Söder (CSU said', 'de', 'en')).toEqual([]);
  });
});
