// The bilingual word lists: which English words a source word translates to, by its headword or
// a headword it inflects, and the English forms a translation is matched through.
import { BilingualLexicon, lexiconFor } from '../../../../src/core/text/bilingual/lexicon';
import { SourceSupport } from '../../../../src/core/text/bilingual/support';
import { englishBases, sameBase } from '../../../../src/core/text/bilingual/english-forms';

describe('BilingualLexicon', () => {
  const es = new BilingualLexicon('mouse\tratón\nlive\tvivir\nshelf\tasse\nwheel\trueda', 'es');

  it('finds a headword, an inflection of it with its accents folded, and a verb by its stem', () => {
    expect(es.translations('ratón', 'exact')).toEqual(['mouse']);
    expect(es.translations('ratones', 'exact')).toEqual([]);
    expect(es.translations('ratones', 'strict')).toEqual(['mouse']);
    expect(es.translations('ruedas', 'strict')).toEqual(['wheel']);
    // A three-letter stem proposes only with a verb ending of the language.
    expect(es.translations('viven', 'strict')).toEqual(['live']);
    expect(es.translations('vivienda', 'strict')).toEqual([]);
  });

  it('accepts looser matches than it proposes', () => {
    // "assenza" begins like "asse" but its ending is no inflection.
    expect(es.translations('assenza', 'strict')).toEqual([]);
    expect(es.translations('assenza', 'loose')).toEqual(['shelf']);
    // Two letters propose nothing: "da", "to" are particles as often.
    expect(new BilingualLexicon('long\tda', 'it').translations('da', 'strict')).toEqual([]);
  });

  it('has word lists for the languages of the benchmark, none for English to others', () => {
    for (const from of ['de', 'fr', 'es', 'it', 'pl', 'cs', 'ru']) expect(lexiconFor(from, 'en')).not.toBeNull();
    expect(lexiconFor('zh', 'en')).toBeNull();
    expect(lexiconFor('en', 'de')).toBeNull();
    expect(lexiconFor('de', 'en')!.translations('teil', 'exact')).toContain('part');
    expect(lexiconFor('ru', 'en')!.translations('работа', 'exact')).toContain('work');
  });
});

describe('SourceSupport', () => {
  it('names the source word an English word or its base translates', () => {
    const s = new SourceSupport('Murray verlor den ersten Satz.', 'Murray lot the first set.', lexiconFor('de', 'en')!);
    expect(s.sourceOf('lost', 'strict')).toBe('verlor');
    expect(s.sourceOf('lot', 'loose')).toBeNull();
  });

  it('tells a source word rendered in the translation already from one that is not', () => {
    const s = new SourceSupport('Murray verlor den ersten Satz.', 'Murray lot the first set.', lexiconFor('de', 'en')!);
    // "Satz" is there as "set": it asks for no "rate" elsewhere; "verlor" is not there.
    expect(s.rendered('Satz')).toBe(true);
    expect(s.rendered('verlor')).toBe(false);
  });
});

describe('englishBases', () => {
  it('gives the dictionary forms an inflected or British word may stand for', () => {
    expect(englishBases('lost')).toContain('lose');
    expect(englishBases('mice')).toContain('mouse');
    expect(englishBases('wheels')).toContain('wheel');
    expect(englishBases('stopped')).toContain('stop');
    expect(englishBases('center')).toContain('centre');
    expect(englishBases('cared')).toContain('care');
    expect(englishBases('card')).not.toContain('car');
  });

  it('tells forms of one word from two words one letter apart', () => {
    expect(sameBase('wheel', 'wheels')).toBe(true);
    expect(sameBase('awake', 'awaken')).toBe(true);
    expect(sameBase('art', 'part')).toBe(false);
    expect(sameBase('ma', 'man')).toBe(false);
    expect(sameBase('card', 'cared')).toBe(false);
  });
});
