// punctuation-spacing beyond its catalogue examples: exact spans and fixes, per locale.
import * as fs from 'fs';
import * as path from 'path';
import { check } from '../../../src/core/checks/punctuation-spacing';
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

describe('punctuation-spacing', () => {
  it('moves the space misplaced before a closing quote (the sample)', () => {
    const t = 'Praise be to God I’m fine, ”he then said.';
    expect(flags(check, 'Dieu merci, je vais bien », a-t-il dit.', t, 'fr', 'en')).toEqual([[' ”', 26, 28, 'space-misplaced', 'Praise be to God I’m fine,” he then said.']]);
  });
  it('removes a space before ; : ! ? outside French', () => {
    expect(flags(check, 'x', 'Note : yes ; no !', 'fr', 'en').map((f) => [f[0], f[1], f[4]])).toEqual([
      [' :', 4, 'Note: yes ; no !'],
      [' ;', 10, 'Note : yes; no !'],
      [' !', 15, 'Note : yes ; no!'],
    ]);
  });
  it('adds a no-break space before French high punctuation and inside guillemets', () => {
    expect(flags(check, 'x', 'Quoi? «Oui»', 'en', 'fr').map((f) => [f[0], f[3], f[4]])).toEqual([
      ['i?', 'missing-space-before', 'Quoi\u00a0? «Oui»'],
      ['«', 'missing-space-after', 'Quoi? «\u00a0Oui»'],
      ['i»', 'missing-space-before', 'Quoi? «Oui\u00a0»'],
    ]);
  });
  it('leaves numbers, times, URLs, abbreviations and e-mail addresses alone', () => {
    const t = 'He paid 1,000.50 at 10:30 on www.example.com, e.g. via a.b@mail.org. The U.S. agreed; Node.js too.';
    expect(flags(check, 'x', t, 'de', 'en')).toEqual([]);
  });
  it('adds the missing space after a comma and a full stop', () => {
    expect(flags(check, 'x', 'Spain,France. It ended.Then rain.', 'es', 'en').map((f) => [f[0], f[1], f[4]])).toEqual([
      [',', 5, 'Spain, France. It ended.Then rain.'],
      ['.', 22, 'Spain,France. It ended. Then rain.'],
    ]);
  });
  it('handles German „…“ and straight quotes by pairing', () => {
    expect(flags(check, 'x', 'Er sagte: „ Ja“.', 'en', 'de').map((f) => [f[0], f[4]])).toEqual([['„ ', 'Er sagte: „Ja“.']]);
    expect(flags(check, 'x', '" It worked , " says Zimmermann.', 'de', 'en').map((f) => [f[0], f[3]])).toEqual([
      ['" ', 'space-after-open'],
      [' "', 'space-before-close'],
    ]);
  });
  it('removes spaces around full-width marks in Chinese and Japanese', () => {
    expect(flags(check, 'x', '是的 ，他说。', 'en', 'zh').map((f) => [f[0], f[1], f[4]])).toEqual([[' ，', 2, '是的，他说。']]);
    expect(flags(check, 'x', 'はい。 そうです。', 'en', 'ja').map((f) => [f[0], f[4]])).toEqual([['。 ', 'はい。そうです。']]);
  });
  it('is quiet on Russian and Arabic typography', () => {
    expect(flags(check, 'x', 'Он сказал: «Да!» — и ушёл.', 'en', 'ru')).toEqual([]);
    expect(flags(check, 'x', 'قال: «نعم»، ثم غادر.', 'en', 'ar')).toEqual([]);
  });
  it('flags exactly one spacing error in the drone-attack sample', () => {
    const dir = path.join(__dirname, '../../../assets/samples/drone-attack');
    const doc = buildDocument(fs.readFileSync(path.join(dir, 'fr.source.txt'), 'utf8'), fs.readFileSync(path.join(dir, 'en.mt.txt'), 'utf8'), 'fr', 'en');
    const issues = runChecks(createDocContext(doc), { checks: [check] });
    expect(issues.map((i) => i.target?.text)).toEqual([' ”']);
  });
});
