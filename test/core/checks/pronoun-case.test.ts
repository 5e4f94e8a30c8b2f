// The pronoun-case check: a reflexive owning a noun ("and himself cabinet"), a reflexive, object or
// possessive form as a subject ("Herself announced", "Him advised", "your are"), a subject pronoun
// owning a noun ("In he personal best"); emphatic reflexives, predicates and appositions stay quiet.
import { pairDocument } from '../../../src/core/document';
import { createDocContext, runChecks } from '../../../src/core/run';
import { check } from '../../../src/core/checks/pronoun-case';
import { createSpellingServices } from '../../../src/host/spelling';

const services = createSpellingServices();

function flags(target: string, to = 'en') {
  const doc = pairDocument('Ein Satz.', target, 'de', to);
  return runChecks(createDocContext(doc), { checks: [check], services }).map((i) => ({
    text: i.target?.text,
    start: i.target?.start,
    suggestion: i.suggestions[0]?.text,
  }));
}

const first = (t: string) => flags(t)[0]?.suggestion;

describe('pronoun-case: a pronoun that should own the noun after it', () => {
  it('flags a reflexive before a noun after a preposition or "and"', () => {
    expect(flags('The opposition accused Söder and himself cabinet of failing.')).toEqual([{ text: 'himself', start: 33, suggestion: 'his' }]);
    expect(first('He posted the news on himself social media.')).toBe('his');
    expect(first('They finally arrived at themselves destination.')).toBe('their');
    expect(first('He wrote it on himself banner.')).toBe('his');
    expect(first('They live with ourselves family.')).toBe('our');
  });

  it('flags a subject or object pronoun before a noun after a preposition', () => {
    expect(flags('He lives near he official residence.')).toEqual([{ text: 'he', start: 14, suggestion: 'his' }]);
    expect(first('Sales have increased since him appearance in May.')).toBe('his');
    expect(first('A year after she flight into exile, she returned.')).toBe('her');
  });

  it('leaves predicates, appositions, emphatic and idiomatic reflexives alone', () => {
    expect(flags('He declared himself president and gave himself time.')).toEqual([]);
    expect(flags('That is in itself a problem; the minister, himself chairman of the board, agreed.')).toEqual([]);
    expect(flags('We Europeans and we students know it, and none of us actors did.')).toEqual([]);
    expect(flags('For him security is supreme, with him captain.')).toEqual([]);
    expect(flags('They house refugees and they own land; they last week said so.')).toEqual([]);
    expect(flags('World War I veterans met; he alone stayed, and he himself left.')).toEqual([]);
  });
});

describe('pronoun-case: the subject of a verb in the wrong form', () => {
  it('flags a reflexive opening a clause before a finite verb, keeping the capital', () => {
    expect(flags('Herself announced that the show will take place.')).toEqual([{ text: 'Herself', start: 0, suggestion: 'She' }]);
    expect(first('"Ourselves are pleased," he said.')).toBe('We');
    expect(first('According to Tennet, itself is 7.1 gigawatts.')).toBe('it');
    expect(first('It was built in 1992, but itself was lost.')).toBe('it');
  });

  it('flags an object pronoun opening a clause', () => {
    expect(flags('Him advised Carter on foreign policy.')).toEqual([{ text: 'Him', start: 0, suggestion: 'He' }]);
    expect(first('Them are often seen here.')).toBe('They');
    expect(first('He left because him missed four games.')).toBe('he');
    expect(first('"It will change," him said.')).toBe('he');
  });

  it('flags a possessive determiner before a verb', () => {
    expect(flags('If your are concerned, call us.')).toEqual([{ text: 'your', start: 3, suggestion: 'you' }]);
    expect(first('This means their tend to fail.')).toBe('they');
    expect(first('"Our will strive for more," she said.')).toBe('We');
    expect(first('Its may be late.')).toBe('It');
    expect(first('Their were plenty of people.')).toBe('They');
  });

  it('leaves emphatic reflexives, independent possessives and "her" as an object alone', () => {
    expect(flags('Myself, I think the firm itself is growing, which itself was a surprise.')).toEqual([]);
    expect(flags('His was the best, mine is bigger, and theirs are older; mine didn’t work.')).toEqual([]);
    expect(flags('We saw her leave, let her go and made her cry. Her will was read.')).toEqual([]);
    expect(flags('Her married name is Smith; their will to win is strong.')).toEqual([]);
    expect(flags('No one but yourself could do it. Before him stood a man.')).toEqual([]);
    expect(flags('The US has said so and IT was down.')).toEqual([]);
  });
});

describe('pronoun-case: scope', () => {
  it('runs on English targets only', () => {
    expect(flags('Herself announced it.', 'de')).toEqual([]);
  });
});
