import { check } from '../../../src/core/checks/code-mix';
import { pairDocument } from '../../../src/core/document';
import { createDocContext, runChecks } from '../../../src/core/run';
import { checkPair } from '../../../src/core';

function run(source: string, target: string, from: string, to: string) {
  return runChecks(createDocContext(pairDocument(source, target, from, to)), { checks: [check] });
}

describe('code-mix', () => {
  it('flags a Polish word with its exact span and names it', () => {
    const [issue] = run('Reprezentacja spadła z 20. na 22. miejsce.', 'The team spadła from 20th to 22nd place.', 'pl', 'en');
    expect(issue.target).toEqual({ start: 9, end: 15, text: 'spadła' });
    expect(issue.message).toContain('spadła');
  });

  it('joins a Cyrillic phrase into one span', () => {
    const [issue] = run('По данным РИА Новости, парад прошёл.', 'По данным RIA Novosti, the parade took place.', 'ru', 'en');
    expect(issue.messageId).toBe('foreignScript');
    expect(issue.target).toEqual({ start: 0, end: 9, text: 'По данным' });
  });

  it('flags source function words and inflected copies (German, Spanish, Italian)', () => {
    expect(run('Er sagte, dass es regnet.', 'He said dass it rains.', 'de', 'en')[0].target?.text).toBe('dass');
    expect(run('Es una mujer con quienes habló.', 'It is a woman with quienes he spoke.', 'es', 'en')[0].target?.text).toBe('quienes');
    expect(run('Sono arrivati velocemente.', 'They arrived velocemente.', 'it', 'en')[0].target?.text).toBe('velocemente');
    expect(run('Er war für die Einstellung verantwortlich.', 'He was verantwortlich for hiring.', 'de', 'en')[0].target?.text).toBe('verantwortlich');
  });

  it('flags a lower-case English word left in a Russian translation', () => {
    const [issue] = run('The meeting was cancelled.', 'Встреча была cancelled.', 'en', 'ru');
    expect(issue.target).toEqual({ start: 13, end: 22, text: 'cancelled' });
  });

  it('leaves names, quoted terms, shared loanwords and acronyms alone', () => {
    expect(run('Lech Wałęsa odwiedził Gdańsk.', 'Lech Wałęsa visited Gdańsk.', 'pl', 'en')).toEqual([]);
    expect(run('Fue al hotel en taxi.', 'He went to the hotel by taxi.', 'es', 'en')).toEqual([]);
    expect(run('Он сказал «да».', 'He said "да" (yes).', 'ru', 'en')).toEqual([]);
    expect(run('Die NATO und die UNO.', 'NATO and the UN.', 'de', 'en')).toEqual([]);
    expect(run('He works at Google.', 'Он работает в Google.', 'en', 'ru')).toEqual([]);
    expect(run('The team went online in the morning.', 'Das Team ging am Morgen online.', 'en', 'de')).toEqual([]);
  });
});

describe('code-mix: names written in lower case with a capital inside', () => {
  it('leaves "al-Kazimi" and "pro-Iran" alone even where the speller does not know them', () => {
    const source = "Le Premier ministre Moustafa al-Kazimi, proche d'une coalition pro-Iran, a parlé.";
    const target = 'Prime Minister Mustafa al-Kazimi, close to a pro-Iran coalition, spoke.';
    const speller = { correct: (w: string) => !/al-Kazimi|pro-Iran/.test(w), suggest: () => [] };
    const { issues } = checkPair(source, target, 'fr', 'en', { services: { speller: () => speller } });
    expect(issues.filter((i) => i.ruleId === 'code-mix')).toEqual([]);
  });
});
