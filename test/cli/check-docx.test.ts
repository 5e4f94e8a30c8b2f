// `verso check` reads Word files as well as text: the article and its translation as the
// client sends them, checked without a conversion step; a broken one is named, not crashed on.
import * as fs from 'fs';
import { textToDocx } from '../../src/formats/docx-write';
import { run, SAMPLE_SOURCE, SAMPLE_TARGET, TmpDir } from './helpers';

describe('verso check on .docx files', () => {
  const tmp = new TmpDir();
  const fr = fs.readFileSync(SAMPLE_SOURCE, 'utf8');
  const en = fs.readFileSync(SAMPLE_TARGET, 'utf8');
  const frDocx = tmp.file('article.fr.docx', textToDocx(fr));
  const enDocx = tmp.file('article.en.docx', textToDocx(en));
  afterAll(() => tmp.remove());

  it('flags the dispatch in Word files as in text files, each flag on the words of the extracted text', async () => {
    const r = await run(['check', '--source', frDocx, '--target', enDocx, '--from', 'fr', '--to', 'en', '--format', 'json', '--fail-on', 'none']);
    expect(r.code).toBe(0);
    const report = JSON.parse(r.stdout) as { issues: Array<{ ruleId: string; target: { start: number; end: number; text: string } | null }> };
    const trapped = report.issues.filter((i) => i.target?.text.toLowerCase() === 'trapped drone' || i.target?.text.toLowerCase() === 'trapped drones');
    expect(trapped.length).toBe(3);
    expect(report.issues.some((i) => i.target?.text === 'watching sit-ins')).toBe(true);
  });

  it('names a truncated Word file and exits with status 2', async () => {
    const broken = tmp.file('broken.docx', Buffer.from(textToDocx(en)).subarray(0, 300));
    const r = await run(['check', '--source', frDocx, '--target', broken, '--from', 'fr', '--to', 'en']);
    expect(r.code).toBe(2);
    expect(r.stderr.split('\n').filter(Boolean)).toHaveLength(1);
    expect(r.stderr).toContain(broken);
  });
});
