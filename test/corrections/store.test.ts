// The corrections store against a real SQLite file in a temp folder: decisions in and out,
// migrations (from nothing and from the previous schema, built here by hand), a damaged file set
// aside, learned rules and rule statistics, and export/import round trips.
import * as fs from 'fs';
import * as path from 'path';
import { openCorrections, CorrectionsError, SCHEMA_VERSION, PHRASES_VERSION } from '../../src/host/corrections';
import { openDatabase } from '../../src/host/corrections/sqlite';
import { decisionHash } from '../../src/core/corrections/hash';
import { validatePack } from '../../src/core/rules/validate';
import { doc, edit, judged, tempDir } from './helpers';

let dir: string;
let file: string;
beforeEach(() => {
  dir = tempDir();
  file = path.join(dir, 'corrections.db');
});
afterEach(() => fs.rmSync(dir, { recursive: true, force: true }));

const SRC1 = 'Un colis suspect a été découvert devant la gare.';
const MT1 = 'A suspect package was discovered in front of the station.';
const FIX1 = 'A suspicious package was discovered in front of the station.';
const SRC2 = 'La police a fait exploser un colis suspect hier soir.';
const MT2 = 'Police blew up a suspect package last night.';
const FIX2 = 'Police blew up a suspicious package last night.';

describe('recording decisions', () => {
  it('reads back every field, newest first, and stores a decision once', () => {
    const store = openCorrections(file);
    const d = doc('Gare');
    const e = edit(SRC1, MT1, FIX1, { segment: 'p1.s2', reason: 'idiom' });
    const a = judged('accept', 'calque/fr-en/piege', { segment: 'p2.s1' });
    const r = judged('reject', 'spelling', { segment: 'p3.s1', span: { start: 0, end: 1 } });
    expect(store.record(d, [e, a, r])).toMatchObject({ added: 3, duplicates: 0 });
    expect(store.record(d, [e])).toMatchObject({ added: 0, duplicates: 1 });
    const page = store.list();
    expect(page.total).toBe(3);
    expect(page.items.map((x) => x.kind)).toEqual(['reject', 'accept', 'edit']);
    const got = page.items[2];
    expect(got).toMatchObject({ ...e, everywhere: false, document: d });
    expect(got.hash).toBe(decisionHash(d.hash, e));
    expect(page.items[0]).toMatchObject({ ruleId: 'spelling', after: null, span: { start: 0, end: 1 }, reason: 'fine here' });
    store.close();
    // Still there after reopening.
    const again = openCorrections(file);
    expect(again.count()).toBe(3);
    again.close();
  });

  it('finds decisions by words, rule, kind, language and date, a page at a time', () => {
    const store = openCorrections(file);
    store.record(doc('Gare'), [edit(SRC1, MT1, FIX1), judged('reject', 'spelling'), judged('accept', 'calque/fr-en/piege')]);
    store.record(doc('Madrid', 'es src', 'es mt', 'es', 'en'), [edit('Un paquete sospechoso.', 'A suspect package.', 'A suspicious package.')]);
    expect(store.list({ text: 'suspicious' }).total).toBe(2);
    expect(store.list({ text: 'suspicious gare' }).total).toBe(1);
    expect(store.list({ text: '100%' }).total).toBe(0);
    expect(store.list({ ruleId: 'spelling' }).items.map((x) => x.kind)).toEqual(['reject']);
    expect(store.list({ kind: 'edit' }).total).toBe(2);
    expect(store.list({ from: 'es' }).total).toBe(1);
    expect(store.list({ since: '2100-01-01' }).total).toBe(0);
    expect(() => store.list({ since: 'yesterday-ish' })).toThrow(CorrectionsError);
    const p1 = store.list({ limit: 2 });
    const p2 = store.list({ limit: 2, offset: 2 });
    expect(p1.items.length + p2.items.length).toBe(4);
    expect(new Set([...p1.items, ...p2.items].map((x) => x.id)).size).toBe(4);
    store.close();
  });

  it('refuses a decision whose time is not a date, and keeps nothing of that call', () => {
    const store = openCorrections(file);
    expect(() => store.record(doc('x'), [edit(SRC1, MT1, FIX1), edit(SRC1, MT1, FIX1, { at: 'soon' })])).toThrow(/not a date/);
    expect(store.count()).toBe(0);
    store.close();
  });
});

describe('schema', () => {
  it('creates the current schema in a new file: WAL journal, every table and view', () => {
    openCorrections(file).close();
    const db = openDatabase(file);
    expect(db.pragma('user_version', { simple: true })).toBe(SCHEMA_VERSION);
    expect(db.pragma('journal_mode', { simple: true })).toBe('wal');
    const names = (db.prepare("SELECT name FROM sqlite_master WHERE type IN ('table', 'view') ORDER BY name").all() as Array<{ name: string }>).map((r) => r.name);
    expect(names).toEqual(expect.arrayContaining(['documents', 'decisions', 'phrases', 'learned_rules', 'rule_restores', 'rule_stats', 'meta']));
    db.close();
  });

  it('migrates a database of the previous schema (version 1): hashes filled, duplicates dropped, rules learned', () => {
    // Version 1 as it shipped, written by hand: documents and decisions, nothing else.
    const v1 = openDatabase(file);
    v1.exec(`
      CREATE TABLE documents (id INTEGER PRIMARY KEY, source_lang TEXT NOT NULL, target_lang TEXT NOT NULL,
        title TEXT NOT NULL DEFAULT '', hash TEXT NOT NULL UNIQUE, created_at TEXT NOT NULL);
      CREATE TABLE decisions (id INTEGER PRIMARY KEY,
        document_id INTEGER NOT NULL REFERENCES documents(id) ON DELETE CASCADE,
        kind TEXT NOT NULL CHECK (kind IN ('accept', 'reject', 'edit')), rule_id TEXT, segment_id TEXT NOT NULL,
        source_text TEXT NOT NULL, target_before TEXT NOT NULL, target_after TEXT, span_start INTEGER, span_end INTEGER,
        fix TEXT, reason TEXT, reviewer TEXT, decided_at TEXT NOT NULL);
      CREATE INDEX decisions_document ON decisions(document_id);
      CREATE INDEX decisions_rule ON decisions(rule_id);
      CREATE INDEX decisions_time ON decisions(decided_at);
      PRAGMA user_version = 1;
    `);
    const d1 = doc('Gare');
    const d2 = doc('Stade');
    const insDoc = v1.prepare('INSERT INTO documents (source_lang, target_lang, title, hash, created_at) VALUES (?, ?, ?, ?, ?)');
    insDoc.run('fr', 'en', d1.title, d1.hash, '2024-12-01T00:00:00.000Z');
    insDoc.run('fr', 'en', d2.title, d2.hash, '2024-12-02T00:00:00.000Z');
    const ins = v1.prepare(`INSERT INTO decisions (document_id, kind, rule_id, segment_id, source_text, target_before, target_after, span_start, span_end, fix, reason, reviewer, decided_at)
      VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)`);
    const e1 = edit(SRC1, MT1, FIX1);
    const e2 = edit(SRC2, MT2, FIX2);
    ins.run(1, 'edit', null, e1.segment, SRC1, MT1, FIX1, null, null, null, null, 'Ana', e1.at);
    ins.run(1, 'edit', null, e1.segment, SRC1, MT1, FIX1, null, null, null, null, 'Ana', e1.at); // the same decision twice
    ins.run(2, 'edit', null, e2.segment, SRC2, MT2, FIX2, null, null, null, null, 'Ana', e2.at);
    ins.run(2, 'reject', 'spelling', 'p2.s1', 'x', 'y', null, 0, 1, null, 'name', 'Ana', e2.at);
    v1.close();

    const store = openCorrections(file);
    const db = openDatabase(file);
    expect(db.pragma('user_version', { simple: true })).toBe(2);
    expect(db.prepare("SELECT value FROM meta WHERE key = 'phrases_version'").get()).toEqual({ value: PHRASES_VERSION });
    db.close();
    expect(store.count()).toBe(3);
    // The backfilled hash is the one new decisions get: recording the same edit again adds nothing.
    expect(store.record(d1, [e1])).toMatchObject({ added: 0, duplicates: 1 });
    const rules = store.learnedRules();
    expect(rules).toHaveLength(1);
    expect(rules[0]).toMatchObject({ ruleId: 'learned/fr-en/suspect-package', corrections: 2, documents: 2, provenance: 'learned from 2 corrections in 2 documents' });
    expect(store.ruleCounts()).toEqual([{ ruleId: 'spelling', accepted: 0, rejected: 1, recentAccepted: 0, recentRejected: 1, restoredAt: null }]);
    store.close();
  });

  it('refuses a database from a newer Verso and leaves it as it is', () => {
    const db = openDatabase(file);
    db.exec('CREATE TABLE future (x); PRAGMA user_version = 99;');
    db.close();
    const before = fs.readFileSync(file);
    expect(() => openCorrections(file)).toThrow(/newer Verso \(schema version 99; this one knows up to 2\)/);
    expect(fs.readFileSync(file).equals(before)).toBe(true);
    expect(fs.readdirSync(dir).filter((f) => f.includes('corrupt'))).toEqual([]);
  });

  it('moves a damaged file aside with one clear message and starts afresh', () => {
    fs.writeFileSync(file, Buffer.from(Array.from({ length: 8192 }, (_, i) => (i * 7919 + 13) % 256)));
    const notices: string[] = [];
    const store = openCorrections(file, { onNotice: (m) => notices.push(m), now: () => new Date('2025-05-06T07:08:09.010Z') });
    expect(notices).toHaveLength(1);
    expect(notices[0]).toMatch(/was damaged and could not be read \(file is not a database\); it was moved to .*corrections\.db\.corrupt-2025-05-06T07-08-09-010Z and a new, empty memory was started/);
    expect(fs.existsSync(`${file}.corrupt-2025-05-06T07-08-09-010Z`)).toBe(true);
    // The fresh memory works, and says the notice once more to the first caller (for the UI).
    expect(store.record(doc('x'), [edit(SRC1, MT1, FIX1)]).notice).toBe(notices[0]);
    expect(store.list().notice).toBeUndefined();
    expect(store.count()).toBe(1);
    store.close();
  });

  it('sets aside a file whose pages are damaged (valid header, broken body)', () => {
    const store = openCorrections(file);
    store.record(doc('x'), Array.from({ length: 200 }, (_, i) => edit(`${SRC1} ${i}`, MT1, FIX1)));
    store.close();
    const bytes = fs.readFileSync(file);
    for (let i = 4096; i < bytes.length; i += 3) bytes[i] = (bytes[i] + 91) & 0xff;
    fs.writeFileSync(file, bytes);
    const notices: string[] = [];
    const again = openCorrections(file, { onNotice: (m) => notices.push(m) });
    expect(notices).toHaveLength(1);
    expect(again.count()).toBe(0);
    again.close();
  });
});

describe('learning', () => {
  it('proposes a rule once the same correction is made twice, and counts documents', () => {
    const store = openCorrections(file);
    expect(store.record(doc('Gare'), [edit(SRC1, MT1, FIX1)]).learned).toEqual([]);
    const { learned } = store.record(doc('Stade'), [edit(SRC2, MT2, FIX2)]);
    expect(learned).toHaveLength(1);
    expect(learned[0].entry).toMatchObject({ source: 'colis* suspect*', target: 'suspect package', fix: 'suspicious $2' });
    expect(learned[0].provenance).toBe('learned from 2 corrections in 2 documents');
    const third = store.record(doc('Stade'), [edit('Un colis suspect bloque la rue.', 'A suspect package blocks the street.', 'A suspicious package blocks the street.')]);
    expect(third.learned[0]).toMatchObject({ id: learned[0].id, corrections: 3, documents: 2, provenance: 'learned from 3 corrections in 2 documents' });
    const [pack] = store.learnedPacks();
    expect(validatePack(pack, 'learned.json')).toMatchObject({ id: 'fr-en', kind: 'learned', from: 'fr', to: 'en' });
    expect(pack.entries[0].message).toContain('learned from 3 corrections in 2 documents');
    store.close();
  });

  it('learns at once when the editor says "apply everywhere"', () => {
    const store = openCorrections(file);
    const { learned } = store.record(doc('Gare'), [edit(SRC1, MT1, FIX1, { everywhere: true })]);
    expect(learned.map((r) => r.ruleId)).toEqual(['learned/fr-en/suspect-package']);
    store.close();
  });

  it('lets the editor disable and edit a learned rule; an edited entry survives new corrections', () => {
    const store = openCorrections(file);
    store.record(doc('Gare'), [edit(SRC1, MT1, FIX1)]);
    const [rule] = store.record(doc('Stade'), [edit(SRC2, MT2, FIX2)]).learned;
    expect(store.setLearnedRule(rule.id, { enabled: false }).enabled).toBe(false);
    expect(store.learnedPacks()).toEqual([]);
    expect(store.learnedPacks({ includeDisabled: true })[0].entries[0].disabled).toBe(true);
    expect(() => store.setLearnedRule(rule.id, { entry: { ...rule.entry, target: 'suspect {package' } })).toThrow(/not a valid rule-pack entry: .*target pattern "suspect \{package"/);
    const edited = store.setLearnedRule(rule.id, { enabled: true, entry: { ...rule.entry, id: 'renamed', fix: ['suspicious $2', 'unattended $2'], severity: 'minor' } });
    expect(edited).toMatchObject({ edited: true, enabled: true, ruleId: rule.ruleId, entry: { id: rule.entry.id, severity: 'minor' } });
    store.record(doc('Parc'), [edit('Un colis suspect au parc.', 'A suspect package in the park.', 'A suspicious package in the park.')]);
    expect(store.learnedRule(rule.id)).toMatchObject({ corrections: 3, entry: { fix: ['suspicious $2', 'unattended $2'] } });
    expect(() => store.setLearnedRule(999, { enabled: false })).toThrow(/no learned rule 999/);
    store.close();
  });
});

describe('rule statistics', () => {
  it('counts per rule and per check, demotes a rule the editor keeps rejecting, and restores it', () => {
    let t = Date.parse('2025-04-01T00:00:00Z');
    const store = openCorrections(file, { now: () => new Date(t) });
    const at = () => new Date((t += 1000)).toISOString();
    store.record(doc('a'), [
      ...Array.from({ length: 5 }, () => judged('reject', 'calque/fr-en/piege', { at: at() })),
      judged('accept', 'calque/fr-en/piege', { at: at() }),
      ...Array.from({ length: 4 }, () => judged('reject', 'spelling', { at: at() })),
      ...Array.from({ length: 3 }, () => judged('accept', 'double-space', { at: at() })),
    ]);
    let stats = store.ruleStats();
    expect(stats.rules.find((r) => r.ruleId === 'calque/fr-en/piege')).toMatchObject({ check: 'rule-pack', accepted: 1, rejected: 5, severity: 'major', demotedTo: 'minor' });
    // Four rejections are not enough to judge.
    expect(stats.rules.find((r) => r.ruleId === 'spelling')).toMatchObject({ rejected: 4, demotedTo: null });
    expect(stats.overrides).toEqual({ 'calque/fr-en/piege': 'minor' });
    expect(stats.checks.find((c) => c.check === 'rule-pack')).toMatchObject({ accepted: 1, rejected: 5, total: 6 });
    t += 60_000;
    store.restoreRule('calque/fr-en/piege');
    stats = store.ruleStats();
    expect(stats.overrides).toEqual({});
    expect(stats.rules.find((r) => r.ruleId === 'calque/fr-en/piege')).toMatchObject({ rejected: 5, recentRejected: 0, demotedTo: null });
    // Rejected five more times after the restore: demoted again.
    store.record(doc('a'), Array.from({ length: 5 }, () => judged('reject', 'calque/fr-en/piege', { at: at() })));
    expect(store.severityOverrides()).toEqual({ 'calque/fr-en/piege': 'minor' });
    store.close();
  });
});

describe('export and import', () => {
  function filled(where: string) {
    const store = openCorrections(where);
    store.record(doc('Gare', 'src 1', 'mt 1'), [
      edit(SRC1, MT1, FIX1, { reason: '', reviewer: null }),
      judged('accept', 'learned/fr-en/suspect-package', { fix: '=SUM(A1)', reason: '"quoted", with comma\nand line' }),
      judged('reject', 'spelling'),
    ]);
    store.record(doc('Stade', 'src 2', 'mt 2'), [edit(SRC2, MT2, `${FIX2}\r\nTab\there & <b>`, { everywhere: true })]);
    return store;
  }

  for (const format of ['jsonl', 'csv', 'tmx'] as const) {
    it(`${format}: round-trips into another memory, and importing twice adds nothing`, () => {
      const a = filled(file);
      const out = a.export(format);
      expect(out.name).toMatch(new RegExp(`^corrections-\\d{4}-\\d{2}-\\d{2}\\.${format}$`));
      const b = openCorrections(path.join(dir, 'other.db'));
      const first = b.import(out.text, out.name);
      // TMX carries corrections only: the rejection is not a translation unit.
      const expected = format === 'tmx' ? a.all().filter((r) => r.after !== null) : a.all();
      expect(first).toMatchObject({ added: expected.length, duplicates: 0, skipped: 0 });
      const strip = (r: { id: number }) => ({ ...r, id: 0 });
      expect(b.all().map(strip)).toEqual(expected.map(strip));
      expect(b.import(out.text, out.name)).toMatchObject({ added: 0, duplicates: expected.length });
      // And back into the first memory: all known already.
      expect(a.import(out.text, out.name)).toMatchObject({ added: 0, duplicates: expected.length });
      a.close();
      b.close();
    });
  }

  it('exports only decisions since a date', () => {
    const store = filled(file);
    expect(store.export('jsonl', { since: '2100-01-01' }).text).toBe('');
    expect(store.export('jsonl', { since: '2000-01-01' }).count).toBe(4);
    store.close();
  });

  it('skips lines it cannot take and says why', () => {
    const store = openCorrections(file);
    const r = store.import('{"kind":"edit"}\nnot json\n', 'x.jsonl');
    expect(r).toMatchObject({ added: 0, skipped: 2 });
    expect(r.problems[0]).toMatch(/^line 1: /);
    expect(() => store.import('<tmx version="1.4"><body><tu></body></tmx>', 'bad.tmx')).toThrow(/bad\.tmx: .*malformed XML/);
    store.close();
  });
});
