// Word-bigram evidence for the real-word check, read from a generated module (see en-bigrams.ts):
// for a word, how much more or less often each neighbour is seen beside it than that neighbour's
// own frequency predicts, and how much of its neighbourhood the list leaves to the part-of-speech
// model. A word's line is found on first need and parsed then: most words are never asked for.

/** The text form, as the generator writes it: the neighbours' keys, one line per word and side. */
export interface BigramData {
  VOCAB: string;
  LEFT: readonly string[];
  RIGHT: readonly string[];
}

/** The neighbours seen on one side of a word. */
export interface Neighbours {
  /** The share of the word's neighbours on this side left to the backoff (the unlisted ones). */
  readonly rest: number;
  /** P(key | word) / P(key), discounted, for a listed neighbour; 0 for any other. */
  ratio(key: string): number;
}

export interface Bigrams {
  left(word: string): Neighbours | undefined;
  right(word: string): Neighbours | undefined;
}

/** A stored log2 value: half bits around the character 79. */
function value(code: number): number {
  return 2 ** ((code - 79) / 2);
}

/** A neighbour's code character: 91 of them from '#', the backslash skipped. */
function digit(code: number): number {
  return code - 35 - (code > 92 ? 1 : 0);
}

class Side implements Neighbours {
  readonly rest: number;
  private readonly ratios = new Map<string, number>();

  /** `line`: the word, a space, the rest's value, then per neighbour two code characters and its value. */
  constructor(line: string, from: number, vocab: readonly string[]) {
    this.rest = value(line.charCodeAt(from));
    for (let i = from + 1; i + 2 < line.length; i += 3) {
      const key = vocab[digit(line.charCodeAt(i)) * 91 + digit(line.charCodeAt(i + 1))];
      this.ratios.set(key, value(line.charCodeAt(i + 2)));
    }
  }

  ratio(key: string): number {
    return this.ratios.get(key) ?? 0;
  }
}

function reader(lines: readonly string[], vocab: () => readonly string[]): (word: string) => Neighbours | undefined {
  let index: Map<string, number> | null = null;
  const parsed = new Map<string, Side>();
  return (word) => {
    if (!index) {
      index = new Map();
      for (let i = 0; i < lines.length; i++) index.set(lines[i].slice(0, lines[i].indexOf(' ')), i);
    }
    let side = parsed.get(word);
    if (!side) {
      const at = index.get(word);
      if (at === undefined) return undefined;
      const line = lines[at];
      parsed.set(word, (side = new Side(line, word.length + 1, vocab())));
    }
    return side;
  };
}

export function buildBigrams(data: BigramData): Bigrams {
  let keys: string[] | null = null;
  const vocab = () => (keys ??= data.VOCAB.split(' '));
  return { left: reader(data.LEFT, vocab), right: reader(data.RIGHT, vocab) };
}
