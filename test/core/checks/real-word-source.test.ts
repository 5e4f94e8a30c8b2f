// The real-word check with the source's own words: a source word whose translation is one letter
// longer than the word written, where the written word translates no source word ("Teil" →
// "art" for "part"). Sources in several languages and scripts; the quiet cases keep it honest.
import { pairDocument } from '../../../src/core/document';
import { createDocContext, runChecks } from '../../../src/core/run';
import { check } from '../../../src/core/checks/real-word';
import { createSpellingServices } from '../../../src/host/spelling';

const services = createSpellingServices();

function flags(from: string, source: string, target: string, to = 'en') {
  const doc = pairDocument(source, target, from, to);
  return runChecks(createDocContext(doc), { checks: [check], services }).map((i) => ({
    text: i.target?.text,
    start: i.target?.start,
    suggestions: i.suggestions.map((s) => s.text),
    message: i.message,
  }));
}

describe('real-word: a source word one letter away', () => {
  it('flags the written word, names the source word and offers its translation', () => {
    expect(flags('de', 'Der nördliche Teil hat die höchsten Berge.', 'The northern art has the highest mountains.')).toEqual([
      { text: 'art', start: 13, suggestions: ['part'], message: '“art” is a word, but the source’s “Teil” is “part”: is a letter missing?' },
    ]);
  });

  it('reads inflected source words and inflected translations, in Latin and Cyrillic scripts', () => {
    const cases: [string, string, string, string, string][] = [
      ['pl', 'Barbie o różnym kolorze skóry.', 'Barbie with a variety of kin colors.', 'kin', 'skin'],
      ['cs', 'Značka vypadá jako písmeno V.', 'The ark looks like the letter V.', 'ark', 'mark'],
      ['es', 'Tenemos ratones de cuatro meses.', 'We have four-month-old mic in the lab.', 'mic', 'mice'],
      ['it', 'I viaggi fatti via terra sono lunghi e costosi.', 'Trips made by lad are long and expensive.', 'lad', 'land'],
      ['fr', 'Le directeur a perdu son emploi.', 'The director lot his job.', 'lot', 'lost'],
      ['ru', 'Эта работа была трудной.', 'This wok was difficult.', 'wok', 'work'],
      // Russian read through German too: показать → zeigen → show.
      ['ru', 'Это показал опрос, проведенный компанией.', 'This was sown by a survey conducted by the company.', 'sown', 'shown'],
    ];
    for (const [from, source, target, word, fix] of cases) {
      expect(flags(from, source, target).map((f) => [f.text, f.suggestions[0]])).toEqual([[word, fix]]);
    }
  });

  it('stays quiet where the written word translates a source word of its own', () => {
    expect(flags('de', 'Die Kunst des Nordens ist bekannt.', 'The art of the north is well known.')).toEqual([]);
    expect(flags('de', 'Der nördliche Teil hat die höchsten Berge.', 'The northern part has the highest mountains.')).toEqual([]);
    expect(flags('ru', 'Это показал опрос, проведенный компанией.', 'This was shown by a survey conducted by the company.')).toEqual([]);
    // The source word is rendered already ("Značka" as the second "mark"): no "mark" asked for in "ark".
    expect(flags('cs', 'Značka vypadá jako písmeno V.', 'The ark looks like the letter V, and the other mark looks like a clip.')).toEqual([]);
  });

  it('leaves forms of one word, function words and negations to other checks', () => {
    // "wheel" for "wheels" is agreement; "ever" for "never" is the negation check's.
    expect(flags('es', 'Las ruedas de madera fueron reemplazadas.', 'The wooden wheel were replaced.')).toEqual([]);
    expect(flags('de', 'Er hat nie gewonnen.', 'He has ever won.')).toEqual([]);
    expect(flags('es', 'Nunca lo hizo.', 'He ever did it.')).toEqual([]);
  });

  it('stays quiet without a word list for the pair, and on other target languages', () => {
    expect(flags('zh', '北部有最高的山。', 'The northern art has the highest mountains.')).toEqual([]);
    expect(flags('ar', 'الجزء الشمالي فيه أعلى الجبال.', 'The northern art has the highest mountains.')).toEqual([]);
    expect(flags('hi', 'उत्तरी भाग में सबसे ऊंचे पहाड़ हैं।', 'The northern art has the highest mountains.')).toEqual([]);
    expect(flags('en', 'The northern part has the highest mountains.', 'Der nördliche Teil hat die höchsten Berge.', 'de')).toEqual([]);
  });
});
