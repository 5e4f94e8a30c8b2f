// The sentence-boundary check beyond its catalogue examples. The flag covers the word before the
// stray mark through a short fragment that ends the segment ("results. preliminary."), or through
// the next word when the sentence goes on ("end. without"): the reviser sees the mark in context.
import { check } from '../../../src/core/checks/sentence-boundary';
import { checkPair } from '../../../src/core/index';
import { pairDocument } from '../../../src/core/document';
import { createDocContext, runChecks } from '../../../src/core/run';
import { applySuggestion } from '../../../src/core/fix';
import { runExample } from '../../../src/core/testing/rule-tester';
import { createSpellingServices } from '../../../src/host/spelling';

function issues(source: string, target: string, from: string, to: string) {
  const doc = pairDocument(source, target, from, to);
  return runChecks(createDocContext(doc), { checks: [check] });
}

describe('sentence-boundary: own examples', () => {
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

const SAMPLE_FR =
  "Elle survient près d'un mois après les élections législatives du 10 octobre qui ont vu l'Alliance de la Conquête, vitrine politique du Hachd al-Chaabi, influente coalition d'ex-paramilitaires pro-Iran, perdre de nombreux sièges, selon les résultats préliminaires.";
const SAMPLE_EN =
  'It comes nearly a month after the October 10 legislative elections which saw the Conquest Alliance, the political showcase of Hachd al-Chaabi, an influential coalition of former pro-Iran paramilitaries, lose many seats, according to the results. preliminary.';

describe('sentence-boundary on the sample', () => {
  it('flags "results. preliminary." and moves the modifier back before its noun', () => {
    const { issues: all } = checkPair(SAMPLE_FR, SAMPLE_EN, 'fr', 'en');
    const hits = all.filter((x) => x.ruleId === 'sentence-boundary');
    expect(hits).toHaveLength(1);
    const [x] = hits;
    const at = SAMPLE_EN.indexOf('results. preliminary.');
    expect(x.target).toEqual({ start: at, end: at + 'results. preliminary.'.length, text: 'results. preliminary.' });
    expect(x.messageId).toBe('split');
    expect(applySuggestion(SAMPLE_EN, x, 0)).toBe(SAMPLE_EN.replace('the results. preliminary.', 'the preliminary results.'));
    expect(applySuggestion(SAMPLE_EN, x, 1)).toBe(SAMPLE_EN.replace('results. preliminary.', 'results preliminary.'));
    // The numbers of the same paragraph ("10 octobre" / "October 10") raise nothing.
    expect(all.filter((i) => i.ruleId === 'numbers')).toEqual([]);
  });
});

describe('sentence-boundary', () => {
  it('puts the modifier after the determiner when the noun phrase is longer', () => {
    const [x] = issues('Selon les résultats électoraux préliminaires.', 'According to the election results. preliminary.', 'fr', 'en');
    expect(x.target?.text).toBe('results. preliminary.');
    expect(applySuggestion('According to the election results. preliminary.', x)).toBe('According to the preliminary election results.');
  });

  it('catches a capitalised one-word fragment the source does not have', () => {
    const src = 'Ils ont perdu de nombreux sièges selon les résultats préliminaires.';
    const tgt = 'They lost many seats according to the results. Preliminary.';
    const [x, ...rest] = issues(src, tgt, 'fr', 'en');
    expect(rest).toEqual([]);
    expect(x.messageId).toBe('fragment');
    expect(x.target?.text).toBe('results. Preliminary.');
  });

  it('stays quiet on a legitimate split and on abbreviations', () => {
    expect(issues('Il est arrivé à 10 h, a dit M. Kazimi, puis il est reparti vers la zone verte.', 'He arrived at 10 a.m., said Mr. Kazimi. Then he left for the Green Zone.', 'fr', 'en')).toEqual([]);
    expect(issues('Lewis Hamilton und Co. kämpfen in Imola.', 'Lewis Hamilton and Co. will be fighting in Imola.', 'de', 'en')).toEqual([]);
    expect(issues('Il a dit : « Merci. » Puis il est parti.', 'He said: "Thank you." Then he left.', 'fr', 'en')).toEqual([]);
  });

  it('works without case: a short CJK fragment after the source has one sentence', () => {
    const [x] = issues('They lost seats according to the preliminary results.', '他们根据结果失去了席位。初步的。', 'en', 'zh');
    expect(x.target?.text).toBe('。初步的。');
  });
});

describe('sentence-boundary: the source side', () => {
  it('points at the source words the cut-off fragment stands for', () => {
    const source = 'Elle a perdu de nombreux sièges, selon les résultats préliminaires.';
    const target = 'It lost many seats, according to the results. preliminary.';
    const issue = checkPair(source, target, 'fr', 'en').issues.find((i) => i.ruleId === 'sentence-boundary');
    expect(issue?.source?.text).toBe('résultats préliminaires');
  });
});

describe('sentence-boundary: a stop that leaves a piece with no verb (English, with the dictionary)', () => {
  const services = createSpellingServices();
  const flagged = (source: string, target: string): string[] =>
    runChecks(createDocContext(pairDocument(source, target, 'de', 'en')), { checks: [check], services }).map((i) => i.target?.text ?? '');

  it('flags a stop cutting off a verbless piece, before or after it', () => {
    expect(flagged('In der Nachspielzeit machte Allan den 2:0-Endstand für Neapel perfekt.', 'In added time, Allan made it. 2-0 for Napoli and a bitter evening for Sassuolo.')).toEqual(['it. 2-0']);
    expect(flagged('Obwohl das britische Reisebüro Thomas Cook pleite ging, arbeitet die Tochter weiter.', 'Though the British travel agency. Thomas Cook went bankrupt, its subsidiary is still operational.')).toEqual(['agency. Thomas']);
  });

  it('flags a stop before a second verb that has no first ("The Simpsons and was")', () => {
    expect(flagged('1989 half er bei der Erschaffung der Simpsons und war für das Team verantwortlich.', 'In 1989, he helped create. The Simpsons and was responsible for hiring the team.')).toEqual(['create. The']);
  });

  it('leaves whole sentences, questions and splits at the source\'s colon alone', () => {
    const source = 'Kinder schneiden in ungleicheren Gesellschaften schlechter ab, die Erwachsenen auch.';
    expect(flagged(source, 'Kids do worse in the more unequal societies. The adults play along, and the children suffer.')).toEqual([]);
    expect(flagged(source, 'Kids do worse in the more unequal societies. What about the adults in those countries?')).toEqual([]);
    expect(flagged('Das Ergebnis: ein hoch signifikanter Zusammenhang zwischen beiden.', 'That is the result. A highly significant relationship between the two.')).toEqual([]);
  });

  it('needs the dictionary: without one it stays quiet', () => {
    expect(issues('In der Nachspielzeit machte Allan es perfekt.', 'In added time, Allan made it. 2-0 for Napoli and a bitter evening for Sassuolo.', 'de', 'en')).toEqual([]);
  });
});
