// stray-characters beyond its catalogue examples: what counts as a stray, and what does not.
import { check } from '../../../src/core/checks/stray-characters';
import { pairDocument } from '../../../src/core/document';
import { createDocContext, runChecks } from '../../../src/core/run';
import { applySuggestion } from '../../../src/core/fix';
import type { Check } from '../../../src/core/checks/check';

/** Each issue as [flagged text, start, end, messageId, target after its first suggestion]. */
function flags(c: Check, source: string, target: string, from: string, to: string): [string, number, number, string, string][] {
  const issues = runChecks(createDocContext(pairDocument(source, target, from, to)), { checks: [c] });
  return issues.map((i) => [i.target?.text ?? '', i.target?.start ?? -1, i.target?.end ?? -1, i.messageId, applySuggestion(target, i)]);
}

describe('stray-characters', () => {
  it('flags a digit inside a word, in Latin and Cyrillic', () => {
    expect(flags(check, 'x', 'The gove3rnment met.', 'de', 'en')).toEqual([['gove3rnment', 4, 15, 'digit-in-word', 'The government met.']]);
    expect(flags(check, 'x', 'Прави3тельство', 'en', 'ru').map((f) => f[0])).toEqual(['Прави3тельство']);
  });
  it('leaves model numbers, formulas, hashtags, handles and URLs alone', () => {
    const t = 'The F-16, COVID-19, H2O, CO2, G7, mp3s, 4x4, #Iraq2021, @afp_fr, user_name@mail.com and https://a.b/c_d~e^f.';
    expect(flags(check, 'x', t, 'de', 'en')).toEqual([]);
  });
  it('flags symbols stuck to words and marks in the middle of a sentence', () => {
    expect(flags(check, 'x', 'He came in_ Spain and for^ good.', 'es', 'en').map((f) => [f[0], f[1], f[4]])).toEqual([
      ['_', 10, 'He came in Spain and for^ good.'],
      ['^', 25, 'He came in_ Spain and for good.'],
    ]);
    expect(flags(check, 'x', 'It ended three weeks? ago.', 'de', 'en').map((f) => [f[0], f[3]])).toEqual([['?', 'mid-sentence-mark']]);
    expect(flags(check, 'x', 'Yahoo! is big.', 'en', 'en')).toEqual([]);
    expect(flags(check, 'Yahoo! est grand.', 'Yahoo! is big.', 'fr', 'en')).toEqual([]);
  });
  it('flags words mixing scripts and proposes the look-alike letters of the target script', () => {
    // "Kаzimi" with a Cyrillic а.
    expect(flags(check, 'x', 'Mr Kаzimi said', 'fr', 'en')).toEqual([['Kаzimi', 3, 9, 'mixed-script', 'Mr Kazimi said']]);
    expect(flags(check, 'x', 'Москва', 'en', 'ru')).toEqual([]);
    // A Latin "o" in a Russian word.
    expect(flags(check, 'x', 'Мoсква', 'en', 'ru').map((f) => f[4])).toEqual(['Москва']);
    // A mixed word copied from the source is the source's.
    expect(flags(check, 'Mr Kаzimi', 'Mr Kаzimi said', 'fr', 'en')).toEqual([]);
  });
});
