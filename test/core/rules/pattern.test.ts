// The pattern language and matcher: inflection, order, gaps, case, diacritics and exact offsets.
import { compilePattern, PatternError } from '../../../src/core/rules/pattern';
import { findOrdered, findSource, renderFix } from '../../../src/core/rules/match';
import { tokenise } from '../../../src/core/rules/tokenise';
import { formsOf, inflectLike, inflections } from '../../../src/core/rules/inflect';

const target = (pattern: string, text: string) => findOrdered(compilePattern(pattern, 'target'), tokenise(text)).map((m) => text.slice(m.start, m.end));
const source = (pattern: string, text: string) => {
  const m = findSource(compilePattern(pattern, 'source'), tokenise(text));
  return m ? text.slice(m.start, m.end) : null;
};
const fix = (pattern: string, template: string, text: string) => {
  const p = compilePattern(pattern, 'target');
  const tokens = tokenise(text);
  const [m] = findOrdered(p, tokens);
  return renderFix(template, m, tokens, text, p);
};

describe('tokenise', () => {
  it('keeps exact UTF-16 offsets around emoji, combining accents and apostrophes', () => {
    const text = '🚀 Le drone pie\u0301ge\u0301 d’Iran 👍🏽 sit-in';
    const toks = tokenise(text);
    expect(toks.map((t) => text.slice(t.start, t.end))).toEqual(['Le', 'drone', 'pie\u0301ge\u0301', 'd', 'Iran', 'sit-in']);
    expect(toks[2].norm).toBe('piégé');
    expect(toks[2].fold).toBe('piege');
  });
});

describe('inflect', () => {
  it('knows regular and irregular forms', () => {
    expect(inflections('watch')).toEqual({ base: 'watch', s: 'watches', past: 'watched', participle: 'watched', ing: 'watching' });
    expect(inflections('hold')).toMatchObject({ past: 'held', ing: 'holding', s: 'holds' });
    expect(inflections('stop')).toMatchObject({ past: 'stopped', ing: 'stopping' });
    expect(inflections('acquit')).toMatchObject({ past: 'acquitted' });
    expect(inflections('carry')).toMatchObject({ s: 'carries', past: 'carried' });
    expect(inflections('child').s).toBe('children');
    expect(formsOf('take')).toEqual(expect.arrayContaining(['took', 'taken', 'taking', 'takes']));
  });
  it('carries a form over to another lemma', () => {
    expect(inflectLike('hold', 'watching')).toBe('holding');
    expect(inflectLike('hold', 'watched')).toBe('held');
    expect(inflectLike('hold', 'watches')).toBe('holds');
    expect(inflectLike('take', 'watched', 'has')).toBe('taken');
    expect(inflectLike('take', 'watched', 'they')).toBe('took');
    expect(inflectLike('charge', 'put', 'was', 'put')).toBe('charged');
    expect(inflectLike('poll', 'sounding', undefined, 'sounding')).toBe('poll');
  });
});

describe('patterns', () => {
  it('matches alternatives, stems and any form of a lemma, case-insensitively', () => {
    expect(target('trapped drone|drones', 'Trapped drones and a TRAPPED DRONE.')).toEqual(['Trapped drones', 'TRAPPED DRONE']);
    expect(source('drone* piégé*', 'des drones piégés')).toBe('drones piégés');
    expect(target('{watch} sit-ins', 'they watched sit-ins, are watching sit-ins, watches sit-ins')).toEqual(['watched sit-ins', 'watching sit-ins', 'watches sit-ins']);
    expect(target('{see} it', 'I saw it; I have seen it')).toEqual(['saw it', 'seen it']);
    expect(target('{hold}', 'holdings')).toEqual([]);
  });

  it('is diacritic-sensitive, but accepts capitals without accents and spelling variants', () => {
    expect(target('Téhéran', 'Tehran and Téhéran')).toEqual(['Téhéran']);
    expect(source('États-Unis', 'les Etats-Unis')).toBe('Etats-Unis');
    expect(source('piégé', 'DRONE PIEGE')).toBe('PIEGE');
    expect(source('piégé', 'un drone piege')).toBeNull();
    expect(source('pie\u0301ge\u0301', 'un drone piégé')).toBe('piégé');
    expect(source('cœur', 'le coeur')).toBe('coeur');
    expect(source("l'Iran", 'le relais de l’Iran')).toBe('l’Iran');
  });

  it('matches source words in any order within a window, unless marked ordered', () => {
    expect(source('piégé drone', 'un drone très piégé')).toBe('drone très piégé');
    expect(source('>piégé drone', 'un drone très piégé')).toBeNull();
    expect(source('drone piégé', 'un drone a été vu hier soir au-dessus de la ville puis le colis piégé')).toBeNull();
  });

  it('takes gaps and optional words on the target side', () => {
    expect(target('{pit} … with', 'clashes pitted several hundred of them with police')).toEqual([]);
    expect(target('{pit} … with', 'clashes pitted hundreds of them with police')).toEqual(['pitted hundreds of them with']);
    expect(target('{pit} ~5 with', 'clashes pitted several hundred of them with police')).toEqual(['pitted several hundred of them with']);
    expect(target('{watch} a? sit-in|sit-ins', 'watching a sit-in, watching sit-ins')).toEqual(['watching a sit-in', 'watching sit-ins']);
    expect(target('the? game of alliances', 'game of alliances')).toEqual(['game of alliances']);
  });

  it('has wildcards and negative look-ahead', () => {
    expect(target('going through _', 'going through Iraq')).toEqual(['going through Iraq']);
    expect(target('formation !of', 'the formation of a government; this formation says')).toEqual(['formation']);
    expect(target('{deputy} !mayor', 'the deputy mayor and a deputy')).toEqual(['deputy']);
  });

  it('reports offsets exactly with emoji and decomposed accents before the match', () => {
    const text = '👍🏽 e\u0301te\u0301: a trapped drone 🚀';
    const [m] = findOrdered(compilePattern('trapped drone', 'target'), tokenise(text));
    expect(text.slice(m.start, m.end)).toBe('trapped drone');
    expect(m.start).toBe(text.indexOf('trapped'));
  });

  it('rejects malformed patterns with a reason', () => {
    expect(() => compilePattern('… drone', 'target')).toThrow(PatternError);
    expect(() => compilePattern('drone …', 'target')).toThrow(/end with a gap/);
    expect(() => compilePattern('{drone', 'target')).toThrow(PatternError);
    expect(() => compilePattern("l'Iran|Iran", 'target')).toThrow(/one word/);
    expect(() => compilePattern('drone? _', 'target')).toThrow(/required/);
  });
});

describe('fix templates', () => {
  it('renders $n, inflected lemmas and the case of the original', () => {
    expect(fix('trapped drone|drones', 'booby-trapped $2', 'Trapped drones fell')).toBe('Booby-trapped drones');
    expect(fix('trapped drone|drones', 'booby-trapped $2', 'A TRAPPED DRONE')).toBe('BOOBY-TRAPPED DRONE');
    expect(fix('{watch} a? sit-in|sit-ins', '{hold:$1} $2 $3', 'are watching sit-ins')).toBe('holding sit-ins');
    expect(fix('{watch} a? sit-in|sit-ins', '{hold:$1} $2 $3', 'they watched a sit-in')).toBe('held a sit-in');
    expect(fix('{watch} a? sit-in|sit-ins', '{hold:$1} $2 $3', 'he watches sit-ins')).toBe('holds sit-ins');
    expect(fix('kamikaze|kamikazes', 'suicide {bomber}', 'two kamikazes')).toBe('suicide bombers');
    expect(fix('ONG|ONGs', '{NGO}', 'ONGs')).toBe('NGOs');
    expect(fix('first {minister}', 'prime {minister:$2}', 'the First Ministers')).toBe('Prime Ministers');
    expect(fix('an? ultra-protected', '{a/an:$1} heavily fortified', 'an ultra-protected zone')).toBe('a heavily fortified');
    expect(fix('crisis that is going through _', '$1 $6 $3 $4 through', 'the crisis that is going through Iraq')).toBe('crisis Iraq is going through');
    expect(fix('drone', '$0s', 'drone')).toBe('drones');
  });
});
