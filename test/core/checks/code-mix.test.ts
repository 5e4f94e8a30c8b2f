import { check } from '../../../src/core/checks/code-mix';
import { pairDocument } from '../../../src/core/document';
import { createDocContext, runChecks } from '../../../src/core/run';
import { checkPair } from '../../../src/core';
import { createSpellingServices } from '../../../src/host/spelling';

function run(source: string, target: string, from: string, to: string) {
  return runChecks(createDocContext(pairDocument(source, target, from, to)), { checks: [check] });
}

describe('code-mix', () => {
  it('flags a Polish word with its exact span and names it', () => {
    const [issue] = run('Reprezentacja spadła z 20. na 22. miejsce.', 'The team spadła from 20th to 22nd place.', 'pl', 'en');
    expect(issue.target).toEqual({ start: 9, end: 15, text: 'spadła' });
    expect(issue.message).toContain('spadła');
  });

  it('joins a Cyrillic phrase into one span', () => {
    const [issue] = run('По данным РИА Новости, парад прошёл.', 'По данным RIA Novosti, the parade took place.', 'ru', 'en');
    expect(issue.messageId).toBe('foreignScript');
    expect(issue.target).toEqual({ start: 0, end: 9, text: 'По данным' });
  });

  it('flags source function words and inflected copies (German, Spanish, Italian)', () => {
    expect(run('Er sagte, dass es regnet.', 'He said dass it rains.', 'de', 'en')[0].target?.text).toBe('dass');
    expect(run('Es una mujer con quienes habló.', 'It is a woman with quienes he spoke.', 'es', 'en')[0].target?.text).toBe('quienes');
    expect(run('Sono arrivati velocemente.', 'They arrived velocemente.', 'it', 'en')[0].target?.text).toBe('velocemente');
    expect(run('Er war für die Einstellung verantwortlich.', 'He was verantwortlich for hiring.', 'de', 'en')[0].target?.text).toBe('verantwortlich');
  });

  it('flags a lower-case English word left in a Russian translation', () => {
    const [issue] = run('The meeting was cancelled.', 'Встреча была cancelled.', 'en', 'ru');
    expect(issue.target).toEqual({ start: 13, end: 22, text: 'cancelled' });
  });

  it('leaves names, quoted terms, shared loanwords and acronyms alone', () => {
    expect(run('Lech Wałęsa odwiedził Gdańsk.', 'Lech Wałęsa visited Gdańsk.', 'pl', 'en')).toEqual([]);
    expect(run('Fue al hotel en taxi.', 'He went to the hotel by taxi.', 'es', 'en')).toEqual([]);
    expect(run('Он сказал «да».', 'He said "да" (yes).', 'ru', 'en')).toEqual([]);
    expect(run('Die NATO und die UNO.', 'NATO and the UN.', 'de', 'en')).toEqual([]);
    expect(run('He works at Google.', 'Он работает в Google.', 'en', 'ru')).toEqual([]);
    expect(run('The team went online in the morning.', 'Das Team ging am Morgen online.', 'en', 'de')).toEqual([]);
  });
});

describe('code-mix: names written in lower case with a capital inside', () => {
  it('leaves "al-Kazimi" and "pro-Iran" alone even where the speller does not know them', () => {
    const source = "Le Premier ministre Moustafa al-Kazimi, proche d'une coalition pro-Iran, a parlé.";
    const target = 'Prime Minister Mustafa al-Kazimi, close to a pro-Iran coalition, spoke.';
    const speller = { correct: (w: string) => !/al-Kazimi|pro-Iran/.test(w), suggest: () => [] };
    const { issues } = checkPair(source, target, 'fr', 'en', { services: { speller: () => speller } });
    expect(issues.filter((i) => i.ruleId === 'code-mix')).toEqual([]);
  });
});

describe('code-mix: quotations', () => {
  it('reads a long quotation as translated text and flags a word copied into it', () => {
    const [issue] = run('„Nie pozwolili mi zabrać telefonu”, powiedział.', '"They would not let me zabrać my phone," he said.', 'pl', 'en');
    expect(issue.target?.text).toBe('zabrać');
  });

  it('leaves a quoted title or term copied whole alone', () => {
    expect(run('Oglądał film „Skarb narodów”.', 'He watched the film "Skarb narodów".', 'pl', 'en')).toEqual([]);
    expect(run('To jest tak zwana „dobra zmiana”.', 'This is the so-called "dobra zmiana" programme.', 'pl', 'en')).toEqual([]);
  });

  it('keeps a gloss after a quoted original apart from it', () => {
    expect(run('Er sagte: „Wir schaffen das“.', 'He said "Wir schaffen das" (We can do it).', 'de', 'en')).toEqual([]);
  });
});

describe('code-mix with the host dictionaries', () => {
  const services = createSpellingServices();
  const flagged = (source: string, target: string, from: string, to = 'en') =>
    runChecks(createDocContext(pairDocument(source, target, from, to)), { checks: [check], services }).map((i) => i.target?.text);

  it('flags a German noun where the English sentence puts a noun, and a German compound', () => {
    const source = 'Schließlich konnte die Saison aber ohne besondere Vorkommnisse zu Ende gespielt werden.';
    expect(flagged(source, 'In the end, the Saison could be played to the end without any incidents.', 'de')).toEqual(['Saison']);
    const chief = 'sagte Jürgen Mistol, der parlamentarische Geschäftsführer der Grünen.';
    expect(flagged(chief, 'said Jürgen Mistol, the Geschäftsführer of the Greens.', 'de')).toEqual(['Geschäftsführer']);
    expect(flagged('Er zog als Kleinkind nach Kalifornien.', 'He moved to Kalifornien as a toddler.', 'de')).toEqual(['Kalifornien']);
    expect(flagged('Laut Angaben der Vereinten Nationen ist es so.', 'According to the United Nationen, it is so.', 'de')).toEqual(['Nationen']);
  });

  it('leaves German names alone, wherever they stand', () => {
    expect(flagged('Merkel sagte, die Regierung werde handeln.', 'Merkel said the government would act.', 'de')).toEqual([]);
    expect(flagged('Heil kündigte ein Gesetz an.', 'Heil announced a law.', 'de')).toEqual([]);
    expect(flagged('Müller sagte, er sei zufrieden.', 'Müller said he was satisfied.', 'de')).toEqual([]);
    expect(flagged('Die Spieler von Schalke und Bayern trafen sich in Düsseldorf.', 'The players of Schalke and Bayern met in Düsseldorf.', 'de')).toEqual([]);
    expect(flagged('Der Bayern-Trainer war zufrieden.', 'The Bayern coach was satisfied.', 'de')).toEqual([]);
    expect(flagged('Das Rennen auf dem Lausitzring war spannend.', 'The race at the Lausitzring was exciting.', 'de')).toEqual([]);
    expect(flagged('Die Süddeutsche Zeitung berichtete.', 'The Süddeutsche Zeitung reported.', 'de')).toEqual([]);
    expect(flagged('Das berichtete das Handelsblatt.', 'This was reported by the Handelsblatt.', 'de')).toEqual([]);
  });

  it('flags a source word opening the sentence, not a surname there', () => {
    const es = 'Actualmente, tenemos ratones de cuatro meses de edad.';
    expect(flagged(es, 'Actualmente, we have four-month-old mice.', 'es')).toEqual(['Actualmente']);
    expect(flagged('Bisher wurden in Spanien mehr als 272.000 Infektionen registriert.', 'Bisher, more than 272,000 infections have been registered in Spain.', 'de')).toEqual(['Bisher']);
    expect(flagged('Meloni ha detto che il governo agirà.', 'Meloni said the government would act.', 'it')).toEqual([]);
    expect(flagged('Duda powiedział, że nie podpisze ustawy.', 'Duda said he would not sign the bill.', 'pl')).toEqual([]);
  });

  it('flags a copied word without diacritics inside a quotation', () => {
    const source = '"Hará falta un tiempo para que Bitcoin se imponga, pero en 2013 podría haber un cambio", predice.';
    expect(flagged(source, '"It will take a while for Bitcoin to catch on, but in 2013 there could be un cambio," he predicts.', 'es')).toEqual(['un cambio']);
  });

  it('leaves names anglicised on purpose, species, sounds and brands alone', () => {
    const es = 'Entre ellos Agremex y Comercial Mexicana.';
    expect(flagged(es, 'Including Agremex and Commercial Mexicana.', 'es')).toEqual([]);
    expect(flagged('This is the philodendron selloum.', 'Das ist der Philodendron selloum.', 'en', 'de')).toEqual([]);
    expect(flagged("It's sort of like ding, ding, ding.", 'Es ist ein bisschen wie ding, ding, ding.', 'en', 'de')).toEqual([]);
    const it = 'Prendete i cellulari specializzati - walkman (Sony Ericsson).';
    expect(flagged(it, 'Take specialized mobile phones - walkman (Sony Ericsson).', 'it')).toEqual([]);
    expect(flagged('Ha bevuto un espresso e mangiato una pizza.', 'He drank an espresso and ate a pizza.', 'it')).toEqual([]);
  });
});

describe('code-mix: source nouns left with a capital', () => {
  const services = createSpellingServices();
  const issues = (source: string, target: string, from: string) =>
    runChecks(createDocContext(pairDocument(source, target, from, 'en')), { checks: [check], services });
  const flagged = (source: string, target: string, from: string) => issues(source, target, from).map((i) => i.target?.text);

  it('flags a German noun opening the sentence, with its span and message', () => {
    const [issue] = issues('Behörden erwarten mehr Regen.', 'Behörden expect more rain.', 'de');
    expect(issue.target).toEqual({ start: 0, end: 8, text: 'Behörden' });
    expect(issue.message).toContain('"Behörden"');
  });

  it('flags a German noun in a list of English nouns, and a long compound', () => {
    expect(flagged('Die Spieler und Mannschaftsärzte wurden getestet.', 'The players and Mannschaftsärzte were tested.', 'de')).toEqual(['Mannschaftsärzte']);
    expect(flagged('Autos, Fahrräder und Busse standen still.', 'Cars, Fahrräder and buses stood still.', 'de')).toEqual(['Fahrräder']);
    expect(flagged('Das Verkehrsministerium kündigte neue Regeln an.', 'The Verkehrsministerium announced new rules.', 'de')).toEqual(['Verkehrsministerium']);
  });

  it('leaves German surnames, clubs, firms, places and kept words alone', () => {
    expect(flagged('Fischer und die Spieler wurden getestet.', 'Fischer and the players were tested.', 'de')).toEqual([]);
    expect(flagged('Die Spieler und Köhler wurden getestet.', 'The players and Köhler were tested.', 'de')).toEqual([]);
    expect(flagged('Die Spieler und Bayern wurden gelobt.', 'The players and Bayern were praised.', 'de')).toEqual([]);
    expect(flagged('Allianz und andere Versicherer verloren.', 'Allianz and other insurers lost.', 'de')).toEqual([]);
    expect(flagged('Halle und Leipzig wachsen.', 'Halle and Leipzig are growing.', 'de')).toEqual([]);
    expect(flagged('Bundesliga-Vereine und Fans protestierten.', 'Bundesliga clubs and fans protested.', 'de')).toEqual([]);
    expect(flagged('Deutschland und Frankreich einigten sich.', 'Deutschland and France agreed.', 'de')).toEqual([]);
  });

  it('leaves a German noun alone that the source uses as a name, after a title or in a quoted title', () => {
    expect(flagged('Die Spieler und Amsel wurden getestet.', 'The players and Amsel were tested.', 'de')).toEqual(['Amsel']);
    expect(flagged('Trainer Amsel und die Spieler wurden getestet.', 'The players and Amsel were tested.', 'de')).toEqual([]);
    expect(flagged('Er las das Buch „Behörden“.', 'He read the book "Behörden".', 'de')).toEqual([]);
  });

  it('flags a Polish or Czech word left with its diacritics and a capital', () => {
    expect(flagged('Wysiłki zmierzające do porozumienia zawiodły.', 'Wysiłki to reach a deal failed.', 'pl')).toEqual(['Wysiłki']);
    const [issue] = issues('Korespondenční volbu považuje za funkční.', 'He considers Korespondenční voting functional.', 'cs');
    expect(issue.target).toEqual({ start: 13, end: 27, text: 'Korespondenční' });
  });

  it('leaves Polish and Czech surnames and places that are words too alone', () => {
    expect(flagged('Kowal powiedział, że nie podpisze ustawy.', 'Kowal said he would not sign the bill.', 'pl')).toEqual([]);
    expect(flagged('Dąbrowski powiedział, że nie podpisze ustawy.', 'Dąbrowski said he would not sign the bill.', 'pl')).toEqual([]);
    expect(flagged('Łódź jest dużym miastem.', 'Łódź is a big city.', 'pl')).toEqual([]);
    expect(flagged('Svoboda řekl, že zákon nepodepíše.', 'Svoboda said he would not sign the law.', 'cs')).toEqual([]);
    expect(flagged('León dijo que no firmará la ley.', 'León said he would not sign the law.', 'es')).toEqual([]);
    expect(flagged('Poseł Wróbel i Sowa głosowali przeciw.', 'MP Wróbel voted against, as did Sowa.', 'pl')).toEqual([]);
  });

  it('flags a coinage the source dictionary knows only without its learned prefix', () => {
    expect(flagged('Studiano le microtrasmissioni tra le cellule.', 'They study microtrasmissioni between cells.', 'it')).toEqual(['microtrasmissioni']);
    expect(flagged('Usan microcámaras ocultas.', 'They use hidden microcámaras.', 'es')).toEqual(['microcámaras']);
  });
});
