// The names check beyond its catalogue examples: the spelling tools it compares names with, the
// source words it takes for names (and the capitalised common words it leaves alone), names that
// translate, how it tells a missing name from a replaced one, and the sample article staying quiet.
import { readFileSync } from 'fs';
import { join } from 'path';
import { names } from '../../../src/core/checks/names';
import { fold, looseMatch, skeleton } from '../../../src/core/checks/name-tools';
import { conceptsOf, sharesConcept } from '../../../src/core/text/names/concepts';
import { isGermanNoun } from '../../../src/core/text/names/lexicon';
import { isFrequentEnglish } from '../../../src/core/text/names/english-words';
import { stems } from '../../../src/core/text/names/fold';
import { buildDocument, pairDocument } from '../../../src/core/document';
import { createDocContext, runChecks } from '../../../src/core/run';
import { runExample } from '../../../src/core/testing/rule-tester';
import type { EngineServices } from '../../../src/core/checks/check';

function issues(source: string, target: string, from: string, to = 'en') {
  return runChecks(createDocContext(pairDocument(source, target, from, to)), { checks: [names] });
}

const said = (source: string, target: string, from: string, to = 'en') =>
  issues(source, target, from, to).map((i) => `${i.messageId}: ${i.data.name ?? ''}${i.data.found ? ` → ${i.data.found}` : ''}`);

describe('names: own examples', () => {
  names.meta.examples.good.forEach((ex, i) => {
    it(`good ${i + 1} (${ex.from}→${ex.to})`, () => expect(runExample([names], ex).issues.map((x) => x.message)).toEqual([]));
  });
  names.meta.examples.bad.forEach((ex, i) => {
    it(`bad ${i + 1} (${ex.from}→${ex.to})`, () => {
      const run = runExample([names], ex);
      expect(run.issues.map((x) => `${x.messageId}: ${x.target?.text ?? ''}`)).toEqual([`${ex.messageId}: ${ex.flagged}`]);
      if (ex.fixed) expect(run.fixedBy(run.issues[0])).toBe(ex.fixed);
    });
  });
});

describe('spelling forms', () => {
  it('folds diacritics and transliterates Cyrillic and Greek', () => {
    expect(fold('Téhéran')).toBe('teheran');
    expect(fold('Koweït')).toBe('koweit');
    expect(fold('Łódź')).toBe('lodz');
    expect(fold('Путин')).toBe('putin');
    expect(fold('Джордан')).toBe('jordan');
    expect(fold('Евменов')).toBe('yevmenov');
    expect(fold('Αθήνα')).toBe('athina');
  });

  it('meets transcription variants in the skeleton', () => {
    expect(skeleton(fold('Moustafa'))).toBe(skeleton(fold('Mustafa')));
    expect(skeleton(fold('Zelenskyy'))).toBe(skeleton(fold('Zelensky')));
    expect(skeleton(fold('Mohammed'))).toBe(skeleton(fold('Mohamed')));
  });

  it('matches inflected and transcribed names loosely, and not unrelated ones', () => {
    const loose = (a: string, b: string) => looseMatch(skeleton(fold(a)), skeleton(fold(b)));
    expect(loose('Kazimiego', 'Kazimi')).toBe(true);
    expect(loose('Bangladesch', 'Bangladesh')).toBe(true);
    expect(loose('Téhéran', 'Tehran')).toBe(true);
    expect(loose('Saoudite', 'Saudi')).toBe(true);
    expect(loose('Trump', 'Huber')).toBe(false);
    expect(loose('Iran', 'years')).toBe(false);
    expect(stems('putinem', 'cs')).toContain('putin');
    expect(stems('warszawie', 'pl')).toContain('warszaw');
  });

  it('knows the words names are built from, in several languages', () => {
    const same = (a: string, b: string) => sharesConcept(conceptsOf(fold(a)), conceptsOf(fold(b)));
    expect(same('Ligue', 'League')).toBe(true);
    expect(same('État', 'State')).toBe(true);
    expect(same('Ministerstwa', 'Ministry')).toBe(true);
    expect(same('Narodów', 'Nations')).toBe(true);
    expect(same('Warszawie', 'Warsaw')).toBe(true);
    expect(same('Deutschland', 'Germany')).toBe(true);
    expect(same('Ligue', 'State')).toBe(false);
  });

  it('knows German common nouns, their inflections and compounds', () => {
    for (const w of ['regierung', 'menschen', 'kinderklinik', 'zeitungen', 'geschaftsfuhrer']) expect(isGermanNoun(w)).toBe(true);
    for (const w of ['scholz', 'zimmermann', 'grindel', 'lausitzring']) expect(isGermanNoun(w)).toBe(false);
  });

  it('knows frequent English words written in lower case, and not names', () => {
    expect(isFrequentEnglish('treasure')).toBe(true);
    expect(isFrequentEnglish('examples')).toBe(true);
    expect(isFrequentEnglish('john')).toBe(false);
  });
});

describe('what counts as a source name', () => {
  it('leaves German nouns alone but follows German names', () => {
    expect(said('Die Regierung hat die Steuern erhöht, sagte die Sprecherin.', 'The government raised taxes, the spokeswoman said.', 'de')).toEqual([]);
    expect(said('Nach einer Roten Karte traf Jesse Lingard zum Endstand.', 'After a red card, Jesse Lingard scored the final goal.', 'de')).toEqual([]);
    expect(said('Nach einer Roten Karte traf Jesse Lingard zum Endstand.', 'After a red card, he scored the final goal.', 'de')).toEqual(['missing: Jesse Lingard']);
  });

  it('does not take a sentence opener for a name on its own', () => {
    expect(said('Después del partido, los jugadores celebraron.', 'After the match, the players celebrated.', 'es')).toEqual([]);
    expect(said('Kilka dni później prezydent wrócił.', 'A few days later the president returned.', 'pl')).toEqual([]);
  });

  it('leaves common English words of the source alone when they translate', () => {
    expect(said('The Sun and the Moon rose over the Earth.', 'Die Sonne und der Mond gingen über der Erde auf.', 'en', 'de')).toEqual([]);
  });
});

describe('names that translate', () => {
  it('finds organisations and states by their translated words', () => {
    expect(said("La Ligue arabe a condamné l'attaque.", 'The Arab League condemned the attack.', 'fr')).toEqual([]);
    expect(said("Le groupe jihadiste État islamique a revendiqué l'attaque.", 'The jihadist group Islamic State claimed the attack.', 'fr')).toEqual([]);
    expect(
      said('Zaapelował do Organizacji Narodów Zjednoczonych o pomoc.', 'He appealed to the United Nations for help.', 'pl'),
    ).toEqual([]);
    expect(said('Об этом сообщили в Министерстве обороны.', 'This was reported by the Ministry of Defense.', 'ru')).toEqual([]);
    expect(said('Glitter è tornato nel Regno Unito.', 'Glitter returned to the United Kingdom.', 'it')).toEqual([]);
  });

  it('finds acronyms reversed, reordered or spelled out', () => {
    expect(said('Le sommet de l’UE a eu lieu hier.', 'The EU summit took place yesterday.', 'fr')).toEqual([]);
    expect(said('La lucha contra el SIDA continúa.', 'The fight against AIDS continues.', 'es')).toEqual([]);
    expect(said('Wyrok PZPN był łagodniejszy.', 'The ruling of the Polish Football Association was milder.', 'pl')).toEqual([]);
  });

  it('still flags the name-building words when they are gone', () => {
    expect(said('Le groupe a combattu l’État islamique en Irak.', 'The group fought in Iraq.', 'fr')).toEqual(['missing: État']);
  });
});

describe('missing, replaced, unexpected', () => {
  it('reports a replaced name where a name from nowhere stands in its place', () => {
    const found = issues('Wladimir Putin traf Emmanuel Macron in Paris.', 'Vladimir Putin met Boris Johnson in Paris.', 'de');
    expect(found.map((i) => [i.messageId, i.source?.text, i.target?.text])).toEqual([['replaced', 'Emmanuel Macron', 'Boris Johnson']]);
    expect(found[0].suggestions.map((s) => s.text)).toEqual(['Emmanuel Macron']);
  });

  it('proposes no spelling for a name written in another script or with a case ending', () => {
    const found = issues('Путин встретился с Макроном в Париже.', 'Putin met Boris Johnson in Paris.', 'ru');
    expect(found.map((i) => i.messageId)).toEqual(['replaced']);
    expect(found[0].suggestions).toEqual([]);
  });

  it('counts a name said twice that the translation has once', () => {
    expect(
      said('Thomas Cook Belgium i Thomas Cook Retail ogłosiły upadłość.', 'Thomas Cook Belgium and Retail declared bankruptcy.', 'pl'),
    ).toEqual(['missing: Thomas Cook Retail']);
  });

  it('reads a cut in the translation as the sign of a removed sentence opener', () => {
    expect(said('Murray perse le premier set au tie-break.', 'Lost the first set in the tie-break.', 'fr')).toEqual(['missing: Murray']);
    expect(said('Murray perse le premier set au tie-break.', 'Murray lost the first set in the tie-break.', 'fr')).toEqual([]);
  });

  it('reports a person’s name that came from nowhere', () => {
    expect(said('Spotkanie odbyło się w Krakowie.', 'The meeting with Chen Yongzhou took place in Krakow.', 'pl')).toEqual([
      'unexpected:  → Chen Yongzhou',
    ]);
  });
});

/** A toy dictionary of the lower-case words it knows: the source words that are also common words. */
function knows(words: string): EngineServices {
  const lower = new Set(words.split(' '));
  return { speller: () => ({ correct: (w: string) => lower.has(w), suggest: () => [] }) };
}

/** Messages and the source span flagged, with a dictionary. */
const flagged = (source: string, target: string, from: string, services: EngineServices) =>
  runChecks(createDocContext(pairDocument(source, target, from, 'en')), { checks: [names], services }).map(
    (i) => `${i.messageId}: ${i.source?.text ?? ''}${i.target ? ` → ${i.target.text}` : ''}`,
  );

describe('names with a particle from another language', () => {
  // Vasco (Basque), gama (range), silva (a poem): each word alone is an ordinary Spanish word.
  const es = knows('vasco gama silva');

  it('reads the whole name, however ordinary its words, and reports it gone', () => {
    const src = 'Fue descubierta por el explorador portugués, Vasco da Gama, en 1498.';
    expect(flagged(src, 'It was discovered by the Portuguese explorer in 1498.', 'es', es)).toEqual(['missing: Vasco da Gama']);
    expect(
      flagged('Fue hallada por el marino, Leonardo da Silva, en 1500.', 'It was found by the sailor in 1500.', 'es', es),
    ).toEqual(['missing: Leonardo da Silva']);
    expect(said('La sinfonia fu composta dal musicista tedesco, Ludwig van Beethoven, a Vienna.', 'The symphony was composed by the German musician in Vienna.', 'it')).toEqual([
      'missing: Ludwig van Beethoven',
    ]);
    expect(said('Trasę odkrył portugalski żeglarz, Vasco da Gama, w 1498 roku.', 'The route was discovered by the Portuguese sailor in 1498.', 'pl')).toEqual([
      'missing: Vasco da Gama',
    ]);
  });

  it('takes the words before the particle for given names: the surname alone will do', () => {
    const src = 'Fue descubierta por el explorador portugués, Vasco da Gama, en 1498.';
    expect(flagged(src, 'It was discovered by the Portuguese explorer Vasco da Gama in 1498.', 'es', es)).toEqual([]);
    expect(flagged(src, 'It was discovered by the Portuguese explorer da Gama in 1498.', 'es', es)).toEqual([]);
    expect(said('Die Sinfonie wurde von Ludwig van Beethoven in Wien geschrieben.', 'The symphony was written by Beethoven in Vienna.', 'de')).toEqual([]);
    expect(said('Es la obra más famosa de Vincent van Gogh.', "It is Van Gogh's most famous work.", 'es')).toEqual([]);
    expect(said("Przemówienie generała Charlesa de Gaulle'a transmitowało radio.", "General de Gaulle's speech was broadcast by radio.", 'pl')).toEqual([]);
    expect(said('Il quadro di Johannes van den Berg è esposto a Parigi.', 'The painting by Van den Berg is on display in Paris.', 'it')).toEqual([]);
  });

  it('stays quiet on names inflected, in their exonym or in the source’s own connectors', () => {
    expect(said('Symfonię skomponował Ludwig van Beethoven w Wiedniu.', 'The symphony was composed by Ludwig van Beethoven in Vienna.', 'pl')).toEqual([]);
    expect(said('Spotkał się z Ludwigiem van Beethovenem w Bonn.', 'He met Ludwig van Beethoven in Bonn.', 'pl')).toEqual([]);
    expect(said('El aeropuerto Charles de Gaulle está cerrado.', 'Charles de Gaulle airport is closed.', 'es')).toEqual([]);
    expect(said('La Organización Mundial de la Salud lo confirmó.', 'The World Health Organization confirmed it.', 'es')).toEqual([]);
  });

  it('does not count a given name dropped after the full name as a name said twice', () => {
    const src = 'Donald Trump llegó a Madrid; Donald Trump habló con Sánchez.';
    expect(said(src, 'Donald Trump arrived in Madrid; Trump spoke with Sánchez.', 'es')).toEqual([]);
    expect(said(src, 'Donald Trump arrived in Madrid; spoke with Sánchez.', 'es')).toEqual(['missing: Donald Trump']);
  });
});

describe('names that are also common words', () => {
  // Paro is "unemployment" in Spanish, "I stop" in Italian; the dictionary knows it.
  const dict = knows('paro podemos gobierno legge economia hacienda fuimos łatwo');

  it('reads a capitalised word listed beside a sure name as a name, and reports it gone', () => {
    const es = 'Es fácil llegar a lugares cercanos, como Paro (150 ngultrums) y Punakha (200 ngultrums).';
    expect(flagged(es, 'It is easy to reach nearby places, such as (150 ngultrums) and Punakha (200 ngultrums).', 'es', dict)).toEqual(['missing: Paro']);
    expect(flagged('Fuimos a Mérida, Paro y Punakha en una semana.', 'We went to Mérida and Punakha in one week.', 'es', dict)).toEqual(['missing: Paro']);
    expect(flagged('Si raggiungono luoghi vicini, come Paro e Punakha.', 'You can reach nearby places, such as Punakha.', 'it', dict)).toEqual(['missing: Paro']);
    expect(flagged('Łatwo dojechać do miejsc takich jak Paro i Punakha.', 'It is easy to reach places such as Punakha.', 'pl', dict)).toEqual(['missing: Paro']);
  });

  it('stays quiet where it came through or may have been translated', () => {
    const es = 'Es fácil llegar a lugares cercanos, como Paro (150 ngultrums) y Punakha (200 ngultrums).';
    expect(flagged(es, 'It is easy to reach nearby places, such as Paro (150 ngultrums) and Punakha (200 ngultrums).', 'es', dict)).toEqual([]);
    // A capitalised word of the target the source does not explain may be its translation.
    expect(flagged('Partidos como Podemos y Bildu votaron en contra.', 'Parties like We Can and Bildu voted against.', 'es', dict)).toEqual([]);
    // Two ordinary words, an institution after its article, a pair not announced as examples.
    expect(flagged('Ha studiato Legge e Economia a Bologna.', 'He studied law and economics in Bologna.', 'it', dict)).toEqual([]);
    expect(flagged('El pacto entre el Gobierno y Podemos se firmó.', 'The pact between the government and Podemos was signed.', 'es', dict)).toEqual([]);
    expect(flagged('El pleito entre Hacienda y Bruselas sigue.', 'The dispute between the tax office and Brussels goes on.', 'es', dict)).toEqual([]);
  });

  it('reads an example announced and missing as a cut', () => {
    expect(flagged('Hay ciudades como Paro (2000 m) y otras.', 'There are cities such as (2000 m) and others.', 'es', dict)).toEqual(['missing: Paro']);
    expect(flagged('Hay ciudades como Paro (2000 m) y otras.', 'There are cities such as Paro (2000 m) and others.', 'es', dict)).toEqual([]);
  });
});

describe('the drone-attack sample', () => {
  const dir = join(__dirname, '../../../assets/samples/drone-attack');
  const fr = readFileSync(join(dir, 'fr.source.txt'), 'utf8');
  const en = readFileSync(join(dir, 'en.mt.txt'), 'utf8');

  it('raises nothing on its correct names (Ligue/League, État/State, Téhéran/Tehran, Koweït/Kuwait...)', () => {
    const found = runChecks(createDocContext(buildDocument(fr, en, 'fr', 'en')), { checks: [names] });
    expect(found.map((i) => i.message)).toEqual([]);
  });

  it('raises a removed name in it', () => {
    const cut = en.replace('Iraqi President Barham Saleh denounced', 'Iraqi President denounced');
    const found = runChecks(createDocContext(buildDocument(fr, cut, 'fr', 'en')), { checks: [names] });
    expect(found.map((i) => `${i.messageId}: ${i.source?.text}`)).toEqual(['missing: Barham Saleh']);
  });
});

describe('names inside hyphenated compounds', () => {
  it('reports the name part of a compound the translation drops', () => {
    expect(said('Das sagte der Bayern-Trainer am Montag.', 'That was said by the coach on Monday.', 'de')).toEqual(['missing: Bayern']);
    expect(said('Die Nato-Staaten haben zugestimmt.', 'The states have agreed.', 'de')).toEqual(['missing: Nato']);
    expect(said('Kraje NATO-wskie się zgodziły.', 'The countries agreed.', 'pl')).toEqual(['missing: NATO']);
  });

  it('stays quiet where the name comes through in any form', () => {
    expect(said('Das sagte der Bayern-Trainer am Montag.', 'That was said by the Bavarian coach on Monday.', 'de')).toEqual([]);
    expect(said('Die Nato-Staaten haben zugestimmt.', 'The NATO member states have agreed.', 'de')).toEqual([]);
    expect(said('Die EU-Kommission hat das beschlossen.', 'The European Commission has decided this.', 'de')).toEqual([]);
    expect(said('Kraje NATO-wskie się zgodziły.', 'NATO countries agreed.', 'pl')).toEqual([]);
    expect(said('Der Regierungs-Chef hat das beschlossen.', 'The head of government has decided this.', 'de')).toEqual([]);
  });

  // A common noun with a number names one thing: Formel-1 is Formula 1, Kapitel-11 is Chapter 11.
  it('takes a common noun with a number for a name, and reports it gone', () => {
    expect(said('Das sagte Formel-1-Boss Chase Carey am Montag.', 'That was said by boss Chase Carey on Monday.', 'de')).toEqual(['missing: Formel-1']);
    // (Not found in a look-alike: "for" is no Formel.)
    expect(said('Wir planen das, sagte Formel-1-Boss Chase Carey.', 'For now we plan that, said boss Chase Carey.', 'de')).toEqual(['missing: Formel-1']);
    expect(said('Nach der Kapitel-11-Insolvenz ging es weiter.', 'After the bankruptcy it went on.', 'de')).toEqual(['missing: Kapitel-11']);
  });

  it('finds a numbered name translated, abbreviated or by its number alone', () => {
    const src = 'Die Formel-1-Saison beginnt im März.';
    for (const t of ['The Formula 1 season starts in March.', 'The Formula One season starts in March.', 'The F1 season starts in March.']) {
      expect(said(src, t, 'de')).toEqual([]);
    }
    expect(said('Die Stufe-3-Warnung gilt ab Montag.', 'The level three warning applies from Monday.', 'de')).toEqual([]);
    expect(said('Die Tempo-30-Zone gilt ab Montag.', 'The 30 km/h zone applies from Monday.', 'de')).toEqual([]);
  });
});
