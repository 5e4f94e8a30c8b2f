import { check } from '../../../src/core/checks/broken-syntax';
import { pairDocument } from '../../../src/core/document';
import { createDocContext, runChecks } from '../../../src/core/run';

function run(target: string, to = 'en', source = 'Quelle.', from = 'de') {
  return runChecks(createDocContext(pairDocument(source, target, from, to)), { checks: [check] });
}

function spans(target: string, to = 'en') {
  return run(target, to).map((i) => [i.messageId, i.target?.start, i.target?.end, i.target?.text]);
}

describe('broken-syntax', () => {
  it('flags an article before punctuation, with the mark in the span', () => {
    const t = 'The season was played without spectators in the, as in Germany.';
    expect(spans(t)).toEqual([['dangling', 44, 48, 'the,']]);
  });

  it('flags an article before an auxiliary, a preposition or a conjunction', () => {
    expect(spans('In the end, however, the could be played.')).toEqual([['pair', 21, 30, 'the could']]);
    expect(spans('At the of the crisis, the BA had to react.')).toEqual([['pair', 3, 9, 'the of']]);
    expect(spans('The novel and the and more.')).toEqual([['pair', 14, 21, 'the and']]);
  });

  it('flags a sentence ending on an article or a coordinating conjunction', () => {
    expect(spans('He met the president and the.')).toEqual([['dangling-end', 25, 29, 'the.']]);
    expect(spans('They sold apples and.')).toEqual([['dangling-end', 17, 21, 'and.']]);
  });

  it('flags two conjunctions and two different articles in a row', () => {
    expect(spans('He said it is true and but will come.')).toEqual([['pair', 19, 26, 'and but']]);
    expect(spans('She bought the a car.')).toEqual([['pair', 11, 16, 'the a']]);
  });

  it('flags a subject-less sentence starting with a past tense or an auxiliary', () => {
    expect(spans('Wrote on Twitter that his government is monitoring the storms.')).toEqual([['no-subject', 0, 8, 'Wrote on']]);
    expect(spans('Announced that the demands could not be met.')).toEqual([['no-subject', 0, 14, 'Announced that']]);
    expect(spans('Had already won all four tests.')).toEqual([['no-subject', 0, 11, 'Had already']]);
  });

  it('leaves participle clauses, questions and inverted conditions alone', () => {
    expect(run('Founded in 1990, the company grew.')).toEqual([]);
    expect(run('Was he at home? Had he known, he would have stayed.')).toEqual([]);
    expect(run('Based on these data we conclude that it works.')).toEqual([]);
  });

  it('proposes the right form of "a"/"an"', () => {
    const [issue] = run('When an large number of companies applied.');
    expect(issue.messageId).toBe('article-form');
    expect(issue.target).toEqual({ start: 5, end: 7, text: 'an' });
    expect(issue.suggestions).toEqual([{ text: 'a' }]);
    expect(issue.severity).toBe('minor');
    expect(run('It took an hour, a university, a one-off, an x-ray, a euro and an honest man.')).toEqual([]);
  });

  it('flags verb forms no sentence has: "has went", "to wrote", "could of"', () => {
    expect(spans('He has went home.')).toEqual([['pair', 3, 11, 'has went']]);
    expect(spans('They could of won.')).toEqual([['pair', 5, 13, 'could of']]);
  });

  it('flags a subject pronoun after a preposition and before a name', () => {
    expect(spans('Colbert welcomed Thunberg to he show.')).toEqual([['pair', 26, 31, 'to he']]);
    expect(spans('Deputy he Singapore met.')).toEqual([['pair', 7, 19, 'he Singapore']]);
  });

  it('says "scrambled" when one sentence has two unlikely sequences', () => {
    const t = 'Polish team ranking place to in the September was and dropped national.';
    const issues = run(t);
    expect(issues.map((i) => i.messageId)).toEqual(['scrambled']);
    expect(issues[0].target?.text).toBe('to in');
  });

  it('stays quiet on stranded prepositions, pseudo-clefts, abbreviations and "the as yet"', () => {
    expect(run('I do not know what it is made of. It is the city he lived in.')).toEqual([]);
    expect(run('What it was was a mistake, and, as a result, the work was lost.')).toEqual([]);
    expect(run('A witness heard noises at around 3:40 a.m. and ran.')).toEqual([]);
    expect(run('The as yet unnamed company grew out of a shop and is up to date.')).toEqual([]);
  });

  it('is conservative in German: "die, die" and "der mit dem Hut" are fine', () => {
    expect(run('Die Frauen, die die Kinder sahen, und der mit dem Hut.', 'de')).toEqual([]);
    expect(spans('Er blieb zum, wie immer.', 'de')).toEqual([['dangling', 9, 13, 'zum,']]);
    expect(spans('Er kam und oder ging.', 'de')).toEqual([['pair', 7, 15, 'und oder']]);
  });

  it('flags dangling articles in Spanish, Italian and French', () => {
    expect(spans('Se reunió con el.', 'es')).toEqual([['dangling-end', 14, 17, 'el.']]);
    expect(spans('La casa del, sindaco.', 'it')).toEqual([['dangling', 8, 12, 'del,']]);
    expect(spans('Il a parlé aux.', 'fr')).toEqual([['dangling-end', 11, 15, 'aux.']]);
    expect(run('Je le prends, et il la voit.', 'fr')).toEqual([]);
  });

  describe('an English sentence without a verb', () => {
    const source = 'Die Regierung verabschiedete am Dienstag das neue Gesetz.';
    const verbless = (target: string, src = source, to = 'en') => run(target, to, src).filter((i) => i.messageId === 'no-verb');

    it('flags the whole sentence, with no suggestion', () => {
      const [issue, ...rest] = verbless('The government the new law on Tuesday.');
      expect(rest).toEqual([]);
      expect(issue.target).toEqual({ start: 0, end: 38, text: 'The government the new law on Tuesday.' });
      expect(issue.suggestions).toEqual([]);
      expect(issue.severity).toBe('major');
    });

    it('flags only the sentence that lost it, after an introduction too', () => {
      const t = 'It rained. After three hours of debate, the five members of the board the plan on Friday.';
      const issues = verbless(t, 'Es regnete. Nach der langen Debatte billigten die fünf Mitglieder des Vorstands den Plan am Freitag.');
      expect(issues.map((i) => i.target?.text)).toEqual(['After three hours of debate, the five members of the board the plan on Friday.']);
    });

    it('stays quiet when any word may be the verb: a rare verb use, a contraction, a shouted verb', () => {
      expect(verbless('Most of the victims from the northern provinces, officials said.')).toEqual([]);
      expect(verbless('Virtual team members often function as the point of contact for the group.')).toEqual([]);
      expect(verbless("The coast's all the way over there, by the old mill.")).toEqual([]);
      expect(verbless('I ADORE the outlets all around the old floor.')).toEqual([]);
    });

    it('stays quiet on headings, captions, quotations, short sentences and fragments', () => {
      expect(verbless('The government the new law on Tuesday.', 'Neues Gesetz am Dienstag')).toEqual([]);
      expect(verbless('Photo: the government the new law on Tuesday.')).toEqual([]);
      expect(verbless('"The government the new law on Tuesday."')).toEqual([]);
      expect(verbless('The government the new law.')).toEqual([]);
      expect(verbless('A perfect place for a romantic dinner with the family.')).toEqual([]);
      expect(verbless('The lower the reins, the stronger the action on the poll.')).toEqual([]);
    });

    it('runs on English only', () => {
      expect(verbless('Die Regierung das neue Gesetz am Dienstag im Parlament.', source, 'de')).toEqual([]);
    });
  });

  it('does not run on languages without a table', () => {
    expect(run('Это the, и.', 'ru')).toEqual([]);
  });
});
