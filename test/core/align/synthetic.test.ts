import { align } from '../../../src/core/align';
import { expectCoverage, pairs, sideOf } from './sides';
import { EN, EN_EXTRA, EN_EXTRA_PARAGRAPH, EN_MERGED, EN_SPLIT, SOURCES } from './texts';

const LANGS = Object.keys(SOURCES);

function run(lang: string, source: string[][], target: string[][]) {
  const s = sideOf(lang, source);
  const t = sideOf('en', target);
  const segments = align(s, t);
  expectCoverage(segments, s, t);
  return { segments, kinds: segments.map((g) => g.kind), text: pairs(segments, s, t) };
}

describe.each(LANGS)('%s → en', (lang) => {
  const S = SOURCES[lang];
  const source = [[S[0], S[1]], [S[2], S[3]], [S[4], S[5]]];

  test('a faithful translation aligns sentence by sentence, with high confidence', () => {
    const { segments, kinds } = run(lang, source, [[EN[0], EN[1]], [EN[2], EN[3]], [EN[4], EN[5]]]);
    expect(kinds).toEqual(['1-1', '1-1', '1-1', '1-1', '1-1', '1-1']);
    expect(segments.map((g) => g.id)).toEqual(['p1.s1', 'p1.s2', 'p2.s1', 'p2.s2', 'p3.s1', 'p3.s2']);
    for (const g of segments) expect(g.confidence).toBeGreaterThan(0.6);
  });

  test('a sentence the engine split in two is one 1-2 segment', () => {
    const { kinds, text } = run(lang, source, [[EN[0], ...EN_SPLIT], [EN[2], EN[3]], [EN[4], EN[5]]]);
    expect(kinds).toEqual(['1-1', '1-2', '1-1', '1-1', '1-1', '1-1']);
    expect(text[1]).toBe(`${S[1]} => ${EN_SPLIT.join(' ')}`);
  });

  test('two source sentences merged into one target sentence are one 2-1 segment', () => {
    const { kinds, text } = run(lang, source, [[EN[0], EN[1]], [EN_MERGED], [EN[4], EN[5]]]);
    expect(kinds).toEqual(['1-1', '1-1', '2-1', '1-1', '1-1']);
    expect(text[2]).toBe(`${S[2]} ${S[3]} => ${EN_MERGED}`);
  });

  test('a source sentence missing from the target is a 1-0 segment', () => {
    const { segments, kinds } = run(lang, source, [[EN[0], EN[1]], [EN[2]], [EN[4], EN[5]]]);
    expect(kinds).toEqual(['1-1', '1-1', '1-1', '1-0', '1-1', '1-1']);
    expect(segments[3].target).toBeNull();
    expect(segments[3].confidence).toBeLessThan(0.5);
  });

  test('a target sentence with no source is a 0-1 segment', () => {
    const { segments, kinds } = run(lang, source, [[EN[0], EN[1], EN_EXTRA], [EN[2], EN[3]], [EN[4], EN[5]]]);
    expect(kinds).toEqual(['1-1', '1-1', '0-1', '1-1', '1-1', '1-1', '1-1']);
    expect(segments[2].source).toBeNull();
    expect(segments[2].confidence).toBeLessThan(0.5);
  });

  test('a dropped paragraph leaves its sentences as 1-0 segments and the rest aligned', () => {
    const { kinds, text } = run(lang, source, [[EN[0], EN[1]], [EN[4], EN[5]]]);
    expect(kinds).toEqual(['1-1', '1-1', '1-0', '1-0', '1-1', '1-1']);
    expect(text[4]).toBe(`${S[4]} => ${EN[4]}`);
  });

  test('an added paragraph comes out as 0-1 segments and the rest aligned', () => {
    const { segments, kinds } = run(lang, source, [[EN[0], EN[1]], EN_EXTRA_PARAGRAPH, [EN[2], EN[3]], [EN[4], EN[5]]]);
    expect(kinds).toEqual(['1-1', '1-1', '0-1', '0-1', '1-1', '1-1', '1-1', '1-1']);
    expect(segments.map((g) => g.id)).toEqual(['p1.s1', 'p1.s2', 'p2.s1', 'p2.s2', 'p3.s1', 'p3.s2', 'p4.s1', 'p4.s2']);
  });
});

describe('en → zh (target far shorter than its source)', () => {
  const ZH = SOURCES.zh;
  const source = [[EN[0], EN[1]], [EN[2], EN[3]], [EN[4], EN[5]]];
  const go = (target: string[][]) => {
    const s = sideOf('en', source);
    const t = sideOf('zh', target, '');
    const segments = align(s, t);
    expectCoverage(segments, s, t);
    return segments.map((g) => g.kind);
  };

  test('a faithful translation aligns 1-1', () => {
    expect(go([[ZH[0], ZH[1]], [ZH[2], ZH[3]], [ZH[4], ZH[5]]])).toEqual(['1-1', '1-1', '1-1', '1-1', '1-1', '1-1']);
  });

  test('a split and a dropped sentence are found', () => {
    expect(go([[ZH[0], '工程预计于三月开工。', '工期约为十八个月。'], [ZH[2]], [ZH[4], ZH[5]]])).toEqual([
      '1-1', '1-2', '1-1', '1-0', '1-1', '1-1',
    ]);
  });
});

describe('one side empty', () => {
  test('an empty target leaves every source sentence as a 1-0 segment', () => {
    const s = sideOf('fr', [[SOURCES.fr[0], SOURCES.fr[1]], [SOURCES.fr[2]]]);
    const t = sideOf('en', []);
    const segments = align(s, t);
    expectCoverage(segments, s, t);
    expect(segments.map((g) => g.kind)).toEqual(['1-0', '1-0', '1-0']);
    expect(segments.map((g) => g.id)).toEqual(['p1.s1', 'p1.s2', 'p1.s3']);
  });

  test('an empty source leaves every target sentence as a 0-1 segment', () => {
    const s = sideOf('zh', []);
    const t = sideOf('en', [[EN[0]], [EN[1], EN[2]]]);
    const segments = align(s, t);
    expectCoverage(segments, s, t);
    expect(segments.map((g) => g.kind)).toEqual(['0-1', '0-1', '0-1']);
    expect(segments.map((g) => g.id)).toEqual(['p1.s1', 'p2.s1', 'p2.s2']);
  });

  test('two empty sides give no segments', () => {
    expect(align(sideOf('fr', []), sideOf('en', []))).toEqual([]);
  });
});
