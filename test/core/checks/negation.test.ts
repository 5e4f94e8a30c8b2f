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

describe('negation: a negator turning a negative word back', () => {
  const flags = (source: string, target: string, from: string, to = 'en') => run(source, target, from, to).map((i) => [i.messageId, i.target?.text]);
  it('flags "not incorrect", "did not fail to", "not illegally" where the source has one negation', () => {
    expect(flags('El informe no es correcto.', 'The report is not incorrect.', 'es')).toEqual([['turned', 'not incorrect']]);
    expect(flags('Er hat die Rechnung nicht bezahlt.', 'He did not fail to pay the bill.', 'de')).toEqual([['turned', 'not fail']]);
    expect(flags('Kupił broń nielegalnie.', 'He did not illegally buy the weapon.', 'pl')).toEqual([['turned', 'not illegally']]);
    expect(flags('Он отказался от помощи.', 'He did not refuse the help.', 'ru')).toEqual([['turned', 'not refuse']]);
    const [cannot] = run('Tento úkol je nemožný.', 'This task cannot be impossible.', 'cs', 'en');
    expect(cannot.target).toEqual({ start: 13, end: 30, text: 'not be impossible' });
  });
  it('flags a German "nicht un-" the English source does not have', () => {
    expect(flags('This is possible.', 'Das ist nicht unmöglich.', 'en', 'de')).toEqual([['turned', 'nicht unmöglich']]);
  });
  it('stays quiet on a litotes the source has too, and on "no" before a negative adjective', () => {
    expect(flags('Das ist nicht ungewöhnlich.', 'This is not unusual.', 'de')).toEqual([]);
    expect(flags('Nierzadko się to zdarza.', 'It is not uncommon.', 'pl')).toEqual([]);
    expect(flags('Он не отказался от помощи.', 'He did not refuse the help.', 'ru')).toEqual([]);
    expect(flags('It is not impossible.', 'Es ist nicht unmöglich.', 'en', 'de')).toEqual([]);
    expect(flags('Nie było żadnej działalności przestępczej.', 'There was no illegal activity.', 'pl')).toEqual([]);
    expect(flags('Das ist nicht unbedingt richtig.', 'That is not necessarily right.', 'de')).toEqual([]);
  });
});

describe('negation: a soft word the translation has already said', () => {
  const flags = (source: string, target: string, from: string) => run(source, target, from, 'en').map((i) => [i.messageId, i.target?.text]);
  it('flags a "not" beside an "only" that renders the source "jen" / "tylko"', () => {
    expect(flags('Přišel jen jeden muž a zůstal.', 'Only one man came and did not stay.', 'cs')).toEqual([['added', 'not']]);
    expect(flags('Wrócił tylko raz i pracował.', 'He came back only once and did not work.', 'pl')).toEqual([['added', 'not']]);
  });
  it('still hears "not … until" as the rendering of "solo"', () => {
    expect(flags('Il negozio ha aperto solo a marzo.', 'The shop did not open until March.', 'it')).toEqual([]);
  });
  it('flags a "not" beside a prefixed word the translation renders with a prefix of its own', () => {
    expect(flags('Ядро нестабильно и распадается.', 'The nucleus is unstable and does not decay.', 'ru')).toEqual([['added', 'not']]);
    expect(flags('Ядро нестабильно.', 'The nucleus is not stable.', 'ru')).toEqual([]);
  });
  it('takes "sin embargo" and "кроме того" for connectives, not soft negatives', () => {
    expect(flags('Sin embargo, llegó a tiempo.', 'However, he did not arrive on time.', 'es')).toEqual([['added', 'not']]);
    expect(flags('Кроме того, он пришёл вовремя.', 'Besides, he did not come on time.', 'ru')).toEqual([['added', 'not']]);
    expect(flags('Llegó sin dinero.', 'He did not bring any money.', 'es')).toEqual([]);
  });
  it('counts a Czech prefixed verb once, as a negation and not also as an excuse', () => {
    expect(flags('Firma nesplňuje podmínky.', 'The company does not meet the conditions.', 'cs')).toEqual([]);
    expect(flags('Řidiči protestovali, protože firma nesplňuje podmínky.', 'The drivers did not protest because the company does not meet the conditions.', 'cs')).toEqual([['added', 'not']]);
  });
});
