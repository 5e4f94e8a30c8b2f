// The drone-attack sample: each French paragraph against its English MT (paragraph N with
// paragraph N), through the public engine entry point.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { checkPair, type Issue } from '../../../src/core';

const dir = join(__dirname, '../../../assets/samples/drone-attack');
const paragraphs = (file: string) => readFileSync(join(dir, file), 'utf8').replace(/^\uFEFF/, '').split('\n');
const fr = paragraphs('fr.source.txt');
const en = paragraphs('en.mt.txt');

interface Hit {
  line: number;
  issue: Issue;
  target: string;
}

const hits: Hit[] = [];
for (let i = 0; i < fr.length; i++) {
  if (!fr[i].trim() || !en[i]?.trim()) continue;
  for (const issue of checkPair(fr[i], en[i], 'fr', 'en').issues) hits.push({ line: i, issue, target: en[i] });
}
const packHits = hits.filter((h) => h.issue.ruleId.startsWith('calque/fr-en/'));

describe('drone-attack sample, fr → en rule pack', () => {
  it('flags all three "trapped drone" with booby-trapped drone, at the exact offsets', () => {
    const piege = packHits.filter((h) => h.issue.ruleId === 'calque/fr-en/piege');
    expect(piege).toHaveLength(3);
    for (const h of piege) {
      const t = h.issue.target!;
      expect(t.text).toBe('trapped drone');
      expect(h.target.slice(t.start, t.end)).toBe('trapped drone');
      expect(h.issue.suggestions[0].text).toBe('booby-trapped drone');
      expect(h.issue.source?.text).toMatch(/^drone piégé$/);
    }
    expect(piege.map((h) => [h.line, h.issue.target!.start])).toEqual([
      [2, en[2].indexOf('trapped drone')],
      [18, en[18].indexOf('trapped drone')],
      [42, en[42].indexOf('trapped drone')],
    ]);
  });

  it('flags "watching sit-ins" with holding sit-ins', () => {
    const sit = packHits.filter((h) => h.issue.ruleId === 'calque/fr-en/observer-sit-in');
    expect(sit).toHaveLength(1);
    const t = sit[0].issue.target!;
    expect(t.text).toBe('watching sit-ins');
    expect(t.start).toBe(en[sit[0].line].indexOf('watching sit-ins'));
    expect(sit[0].issue.suggestions[0].text).toBe('holding sit-ins');
    expect(sit[0].issue.source?.text).toBe('observent des sit-in');
  });

  it('flags what a reviser would mark, and nothing on the correct renderings', () => {
    // Overlapping findings may be merged by the runner: a span counts when a flagged span contains it.
    const flagged = packHits.map((h) => h.issue.target!.text);
    for (const s of [
      'political showcase', 'formation', 'whose current', 'close guard', 'detonate his charge', 'relay', 'anti-power',
      'the game of alliances', 'on the night of Saturday to Sunday', 'crisis that is going through Iraq', 'Praise be to God',
      'his services', 'the services of', 'an ultra-protected', 'more than tense', 'Hachd', 'al-Chaabi', 'Moustafa', 'Qaïs', 'Assaïb',
    ]) expect(flagged.filter((f) => f.includes(s)).length ? s : flagged).toBe(s);
    for (const quiet of ['claimed', 'as the crow flies', 'Election rout', 'electoral rout', 'Moqtada Sadr', 'Mustafa', 'Shiite', 'independent elected representatives']) {
      expect(packHits.filter((h) => h.issue.target!.text.includes(quiet)).map((h) => h.issue.ruleId)).toEqual([]);
    }
  });
});
