// Cognates of English words among a source's words, across accents, spelling variants and scripts.
import { bilingual, COGNATE_BITS, SourceCognates } from '../../../../src/core/text/real-word/cognates';

describe('SourceCognates', () => {
  it('finds a word sharing its beginning with a source word, whatever the script or accents', () => {
    expect(new SourceCognates('el transporte público').has('public')).toBe(true);
    expect(new SourceCognates('los contratos de reconstrucción').has('contracts')).toBe(true);
    expect(new SourceCognates('Kontrakty zostały podpisane.').has('contracts')).toBe(true);
    expect(new SourceCognates('una educación estable').has('stable')).toBe(true);
    expect(new SourceCognates('стабильное образование').has('stable')).toBe(true);
  });

  it('does not take a word one letter apart, or a short word, for a cognate', () => {
    expect(new SourceCognates('el transporte público').has('pubic')).toBe(false);
    expect(new SourceCognates('los contratos de reconstrucción').has('contacts')).toBe(false);
    expect(new SourceCognates('una educación estable').has('stale')).toBe(false);
    expect(new SourceCognates('la parte norte').has('part')).toBe(false);
  });

  it('weighs for the longer word, against it, or not at all', () => {
    const source = new SourceCognates('los contactos y los contratos');
    expect(bilingual(new SourceCognates('una educación estable'), false, 'stale', 'stable')).toBe(COGNATE_BITS);
    expect(bilingual(new SourceCognates('el hueso púbico'), true, 'pubic', 'public')).toBe(-COGNATE_BITS);
    expect(bilingual(source, source.has('contacts'), 'contacts', 'contracts')).toBe(0);
  });

  it('weighs for the longer word when both have a cognate and its own is the closer by two letters', () => {
    // "presenti" holds all of "present" and only five letters of "preset".
    const it = new SourceCognates('gli ioni di idrogeno presenti');
    expect(bilingual(it, it.has('preset'), 'preset', 'present')).toBe(COGNATE_BITS);
    // "contactos" and "contratos" are both there: each word has its own.
    const es = new SourceCognates('los contactos y los contratos');
    expect(bilingual(es, es.has('contacts'), 'contacts', 'contracts')).toBe(0);
    // The source has "preset" itself: the written word's cognate is as close.
    const pair = new SourceCognates('el preset de la presentación');
    expect(bilingual(pair, pair.has('preset'), 'preset', 'present')).toBe(0);
  });
});
