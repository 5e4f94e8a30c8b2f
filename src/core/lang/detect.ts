// Which language a text is in: a thin wrapper over tinyld (pure JavaScript, no Node imports,
// works in the CLI, the renderer and a worker). Returns a base language subtag ('fr', 'zh')
// or null when the text is too short or the guess too weak to act on.
import { detectAll } from 'tinyld';

/** Enough text for a stable guess; more only costs time. */
const SAMPLE_CHARS = 6000;
/** Fewer letters than this and any guess is noise. */
const MIN_LETTERS = 12;
/** tinyld's score of the best candidate below which we would rather ask (scores are relative: a right guess on a few sentences can score 0.05). */
const MIN_ACCURACY = 0.02;

const LETTER = /\p{L}/gu;

/** Takes a sample from the start, the middle and the end, on whitespace boundaries. */
function sample(text: string): string {
  if (text.length <= SAMPLE_CHARS) return text;
  const part = SAMPLE_CHARS / 3;
  const pieces: string[] = [];
  for (const at of [0, (text.length - part) / 2, text.length - part]) {
    const start = Math.floor(at);
    pieces.push(text.slice(start, start + part).replace(/^\S*\s/, '').replace(/\s\S*$/, ''));
  }
  return pieces.join('\n');
}

export function detectLanguage(text: string): string | null {
  const s = sample(text);
  const letters = s.match(LETTER);
  if (!letters || letters.length < MIN_LETTERS) return null;
  const best = detectAll(s)[0];
  if (!best || best.accuracy < MIN_ACCURACY) return null;
  return best.lang;
}
