// web-residue beyond its catalogue examples: the sample article and several languages.
import * as fs from 'fs';
import * as path from 'path';
import { check } from '../../../src/core/checks/web-residue';
import { buildDocument } from '../../../src/core/document';
import { pairDocument } from '../../../src/core/document';
import { createDocContext, runChecks } from '../../../src/core/run';
import { applySuggestion } from '../../../src/core/fix';
import type { Check } from '../../../src/core/checks/check';

/** Each issue as [flagged text, start, end, messageId, target after its first suggestion]. */
function flags(c: Check, source: string, target: string, from: string, to: string): [string, number, number, string, string][] {
  const issues = runChecks(createDocContext(pairDocument(source, target, from, to)), { checks: [c] });
  return issues.map((i) => [i.target?.text ?? '', i.target?.start ?? -1, i.target?.end ?? -1, i.messageId, applySuggestion(target, i)]);
}

describe('web-residue', () => {
  it('flags "Watch video" and "source site" at the end of the sample, and nothing else', () => {
    const dir = path.join(__dirname, '../../../assets/samples/drone-attack');
    const doc = buildDocument(fs.readFileSync(path.join(dir, 'fr.source.txt'), 'utf8'), fs.readFileSync(path.join(dir, 'en.mt.txt'), 'utf8'), 'fr', 'en');
    const issues = runChecks(createDocContext(doc), { checks: [check] });
    expect(issues.map((i) => i.target?.text)).toEqual(['Watch video', 'source site']);
    expect(issues[0].message).toMatch(/page furniture/);
    expect(issues[0].fix).toBe(false);
    expect(issues[0].suggestions).toEqual([{ text: '' }]);
  });
  it('knows furniture in many languages, with trailing punctuation', () => {
    const lines: [string, string][] = [
      ['Lire aussi :', 'fr'], ['Weiterlesen »', 'de'], ['Leer más...', 'es'], ['Publicidad', 'es'], ['Leggi anche', 'it'],
      ['Leia também', 'pt'], ['Читать также', 'ru'], ['Реклама', 'ru'], ['اقرأ أيضا', 'ar'], ['阅读更多', 'zh'], ['広告', 'ja'],
      ['Share this article', 'en'], ['Foto: dpa', 'de'],
    ];
    for (const [line, lang] of lines) expect([line, flags(check, 'x', line, 'en', lang).map((f) => [f[0], f[4]])]).toEqual([line, [[line, '']]]);
  });
  it('leaves sentences that merely mention these words alone', () => {
    expect(flags(check, 'x', 'He wanted to read more about the advertisement.', 'fr', 'en')).toEqual([]);
    expect(flags(check, 'x', 'Реклама стала дороже.', 'en', 'ru')).toEqual([]);
    expect(flags(check, 'x', 'Photo: the first image of a black hole, taken in 2019 by a network of eight telescopes.', 'en', 'en')).toEqual([]);
  });
});
