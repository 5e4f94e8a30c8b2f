// repetition beyond its catalogue examples: spans, fixes, allowlists and CJK.
import { check } from '../../../src/core/checks/repetition';
import { pairDocument } from '../../../src/core/document';
import { createDocContext, runChecks } from '../../../src/core/run';
import { applySuggestion } from '../../../src/core/fix';
import type { Check } from '../../../src/core/checks/check';

/** Each issue as [flagged text, start, end, messageId, target after its first suggestion]. */
function flags(c: Check, source: string, target: string, from: string, to: string): [string, number, number, string, string][] {
  const issues = runChecks(createDocContext(pairDocument(source, target, from, to)), { checks: [c] });
  return issues.map((i) => [i.target?.text ?? '', i.target?.start ?? -1, i.target?.end ?? -1, i.messageId, applySuggestion(target, i)]);
}

describe('repetition', () => {
  it('collapses a repeated word, case-insensitively, keeping the first spelling', () => {
    expect(flags(check, 'x', 'The the states states states.', 'de', 'en')).toEqual([
      ['The the', 0, 7, 'repeated-word', 'The states states states.'],
      ['states states states', 8, 28, 'repeated-word', 'The the states.'],
    ]);
  });
  it('collapses a repeated phrase of two to four words', () => {
    expect(flags(check, 'x', 'He was born in London in London in 1946.', 'de', 'en')).toEqual([
      ['in London in London', 12, 31, 'repeated-phrase', 'He was born in London in 1946.'],
    ]);
  });
  it('leaves grammar, source repetitions, names and punctuated repeats alone', () => {
    expect(flags(check, 'x', 'He said that that had had effects.', 'de', 'en')).toEqual([]);
    expect(flags(check, 'Sehr sehr müde.', 'Very very tired.', 'de', 'en')).toEqual([]);
    expect(flags(check, 'Er lebt in Walla Walla.', 'He lives in Walla Walla.', 'de', 'en')).toEqual([]);
    expect(flags(check, 'x', 'Yes, yes. No. No.', 'de', 'en')).toEqual([]);
    expect(flags(check, 'x', 'Die Frauen, die die Kinder sahen.', 'en', 'de')).toEqual([]);
    expect(flags(check, 'x', 'Nous nous sommes vus.', 'en', 'fr')).toEqual([]);
  });
  it('works in Cyrillic, Arabic, Devanagari and in CJK without spaces', () => {
    expect(flags(check, 'x', 'Он он пришёл.', 'en', 'ru').map((f) => f[4])).toEqual(['Он пришёл.']);
    expect(flags(check, 'x', 'वह घर घर गया।', 'en', 'hi').map((f) => f[4])).toEqual(['वह घर गया।']);
    expect(flags(check, 'x', '中国政府中国政府决定了。', 'en', 'zh')).toEqual([['中国政府中国政府', 0, 8, 'repeated-phrase', '中国政府决定了。']]);
    expect(flags(check, 'x', '我们讨论讨论吧。いろいろ。', 'en', 'zh')).toEqual([]);
  });
  it('flags a repeated number unless the source repeats it', () => {
    expect(flags(check, 'x', 'It opens in 2021 2021.', 'de', 'en').map((f) => f[4])).toEqual(['It opens in 2021.']);
  });
});
