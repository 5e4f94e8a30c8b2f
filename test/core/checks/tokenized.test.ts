// tokenized beyond its catalogue examples: exact spans and fixes of tokeniser traces.
import { check } from '../../../src/core/checks/tokenized';
import { pairDocument } from '../../../src/core/document';
import { createDocContext, runChecks } from '../../../src/core/run';
import { applySuggestion } from '../../../src/core/fix';
import type { Check } from '../../../src/core/checks/check';

/** Each issue as [flagged text, start, end, messageId, target after its first suggestion]. */
function flags(c: Check, source: string, target: string, from: string, to: string): [string, number, number, string, string][] {
  const issues = runChecks(createDocContext(pairDocument(source, target, from, to)), { checks: [c] });
  return issues.map((i) => [i.target?.text ?? '', i.target?.start ?? -1, i.target?.end ?? -1, i.messageId, applySuggestion(target, i)]);
}

describe('tokenized', () => {
  it('removes every space before , and . in a tokenised sentence', () => {
    const t = 'In the end , however , it ended .';
    expect(flags(check, 'x', t, 'de', 'en').map((f) => [f[0], f[1], f[2], f[4]])).toEqual([
      [' ,', 10, 12, 'In the end, however , it ended .'],
      [' ,', 20, 22, 'In the end , however, it ended .'],
      [' .', 31, 33, 'In the end , however , it ended.'],
    ]);
  });
  it('joins English clitics and French elisions', () => {
    expect(flags(check, 'x', 'We do n\'t know it \'s late.', 'de', 'en').map((f) => [f[0], f[4]])).toEqual([
      [" n't", "We don't know it 's late."],
      [" 's", "We do n't know it's late."],
    ]);
    expect(flags(check, 'x', "Il est arrivé jusqu' à l' Irak.", 'en', 'fr').map((f) => [f[0], f[4]])).toEqual([
      ["jusqu' ", "Il est arrivé jusqu'à l' Irak."],
      ["l' ", "Il est arrivé jusqu' à l'Irak."],
    ]);
  });
  it('closes up brackets, but leaves list enumerators alone', () => {
    expect(flags(check, 'x', 'Söder ( CSU ) said', 'de', 'en').map((f) => [f[0], f[1], f[4]])).toEqual([
      ['( ', 6, 'Söder (CSU ) said'],
      [' )', 11, 'Söder ( CSU) said'],
    ]);
    expect(flags(check, 'x', 'Steps: a ) open, b ) close.', 'de', 'en')).toEqual([]);
  });
  it('works in Cyrillic and is quiet on clean text and numbers', () => {
    expect(flags(check, 'x', 'Пока что , в Испании .', 'en', 'ru').map((f) => f[0])).toEqual([' ,', ' .']);
    expect(flags(check, 'x', 'Version 3 . 5 of .NET, about 3.5 m... so “yes”.', 'de', 'en')).toEqual([]);
    expect(flags(check, 'x', "Un po' di tempo all'estero.", 'en', 'it')).toEqual([]);
  });
});
