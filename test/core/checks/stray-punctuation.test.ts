// stray-punctuation beyond its catalogue examples: what a reviser sees flagged (span, message,
// suggestion) and the correct texts, in several languages, that must stay quiet.
import { check } from '../../../src/core/checks/stray-punctuation';
import { pairDocument } from '../../../src/core/document';
import { createDocContext, runChecks } from '../../../src/core/run';
import { applySuggestion } from '../../../src/core/fix';

/** Each issue as [flagged text, start, messageId, target after its first suggestion]. */
function flags(source: string, target: string, from: string, to: string): [string, number, string, string][] {
  const issues = runChecks(createDocContext(pairDocument(source, target, from, to)), { checks: [check] });
  return issues.map((i) => [i.target?.text ?? '', i.target?.start ?? -1, i.messageId, applySuggestion(target, i)]);
}

const quiet = (source: string, target: string, from: string, to: string): void => {
  expect(flags(source, target, from, to)).toEqual([]);
};

describe('stray-punctuation: hyphens', () => {
  it('flags a hyphen hanging off a word and offers to delete it', () => {
    expect(flags('Die Symptome der Krankheit.', 'The symptoms of- the disease were found.', 'de', 'en')).toEqual([
      ['-', 15, 'hyphen', 'The symptoms of the disease were found.'],
    ]);
    expect(flags('Вокруг были козы, лошади, коровы.', 'There were goats, horses,- cows.', 'ru', 'en').map((f) => f[3])).toEqual(['There were goats, horses, cows.']);
    expect(flags('Это случилось из-за погоды.', 'Это случилось из- за погоды.', 'ru', 'ru').map((f) => f[0])).toEqual(['-']);
  });

  it('leaves suspended compounds alone, in any language', () => {
    quiet('x', 'Pre- and post-war buildings, two- to three-day trips and 10- to 15-year-olds.', 'de', 'en');
    quiet('x', 'Einer der besten Blues- und Rockgitarristen, Ein-, Zwei- oder Dreifamilienhäuser, Ost- wie Westeuropa.', 'en', 'de');
    quiet('x', 'Pokoje dwu- i trzyosobowe, двух- или трёхкомнатные квартиры, micro- et nano-technologies.', 'en', 'pl');
    quiet('x', 'Ein Preis von 5,- Euro.', 'en', 'de');
  });

  it('leaves a hyphen alone where the source has a dash the translation made into one', () => {
    quiet('Er kam – und ging.', 'He came- and went away.', 'de', 'en');
  });
});

describe('stray-punctuation: apostrophes', () => {
  it('flags an apostrophe that closes nothing', () => {
    expect(flags('Wir machen Fortschritte bei der Planung.', 'We make great progress\' in finalizing our plans.', 'de', 'en')).toEqual([
      ['\'', 22, 'apostrophe', 'We make great progress in finalizing our plans.'],
    ]);
    expect(flags('Spanisch ist auch verbreitet.', 'Spanish is\u2019 also widely spoken.', 'de', 'en').map((f) => f[3])).toEqual(['Spanish is also widely spoken.']);
    expect(flags('Nur Mutationen in Keimzellen werden vererbt.', 'Only mutations in germline cells\' can be passed on.', 'de', 'en').map((f) => f[0])).toEqual(['\'']);
    expect(flags('Trainer Daniel Cyrnek, Oberstleutnant Bal.', 'Trainee Daniel Cyrnek,\' senior trainee Bal.', 'pl', 'en').map((f) => f[3])).toEqual(['Trainee Daniel Cyrnek, senior trainee Bal.']);
  });

  it('leaves possessives, quotations and elisions alone', () => {
    quiet('x', 'The players\' union met at the Magistrates\' Court and the skeptics\' caucus.', 'de', 'en');
    quiet('x', 'The \'learning\' and \'socialization\' aspects, rock \'n\' roll, nothin\' else.', 'de', 'en');
    quiet('x', 'Er traf Hans\' Bruder, und ich hab\' keine Zeit.', 'en', 'de');
    quiet('x', 'Un po\' di pane e un\' amica.', 'en', 'it');
  });
});

describe('stray-punctuation: colons and semicolons', () => {
  it('flags a mark splitting a name the source writes as one', () => {
    expect(flags('Er startet für die Renngemeinschaft Graf Zeppelin.', 'He races for the Graf: Zeppelin community.', 'de', 'en')).toEqual([
      [':', 21, 'inside-name', 'He races for the Graf Zeppelin community.'],
    ]);
    expect(flags('Telescope on Mauna Kea.', 'Телескоп на Mauna; Kea.', 'en', 'ru').map((f) => f[2])).toEqual(['inside-name']);
  });

  it('flags English marks inside a phrase', () => {
    expect(flags('Verkehrsfluss ist die Untersuchung der Bewegung.', 'Traffic flow is the study; of the movement.', 'de', 'en').map((f) => f[0])).toEqual([';']);
    expect(flags('Seit der Gründung von Asunción 1537 hat Paraguay viel bewahrt.', 'Since the founding of: Asunción in 1537, Paraguay has kept much.', 'de', 'en').map((f) => f[0])).toEqual([':']);
    expect(flags('Mosasaurus był największym drapieżnikiem.', 'The Mosasaurus was; the largest predator.', 'pl', 'en').map((f) => f[0])).toEqual([';']);
  });

  it('stays quiet where the source has the mark or the clause really ends', () => {
    quiet('Er sagte: Der Plan ist gescheitert; alle gingen.', 'He said: the plan failed; everyone left.', 'de', 'en');
    quiet('Nic nie jest takie, jak było, świat się zmienił.', 'Nothing is as it was; the world has changed.', 'pl', 'en');
    quiet('Es gibt zwei Optionen: bleiben oder gehen.', 'There are two options: stay or leave.', 'de', 'en');
    quiet('Sie besteht aus: Mehl, Zucker, Eiern.', 'It consists of: flour, sugar and eggs.', 'de', 'en');
  });

  it('stays quiet on French spacing and German colons', () => {
    quiet('He said: yes; then no.', 'Il a dit\u00a0: oui\u00a0; puis non.', 'en', 'fr');
    quiet('We know that, as it falls in, it gets faster.', 'Wir wissen: Wenn es hineinfällt, wird es schneller.', 'en', 'de');
  });
});

describe('stray-punctuation: commas', () => {
  it('flags an English comma cutting a phrase', () => {
    expect(flags('Er war Bischof von Nantes und war verantwortlich.', 'He was bishop of Nantes and, was responsible.', 'de', 'en')).toEqual([
      [',', 27, 'inside-clause', 'He was bishop of Nantes and was responsible.'],
    ]);
    expect(flags('Die größte Mangrovenkette der Welt.', 'It is the largest mangrove chain in, the world, stretching far.', 'de', 'en').map((f) => f[0])).toEqual([',']);
    expect(flags('Green wurde 1946 geboren.', 'Green was, born in 1946.', 'de', 'en').map((f) => f[0])).toEqual([',']);
    expect(flags('Die Kruste ist etwa 70 km dick.', 'The crust is about 70, km thick.', 'de', 'en').map((f) => f[2])).toEqual(['inside-clause']);
  });

  it('leaves parentheses, elliptical clauses and opening phrases alone', () => {
    quiet('x', 'It was continued and, again, little time was devoted to it; they focused on texts and, in particular, on the Bible.', 'de', 'en');
    quiet('x', 'That is, X will match. If it is, remove the label. The bigger the heap is, the more it needs.', 'de', 'en');
    quiet('x', 'However, in version 10 and beyond, the socket stays paused. As it falls in, the light bends.', 'de', 'en');
    quiet('x', 'Input that arrives on, and is read from, the stream. Instances of, or inheriting from, the class.', 'de', 'en');
  });

  it('flags marks piled on one another, in any language', () => {
    expect(flags('Sie hatten freien Zugang, dank dessen.', 'They had free access to professions,, thanks to which they won.', 'pl', 'en')).toEqual([
      [',', 36, 'piled', 'They had free access to professions, thanks to which they won.'],
    ]);
    expect(flags('Satoru Iwata, Präsident', 'Satoru Iwata,: presidente di Nintendo.', 'de', 'it').map((f) => f[0])).toEqual([':']);
    const listed = 'Apples, pears, etc., were sold; see Nan::ObjectWrap, or "connect:".';
    quiet(listed, listed, 'de', 'en');
  });
});

describe('stray-punctuation: lone symbols', () => {
  it('flags "_", "^", "~" standing between words', () => {
    expect(flags('Do neděle se nakazilo 15 212 lidí.', 'By Sunday, 15,212~ people were infected.', 'cs', 'en').map((f) => [f[0], f[3]])).toEqual([
      ['~', 'By Sunday, 15,212 people were infected.'],
    ]);
    expect(flags('x', 'Sprachlich, ästhetisch,^ religiös.', 'en', 'de').map((f) => f[0])).toEqual(['^']);
  });

  it('leaves approximations, emphasis, handles and addresses alone', () => {
    quiet('x', 'About ~15,000 people, see _this_ note, user_name@example.com or @afp_fr and x^2.', 'de', 'en');
  });
});
