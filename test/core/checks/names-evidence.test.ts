// The names check on the evidence beyond a missing capitalised name: countries named by the
// runtime's locale data, sentence openers the dictionary knows as names, words the table follows
// (Kongress, Senat, США) gone while a name from nowhere stands in their place, a place swapped for
// another, and the cuts a removed name leaves in the sentence. Good translations stay quiet.
import { names } from '../../../src/core/checks/names';
import { fold } from '../../../src/core/checks/name-tools';
import { conceptsOf, regionConcepts, sharesConcept } from '../../../src/core/text/names/concepts';
import { stems } from '../../../src/core/text/names/fold';
import { pairDocument } from '../../../src/core/document';
import { createDocContext, runChecks } from '../../../src/core/run';
import type { EngineServices } from '../../../src/core/checks/check';

/** A toy dictionary: the lower-case words it knows, and names it knows only with their capital. */
function speller(words: string, capitalisedOnly = ''): EngineServices {
  const lower = new Set(words.split(' '));
  const caps = new Set(capitalisedOnly.split(' '));
  return { speller: () => ({ correct: (w: string) => lower.has(w) || caps.has(w), suggest: () => [] }) };
}

const said = (source: string, target: string, from: string, services: EngineServices = {}) =>
  runChecks(createDocContext(pairDocument(source, target, from, 'en')), { checks: [names], services }).map(
    (i) => `${i.messageId}: ${i.data.name ?? ''}${i.data.found ? ` → ${i.data.found}` : ''}`,
  );

const concepts = (word: string, lang: string) => {
  const f = fold(word);
  return [...conceptsOf(f, stems(f, lang)), ...regionConcepts(f, stems(f, lang), lang)];
};

describe('countries from the locale data', () => {
  it('knows exonyms the table does not list, inflected, and their English adjectives', () => {
    const same = (a: string, la: string, b: string) => sharesConcept(concepts(a, la), concepts(b, 'en'));
    expect(same('Komoren', 'de', 'Comoros')).toBe(true);
    expect(same('Сингапуре', 'ru', 'Singapore')).toBe(true);
    expect(same('Katarze', 'pl', 'Qatari')).toBe(true);
    expect(same('ОАЭ', 'ru', 'UAE')).toBe(true);
    expect(same('Komoren', 'de', 'Singapore')).toBe(false);
  });

  it('takes no short word for a country it is not (Того "of that", Mali)', () => {
    expect(concepts('Того', 'ru')).toEqual([]);
  });

  it('follows a country into the translation and misses it when gone', () => {
    expect(said('Der Islam war auf den Komoren sehr erfolgreich.', 'Islam was very successful in the Comoros.', 'de')).toEqual([]);
    expect(said('Der Islam war auf den Komoren sehr erfolgreich.', 'Islam was very successful in the country.', 'de')).toEqual(['missing: Komoren']);
  });
});

describe('sentence openers and ordinary words, with a dictionary', () => {
  const ru = speller('также подчеркнул луна', 'Путин');

  it('takes an opener the dictionary knows only with its capital for a name', () => {
    expect(said('Путин также подчеркнул это.', 'Putin also stressed this.', 'ru', ru)).toEqual([]);
    expect(said('Путин также подчеркнул это.', 'Moon also stressed this.', 'ru', ru)).toEqual(['missing: Путин']);
  });

  it('follows a name the table knows even when its letters spell an ordinary word too', () => {
    // "noruega" is also the Spanish adjective "Norwegian".
    const es = speller('noruega gozan');
    expect(said('Los habitantes de Noruega gozan de paz.', 'The inhabitants of Norway enjoy peace.', 'es', es)).toEqual([]);
    expect(said('Los habitantes de Noruega gozan de paz.', 'The inhabitants of enjoy peace.', 'es', es)).toEqual(['missing: Noruega']);
  });

  it('reads a capitalised Slavic adjective inside a sentence as the start of a name', () => {
    const cs = speller('pensylvánské divočině');
    expect(said('Signál je lepší než v Pensylvánské divočině.', 'The signal is better than in the Pennsylvania wilderness.', 'cs', cs)).toEqual([]);
    expect(said('Signál je lepší než v Pensylvánské divočině.', 'The signal is better than in the wilderness.', 'cs', cs)).toEqual([
      'missing: Pensylvánské',
    ]);
  });
});

describe('a name swapped for another', () => {
  it('reports a word the table follows gone where a name from nowhere stands', () => {
    expect(said('Der Kongress begann im August mit der Finanzierung.', 'Congress began funding in August.', 'de')).toEqual([]);
    expect(said('Der Kongress begann im August mit der Finanzierung.', 'The White Lion began funding in August.', 'de')).toEqual([
      'replaced: Kongress → White Lion',
    ]);
    expect(said('Senat już w 1992 roku zaproponował poprawkę.', 'The RF proposed an amendment as early as 1992.', 'pl')).toEqual(['replaced: Senat → RF']);
  });

  it('reports a place swapped for another, adjectives too', () => {
    expect(said('Lo rivendicano per gli Stati Uniti e il Canada.', 'They claim it for China and Canada.', 'it')).toEqual(['replaced: Stati Uniti → China']);
    expect(said('Il valore della sterlina britannica è alto.', 'The value of the American Dollar is high.', 'it')).toEqual([
      'replaced: britannica → American Dollar',
    ]);
    expect(said('Il valore della sterlina britannica è alto.', 'The value of the British pound is high.', 'it')).toEqual([]);
  });

  it('takes a run with a word from the source for a translated title, not for a name from nowhere', () => {
    // "divy" (wonders) is an ordinary word: the title is translated.
    const cs = speller('byla zastávka pořadu divy afrického světa');
    expect(
      said('Byla to zastávka pořadu PBS Divy afrického světa.', 'It was a stop of the PBS show Wonders of the African World.', 'cs', cs),
    ).toEqual([]);
  });

  it('takes a source acronym spelled out for no name from nowhere', () => {
    expect(said('W szpitalu MSWiA przeszedł operację.', 'In the hospital of the Ministry of Internal Affairs he underwent surgery.', 'pl')).toEqual([]);
  });
});

describe('the cuts a removed name leaves', () => {
  it('reads an acronym the target has in no form as gone', () => {
    expect(said('US-Präsident George W. Bush traf in Singapur ein.', 'US President George W. Bush arrived in Singapore.', 'de')).toEqual([]);
    expect(said('US-Präsident George W. Bush traf in Singapur ein.', 'President George W. Bush arrived in Singapore.', 'de')).toEqual(['missing: US']);
  });

  it('reads a sentence that opens on a bare past form, or an introduction with no subject after it', () => {
    expect(said('Der Kongress begann mit der Finanzierung.', 'Began funding the initiative.', 'de')).toEqual(['missing: Kongress']);
    // "tesla" is a word too: the name is unsure until the translation shows the cut.
    const it = speller('nel lavoro tesla');
    expect(said('Nel 1884, Tesla accettò un lavoro.', 'In 1884, Tesla accepted a job.', 'it', it)).toEqual([]);
    expect(said('Nel 1884, Tesla accettò un lavoro.', 'In 1884, the man accepted a job.', 'it', it)).toEqual([]);
    expect(said('Nel 1884, Tesla accettò un lavoro.', 'In 1884, accepted a job.', 'it', it)).toEqual(['missing: Tesla']);
  });

  it('does not take a question for a cut', () => {
    expect(said('Czy Senat zaproponował poprawkę?', 'Did the Senate propose an amendment?', 'pl')).toEqual([]);
    expect(said('Menschen sind gestorben?', 'Have people died?', 'de')).toEqual([]);
  });
});

describe('what a replaced name proposes', () => {
  it('proposes the source spelling of a name that transfers, not of a word that translates', () => {
    const run = (source: string, target: string, from: string) =>
      runChecks(createDocContext(pairDocument(source, target, from, 'en')), { checks: [names] }).map((i) => i.suggestions.map((s) => s.text));
    expect(run('Wladimir Putin traf Emmanuel Macron.', 'Vladimir Putin met Boris Johnson.', 'de')).toEqual([['Emmanuel Macron']]);
    expect(run('Der Kongress begann im August mit der Finanzierung.', 'The White Lion began funding in August.', 'de')).toEqual([[]]);
  });
});
