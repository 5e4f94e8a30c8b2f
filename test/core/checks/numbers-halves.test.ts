// The numbers check with a half said in words ("zweieinhalb Millionen", "двух с половиной
// миллионов", "dos millones y medio", "2½ million") and the Indian scales (लाख, करोड़): read as one
// quantity, so a correct "2.5 million" is quiet and a wrong one is flagged with the right figure.
import { check } from '../../../src/core/checks/numbers';
import { extractNumbers } from '../../../src/core/text/numbers';
import { pairDocument } from '../../../src/core/document';
import { createDocContext, runChecks } from '../../../src/core/run';

function issues(source: string, target: string, from: string, to = 'en') {
  const doc = pairDocument(source, target, from, to);
  return runChecks(createDocContext(doc), { checks: [check] }).map((i) => ({ text: i.target?.text, suggestion: i.suggestions[0]?.text }));
}

const read = (text: string, lang: string) => extractNumbers(text, lang).map((t) => [t.text, t.readings[0].value]);

describe('numbers: a half said in words', () => {
  it('reads the number, its half and its scale word as one quantity in every language', () => {
    expect(read('более двух с половиной миллионов тенге', 'ru')).toEqual([['двух с половиной миллионов', 2.5e6]]);
    expect(read('полтора миллиона человек', 'ru')).toEqual([['полтора миллиона', 1.5e6]]);
    expect(read('полмиллиона человек', 'ru')).toEqual([['полмиллиона', 5e5]]);
    expect(read('dwa i pół miliona złotych', 'pl')).toEqual([['dwa i pół miliona', 2.5e6]]);
    expect(read('półtora miliona osób', 'pl')).toEqual([['półtora miliona', 1.5e6]]);
    expect(read('dva a půl milionu korun', 'cs')).toEqual([['dva a půl milionu', 2.5e6]]);
    expect(read('zweieinhalb Millionen Euro', 'de')).toEqual([['zweieinhalb Millionen', 2.5e6]]);
    expect(read('anderthalb Stunden', 'de')).toEqual([['anderthalb', 1.5]]);
    expect(read('eine halbe Million Menschen', 'de')).toEqual([['eine halbe Million', 5e5]]);
    expect(read('dos millones y medio de euros', 'es')).toEqual([['dos millones y medio', 2.5e6]]);
    expect(read('2 millones y medio', 'es')).toEqual([['2 millones y medio', 2.5e6]]);
    expect(read('due milioni e mezzo di euro', 'it')).toEqual([['due milioni e mezzo', 2.5e6]]);
    expect(read('deux millions et demi', 'fr')).toEqual([['deux millions et demi', 2.5e6]]);
    expect(read('two and a half million people', 'en')).toEqual([['two and a half million', 2.5e6]]);
    expect(read('two thousand and a half', 'en')).toEqual([['two thousand and a half', 2500]]);
    expect(read('half a million people', 'en')).toEqual([['half a million', 5e5]]);
    expect(read('2½ million and 2 1/2 hours', 'en')).toEqual([['2½ million', 2.5e6], ['2 1/2', 2.5]]);
    expect(read('ढाई लाख और साढ़े 3 करोड़', 'hi')).toEqual([['ढाई लाख', 2.5e5], ['साढ़े 3', 3.5e7]]);
  });

  it('leaves a half that belongs to a noun, a date and words that only begin like a half alone', () => {
    expect(read('dos horas y media', 'es')).toEqual([['dos', 2]]);
    expect(read('on 21/2', 'en').map(([, v]) => v)).toEqual([21, 2]);
    expect(read('политика и полиция', 'ru')).toEqual([]);
  });

  it('is quiet on a correct figure and flags a changed one with the source quantity', () => {
    for (const [from, source] of [
      ['ru', 'Штраф составит более двух с половиной миллионов тенге.'],
      ['de', 'Die Strafe beträgt zweieinhalb Millionen Euro.'],
      ['es', 'La multa es de dos millones y medio de euros.'],
      ['it', 'La multa è di due milioni e mezzo di euro.'],
      ['pl', 'Kara wynosi dwa i pół miliona złotych.'],
      ['cs', 'Pokuta činí dva a půl milionu korun.'],
    ]) {
      expect(issues(source, 'The fine is 2.5 million.', from)).toEqual([]);
      expect(issues(source, 'The fine is two and a half million.', from)).toEqual([]);
      expect(issues(source, 'The fine is 2 1/2 million.', from)).toEqual([]);
      expect(issues(source, 'The fine is 3.5 million.', from)).toEqual([{ text: '3.5', suggestion: '2.5' }]);
    }
    expect(issues('Die Strafe beträgt 2,5 Millionen Euro.', 'The fine is two and a half million euros.', 'de')).toEqual([]);
    expect(issues('Die Strafe beträgt 2,5 Millionen Euro.', 'Die Strafe beträgt zweieinhalb Millionen Euro.', 'de', 'de')).toEqual([]);
  });
});

describe('numbers: the Indian scales', () => {
  it('reads लाख and करोड़ after digits of either script, and lakh and crore in English', () => {
    expect(read('सरकार ने 5 लाख रुपये दिए।', 'hi')).toEqual([['5', 5e5]]);
    expect(read('२ करोड़ रुपये', 'hi')).toEqual([['२', 2e7]]);
    expect(read('5 lakh rupees', 'en')).toEqual([['5', 5e5]]);
  });

  it('matches them with the same quantity written in millions or in full', () => {
    expect(issues('सरकार ने 5 लाख रुपये दिए।', 'The government gave 500,000 rupees.', 'hi')).toEqual([]);
    expect(issues('सरकार ने 2 करोड़ रुपये दिए।', 'The government gave 20 million rupees.', 'hi')).toEqual([]);
    expect(issues('सरकार ने 2 करोड़ रुपये दिए।', 'The government gave Rs 2 crore.', 'hi')).toEqual([]);
    expect(issues('सरकार ने 2 करोड़ रुपये दिए।', 'The government gave 2 million rupees.', 'hi')).toEqual([{ text: '2', suggestion: '20' }]);
  });
});
