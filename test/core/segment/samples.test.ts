// The drone-attack article: a real French source and its English MT, segmented as a user sees them.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { segment } from './sentences-of';

const dir = join(__dirname, '../../../assets/samples/drone-attack');
const fr = readFileSync(join(dir, 'fr.source.txt'), 'utf8');
const en = readFileSync(join(dir, 'en.mt.txt'), 'utf8');
const nonEmptyLines = (text: string) => text.split(/\r\n|\n|\r/).filter((l) => l.trim()).length;

describe('drone-attack sample', () => {
  test('each non-empty line of the French article is a paragraph', () => {
    const { paragraphs } = segment(fr, 'fr');
    expect(paragraphs.length).toBe(nonEmptyLines(fr));
    expect(fr.slice(paragraphs[7].start, paragraphs[7].end)).toBe('« Complot »');
  });

  test('"M. Kazimi" is never split', () => {
    const { sentences } = segment(fr, 'fr');
    const texts = sentences.map((s) => fr.slice(s.start, s.end));
    expect(texts.some((t) => t.endsWith(' M.'))).toBe(false);
    expect(texts.filter((t) => t.includes('M. Kazimi'))).toHaveLength(3);
    expect(texts).toContain(
      "Cette attaque, qui n'a pas été immédiatement revendiquée, est la première à viser la résidence de M. Kazimi, au pouvoir depuis mai 2020.",
    );
  });

  test('the quotation inside a paragraph ends its own sentence', () => {
    const { sentences } = segment(fr, 'fr');
    const texts = sentences.map((s) => fr.slice(s.start, s.end));
    expect(texts).toContain("« Ma résidence a été la cible d'une lâche agression.");
    expect(texts).toContain('Dieu merci, je vais bien », a-t-il ensuite déclaré dans une vidéo où on le voit assis à un bureau.');
  });

  test('the English MT keeps the broken sentence it wrote: "… the results. preliminary."', () => {
    const { paragraphs } = segment(en, 'en');
    expect(paragraphs.length).toBe(nonEmptyLines(en));
    const p = paragraphs.find((x) => en.slice(x.start, x.end).endsWith('according to the results. preliminary.'))!;
    expect(p.sentences).toHaveLength(2);
    expect(en.slice(p.sentences[1].start, p.sentences[1].end)).toBe('preliminary.');
    expect(en.slice(p.sentences[0].start, p.sentences[0].end)).toMatch(/^It comes nearly a month .* according to the results\.$/);
  });

  test('"Mr. Kazimi" is never split in the English MT', () => {
    const { sentences } = segment(en, 'en');
    expect(sentences.map((s) => en.slice(s.start, s.end)).some((t) => t.endsWith(' Mr.'))).toBe(false);
  });
});
