// The corrections methods of the ReviewApi: the handlers over a real corrections.db in a temp data
// folder (the deps the desktop and web mode build with dataServices), every argument checked, and
// the same methods over web mode's HTTP server.
import * as fs from 'fs';
import * as http from 'http';
import * as path from 'path';
import { createHandlers, dataServices, type Handlers } from '../../electron/ipc/handlers';
import { downloadsDialogs } from '../../electron/services/dialogs';
import { CHANNELS, type Result } from '../../src/shared/api';
import { startServer, type RunningServer } from '../../src/server/server';
import type { LearnedRule, RecordSummary, RuleStats, CorrectionPage, ExportedCorrections } from '../../src/core/corrections/types';
import { documentHash } from '../../src/core/corrections/hash';
import { edit, judged, tempDir } from './helpers';

const ROOT = path.join(__dirname, '..', '..');
let dir: string;
let handlers: Handlers;
let services: ReturnType<typeof dataServices>;

beforeAll(async () => {
  dir = tempDir();
  services = dataServices(path.join(dir, 'data'));
  await services.settings.update({ reviewer: 'Settings Name' });
  handlers = createHandlers({
    platform: { kind: 'web', version: 'test' },
    ...services,
    dialogs: downloadsDialogs(path.join(dir, 'data', 'downloads')),
    assetsDir: path.join(ROOT, 'assets'),
  });
});
afterAll(() => {
  services.corrections.close();
  fs.rmSync(dir, { recursive: true, force: true });
});

function value<T>(r: Result<T>): T {
  if (!r.ok) throw new Error(`${r.code}: ${r.message}`);
  return r.value;
}

const meta = (title: string) => ({ from: 'fr', to: 'en', title, source: `src ${title}`, target: `mt ${title}` });

describe('corrections handlers', () => {
  it('lists the seven methods in CHANNELS', () => {
    expect(Object.keys(CHANNELS)).toEqual(
      expect.arrayContaining(['recordDecisions', 'corrections', 'learnedRules', 'setLearnedRule', 'ruleStats', 'restoreRule', 'exportCorrections']),
    );
  });

  it('records decisions, signs them with the reviewer of the settings, and learns', async () => {
    const a = value(await handlers.recordDecisions(meta('a'), [edit('Un colis suspect.', 'A suspect package.', 'A suspicious package.', { reviewer: null })])) as RecordSummary;
    expect(a).toMatchObject({ added: 1, duplicates: 0, learned: [] });
    const hash = documentHash('src b', 'mt b');
    const b = value(await handlers.recordDecisions({ from: 'fr', to: 'en', title: 'b', hash }, [edit('Voici un colis suspect.', 'Here is a suspect package.', 'Here is a suspicious package.', { reviewer: 'Ana' })])) as RecordSummary;
    expect(b.learned.map((r) => r.ruleId)).toEqual(['learned/fr-en/suspect-package']);
    const page = value(await handlers.corrections({ text: 'suspicious', limit: 10 })) as CorrectionPage;
    expect(page.items.map((x) => [x.document.title, x.reviewer])).toEqual([['b', 'Ana'], ['a', 'Settings Name']]);
    expect(fs.existsSync(path.join(dir, 'data', 'corrections.db'))).toBe(true);
  });

  it('lists, disables and edits learned rules', async () => {
    const [rule] = value(await handlers.learnedRules()) as LearnedRule[];
    expect(rule.provenance).toBe('learned from 2 corrections in 2 documents');
    expect((value(await handlers.setLearnedRule(rule.id, { enabled: false })) as LearnedRule).enabled).toBe(false);
    const bad = await handlers.setLearnedRule(rule.id, { entry: { ...rule.entry, fix: [] } });
    expect(bad).toMatchObject({ ok: false, code: 'bad-argument' });
    expect(await handlers.setLearnedRule(rule.id, { colour: 'red' })).toMatchObject({ ok: false, code: 'bad-argument' });
    expect(await handlers.setLearnedRule(-1, { enabled: true })).toMatchObject({ ok: false, code: 'bad-argument' });
    expect(await handlers.setLearnedRule(4242, { enabled: true })).toMatchObject({ ok: false, code: 'not-found' });
  });

  it('gives rule statistics with overrides, and restores a rule', async () => {
    value(await handlers.recordDecisions(meta('c'), Array.from({ length: 5 }, () => judged('reject', 'calque/fr-en/piege'))));
    const stats = value(await handlers.ruleStats()) as RuleStats;
    expect(stats.overrides).toEqual({ 'calque/fr-en/piege': 'minor' });
    const after = value(await handlers.restoreRule('calque/fr-en/piege')) as RuleStats;
    expect(after.overrides).toEqual({});
  });

  it('exports the memory as text for saveText', async () => {
    for (const format of ['tmx', 'jsonl', 'csv']) {
      const out = value(await handlers.exportCorrections(format)) as ExportedCorrections;
      expect(out.name.endsWith(`.${format}`)).toBe(true);
      expect(out.text.length).toBeGreaterThan(0);
    }
    expect(await handlers.exportCorrections('xlsx')).toMatchObject({ ok: false, code: 'bad-argument' });
  });

  it('checks every argument', async () => {
    const ok = meta('z');
    const good = edit('a', 'b', 'c');
    const cases: Array<[unknown, unknown]> = [
      [null, [good]],
      [{ ...ok, from: 'not a language!' }, [good]],
      [{ from: 'fr', to: 'en', title: 'x' }, [good]],
      [{ ...ok, hash: 'xyz' }, [good]],
      [ok, 'not a list'],
      [ok, [{ ...good, kind: 'delete' }]],
      [ok, [{ ...good, span: { start: 5, end: 2 } }]],
      [ok, [{ ...good, at: 'tomorrow' }]],
      [ok, [{ ...good, source: 42 }]],
      [ok, [{ ...good, everywhere: 'yes' }]],
    ];
    for (const [doc, decisions] of cases) expect(await handlers.recordDecisions(doc, decisions)).toMatchObject({ ok: false, code: 'bad-argument' });
    expect(await handlers.recordDecisions(ok, Array(5001).fill(good))).toMatchObject({ ok: false, code: 'too-large' });
    expect(await handlers.corrections({ kind: 'maybe' })).toMatchObject({ ok: false, code: 'bad-argument' });
    expect(await handlers.corrections({ since: 'last week' })).toMatchObject({ ok: false, code: 'bad-argument' });
    expect(await handlers.restoreRule(7)).toMatchObject({ ok: false, code: 'bad-argument' });
  });

  it('answers "unavailable" without a memory, and reports a damaged one set aside', async () => {
    const bare = createHandlers({
      platform: { kind: 'web', version: 'test' },
      settings: services.settings,
      autosave: services.autosave,
      dialogs: downloadsDialogs(path.join(dir, 'dl')),
      assetsDir: path.join(ROOT, 'assets'),
    });
    expect(await bare.learnedRules()).toMatchObject({ ok: false, code: 'unavailable' });
    const broken = path.join(dir, 'broken');
    fs.mkdirSync(broken);
    fs.writeFileSync(path.join(broken, 'corrections.db'), 'this is not a database, just text '.repeat(200));
    const warn = jest.spyOn(console, 'warn').mockImplementation(() => undefined);
    const data = dataServices(broken);
    const h = createHandlers({ platform: { kind: 'web', version: 't' }, ...data, dialogs: downloadsDialogs(path.join(broken, 'dl')), assetsDir: path.join(ROOT, 'assets') });
    const page = value(await h.corrections({})) as CorrectionPage;
    expect(page.notice).toMatch(/was damaged .* moved to .*corrections\.db\.corrupt-/);
    expect(warn).toHaveBeenCalledTimes(1);
    warn.mockRestore();
    data.corrections.close();
  });
});

describe('corrections over web mode', () => {
  let server: RunningServer;
  beforeAll(async () => {
    const staticRoot = path.join(dir, 'static');
    fs.mkdirSync(staticRoot, { recursive: true });
    fs.writeFileSync(path.join(staticRoot, 'index.html'), '<!doctype html>');
    server = await startServer({ handlers, staticRoot, port: 0 });
  });
  afterAll(() => server.close());

  function post(method: string, args: unknown[]): Promise<{ status: number; body: Result<unknown> }> {
    return new Promise((resolve, reject) => {
      const body = JSON.stringify({ args });
      const req = http.request(
        { host: '127.0.0.1', port: server.port, method: 'POST', path: `/api/${method}`, headers: { 'Content-Type': 'application/json' } },
        (res) => {
          let text = '';
          res.on('data', (c: Buffer) => (text += c.toString()));
          res.on('end', () => resolve({ status: res.statusCode ?? 0, body: JSON.parse(text) as Result<unknown> }));
        },
      );
      req.on('error', reject);
      req.end(body);
    });
  }

  it('answers the same methods over POST /api/<method>', async () => {
    const rules = await post('learnedRules', []);
    expect(rules.status).toBe(200);
    expect(value(rules.body as Result<LearnedRule[]>)[0].ruleId).toBe('learned/fr-en/suspect-package');
    const rec = await post('recordDecisions', [meta('web'), [edit('Un colis suspect ici.', 'A suspect package here.', 'A suspicious package here.')]]);
    expect(value(rec.body as Result<RecordSummary>).added).toBe(1);
    const stats = await post('ruleStats', []);
    expect(value(stats.body as Result<RuleStats>).rules.length).toBeGreaterThan(0);
  });
});
