// The real-word check: a real word where a word one letter longer belongs ("has bee working").
import { checkPair } from '../../../src/core';
import { pairDocument } from '../../../src/core/document';
import { createDocContext, runChecks } from '../../../src/core/run';
import { check } from '../../../src/core/checks/real-word';
import { createSpellingServices } from '../../../src/host/spelling';

const services = createSpellingServices();

function flags(source: string, target: string, from = 'de', to = 'en', withDictionary = true) {
  const doc = pairDocument(source, target, from, to);
  return runChecks(createDocContext(doc), { checks: [check], services: withDictionary ? services : {} }).map((i) => ({
    text: i.target?.text,
    start: i.target?.start,
    suggestions: i.suggestions.map((s) => s.text),
  }));
}

describe('real-word', () => {
  it('flags a word that lost a letter, with its span and the longer word as a suggestion', () => {
    expect(flags('Das Museum ist seit März geschlossen.', 'The museum has bee closed since March.')).toEqual([
      { text: 'bee', start: 15, suggestions: ['been'] },
    ]);
    expect(flags('Die neuen Regeln treten nächstes Jahr in Kraft.', 'The new rules ill take effect next year.')).toEqual([
      { text: 'ill', start: 14, suggestions: ['will'] },
    ]);
    expect(flags('Er sagte, dass die Gespräche gescheitert waren.', 'He said hat the talks had failed.')[0]).toMatchObject({ text: 'hat', suggestions: ['that', 'what'] });
  });

  it('flags slips of function words in their slots', () => {
    expect(flags('Die Preise stiegen schnell.', 'The prices wee rising fast last year.')[0]).toMatchObject({ text: 'wee', suggestions: ['were'] });
    expect(flags('Viele Menschen haben die Stadt verlassen.', 'Many people ave left the city.')[0]).toMatchObject({ text: 'ave', suggestions: ['have'] });
    expect(flags('Man hat es ihr schon gesagt.', 'She has already bee told about it.')[0]).toMatchObject({ text: 'bee', suggestions: ['been'] });
    for (const ok of ['We talked into the wee hours of the morning.', 'He had a wee dram of whisky.', 'He felt ill after the meal.']) {
      expect(flags('Ein Satz.', ok)).toEqual([]);
    }
  });

  it('weighs the neighbouring words themselves, not only their parts of speech', () => {
    expect(flags('Ich hoffe, dass er kommt.', 'I hoe that he comes.')).toEqual([{ text: 'hoe', start: 2, suggestions: ['hope'] }]);
    expect(flags('Es dauerte mindestens zwei Tage.', 'It took at east two days.')).toEqual([{ text: 'east', start: 11, suggestions: ['least'] }]);
    const [hat] = flags('Sie gingen früh, damit die Leute es sehen konnten.', 'They left early so hat people could see.');
    expect(hat).toMatchObject({ text: 'hat', start: 19 });
    expect(hat.suggestions[0]).toBe('that');
    // The same words where they belong.
    for (const ok of [
      'The bee stung him twice.',
      'He retired because of ill health.',
      'The art of war is old.',
      'At home, he said, it was quiet.',
      'She gave him a wan smile.',
      'The wind came from the east two days later.',
      'He wore a hat to the wedding.',
      'The investor sold his shares.',
    ]) {
      expect(flags('Ein Satz.', ok)).toEqual([]);
    }
  });

  it('flags "an" before a vowel only where the words around want "and"', () => {
    expect(flags('Wir brauchen mehr Schulen und Krankenhäuser.', 'We need more schools an hospitals in the north.')).toEqual([
      { text: 'an', start: 21, suggestions: ['and'] },
    ]);
    expect(flags('Das Gesetz ist klar und jeder kennt es.', 'The law is clear an everyone knows it.')).toHaveLength(1);
    for (const ok of ['She waited an hour.', 'He stayed an extra hour.', 'It is an honour and an obligation.', 'She ate an apple.']) {
      expect(flags('Ein Satz.', ok)).toEqual([]);
    }
  });

  it('works without a dictionary for the words its own list knows', () => {
    expect(flags('Sie arbeitet seit Jahren hier.', 'She has bee working here for years.', 'de', 'en', false)).toEqual([
      { text: 'bee', start: 8, suggestions: ['been'] },
    ]);
  });

  it('flags "re" for "are" and an interjection inside a clause, with the dictionary', () => {
    expect(flags('Die meisten Studenten sind nach der Prüfung müde.', 'Most of the students re tired after the exam.')).toEqual([
      { text: 're', start: 21, suggestions: ['are'] },
    ]);
    expect(flags('Er ist jetzt zurückgekehrt.', 'He has ow returned home.')[0]).toMatchObject({ text: 'ow', suggestions: expect.arrayContaining(['now']) });
  });

  it('flags "an" before a consonant, where "and" was meant', () => {
    expect(flags('Er blieb zu Hause und ich ging aus.', 'He stayed at home an I went out.')).toEqual([
      { text: 'an', start: 18, suggestions: ['and'] },
    ]);
    expect(flags('Der Premierminister und der Vorsitzende', 'the Foreign Minister an Prime Minister of Israel')).toHaveLength(1);
    for (const ok of ['He waited an hour.', 'She met an MP and an FBI agent.', 'Draw an x-axis first.', 'A child with an I.Q. of 120.', 'It was an honest mistake.']) {
      expect(flags('Ein Satz.', ok)).toEqual([]);
    }
  });

  it('flags a lone "o" between words and offers "or" among the words it may stand for', () => {
    const [issue] = flags('Zwei o drei Tage.', 'Would you like tea o coffee?');
    expect(issue).toMatchObject({ text: 'o', start: 19 });
    expect(issue.suggestions).toContain('or');
    expect(flags('Der Buchstabe o.', 'The letter o is round, and it is five o’clock.')).toEqual([]);
  });

  it('stays quiet on rare words that fit where they stand', () => {
    const good = [
      'The bee has landed on the flower.',
      'He wore a hat the whole time, and an old coat.',
      'Two of the guests fell ill and the party ended early.',
      'The ad ran on TV for an hour.',
      'A 19-year-old slid and fell on the track.',
      'The signal was sampled at 40 cps for the test.',
      'The bee-keeping club meets in the Hat Factory.',
      'It was done ad hoc, ad infinitum.',
    ];
    for (const t of good) expect(flags('Ein Satz.', t)).toEqual([]);
  });

  it('leaves a short word carried over from the source with its neighbour, not one that only collides', () => {
    // Spanish "o" is "or": the name pair comes from the source as written.
    expect(flags('Ganará Juan o Pedro.', 'Either Juan o Pedro will win.', 'es')).toEqual([]);
    // Polish "o" is "about": the same letter, but not this "o".
    expect(flags('Mówili o tym, kto wygra: Real czy Manchester.', 'They talked about who would win, Real Madrid o Manchester City.', 'pl')).toHaveLength(1);
  });

  it('counts a cognate in the source for the longer word, and one of the written word against it', () => {
    const target = 'The children need a loving home and a stale education.';
    for (const [from, source] of [
      ['es', 'Los niños necesitan un hogar y una educación estable.'],
      ['pl', 'Dzieci potrzebują domu i stabilnej edukacji.'],
      ['ru', 'Детям нужен дом и стабильное образование.'],
    ]) {
      expect(flags(source, target, from)).toEqual([{ text: 'stale', start: 38, suggestions: ['stable'] }]);
    }
    // Without a cognate the context alone is not enough.
    expect(flags('Die Kinder brauchen ein Zuhause und eine gute Bildung.', target)).toEqual([]);
    expect(flags('Se rompió el hueso púbico en la caída.', 'He broke the pubic bone in the fall.', 'es')).toEqual([]);
    expect(flags('Evitó los contactos con la prensa.', 'She avoided contacts with the press.', 'es')).toEqual([]);
    expect(flags('El pan estaba duro por la mañana.', 'The bread was stale by morning.', 'es')).toEqual([]);
  });

  it('counts the closer cognate when the source has one for both words ("preset" beside "presenti")', () => {
    expect(flags('Il pH misura la quantità di ioni idrogeno presenti nella soluzione.', 'The pH measures the amount of hydrogen ions preset in the solution.', 'it')).toEqual([
      { text: 'preset', start: 44, suggestions: ['present'] },
    ]);
    expect(flags('El preset de fábrica suena bien.', 'The factory preset sounds good.', 'es')).toEqual([]);
    expect(flags('Ein Satz ohne Bezug.', 'The pH measures the amount of hydrogen ions preset in the solution.')).toEqual([]);
  });

  it('flags "as" for "was" where the sentence lacks its verb', () => {
    expect(flags('Die Rakete wurde am Institut entwickelt.', 'The rocket as developed at the Aerospace Institute.')).toEqual([
      { text: 'as', start: 11, suggestions: ['was'] },
    ]);
    expect(flags('Er war bei der Anhörung nicht anwesend.', 'Stępiński as not present at the hearing.')[0]).toMatchObject({ text: 'as', suggestions: ['was'] });
    for (const ok of [
      'The results were as expected.',
      'Sales as reported by the company rose sharply.',
      'The results, as expected, were good.',
      'As the largest city in the region, it has a big port.',
      'Virtual team members often function as a point of contact for their group.',
      'No interest appeals to us so strongly as the army of the unemployed.',
      'The treaty as amended in 1990',
    ]) {
      expect(flags('Ein Satz.', ok)).toEqual([]);
    }
  });

  it('does not run on targets other than English', () => {
    const { issues } = checkPair('He has been there.', 'Er hat so hat gesagt.', 'en', 'de', { services });
    expect(issues.filter((i) => i.ruleId === 'real-word')).toEqual([]);
  });
});

describe('real-word: forms of one word', () => {
  it('leaves two forms of one verb alone ("sped"/"speed", "slid"/"slide")', () => {
    for (const t of ['The car sped down the road.', 'She led the team to victory.', 'The dog bit the postman.', 'He hid the letter in a drawer.', 'They fed the birds every morning.']) {
      expect(flags('Ein Satz.', t)).toEqual([]);
    }
  });
  it('leaves a final e alone: "rout" and "route" are both words of headlines', () => {
    expect(flags('Déroute électorale', 'Election rout', 'fr')).toEqual([]);
    expect(flags('Malgré sa déroute électorale, la coalition reste forte.', 'Despite its electoral rout, the coalition remains strong.', 'fr')).toEqual([]);
  });
});

describe('real-word: "an" before an adverb', () => {
  it('flags "an" where an adverb and a new phrase follow ("an even in the middle")', () => {
    expect(flags('Man schreibt sie am Anfang groß und sogar in der Mitte.', 'They are capitalised at the beginning, an even in the middle.')).toEqual([
      { text: 'an', start: 39, suggestions: ['and'] },
    ]);
  });
  it('leaves "an" before an adverb that leads to its adjective or noun alone', () => {
    for (const t of ['It was an even split between the two.', 'It is an even more costly plan.', 'This is an often overlooked point in the debate.', 'He was an only child in the family.', 'A film with an almost as good cast as the first.']) {
      expect(flags('Ein Satz.', t)).toEqual([]);
    }
  });
});

describe('real-word: the unit of an age compound', () => {
  it('flags a unit that lost a letter between the number and "old" or "long", whatever the source script', () => {
    expect(flags('Ein 19-Jähriger ist gestürzt.', 'A 19-yer-old fell over.')).toEqual([{ text: 'yer', start: 5, suggestions: ['year'] }]);
    expect(flags('Пятилетний ребёнок заблудился.', 'A five-ear-old child got lost.', 'ru')).toEqual([{ text: 'ear', start: 7, suggestions: ['year'] }]);
    expect(flags('Un bebé de tres semanas.', 'A 3-wee-old baby.', 'es')).toEqual([{ text: 'wee', start: 4, suggestions: ['week'] }]);
    expect(flags('पांच घंटे लंबी बैठक।', 'A five-our-long meeting.', 'hi')).toEqual([{ text: 'our', start: 7, suggestions: ['hour'] }]);
    expect(flags('一名二十五岁的男子。', 'A twenty-five-yer-old man.', 'zh')).toEqual([{ text: 'yer', start: 14, suggestions: ['year'] }]);
  });

  it('leaves whole units, other compounds and other frames alone', () => {
    for (const t of [
      'A 19-year-old and a two-day-long strike.',
      'A 12-hour-old foal and a three-decade-long career.',
      'The pre-war-old order.', // no number before it
      'A 5-ear-shaped pasta.', // not an age: no "old" or "long" after it
      'A two-ear-old-fashioned jug.', // "old" inside a longer compound
      'The item B2-ear-old.', // a code, not a number
      'An ear-old tradition.',
    ]) {
      expect(flags('Ein Satz.', t)).toEqual([]);
    }
  });
});
