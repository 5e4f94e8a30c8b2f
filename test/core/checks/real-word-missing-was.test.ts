// The real-word check's "as" for "was": judged on the clause, with subjects set off by commas.
import { pairDocument } from '../../../src/core/document';
import { createDocContext, runChecks } from '../../../src/core/run';
import { check } from '../../../src/core/checks/real-word';
import { createSpellingServices } from '../../../src/host/spelling';

const services = createSpellingServices();

function flags(target: string) {
  const doc = pairDocument('Ein Satz.', target, 'de', 'en');
  return runChecks(createDocContext(doc), { checks: [check], services })
    .filter((i) => i.target?.text === 'as')
    .map((i) => ({ start: i.target?.start, suggestions: i.suggestions.map((s) => s.text) }));
}

const at = (target: string, from = 0) => [{ start: target.indexOf(' as ', from) + 1, suggestions: ['was'] }];

describe('real-word: "as" for "was"', () => {
  it('flags a clause without its verb while another clause of the sentence has one', () => {
    for (const target of [
      'The bridge as the longest in Europe at the time, so engineers came from far away to see it.',
      'The new engine as tested at the northern site, and its first flights began in May.',
      'Between 1990 and 1995, the Meteor-2 rocket as developed at the institute, and its first tests began in 1996.',
      'The old mill as destroyed by fire; the town rebuilt it in 1921.',
      'The museum closed, because the roof as damaged by the storm.',
      'Although it rained, the festival as attended by thousands of people.',
      'The minister as not informed, which caused a scandal.',
    ]) {
      expect(flags(target)).toEqual(at(target));
    }
  });

  it('takes a word its tag list lacks for a noun after an adjective, not for the verb', () => {
    const zoo = 'The Mosasaurus as the largest predator at the time, so it feared no other animal.';
    expect(flags(zoo)).toEqual(at(zoo));
    const tower = 'The tower as a popular lookout in summer, and tourists climbed it every day.';
    expect(flags(tower)).toEqual(at(tower));
    // Not after a noun: there it may be the verb the clause has ("the crew as expected regroups").
    expect(flags('The crew as expected regroups at dawn, and the ship sails on.')).toEqual([]);
  });

  it('flags a subject set off by commas, with its appositions', () => {
    const berg = "Anna Berg, the club's captain, as not at the meeting but sent a letter.";
    expect(flags(berg)).toEqual(at(berg));
    const smith = 'John Smith, 45, of Leeds, Yorkshire, as in custody for two weeks after the raid.';
    expect(flags(smith)).toEqual(at(smith));
    const hall = 'Peter Hall, a retired teacher, as the first to arrive, so he opened the doors.';
    expect(flags(hall)).toEqual(at(hall));
  });

  it('stays quiet where "as" is a conjunction, a preposition or half of a comparison', () => {
    for (const ok of [
      'Prices rose as expected.',
      'The rocket, as developed, worked.',
      'As in previous years, the festival opened in June.',
      'He works as a teacher, and his wife runs a shop.',
      'Sales, as in 2019, rose sharply.',
      'The match ended as a draw, so both teams went through.',
      'Such a result, as the minister said, was expected.',
      'She is as big as her brother.',
      'It is the same colour as the sky.',
      'Smith as Hamlet: a review',
      'The town, as well as the villages, suffered.',
      'As soon as he arrived, we left.',
      'As of today, the shop is closed.',
      'As long as you pay, you may stay.',
      'The plan as such was fine.',
      'He saw the plan as a threat, but he signed it.',
      'The court treated the case as closed, and the family left.',
      'The team, as the favourite, won the cup, so fans celebrated.',
    ]) {
      expect(flags(ok)).toEqual([]);
    }
  });

  it('stays quiet where the verb of the clause comes after a subordinate clause or a coordinated subject', () => {
    for (const ok of [
      'Smith as the Prince, who is tormented by doubt, is superb.',
      'Smith as the Prince when the play opened in 1990 was a revelation.',
      'Trump as the president, and the Republicans in Congress, will decide.',
      'The film as a whole but especially the ending impressed me.',
      'The rocket as a weapon because of its range was feared.',
      'Mary as the eldest daughter, and not her brother, inherited the farm.',
      'His role as the leader, which he took in 2010, made him famous.',
    ]) {
      expect(flags(ok)).toEqual([]);
    }
  });

  it('stays quiet on verbless captions, lists and titles', () => {
    for (const ok of [
      'Smith as the Prince, and Jones as the Queen, were superb.',
      'Joe Pantoliano as a chair and Jeremy Sisto as a man.',
      'Marriage as a Fine Art (with Philippe Sollers).',
      'Finally, Anna Paquin as the star of a horror film?',
      'Germany, as in previous years.',
      'Berlin, the capital, as in 1989.',
      'The results, as expected.',
      'Life as in prison.',
      'The film stars Tom Hanks as a lawyer, and Denzel Washington plays his client.',
      'Picture the bridge as the longest in Europe, and you see why people came.',
      'After years as the movies\u2019 No. 1 son, Keye Luke finally played this detective.',
      'Four men make it a quintet: Mr. Caviezel in a jacket, Joe Pantoliano as a chair.',
    ]) {
      expect(flags(ok)).toEqual([]);
    }
  });
});
