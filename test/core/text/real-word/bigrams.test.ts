// The bigram data reader: keys by their two-character index, values as half bits.
import { buildBigrams } from '../../../../src/core/text/real-word/bigrams';
import * as en from '../../../../src/core/text/real-word/en-bigrams';

describe('real-word bigrams', () => {
  it('reads a word’s listed neighbours and the share it leaves to the backoff', () => {
    // Keys 0 ('S') and 1 ('so'), coded '##' and '#$'; 'O' is 79 (2^0), 'U' 85 (2^3), 'M' 77 (2^-1).
    const b = buildBigrams({ VOCAB: 'S so', LEFT: ['that M##U#$O'], RIGHT: [] });
    const left = b.left('that');
    expect(left?.rest).toBeCloseTo(0.5);
    expect(left?.ratio('S')).toBeCloseTo(8);
    expect(left?.ratio('so')).toBeCloseTo(1);
    expect(left?.ratio('the')).toBe(0);
    expect(b.left('hat')).toBeUndefined();
    expect(b.right('that')).toBeUndefined();
  });

  it('knows the English collocations that decide between a slip and the word meant', () => {
    const b = buildBigrams(en);
    // "so that", "at least", "I hope": far likelier than chance.
    expect(b.left('that')!.ratio('so')).toBeGreaterThan(4);
    expect(b.left('least')!.ratio('at')).toBeGreaterThan(64);
    expect(b.left('hope')!.ratio('i')).toBeGreaterThan(4);
    // "ill health": the rarer word has its own.
    expect(b.right('ill')!.ratio('health')).toBeGreaterThan(16);
  });
});
