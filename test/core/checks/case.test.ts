// case beyond its catalogue examples: exact spans and fixes, and what is left alone.
import { check } from '../../../src/core/checks/case';
import { pairDocument } from '../../../src/core/document';
import { createDocContext, runChecks } from '../../../src/core/run';
import { applySuggestion } from '../../../src/core/fix';
import type { Check } from '../../../src/core/checks/check';

/** Each issue as [flagged text, start, end, messageId, target after its first suggestion]. */
function flags(c: Check, source: string, target: string, from: string, to: string): [string, number, number, string, string][] {
  const issues = runChecks(createDocContext(pairDocument(source, target, from, to)), { checks: [c] });
  return issues.map((i) => [i.target?.text ?? '', i.target?.start ?? -1, i.target?.end ?? -1, i.messageId, applySuggestion(target, i)]);
}

describe('case', () => {
  it('capitalises a sentence start the source capitalises', () => {
    expect(flags(check, 'Am Ende gewann Werth.', 'in the end, Werth won.', 'de', 'en')).toEqual([['in', 0, 2, 'first-lower', 'In the end, Werth won.']]);
    expect(flags(check, 'Он пришёл. Она ушла.', 'He came. she left.', 'ru', 'en').map((f) => [f[0], f[1], f[4]])).toEqual([['she', 9, 'He came. She left.']]);
    expect(flags(check, '„Es geht“, sagte er.', '"it works," he said.', 'de', 'en').map((f) => f[4])).toEqual(['"It works," he said.']);
  });
  it('leaves continuations, abbreviations, brand names and lower-case sources alone', () => {
    expect(flags(check, 'Er sagte: Ja.', 'He said: yes.', 'de', 'en')).toEqual([]);
    expect(flags(check, 'Das iPhone ist da.', 'iPhone sales are up.', 'de', 'en')).toEqual([]);
    expect(flags(check, 'Die 12 ft. langen Proteine.', 'These 12 ft. long proteins.', 'de', 'en')).toEqual([]);
    expect(flags(check, 'und dann nichts.', 'and then nothing.', 'de', 'en')).toEqual([]);
    expect(flags(check, '他来了。', 'he came.', 'zh', 'en')).toEqual([]);
  });
  it('reports a whole segment in lower or upper case once', () => {
    const lower = flags(check, 'Werth hat in Achleiten gewonnen.', 'werth won in achleiten.', 'de', 'en');
    expect(lower.map((f) => [f[0], f[3]])).toEqual([['werth won in achleiten.', 'all-lower']]);
    const upper = flags(check, 'Il est arrivé à Paris hier soir.', 'HE ARRIVED IN PARIS LAST NIGHT.', 'fr', 'en');
    expect(upper.map((f) => [f[3], f[4]])).toEqual([['all-upper', 'He arrived in Paris last night.']]);
  });
  it('restores a name the source capitalises, in Latin and Cyrillic', () => {
    expect(flags(check, 'Il est arrivé à Paris.', 'He arrived in paris.', 'fr', 'en')).toEqual([['paris', 14, 19, 'name-lower', 'He arrived in Paris.']]);
    expect(flags(check, 'Он приехал в Москву из Киева.', 'Він приїхав у москву з Києва.', 'ru', 'uk').map((f) => f[4])).toEqual(['Він приїхав у Москву з Києва.']);
    // German capitalises every noun: no names to learn from it.
    expect(flags(check, 'Das Internet und das Hotel.', 'The internet and the hotel.', 'de', 'en')).toEqual([]);
  });
});
