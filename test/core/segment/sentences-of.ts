// Segments a text and checks the invariants every caller relies on, so each test can state only
// what a reader sees: the sentence texts.
import { segmentText } from '../../../src/core/segment';

const SPACE = /^\s|\s$/u;

export function segment(text: string, lang: string) {
  const result = segmentText(text, lang);
  const { paragraphs, sentences } = result;
  let last = -1;
  sentences.forEach((s, i) => {
    expect(s.index).toBe(i);
    expect(s.start).toBeGreaterThanOrEqual(last);
    expect(s.end).toBeGreaterThan(s.start);
    expect(SPACE.test(text.slice(s.start, s.end))).toBe(false);
    const p = paragraphs[s.paragraph];
    expect(s.start).toBeGreaterThanOrEqual(p.start);
    expect(s.end).toBeLessThanOrEqual(p.end);
    expect(p.sentences).toContain(s);
    last = s.end;
  });
  paragraphs.forEach((p, i) => expect(p.index).toBe(i));
  return result;
}

export function sentencesOf(text: string, lang: string): string[] {
  return segment(text, lang).sentences.map((s) => text.slice(s.start, s.end));
}

export function paragraphsOf(text: string, lang = 'en'): string[] {
  return segment(text, lang).paragraphs.map((p) => text.slice(p.start, p.end));
}
