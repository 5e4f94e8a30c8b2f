import { checkPair } from '../../../src/core';
// The numbers check beyond its catalogue examples: exact spans, suggestions in the target's
// conventions, the normalisations it relies on, and the sample article staying quiet.
import { check } from '../../../src/core/checks/numbers';
import { extractNumbers, parseCjkNumber } from '../../../src/core/text/numbers';
import { pairDocument } from '../../../src/core/document';
import { createDocContext, runChecks } from '../../../src/core/run';
import { applySuggestion } from '../../../src/core/fix';
import { runExample } from '../../../src/core/testing/rule-tester';

function issues(source: string, target: string, from: string, to: string) {
  const doc = pairDocument(source, target, from, to);
  return runChecks(createDocContext(doc), { checks: [check] });
}

const values = (text: string, lang: string) =>
  extractNumbers(text, lang).filter((t) => t.kind !== 'month').map((t) => t.readings[0].value);

describe('numbers: own examples', () => {
  check.meta.examples.good.forEach((ex, i) => {
    it(`good ${i + 1}`, () => expect(runExample([check], ex).issues.map((x) => x.message)).toEqual([]));
  });
  check.meta.examples.bad.forEach((ex, i) => {
    it(`bad ${i + 1}`, () => {
      const run = runExample([check], ex);
      expect(run.issues.map((x) => x.target?.text ?? '')).toEqual([ex.flagged]);
      if (ex.fixed) expect(run.fixedBy(run.issues[0])).toBe(ex.fixed);
    });
  });
});

describe('number extraction', () => {
  it('reads locale groupings and decimals', () => {
    expect(values('1 000,5 et 1\u00A0000,5 et 1\u202F000,5', 'fr')).toEqual([1000.5, 1000.5, 1000.5]);
    expect(values('1,000.5', 'en')).toEqual([1000.5]);
    expect(values('272.000', 'de')).toEqual([272000]);
    expect(values('3,5 millions', 'fr')).toEqual([3.5e6]);
    expect(values('3.5 million', 'en')).toEqual([3.5e6]);
  });
  it('reads times, ranges, ordinals and other scripts', () => {
    expect(values('12 h 00, 12:00, 12h', 'fr')).toEqual([12, 12, 12]);
    expect(values('100 à 250, 2010-2012', 'fr')).toEqual([100, 250, 2010, 2012]);
    expect(values('am 3. Oktober, 1er mai', 'de')).toEqual([3, 1]);
    expect(values('１２３ ٢٠٢٠ २५', 'en')).toEqual([123, 2020, 25]);
    expect(parseCjkNumber('三百五十')).toBe(350);
    expect(parseCjkNumber('十二')).toBe(12);
    expect(parseCjkNumber('2万')).toBe(20000);
    expect(parseCjkNumber('3.5億')).toBe(3.5e8);
    expect(parseCjkNumber('二〇二〇')).toBe(2020);
  });
  it('reads number words, leaving a lone "one" / "ein" alone', () => {
    expect(values('twenty-five people and one man', 'en')).toEqual([25]);
    expect(values('drei Wochen, dreiundzwanzig, ein Mann', 'de')).toEqual([3, 23]);
    expect(values('trois, quatre-vingts, vingt et un', 'fr')).toEqual([3, 80, 21]);
    expect(values('три дня', 'ru')).toEqual([3]);
  });
});

describe('numbers check', () => {
  it('flags the changed target number and proposes the source value in target format', () => {
    const [x, ...rest] = issues('Environ 1 500 personnes.', 'About 1,400 people.', 'fr', 'en');
    expect(rest).toEqual([]);
    expect(x.messageId).toBe('changed');
    expect(x.target).toEqual({ start: 6, end: 11, text: '1,400' });
    expect(x.source?.text).toBe('1 500');
    expect(x.suggestions[0].text).toBe('1,500');
    expect(x.fix).toBe(false);
  });

  it('reports a dropped digit number on the source only', () => {
    const [x, ...rest] = issues('Il y a eu 17 blessés.', 'There were injured people.', 'fr', 'en');
    expect(rest).toEqual([]);
    expect(x.messageId).toBe('missing');
    expect(x.target).toBeNull();
    expect(x.source?.text).toBe('17');
  });

  it('writes a word back as a word, with its capital', () => {
    const [x] = issues('Drei Menschen wurden verletzt.', 'Five people were injured.', 'de', 'en');
    expect(x.target?.text).toBe('Five');
    expect(applySuggestion('Five people were injured.', x)).toBe('Three people were injured.');
  });

  it('stays quiet on conventions: words vs digits, "a", rounding, numbering, ids', () => {
    expect(issues('Sie kamen vor 3 Tagen.', 'They came three days ago.', 'de', 'en')).toEqual([]);
    expect(issues('Il reste 1 jour.', 'There is a day left.', 'fr', 'en')).toEqual([]);
    expect(issues('Es kostet 2,35 Mio. Euro.', 'It costs 2.4 million euros.', 'de', 'en')).toEqual([]);
    expect(issues('2. Die Covid-19-Lage und 32 F-35.', '2. The COVID-19 situation and 32 F-35s.', 'de', 'en')).toEqual([]);
    expect(issues('in den 90er Jahren', 'in the 1990s', 'de', 'en')).toEqual([]);
    expect(issues('Um 15 Uhr', 'At 3 p.m.', 'de', 'en')).toEqual([]);
  });

  it('stays quiet on the sample article numbers (dates with month names, years)', () => {
    const fr =
      "Elle survient près d'un mois après les élections législatives du 10 octobre qui ont vu l'Alliance de la Conquête perdre de nombreux sièges. Au pouvoir depuis mai 2020. Des militants se sont soulevés en octobre 2019.";
    const en =
      'It comes nearly a month after the October 10 legislative elections which saw the Conquest Alliance lose many seats. In power since May 2020. Activists rose up in October 2019.';
    expect(issues(fr, en, 'fr', 'en')).toEqual([]);
    expect(issues(fr, en.replace('October 10', 'October 11'), 'fr', 'en').map((x) => x.target?.text)).toEqual(['11']);
  });
});

describe('numbers: measures converted with their units', () => {
  const issues = (source: string, target: string, from: string, to: string) =>
    checkPair(source, target, from, to).issues.filter((i) => i.ruleId === 'numbers');

  it('takes a number converted along with its unit for a localisation, in either direction', () => {
    expect(issues("It's about 120 feet above the water.", 'Er befindet sich etwa 40 Meter über dem Wasser.', 'en', 'de')).toEqual([]);
    expect(issues('It will raise itself to 115 Fahrenheit for two days.', 'Es wird sich zwei Tage lang auf 46 Grad Celsius aufheizen.', 'en', 'de')).toEqual([]);
    expect(issues("That's about a 15-foot boat.", 'Das ist etwa fünf Meter lang.', 'en', 'de')).toEqual([]);
    expect(issues('Пробка растянулась на 8 километров.', 'The traffic jam stretched for 5 miles.', 'ru', 'en')).toEqual([]);
  });

  it('still flags a number changed or lost when its unit stayed the same', () => {
    const [changed] = issues("It's about 120 feet above the water.", 'Er befindet sich etwa 40 Fuß über dem Wasser.', 'en', 'de');
    expect(changed).toMatchObject({ messageId: 'changed', suggestions: [{ text: '120' }] });
    expect(issues('Пробка растянулась на 8 километров.', 'The traffic jam stretched for kilometres.', 'ru', 'en')).toHaveLength(1);
    // The source gives both systems: nothing was the translator's to convert.
    const both = issues('Está a 80 km (50 millas) de la costa.', 'It is 80 km (45 miles) from the coast.', 'es', 'en');
    expect(both).toHaveLength(1);
    expect(both[0].target?.text).toBe('45');
  });
});

describe('numbers: an English ordinal that lost a letter of its suffix', () => {
  const ordinal = (source: string, target: string, from: string, to = 'en') =>
    issues(source, target, from, to)
      .filter((i) => i.messageId === 'ordinalSuffix')
      .map((i) => ({ text: i.target?.text, start: i.target?.start, fix: i.suggestions[0]?.text, severity: i.severity }));

  it('flags it where the source writes the number as an ordinal, with the whole suffix as the fix', () => {
    expect(ordinal('Neapol se ujala vedení už v 8. minutě.', 'Napoli took the lead in the 8h minute.', 'cs')).toEqual([
      { text: '8h', start: 28, fix: '8th', severity: 'minor' },
    ]);
    expect(ordinal('Protest se konal již 18. den po sobě.', 'The protest took place for the 18t consecutive day.', 'cs')).toEqual([
      { text: '18t', start: 31, fix: '18th', severity: 'minor' },
    ]);
    expect(ordinal('Terminó en el 21º lugar.', 'He finished in 21s place.', 'es')[0]).toMatchObject({ text: '21s', fix: '21st' });
    expect(ordinal('Il a terminé 3e de la course.', 'He finished 3r in the race.', 'fr')[0]).toMatchObject({ text: '3r', fix: '3rd' });
    expect(ordinal('Это случилось 22-го числа.', 'It happened on the 22n.', 'ru')[0]).toMatchObject({ text: '22n', fix: '22nd' });
    expect(ordinal('第20届大会', 'the 20t congress', 'zh')[0]).toMatchObject({ text: '20t', fix: '20th' });
  });

  it('flags it beside a whole ordinal, or in an ordinal slot for a letter no unit has', () => {
    expect(ordinal('Spadli o dvě místa.', 'They dropped from 20t to 22nd place.', 'cs')).toEqual([{ text: '20t', start: 18, fix: '20th', severity: 'minor' }]);
    expect(ordinal('Sie wurden Zweite.', 'They came in the 2n round.', 'de')).toEqual([{ text: '2n', start: 17, fix: '2nd', severity: 'minor' }]);
  });

  it('leaves units, times, plurals, legal style and other target languages alone', () => {
    for (const [source, target] of [
      ['Der Lkw wiegt 20 t.', 'The truck weighs 20t.'],
      ['Die Fahrt dauert 8 h.', 'The trip takes 8h, with the 20t truck.'],
      ['Er lief die 100 m in 10 s.', 'He ran the 100m in 10s.'],
      ['Um 8h30 beginnt es.', 'It starts at 8h30.'],
      ['In den 20er Jahren.', 'In the 20s and 30s.'],
      ['Am 1. und 2. November.', 'On the 1st and 2d of November.'],
      ['Sie kam am 3. an.', 'She arrived on the 3rd.'],
    ]) {
      expect(ordinal(source, target, 'de')).toEqual([]);
    }
    expect(ordinal('Spadli z 20. na 22. místo.', 'Spadli z 20t na 22. místo.', 'cs', 'cs')).toEqual([]);
  });
});

describe('numbers: a decade inside its century', () => {
  const messages = (s: string, t: string, from: string, to: string) => issues(s, t, from, to).map((i) => i.message);
  it('takes "50ern des 19. Jahrhunderts" and "los años 50 del siglo XIX" for "the 1850s", either way round', () => {
    expect(messages('Apia wurde in den 50ern des 19. Jahrhunderts gegründet.', 'Apia was founded in the 1850s.', 'de', 'en')).toEqual([]);
    expect(messages('Apia wurde in den 50ern des 19. Jahrhunderts gegründet.', "Apia was founded in the 1850's.", 'de', 'en')).toEqual([]);
    expect(messages('Apia was founded in the 1850s.', 'Apia wurde in den 50er Jahren des 19. Jahrhunderts gegründet.', 'en', 'de')).toEqual([]);
    expect(messages('Apia se fundó en los años 50 del siglo XIX.', 'Apia was founded in the 1850s.', 'es', 'en')).toEqual([]);
  });
  it('still reports a decade moved to another century or decade', () => {
    expect(messages('Apia wurde in den 50ern des 19. Jahrhunderts gegründet.', 'Apia was founded in the 1860s.', 'de', 'en')).toEqual([
      '“50” in the source is missing from the translation.',
      '“19” in the source is missing from the translation.',
    ]);
    expect(messages('Apia wurde in den 50ern des 19. Jahrhunderts gegründet.', 'Apia was founded in the 1750s.', 'de', 'en')).toHaveLength(2);
  });
});
