// codes beyond its catalogue examples: what is flagged, where, the corrected target, and the
// writing variants that must stay quiet.
import { check } from '../../../src/core/checks/codes';
import { pairDocument } from '../../../src/core/document';
import { createDocContext, runChecks } from '../../../src/core/run';
import { applySuggestion } from '../../../src/core/fix';

/** Each issue as [flagged text, start, end, target after its fix]. */
function flags(source: string, target: string, from = 'de', to = 'en'): [string, number, number, string][] {
  const issues = runChecks(createDocContext(pairDocument(source, target, from, to)), { checks: [check] });
  return issues.map((i) => [i.target?.text ?? '', i.target?.start ?? -1, i.target?.end ?? -1, applySuggestion(target, i)]);
}

describe('codes', () => {
  it('flags a code that lost a letter, with its span and the source spelling as fix', () => {
    expect(flags('Die Rakete vom Typ RM-1 flog.', 'The R-1 type rocket flew.')).toEqual([['R-1', 4, 7, 'The RM-1 type rocket flew.']]);
  });
  it('flags added and changed letters, in several source scripts', () => {
    expect(flags('Самолёт A320 приземлился.', 'The AB320 plane landed.', 'ru')).toEqual([['AB320', 4, 9, 'The A320 plane landed.']]);
    expect(flags('疫苗针对COVID-19。', 'The vaccine targets COVIF-19.', 'zh')).toEqual([['COVIF-19', 20, 28, 'The vaccine targets COVID-19.']]);
    expect(flags('أقلعت طائرة Su-34 أمس.', 'A S-34 took off yesterday.', 'ar').map((f) => f[3])).toEqual(['A Su-34 took off yesterday.']);
    // A short abbreviation with a letter changed is mostly a translation of it: quiet.
    expect(flags('أقلعت طائرة Su-34 أمس.', 'A Sa-34 took off yesterday.', 'ar')).toEqual([]);
    expect(flags('Die Lieferung kommt in KW12.', 'The delivery arrives in CW12.')).toEqual([]);
    expect(flags('Der Vertrag der UE-27.', 'The EU-27 treaty.', 'fr')).toEqual([]);
    // One letter replaced by another in a one-letter code reads as another designation: quiet.
    expect(flags('أقلعت طائرة B-52 أمس.', 'A P-52 took off yesterday.', 'ar')).toEqual([]);
  });
  it('flags a slip inside a German compound and keeps the compound', () => {
    expect(flags('The MH17 crash.', 'Der M17-Absturz.', 'en', 'de')).toEqual([['M17', 4, 7, 'Der MH17-Absturz.']]);
  });
  it('stays quiet on an exact copy and on spelling variants of the same code', () => {
    expect(flags('Die F-16 startete.', 'The F-16 took off.')).toEqual([]);
    expect(flags('Die F-16 startete.', 'The F16 took off.')).toEqual([]);
    expect(flags('Die F-16 startete.', 'The F 16 took off.')).toEqual([]);
    expect(flags('Die F\u201116 startete.', 'The F–16 took off.')).toEqual([]);
    expect(flags('Die COVID-19-Pandemie.', 'The Covid-19 pandemic.')).toEqual([]);
    expect(flags('Mehr CO2.', 'More CO₂.')).toEqual([]);
    expect(flags('Mehr ＣＯ２.', 'More CO2.')).toEqual([]);
  });
  it('leaves units, ordinals and tokens that start with a digit alone', () => {
    expect(flags('Er lief 5 km in 3D.', 'He ran 5km in 3-D.')).toEqual([]);
    expect(flags('In den 1990er Jahren, Platz 2.', 'In the 1990s, 2nd place.')).toEqual([]);
  });
  it('leaves a code missing altogether to the omission and numbers checks', () => {
    expect(flags('Die F-16 startete.', 'The fighter took off.')).toEqual([]);
  });
  it('leaves Cyrillic codes to the names check', () => {
    expect(flags('Истребитель Су-27 взлетел.', 'The Si-27 fighter took off.', 'ru')).toEqual([]);
    expect(flags('The Su-27 took off.', 'Истребитель Су-2 взлетел.', 'en', 'ru')).toEqual([]);
  });
  it('stays quiet when several source codes share the digits', () => {
    expect(flags('Die Su-27 und die MiG-27.', 'The S-27 and the Mi-27.')).toEqual([]);
  });
  it('stays quiet when every letter differs or the target code is in the source too', () => {
    expect(flags('Résultats du T3.', 'Q3 results.', 'fr')).toEqual([]);
    expect(flags('Die A7 und die B7.', 'The B7 and the B7.')).toEqual([]);
  });
  it('stays quiet when letters are added beyond two edits', () => {
    expect(flags('Die U21 gewann.', 'The Under-21 team won.')).toEqual([]);
  });
});
