// The Word files open in a real word processor: LibreOffice (Debian's, headless) loads each export,
// accepts every tracked change and saves plain text, then loads it again, rejects every change and
// saves again (test/formats/lo/changes.py, through UNO). Accepted must read as the corrected text,
// rejected as the machine translation, paragraph for paragraph. And a Word file that LibreOffice
// wrote is read back by our importer. Skipped, with a message, only where soffice is not installed
// (CI installs it: see .ci/run).
import { spawnSync } from 'child_process';
import * as fs from 'fs';
import * as os from 'os';
import * as path from 'path';
import { textParagraphs, textToDocx, trackedChangesDocx } from '../../src/formats/docx-write';
import { docxToText } from '../../src/formats/docx-read';
import { correctedText } from '../../src/core/review/working';
import { EN, reviewedSample } from './fixtures';

const SOFFICE = spawnSync('sh', ['-c', 'command -v soffice'], { encoding: 'utf8' }).stdout.trim();
const SCRIPT = path.join(__dirname, 'lo', 'changes.py');
const PYTHON = '/usr/bin/python3';

if (!SOFFICE) {
  console.warn('LibreOffice tests SKIPPED: soffice is not installed (apt-get install libreoffice-writer python3-uno; .ci/run does this).');
}
const describeLo = SOFFICE ? describe : describe.skip;

interface Case {
  name: string;
  machine: string;
  corrected: string;
  /** Plain export (no tracked changes) instead of the tracked one. */
  plain?: boolean;
}

function cases(): Case[] {
  const { state } = reviewedSample();
  return [
    { name: 'reviewed-sample', machine: EN, corrected: correctedText(state.document, state.targets) },
    { name: 'unchanged', machine: EN, corrected: EN },
    {
      name: 'paragraphs-in-and-out',
      machine: 'Title\n\nThe trapped drone hit the house.\n\nSecond para stays.\n\nThis one is deleted.\n\nLast one\twith tab.\n',
      corrected: 'Title\n\nThe booby-trapped drone struck the residence.\n\nSecond para stays.\n\nLast one\twith tab, fixed & <ok>.\n\nA new paragraph.\n',
    },
    { name: 'last-paragraph-deleted', machine: 'One.\n\nTwo.\n\nThree gone.\n', corrected: 'One.\n\nTwo!\n' },
    { name: 'first-paragraph-inserted', machine: 'Body text.\n', corrected: 'A new title\n\nBody text, edited.\n' },
    {
      name: 'scripts-and-symbols',
      machine: 'Prix : 5 € — « cité » 中文 العربية 🙂\n\n  Leading spaces kept.\n',
      corrected: 'Price: €5 — “quoted” 中文字 العربية 🙂\n\n  Leading spaces kept!\n',
    },
    { name: 'plain-export', machine: EN, corrected: correctedText(state.document, state.targets), plain: true },
  ];
}

/** LibreOffice's text export: UTF-8 with a byte-order mark; compare the non-blank lines. */
function readLo(file: string): string[] {
  return textParagraphs(fs.readFileSync(file, 'utf8').replace(/^\uFEFF/, ''));
}

describeLo('LibreOffice opens the Word exports', () => {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'verso-lo-'));
  const all = cases();
  let redlines = new Map<string, number>();

  beforeAll(() => {
    const args: string[] = [];
    for (const c of all) {
      const docx = path.join(dir, `${c.name}.docx`);
      const bytes = c.plain ? textToDocx(c.corrected, { lang: 'en' }) : trackedChangesDocx(c.machine, c.corrected, { author: 'Ana Reviewer', lang: 'en', date: new Date('2024-05-01T10:00:00Z') }).docx;
      fs.writeFileSync(docx, bytes);
      args.push(docx, path.join(dir, `${c.name}.accepted.txt`), path.join(dir, `${c.name}.rejected.txt`));
    }
    const r = spawnSync(PYTHON, [SCRIPT, ...args], { encoding: 'utf8', timeout: 180_000 });
    if (r.status !== 0) throw new Error(`changes.py failed (${r.status ?? r.signal}): ${r.stderr || r.stdout}`);
    redlines = new Map(
      r.stdout
        .trim()
        .split('\n')
        .map((line) => {
          const [file, count] = line.split('\tredlines=');
          return [path.basename(file, '.docx'), Number(count)] as [string, number];
        }),
    );
  }, 200_000);

  afterAll(() => fs.rmSync(dir, { recursive: true, force: true }));

  for (const c of cases()) {
    it(`${c.name}: changes accepted = corrected text, rejected = machine translation`, () => {
      const accepted = readLo(path.join(dir, `${c.name}.accepted.txt`));
      const rejected = readLo(path.join(dir, `${c.name}.rejected.txt`));
      expect(accepted).toEqual(textParagraphs(c.corrected));
      expect(rejected).toEqual(textParagraphs(c.plain ? c.corrected : c.machine));
      const changed = !c.plain && c.machine !== c.corrected;
      if (changed) expect(redlines.get(c.name)).toBeGreaterThan(0);
      else expect(redlines.get(c.name)).toBe(0);
    });
  }

  it('a Word file written by LibreOffice (heading, table, line break, scripts) reads as its paragraphs', () => {
    const html = path.join(dir, 'lo-made.html');
    fs.writeFileSync(
      html,
      '<!DOCTYPE html><html><head><meta charset="utf-8"><title>t</title></head><body>' +
        '<h1>Drone attack – “test”</h1><p>First paragraph, with <b>bold</b> and <i>italic</i> runs.</p>' +
        '<table><tr><td>A1 cell</td><td>B1 cell</td></tr><tr><td>A2 cell</td><td>B2 cell</td></tr></table>' +
        '<p>Line one<br>line two</p><p>Ünïcødé: 中文, العربية, emoji 🙂</p></body></html>',
    );
    const profile = fs.mkdtempSync(path.join(os.tmpdir(), 'verso-lo-profile-'));
    try {
      const r = spawnSync(SOFFICE, ['--headless', '--norestore', `-env:UserInstallation=file://${profile}`, '--convert-to', 'docx:MS Word 2007 XML', '--outdir', dir, html], {
        encoding: 'utf8',
        timeout: 120_000,
      });
      expect(r.status).toBe(0);
    } finally {
      fs.rmSync(profile, { recursive: true, force: true });
    }
    return docxToText(fs.readFileSync(path.join(dir, 'lo-made.docx')), 'lo-made.docx').then((text) => {
      expect(text).toBe(
        'Drone attack – “test”\n\nFirst paragraph, with bold and italic runs.\n\nA1 cell\n\nB1 cell\n\nA2 cell\n\nB2 cell\n\nLine one\nline two\n\nÜnïcødé: 中文, العربية, emoji 🙂\n',
      );
    });
  }, 150_000);
});
