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

  it('is reachable through checkPair with host services', () => {
    const { issues } = checkPair('Die Regierung.', 'The goverment.', 'de', 'en', { services });
    expect(issues.some((i) => i.ruleId === 'spelling' && i.target?.text === 'goverment')).toBe(true);
  });

  it('reports nothing for a language without a dictionary', () => {
    expect(flags('Hello.', 'Merhaba dnya.', 'en', 'tr')).toEqual([]);
  });
});
