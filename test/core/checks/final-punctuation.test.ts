// final-punctuation beyond its catalogue examples: equivalents across scripts and exact fixes.
import { check } from '../../../src/core/checks/final-punctuation';
import { pairDocument } from '../../../src/core/document';
import { createDocContext, runChecks } from '../../../src/core/run';
import { applySuggestion } from '../../../src/core/fix';
import type { Check } from '../../../src/core/checks/check';

/** Each issue as [flagged text, start, end, messageId, target after its first suggestion]. */
function flags(c: Check, source: string, target: string, from: string, to: string): [string, number, number, string, string][] {
  const issues = runChecks(createDocContext(pairDocument(source, target, from, to)), { checks: [c] });
  return issues.map((i) => [i.target?.text ?? '', i.target?.start ?? -1, i.target?.end ?? -1, i.messageId, applySuggestion(target, i)]);
}

describe('final-punctuation', () => {
  it('adds the lost full stop after the last word', () => {
    expect(flags(check, 'Er kam gestern nach Hause.', 'He came home yesterday', 'de', 'en')).toEqual([
      ['yesterday', 13, 22, 'missing', 'He came home yesterday.'],
    ]);
  });
  it('uses the target script\'s marks', () => {
    expect(flags(check, 'He came home.', '他回家了', 'en', 'zh').map((f) => f[4])).toEqual(['他回家了。']);
    expect(flags(check, 'Did he come home?', 'क्या वह घर आया', 'en', 'hi').map((f) => f[4])).toEqual(['क्या वह घर आया?']);
    expect(flags(check, 'Did he come home?', 'هل عاد إلى البيت.', 'en', 'ar').map((f) => [f[3], f[4]])).toEqual([['question-lost', 'هل عاد إلى البيت؟']]);
    expect(flags(check, 'Are you sure?', 'Tu es sûr', 'en', 'fr').map((f) => f[4])).toEqual(['Tu es sûr\u00a0?']);
  });
  it('accepts equivalents across scripts and marks inside quotes', () => {
    expect(flags(check, '他回家了。', 'He came home.', 'zh', 'en')).toEqual([]);
    expect(flags(check, 'Он пришёл?', 'Did he come?', 'ru', 'en')).toEqual([]);
    expect(flags(check, 'वह घर आया।', 'He came home.', 'hi', 'en')).toEqual([]);
    expect(flags(check, 'Er sagte: „Ja.“', 'He said: “Yes”.', 'de', 'en')).toEqual([]);
    expect(flags(check, 'Un titre', 'A title', 'fr', 'en')).toEqual([]);
  });
  it('changes a question into a statement and back', () => {
    expect(flags(check, 'Ist er gekommen?', 'He came.', 'de', 'en')).toEqual([['.', 7, 8, 'question-lost', 'He came?']]);
    expect(flags(check, 'Er ist gekommen.', 'Did he come?', 'de', 'en')).toEqual([['?', 11, 12, 'question-added', 'Did he come.']]);
  });
  it('removes a full stop added to a title, not to a long sentence whose source lost it', () => {
    expect(flags(check, 'Déroute électorale', 'Election rout.', 'fr', 'en')).toEqual([['.', 13, 14, 'added', 'Election rout']]);
    expect(flags(check, 'Der Spieler kam spät ins Spiel und schoss über die Latte ins Aus', 'The player came on late and shot over the bar and out.', 'de', 'en')).toEqual([]);
  });
});
