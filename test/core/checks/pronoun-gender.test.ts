import { check } from '../../../src/core/checks/pronoun-gender';
import { pairDocument } from '../../../src/core/document';
import { createDocContext, runChecks } from '../../../src/core/run';
import { genderCues } from '../../../src/core/lang/pronoun-gender';

function run(source: string, target: string, from: string) {
  return runChecks(createDocContext(pairDocument(source, target, from, 'en')), { checks: [check] });
}

describe('pronoun-gender', () => {
  it('flags "her" for German "seine", suggesting "his" then "him"', () => {
    const target = 'Trump wrote on Twitter that her government is monitoring the storms.';
    const [issue] = run('Trump schrieb per Twitter, dass seine Regierung die Stürme beobachte.', target, 'de');
    expect(issue.target).toEqual({ start: 28, end: 31, text: 'her' });
    expect(issue.suggestions).toEqual([{ text: 'his' }, { text: 'him' }]);
    expect(issue.severity).toBe('critical');
  });

  it('reads the gender of Polish, Russian and Czech past-tense verbs', () => {
    const [pl] = run('Jak powiedziała dziennikarzom RND, liczba jest zatrważająca.', 'The number is alarming, he told RND reporters.', 'pl');
    expect(pl.target).toEqual({ start: 24, end: 26, text: 'he' });
    expect(pl.suggestions).toEqual([{ text: 'she' }]);
    const [ru] = run('Он заявил, что турнир состоится.', 'She announced that the tournament will take place.', 'ru');
    expect(ru.target).toEqual({ start: 0, end: 3, text: 'She' });
    expect(ru.suggestions).toEqual([{ text: 'He' }]);
    const [cs] = run('Řekla, že se vrátí.', 'He said he would return himself.', 'cs');
    expect(cs.target).toEqual({ start: 0, end: 2, text: 'He' });
  });

  it('reports the first contradicting pronoun, with "himself" → "herself"', () => {
    const [issue] = run('Lui ha vinto la gara.', 'The race was won by herself, she said.', 'it');
    expect(issue.target).toEqual({ start: 20, end: 27, text: 'herself' });
    expect(issue.suggestions).toEqual([{ text: 'himself' }]);
  });

  it('stays quiet when the source may speak of a woman without a clear pronoun', () => {
    expect(run('Die Kanzlerin sagte, er habe recht.', 'The chancellor said he was right, and she agreed.', 'de')).toEqual([]);
    expect(run('Warner Brothers nahm sie unter Vertrag.', 'Warner Brothers signed him.', 'de')).toEqual([]);
    expect(run('Dijo que la ministra llegará.', 'He said that she would arrive.', 'es')).toEqual([]);
    expect(run('Il y a deux ans, elle est partie.', 'Two years ago, she left.', 'fr')).toEqual([]);
  });

  it('stays quiet on agreeing pronouns and on sources with no cue (pro-drop)', () => {
    expect(run('Она сказала, что он придёт.', 'She said that he would come.', 'ru')).toEqual([]);
    expect(run('Prometió seguir luchando.', 'She promised to keep fighting.', 'es')).toEqual([]);
  });

  it('does not take nouns in -ł / -л / -tel for verbs', () => {
    expect(genderCues('pl', ['udział', 'kanał', 'michał'])).toMatchObject({ m: 0, f: 0 });
    expect(genderCues('ru', ['финал', 'сериал', 'сила'])).toMatchObject({ m: 0, f: 0 });
    expect(genderCues('cs', ['ředitel', 'festival', 'škola'])).toMatchObject({ m: 0, f: 0 });
    expect(genderCues('cs', ['řekl', 'přišla'])).toMatchObject({ m: 1, f: 1 });
  });
});
