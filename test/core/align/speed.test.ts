import * as fs from 'fs';
import * as path from 'path';
import { align } from '../../../src/core/align';
import { buildSide } from '../../../src/core/document';
import type { Side } from '../../../src/core/types';

const dir = path.join(__dirname, '../../../assets/samples/drone-attack');
const FR = fs.readFileSync(path.join(dir, 'fr.source.txt'), 'utf8');
const EN = fs.readFileSync(path.join(dir, 'en.mt.txt'), 'utf8');
const words = (t: string) => t.split(/\s+/).filter(Boolean).length;

/** `copies` copies of the sample, one after the other. */
function long(text: string, copies: number): string {
  return Array.from({ length: copies }, () => text.trim()).join('\n\n');
}

/** Best of three runs after a warm-up, wall clock and CPU time of this process. */
function time(source: Side, target: Side): { ms: number; cpu: number; segments: number } {
  let segments = align(source, target).length;
  let ms = Infinity;
  let cpu = Infinity;
  for (let r = 0; r < 3; r++) {
    const c0 = process.cpuUsage();
    const t0 = performance.now();
    segments = align(source, target).length;
    ms = Math.min(ms, performance.now() - t0);
    const c = process.cpuUsage(c0);
    cpu = Math.min(cpu, (c.user + c.system) / 1000);
  }
  return { ms, cpu, segments };
}

// Generous bounds that only catch a quadratic blow-up: jest workers share two cores with other
// suites and run slower than plain node; the figures are logged.
describe('speed on 150,000 words', () => {
  const copies = Math.ceil(150_000 / words(EN));
  const fr = buildSide(long(FR, copies), 'fr');
  const en = buildSide(long(EN, copies), 'en');

  test('a long article in paragraphs aligns in well under a second', () => {
    const { ms, cpu, segments } = time(fr, en);
    console.log(`align: ${words(en.text)} target words, ${en.sentences.length} sentences, ${segments} segments: ${ms.toFixed(0)} ms wall, ${cpu.toFixed(0)} ms CPU`);
    expect(segments).toBeGreaterThanOrEqual(fr.sentences.length * 0.9);
    expect(cpu).toBeLessThan(5000);
  });

  test('the same text without any paragraph break does too', () => {
    const flat = (side: Side): Side => ({
      ...side,
      sentences: side.sentences.map((s) => ({ ...s, paragraph: 0 })),
      paragraphs: [{ start: 0, end: side.text.length, index: 0, sentences: side.sentences.map((s) => ({ ...s, paragraph: 0 })) }],
    });
    const { ms, cpu, segments } = time(flat(fr), flat(en));
    console.log(`align, one paragraph: ${en.sentences.length} sentences, ${segments} segments: ${ms.toFixed(0)} ms wall, ${cpu.toFixed(0)} ms CPU`);
    expect(cpu).toBeLessThan(5000);
  });
});
