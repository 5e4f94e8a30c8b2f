import { check } from '../../../src/core/checks/negation';
import { pairDocument } from '../../../src/core/document';
import { createDocContext, runChecks } from '../../../src/core/run';
import { findNegations } from '../../../src/core/lang/negation';

function run(source: string, target: string, from: string, to: string) {
  return runChecks(createDocContext(pairDocument(source, target, from, to)), { checks: [check] });
}

describe('negation', () => {
  it('flags an added English "not" with its exact span', () => {
    const target = 'The agency did not have to react quickly.';
    const [issue] = run('Die Behörde musste schnell reagieren.', target, 'de', 'en');
    expect(issue.messageId).toBe('added');
    expect(issue.target).toEqual({ start: 15, end: 18, text: 'not' });
  });

  it('flags the "n\'t" of a contraction, curly apostrophe too', () => {
    const target = 'They don’t arrive.';
    const [issue] = run('Llegan.', target, 'es', 'en');
    expect(issue.target?.text).toBe('n’t');
    expect(issue.target?.start).toBe(7);
  });

  it('points at the lost source negator when the translation drops it (Cyrillic)', () => {
    const source = 'Полиция не арестовала протестующих.';
    const [issue] = run(source, 'The police arrested the protesters.', 'ru', 'en');
    expect(issue.messageId).toBe('lost');
    expect(issue.target).toBeNull();
    expect(issue.source).toEqual({ start: 8, end: 10, text: 'не' });
  });

  it('finds Chinese and German negations added to the translation', () => {
    const [zh] = run('He likes tea.', '他不喜欢茶。', 'en', 'zh');
    expect(zh.target).toEqual({ start: 1, end: 2, text: '不' });
    const [de] = run('We know the answer.', 'Wir kennen die Antwort nicht.', 'en', 'de');
    expect(de.target?.text).toBe('nicht');
  });

  it('reads "nor" after a negation as its continuation, not a second one', () => {
    const source = 'Nie znali kukurydzy, pomidorów ani kakao.';
    expect(run(source, "They didn't have corn, nor tomatoes, nor cocoa.", 'pl', 'en')).toEqual([]);
    expect(findNegations("They didn't have corn, nor tomatoes.", 'en').map((m) => m.text)).toEqual(["n't"]);
  });

  it('takes a Czech name on "Ne-…-ol" for no negated verb, and still finds "nedal"', () => {
    expect(findNegations('Neapol se ujala vedení.', 'cs')).toEqual([]);
    expect(findNegations('Trenér mu nedal šanci.', 'cs').map((m) => m.text)).toEqual(['ne']);
    expect(run('Neapol se v sobotu ujala vedení.', 'Napoli took the lead on Saturday.', 'cs', 'en')).toEqual([]);
  });

  it('hears "X, а не Y" as "X rather than Y", and German "wenig" as a soft negative', () => {
    const source = 'Здесь преобладает арабский колорит, а не африканский.';
    expect(run(source, 'It has more of an Arabic flair than African.', 'ru', 'en')).toEqual([]);
    expect(run(source, 'It is dominated by Arabic flavour, and not African.', 'ru', 'en')).toEqual([]);
    expect(run(source, 'It is dominated by Arabic flavour and African.', 'ru', 'en')).toHaveLength(1);
    expect(run('Ich musste mich wenig an die Strecke gewöhnen.', "I didn't have to get used to the track much.", 'de', 'en')).toEqual([]);
    // The contrast is not a licence to drop every negation.
    expect(run('Полиция не арестовала протестующих.', 'The police arrested the protesters.', 'ru', 'en')).toHaveLength(1);
  });

  it('lets a negation quoted as the source has it stand for itself', () => {
    const source = 'There is some truth in John Donne\'s "No man is an island."';
    expect(run(source, 'In John Donnes „No man is an island“ steckt etwas Wahres.', 'en', 'de')).toEqual([]);
    expect(run('No man came to the island.', 'Ein Mann kam auf die Insel.', 'en', 'de')).toHaveLength(1);
  });

  it('stays quiet on concord, "not only", "ne … que", superlatives and excusing paraphrases', () => {
    expect(run('Nikt nic nie powiedział.', 'Nobody said anything.', 'pl', 'en')).toEqual([]);
    expect(run('Nicht nur teuer, sondern auch langsam.', 'Not only expensive but also slow.', 'de', 'en')).toEqual([]);
    expect(run("Il n'a que deux enfants.", 'He has only two children.', 'fr', 'en')).toEqual([]);
    expect(run('Největší problém nemá řešení.', 'The biggest problem has no solution.', 'cs', 'en')).toEqual([]);
    expect(run('Argentinien hat die Zinsen nicht bezahlt.', 'Argentina failed to pay the interest.', 'de', 'en')).toEqual([]);
    expect(run('Estados Unidos es más firme que nunca.', 'The United States is firmer than ever.', 'es', 'en')).toEqual([]);
  });

  it('counts Czech prefixed verbs but not nej- superlatives or lexicalised ne- nouns', () => {
    expect(findNegations('Uber nesplňuje podmínky.', 'cs').map((m) => m.text)).toEqual(['ne']);
    expect(findNegations('To je největší nemocnice.', 'cs')).toEqual([]);
  });

  it('ignores "No." before a number and "neither … nor" counts once', () => {
    expect(findNegations('See No. 5.', 'en')).toEqual([]);
    expect(findNegations('Neither he nor she came.', 'en')).toHaveLength(1);
  });

  it('handles Japanese endings and their exceptions', () => {
    expect(findNegations('彼は来ません。', 'ja').map((m) => m.text)).toEqual(['ません']);
    expect(findNegations('人が少ない。', 'ja')).toEqual([]);
  });
});

describe('negation: words that only look negated', () => {
  const added = (source: string, target: string, from: string) => run(source, target, from, 'en').map((i) => [i.messageId, i.target?.text]);
  it('flags an added "not" beside Sunday, "some", a superlative or a name on ne-/nie-/не-', () => {
    expect(added('Konferencja ma się rozpocząć w niedzielę.', 'The conference is not to begin on Sunday.', 'pl')).toEqual([['added', 'not']]);
    expect(added('Je to největší vývozce v zemi.', 'It is not the largest exporter in the country.', 'cs')).toEqual([['added', 'not']]);
    expect(added('Некоторые протесты были вызваны выборами.', 'Some protests were not triggered by the elections.', 'ru')).toEqual([['added', 'not']]);
    expect(added('Demonstrace se konaly před vilou, kterou vlastní Netanjahu.', 'The demonstrations did not take place in front of the villa Netanyahu owns.', 'cs')).toEqual([['added', 'not']]);
  });
  it('still lets a word negated by its prefix excuse a "not" in the translation', () => {
    expect(added('To jest niemożliwe.', 'It is not possible.', 'pl')).toEqual([]);
    expect(added('Это невозможно сделать.', 'It is not possible to do.', 'ru')).toEqual([]);
    expect(added('Nemožné je to zjistit.', 'It is not possible to find out.', 'cs')).toEqual([]);
  });
});

describe('negation: "without" said once', () => {
  it('flags a "not" added beside a "bez" the translation already renders "without"', () => {
    const issues = run('Wrócił bez pieniędzy i zaczął pracować.', 'He came back without money and did not start working.', 'pl', 'en');
    expect(issues.map((i) => [i.messageId, i.target?.text])).toEqual([['added', 'not']]);
  });
  it('still lets "ohne" excuse a "not" where the translation has no "without"', () => {
    expect(run('Er kam ohne Geld zurück.', 'He did not bring any money back.', 'de', 'en')).toEqual([]);
  });
});
