// The agreement check: a singular noun after a count ("the two candidate dodged"), a bare verb
// where "are", "were" or "have" needs its participle ("are advise to"), and a singular subject
// with a plural verb ("the country which have signed").
import { pairDocument } from '../../../src/core/document';
import { createDocContext, runChecks } from '../../../src/core/run';
import { check } from '../../../src/core/checks/agreement';
import { createSpellingServices } from '../../../src/host/spelling';

const services = createSpellingServices();

function flags(target: string, to = 'en', withDictionary = true) {
  const doc = pairDocument('Ein Satz.', target, 'de', to);
  return runChecks(createDocContext(doc), { checks: [check], services: withDictionary ? services : {} }).map((i) => ({
    text: i.target?.text,
    start: i.target?.start,
    suggestion: i.suggestions[0]?.text,
  }));
}

describe('agreement: a singular noun after a count', () => {
  it('flags the noun with its plural as the suggestion', () => {
    expect(flags('With caution, the two candidate dodged questions.')).toEqual([{ text: 'candidate', start: 22, suggestion: 'candidates' }]);
    expect(flags('The talks lasted for three day.')).toEqual([{ text: 'day', start: 27, suggestion: 'days' }]);
    expect(flags('He has lived there for 40 year, she said.')).toEqual([{ text: 'year', start: 26, suggestion: 'years' }]);
    expect(flags('Several city have banned the cars.')).toEqual([{ text: 'city', start: 8, suggestion: 'cities' }]);
    expect(flags('Leaders of both nation met in Geneva.')).toEqual([]);
    expect(flags('It matters to both nation.')).toEqual([{ text: 'nation', start: 19, suggestion: 'nations' }]);
    expect(flags('These change will take effect in May.')).toEqual([{ text: 'change', start: 6, suggestion: 'changes' }]);
  });

  it('suggests the plural English makes, not the noun plus -s', () => {
    const suggestion = (t: string) => flags(t)[0]?.suggestion;
    expect(suggestion('Two man were killed in the attack.')).toBe('men');
    expect(suggestion('Three policeman were hurt.')).toBe('policemen');
    expect(suggestion('Two knife were found at the scene.')).toBe('knives');
    expect(suggestion('They held three belief about it.')).toBe('beliefs');
    expect(suggestion('Several crisis have hit the region.')).toBe('crises');
  });

  it('stays quiet on measures, compounds, labels, zero plurals and pronouns', () => {
    for (const ok of [
      'Two-thirds of voters said no, and inflation rose 2 percent.',
      'He signed a two year contract with two Premier League clubs.',
      'The 10 year old boy was found, two thousand people marched.',
      'He is six foot tall and she weighs nine stone.',
      'Stage two cancer is treatable; Type 2 diabetes is common.',
      'He was the No. 4 player in the world and made the top 10 list.',
      'Two crew were injured and the two aircraft were grounded.',
      'Those present at the meeting agreed; those interested should apply.',
      'The two walk home together, and they both work in a bank.',
      'These account for most losses and these include a new school.',
      'It was built in the 2020 election year for my 360 controller.',
      'The five year, $24.7 billion plan passed.',
      'Both faith in the future and courage are needed.',
      'In the framing of these care has been taken.',
      'The score was two nil.',
    ]) {
      expect(flags(ok)).toEqual([]);
    }
  });
});

describe('agreement: a bare verb after "be" or "have"', () => {
  it('flags the verb with its participle as the suggestion', () => {
    expect(flags('All female tourists are advise to say they are married.')).toEqual([{ text: 'advise', start: 24, suggestion: 'advised' }]);
    expect(flags('They were surprise by the news.')).toEqual([{ text: 'surprise', start: 10, suggestion: 'surprised' }]);
    expect(flags('They have decide to stay.')).toEqual([{ text: 'decide', start: 10, suggestion: 'decided' }]);
    expect(flags('The players were invite to the palace.')).toEqual([{ text: 'invite', start: 17, suggestion: 'invited' }]);
    expect(flags('The results will be announce in the journal.')).toEqual([{ text: 'announce', start: 20, suggestion: 'announced' }]);
  });

  it('suggests the irregular participle where the regular form is another word', () => {
    expect(flags('The team were lead by their captain.')).toEqual([{ text: 'lead', start: 14, suggestion: 'led' }]);
  });

  it('stays quiet on adjectives, predicate nouns, particles and true participles', () => {
    for (const ok of [
      'Tourists are to decide by Friday; they are free to leave.',
      'We are friends, and they are present at every meeting.',
      'They are subject to the law and party to the agreement.',
      'Cities are home to most people; we are witness to history.',
      'The goods are exempt from duty and they are content with it.',
      'They were found in the house and left behind.',
      'They have cut the budget and have put the plan on hold.',
      'We have access to the data and reason to believe him.',
      'You had better go now; they have yet to decide.',
      'They were home by midnight and the boxes were side by side.',
      'All they did was complain about the weather.',
      'The powers that be continue to ignore us.',
      'There have been calls for his resignation, and there has been talk of a deal.',
      'They are cause for concern and second to none.',
      'They were near the border and past the point of no return.',
    ]) {
      expect(flags(ok)).toEqual([]);
    }
  });
});

/** Each suggestion of each issue, applied to the target. */
function fixes(target: string): string[][] {
  const doc = pairDocument('Ein Satz.', target, 'de', 'en');
  return runChecks(createDocContext(doc), { checks: [check], services }).map((i) =>
    i.suggestions.map((s) => {
      const start = s.start ?? i.target!.start;
      const end = s.end ?? i.target!.end;
      return target.slice(0, start) + s.text + target.slice(end);
    }),
  );
}

describe('agreement: a singular subject with a plural verb', () => {
  it('flags a singular head right before a relative and a plural verb', () => {
    expect(flags('He is the only one that are able to do it.')).toEqual([{ text: 'one', start: 15, suggestion: 'ones' }]);
    expect(flags('The country which have signed the treaty must comply.')).toEqual([{ text: 'country', start: 4, suggestion: 'countries' }]);
    expect(flags('Of all the insects, the only one that are unable to fold their wings are dragonflies.')).toEqual([
      { text: 'one', start: 29, suggestion: 'ones' },
    ]);
    expect(flags('The child who were injured was taken to hospital.')).toEqual([{ text: 'child', start: 4, suggestion: 'children' }]);
  });

  it('offers the plural phrase, with its determiner, and the singular verb', () => {
    expect(fixes('A member who were present said nothing.')).toEqual([['Members who were present said nothing.', 'A member who was present said nothing.']]);
    expect(fixes('This policy which have been adopted is wrong.')).toEqual([
      ['These policies which have been adopted is wrong.', 'This policy which has been adopted is wrong.'],
    ]);
    expect(fixes('Each member who were present voted.')).toEqual([['Each member who was present voted.']]);
  });

  it('flags a determiner, a singular noun and a participle before "are" or "were" at the start of a clause', () => {
    expect(flags('The view presented are often wrong.')).toEqual([{ text: 'view', start: 4, suggestion: 'views' }]);
    expect(flags('Critics said that the figure quoted were too high.')).toEqual([{ text: 'figure', start: 22, suggestion: 'figures' }]);
  });

  it('stays quiet where the verb may agree with another word, a group or a zero plural', () => {
    for (const ok of [
      'One of the people who are here left, and none of them that are here spoke.',
      'Each of the members who are here voted.',
      'The team who are playing today won; the government which have decided will not change.',
      'The police who are investigating and the staff who were present agreed.',
      'The family who have lived here and the committee who were elected left.',
      'The crew who were rescued and the audience who were waiting cheered.',
      'The public who are affected and the couple who were married agreed.',
      'The series which are popular and the species which are endangered.',
      'The sheep which are grazing belong to the farmer.',
      'The data presented are clear, and the news which have come is good.',
      'The number of cases reported are rising.',
      'Jones who are here and you who are there.',
      'The husband and wife who were killed were buried today.',
      'He asked the judge who were the guilty ones.',
      'The people on almost every continent who have struggled won.',
      'I have seen many films this year that were better than this one.',
      'They are a breed that are very loyal; you are the one who are late.',
      'The price asked and the figure quoted were identical.',
      'The boy asked were the dogs fed.',
      'The middle aged are at risk, and the accused who were present denied it.',
      'Messages in the subscription that were published before are acknowledged.',
    ]) {
      expect(flags(ok)).toEqual([]);
    }
  });
});

describe('agreement: scope', () => {
  it('works without a dictionary on the frequent words the tagged corpus knows', () => {
    expect(flags('With caution, the two candidate dodged questions.', 'en', false)).toEqual([{ text: 'candidate', start: 22, suggestion: 'candidates' }]);
    expect(flags('All female tourists are advise to say they are married.', 'en', false)).toEqual([{ text: 'advise', start: 24, suggestion: 'advised' }]);
    expect(flags('The country which have signed the treaty must comply.', 'en', false)).toEqual([{ text: 'country', start: 4, suggestion: 'countries' }]);
  });

  it('reads English targets only', () => {
    expect(flags('With caution, the two candidate dodged questions.', 'de')).toEqual([]);
  });
});
