// The spelling check with the real host dictionaries (English, German), DEMETR-style errors.
import { checkPair } from '../../../src/core';
import { pairDocument } from '../../../src/core/document';
import { createDocContext, runChecks } from '../../../src/core/run';
import { spelling } from '../../../src/core/checks/spelling';
import { createSpellingServices } from '../../../src/host/spelling';

const services = createSpellingServices();

function flags(source: string, target: string, from = 'de', to = 'en') {
  const doc = pairDocument(source, target, from, to);
  return runChecks(createDocContext(doc), { checks: [spelling], services }).map((i) => ({
    text: i.target?.text,
    start: i.target?.start,
    suggestion: i.suggestions[0]?.text,
  }));
}

describe('spelling with hunspell dictionaries', () => {
  it('flags a misspelling with its span and suggestion', () => {
    const t = 'The goverment has recieved the internatonal report.';
    expect(flags('Die Regierung hat den internationalen Bericht erhalten.', t)).toEqual([
      { text: 'goverment', start: 4, suggestion: 'government' },
      { text: 'recieved', start: 18, suggestion: 'received' },
      { text: 'internatonal', start: 31, suggestion: 'international' },
    ]);
  });

  it('leaves names, numbers, URLs, source words, contractions and British spellings alone', () => {
    const t = 'Mustafa al-Kazimi didn’t see the colour of the well-known COVID-19 report at www.exemple.fr on the Gleichstellungsbeauftragte’s list.';
    expect(flags('Gleichstellungsbeauftragte www.exemple.fr', t, 'fr', 'en')).toEqual([]);
  });

  it('flags a word with a character removed, and a stray lower-case letter', () => {
    expect(flags('Er ist krank.', 'He s ill and the virs spreads.')).toEqual([
      { text: 's', start: 3, suggestion: undefined },
      { text: 'virs', start: 17, suggestion: expect.any(String) },
    ]);
  });

  it('reads German: inflected words and compounds are correct, a typo is not', () => {
    expect(flags('I would see it.', 'Ich würde es sehen, sagte die Gleichstellungsbeauftragte.', 'en', 'de')).toEqual([]);
    expect(flags('We see the government.', 'Wir sehen die Regierung und die Goverment nicht gut.', 'en', 'de')).toEqual([]);
    expect(flags('It is good.', 'Es ist gutt.', 'en', 'de').map((f) => f.text)).toEqual(['gutt']);
  });

  it('flags a slip after a word-forming prefix, fixed inside the compound', () => {
    const found = flags('Vzhledem k rozmanitému mikroklimatu.', 'Due to its diverse microclimae, it grows well.', 'cs', 'en');
    expect(found.map((f) => [f.text, f.start])).toEqual([['microclimae', 19]]);
    expect(found[0].suggestion).toMatch(/^microclim/);
  });

  it('leaves a compound of a prefix and a known word alone, even when the dictionary would split it', () => {
    expect(flags('Die Teilregion ist groß.', 'The subregion is large, and the microclimate is mild.')).toEqual([]);
    expect(flags('Die Position.', 'The postion is clear.').map((f) => f.text)).toEqual(['postion']);
  });

  it('is reachable through checkPair with host services', () => {
    const { issues } = checkPair('Die Regierung.', 'The goverment.', 'de', 'en', { services });
    expect(issues.some((i) => i.ruleId === 'spelling' && i.target?.text === 'goverment')).toBe(true);
  });

  it('reports nothing for a language without a dictionary', () => {
    expect(flags('Hello.', 'Merhaba dnya.', 'en', 'tr')).toEqual([]);
  });
});

describe('spelling: what is worth a report', () => {
  const texts = (source: string, target: string, from = 'de', to = 'en') => flags(source, target, from, to).map((f) => f.text);

  it('leaves rare words, compounds and derivations without a close suggestion alone', () => {
    expect(texts('x', 'The denuclearization of the peninsula and intercompany debts.')).toEqual([]);
    expect(texts('x', 'Its microclimate supports hypersonic breakrooms with carotenoid pigmentation.')).toEqual([]);
    expect(texts('x', 'Bed bugs are insects adapted to parasitize humans.')).toEqual([]);
  });

  it('leaves names alone: no word one edit away, accents the dictionary lacks, inflected or transliterated in the source', () => {
    expect(texts('Pfannenstiel war dort.', 'Pfannenstiel held a similar position.')).toEqual([]);
    expect(texts('x', 'Netanyahu, the prime minister, was there.')).toEqual([]);
    expect(texts('Er spielte bei Fortuna.', 'He played for Fortuna Düsseldorf until May.')).toEqual([]);
    expect(texts('Automobilka v Kolínské oblasti.', 'Kolín-based carmakers stopped.', 'cs', 'en')).toEqual([]);
    expect(texts('Зеленский призвал Путина.', 'Zelensky called on Putin.', 'ru', 'en')).toEqual([]);
    expect(texts('Михаил приехал.', 'Mihhail arrived.', 'ru', 'en')).toEqual([]);
  });

  it('leaves units after numbers and letters talked about alone', () => {
    expect(texts('x', 'The cave is at least 100 m to 250 m wide.')).toEqual([]);
    expect(texts('x', 'Watch out for c and g, and note the pronunciation of r and rr.')).toEqual([]);
  });

  it('flags capitalised slips one edit from a word, at a sentence start or inside one', () => {
    expect(flags('Die Europäische Union.', 'The Eurpoean Union met.')).toEqual([{ text: 'Eurpoean', start: 4, suggestion: 'European' }]);
    expect(flags('Weil es regnete.', 'Becuase it rained, we stayed.')).toEqual([{ text: 'Becuase', start: 0, suggestion: 'Because' }]);
    expect(flags('Er weiß es nicht.', 'He dosen’t know.')).toEqual([{ text: 'dosen’t', start: 3, suggestion: 'doesn’t' }]);
  });

  it('flags a slip two edits from a word in lower case', () => {
    expect(flags('x', 'It is relitavely quiet.')).toEqual([{ text: 'relitavely', start: 6, suggestion: 'relatively' }]);
  });

  it('a word the source has is taken over, in that segment only', () => {
    expect(texts('x', 'The optation was made.')).toEqual(['optation']);
    expect(texts('une optation', 'The optation was made.', 'fr', 'en')).toEqual([]);
    expect(texts('y', 'The optation was made.')).toEqual(['optation']);
  });

  it('judges hyphenated words by their parts: name particles, word-forming heads, joined-up forms', () => {
    expect(texts('x', 'Prime Minister al-Kadhimi met pro-Iran groups at a pre-training centre and worked co-operatively.')).toEqual([]);
    expect(texts('x', 'A well-knwon report.')).toEqual(['knwon']);
    expect(texts('grâce à la cooptation d’élus', 'thanks to the co-optation of elected members')).toEqual([]);
  });

  it('reads German derivations and prefixed words the dictionary lacks, and still finds a typo', () => {
    const de = (t: string) => texts('x', t, 'en', 'de');
    expect(de('Die Bestäuber und die Bestäubung sind wichtig.')).toEqual([]);
    expect(de('Eine rekonfigurierbare und ungefälschte Lösung.')).toEqual([]);
    expect(de('Im Gesundheits- und Sozialwesen.')).toEqual([]);
    expect(de('Die Mathemathik ist schwer.')).toEqual(['Mathemathik']);
    expect(de('Ich weiss es.')).toEqual([]); // Swiss spelling
  });
});
