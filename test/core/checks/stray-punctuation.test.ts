// stray-punctuation beyond its catalogue examples: what a reviser sees flagged (span, message,
// suggestion) and the correct texts, in several languages, that must stay quiet.
import { check } from '../../../src/core/checks/stray-punctuation';
import { pairDocument } from '../../../src/core/document';
import { createDocContext, runChecks } from '../../../src/core/run';
import { applySuggestion } from '../../../src/core/fix';
import { createSpellingServices } from '../../../src/host/spelling';

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

describe('stray-punctuation: a preposition or focusing adverb cut from its phrase', () => {
  it('flags a comma after a preposition that "as", "than" or "and" shows to open a phrase', () => {
    expect(flags('Man kann nicht so gut fahren wie auf Asphalt.', 'You cannot drive as well as on, bare asphalt.', 'de', 'en')).toEqual([
      [',', 30, 'inside-clause', 'You cannot drive as well as on bare asphalt.'],
    ]);
    expect(flags('Es war besser als in den alten Tagen.', 'It was better than in, the old days.', 'de', 'en').map((f) => f[3])).toEqual(['It was better than in the old days.']);
  });

  it('flags a comma after a focusing adverb', () => {
    expect(flags('Nicht nur in die nahe Stadt.', 'The bus goes to Hebron and not just, to the nearby town.', 'de', 'en')).toEqual([
      [',', 35, 'inside-clause', 'The bus goes to Hebron and not just to the nearby town.'],
    ]);
    expect(flags('Sie kommen vor allem im Winter.', 'They come mostly, in winter when it is cold.', 'de', 'en').map((f) => f[0])).toEqual([',']);
  });

  it('leaves paired particles, adverbs, parentheses and the adjective "just" alone', () => {
    quiet('x', 'The lights went off and on, the whole night. Both for and against, the arguments were weak.', 'de', 'en');
    quiet('x', 'This just in, the president resigned. He ran faster than before, the coach noted. Come on in, the water is fine!', 'de', 'en');
    quiet('x', 'It is done just as in, say, 2020. This is done as in, people who know.', 'de', 'en');
    quiet('x', 'The cause is just, in every sense. He works mainly, though not only, in Paris. They came mostly, the police said, from the north.', 'de', 'en');
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

describe('stray-punctuation: rules that read word classes off the English dictionary', () => {
  const services = createSpellingServices();
  /** [flagged mark, the words it cuts] for each issue. */
  const cut = (source: string, target: string, from = 'de', to = 'en'): [string, string][] =>
    runChecks(createDocContext(pairDocument(source, target, from, to)), { checks: [check], services }).map((i) => [i.target?.text ?? '', String(i.data?.words ?? '')]);
  const silent = (source: string, target: string, from = 'de', to = 'en'): void => {
    expect(cut(source, target, from, to)).toEqual([]);
  };

  it('flags a mark between a modifier and its noun', () => {
    expect(cut('Eine immer beliebtere Möglichkeit ist das Reisen.', 'An increasingly popular, option for those people is to travel.')).toEqual([[',', 'popular, option']]);
    expect(cut('Sie waren von einem schreienden Mob umgeben.', 'They were surrounded by a screaming: mob of people.')).toEqual([[':', 'screaming: mob']]);
    expect(cut('Die Vereinigten Staaten führen.', 'The United, States leads in terms of infections.')).toEqual([[',', 'United, States']]);
  });

  it('leaves coordinate modifiers, lists, opening phrases and nominal modifiers alone', () => {
    silent('x', 'It was a long, cold winter, and the new, improved version came out.');
    silent('x', 'For the young, life is hard; the Czech, Slovak and Polish governments agree.');
    silent('x', 'The poor, people say, suffer most; the former, however, did not.');
  });

  it('flags a single comma between a subject and its verb', () => {
    expect(cut('Jeder Tempel hatte einen offenen Hof.', 'Each temple, had an open courtyard.')).toEqual([[',', 'temple, had']]);
    expect(cut('Er ist überzeugt, dass die Ägypter für ihn stimmen werden.', 'He is convinced that the Egyptians, will vote for him.')).toEqual([[',', 'Egyptians, will']]);
    silent('x', 'The plan, is, as we know, a failure. The European Summit, organized this year by France, began today.');
  });

  it('flags a semicolon or colon that renders nothing in a source without any', () => {
    expect(cut('Das Krokodil lebt nicht im Ozean, sein Lebensraum ist die Mündung.', 'The crocodile does not live; in the ocean; its habitat is the estuary.')).toEqual([[';', 'live; in']]);
    expect(cut('Das liefert Daten, um Modelle zu erstellen.', 'This provides data and materials; to create simulation models.')).toEqual([[';', 'materials; to']]);
    expect(cut('Irgendwann schwenkte ein Mitglied der Menge den Kopf eines Gardisten.', 'At one point, a member of the crowd waved: the head of a royal guard.')).toEqual([[':', 'waved: the']]);
    expect(cut('Die medizinische Hilfsorganisation Mangola und die WHO nennen es den schlimmsten Ausbruch.', 'The medical charity; Mangola and the WHO call it the worst outbreak.')).toEqual([[';', 'charity; Mangola']]);
  });

  it('flags a colon after a pronoun\'s copula and a semicolon inside a name, where the source has none', () => {
    expect(cut('To jeden z ostatnich kroków przed zawarciem kontraktu.', 'This is: one of the last steps before the contract.', 'pl', 'en')).toEqual([[':', 'is: one']]);
    expect(cut('Il valore equivale a quello della sterlina britannica (GBP).', 'Its value equals that of the British; Pound (GBP).', 'it', 'en')).toEqual([[';', 'British; Pound']]);
    silent('x', 'He is: a doctor, a father and a friend. We know what he is: a man who lies. That is: his posture.');
    silent('x', 'They visited the Netherlands; Belgium is next door. I am too good for the Hut; I know it.');
  });

  it('flags a comma between a gerund and its object, mid-clause', () => {
    expect(cut('Man steuert das Spiel, indem man das Gerät in der Luft bewegt.', 'Players control the game by moving, the device in the air.')).toEqual([[',', 'moving, the']]);
    silent('x', 'By moving, the device stays still. He earned his living by teaching, the only job he knew. It hits me without warning, your face.');
  });

  it('leaves semicolons and colons that join clauses alone', () => {
    silent('Es ist weißes Rauschen, es ist so ein chaotisches Klingeln.', "It's white noise; it's such a chaotic ringing.");
    silent('Die Preise stiegen, 2010 fielen die Löhne.', 'Prices rose; in 2010, wages fell.');
    silent('Das Zertifikat ist abgelaufen, das Datum liegt vor der aktuellen Zeit.', 'The certificate has expired: the date is before the current time.');
  });

  it('flags commas cutting a count, a clause object or a phrasal verb', () => {
    expect(cut('Er traf 11 Vierer und 2 Sechser.', 'He scored 70 runs, hitting 11, fours and 2 sixes.')).toEqual([[',', '11, fours']]);
    expect(cut('Er erklärte, wie er eine Transplantation bekam.', 'He explained, how he received a transplant.')).toEqual([[',', 'explained, how']]);
    expect(cut('Die Eigenschaften eröffnen neue Dimensionen.', 'The properties of the Internet open, up new dimensions.')).toEqual([[',', 'open, up']]);
    silent('Am 11. März sagten Beamte, die Preise stiegen um 5 %.', 'On March 11, officials said prices rose 5%, up from 3%. I don\'t know, what do you think?');
  });

  it('flags marks inside a date, an amount or a name with initials, in the fix deleting them', () => {
    expect(cut('von 29. Dezember 2015 bis 11. Februar 2016', 'from December 29, 2015 to February: 11, 2016.')).toEqual([[':', 'February: 11']]);
    expect(cut('also 10 Mrd. PLN jährlich', 'that is PLN, 10bn annually.')).toEqual([[',', 'PLN, 10bn']]);
    expect(cut('auf der USS George H. W. Bush', 'on board the USS George H. W., Bush last week.').map((f) => f[0])).toEqual([',']);
    expect(cut('Die Zusammenarbeit wird sicher nicht erfolgreich sein.', 'The collaboration will certainly not, be successful.')).toEqual([[',', 'not, be']]);
  });

  it('keeps the English rules off German and French', () => {
    silent('An increasingly popular option.', 'Eine immer beliebtere, Option; jeder Tempel, hatte einen Hof.', 'en', 'de');
    silent('Each temple had a courtyard.', 'Chaque temple, avait une cour\u00a0; une option populaire.', 'en', 'fr');
  });
});
