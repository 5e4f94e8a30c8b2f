// The corrections memory: every editor decision, kept in an SQLite database in the user's data
// folder (corrections.db), and the rules learned from them.
//
// Safety: WAL journal (readers never block the writer), synchronous=FULL, foreign keys on, a busy
// timeout so two processes writing at once wait for each other instead of failing. Every write is
// one IMMEDIATE transaction: a process killed in the middle loses only the transaction it had not
// committed. A file that is not a database, or a damaged one, is moved aside
// (corrections.db.corrupt-<time>) with one clear message and a fresh memory is started; a file
// from a newer Verso is refused, never overwritten.
import { existsSync, mkdirSync, renameSync } from 'node:fs';
import * as path from 'node:path';
import type { PackEntry, RulePack } from '../../core/rules/pack';
import type { Severity } from '../../core/types';
import { builtinPacks } from '../../core/rules/builtin';
import { baseLang } from '../../core/format';
import { decisionHash } from '../../core/corrections/hash';
import { learnsFrom, phraseCorrections } from '../../core/corrections/extract';
import {
  entryProblem, learnedPackId, learnedPacks, learnedRuleId, proposeEntry, provenance, withProvenance, LEARN_AFTER, type LearnedPackOptions, type Occurrence,
} from '../../core/corrections/learn';
import { defaultSeverity, ruleStats } from '../../core/corrections/stats';
import type {
  CorrectionDocument, CorrectionInput, CorrectionPage, CorrectionQuery, CorrectionRecord, CorrectionsFormat, DecisionKind, ExportedCorrections,
  ImportSummary, LearnedRule, LearnedRulePatch, RecordSummary, RuleCount, RuleStats,
} from '../../core/corrections/types';
import { migrate, SchemaTooNewError, SCHEMA_VERSION } from './schema';
import { isSqliteError, openDatabase, type Database } from './sqlite';
import { readCsv, writeCsv } from './csv';
import { readJsonl, writeJsonl, type ExchangeItem, type ParsedExchange } from './exchange';
import { readTmx, writeTmx } from './tmx';

/** Bumped when phrase extraction changes: the phrase index is rebuilt from the decisions at open. */
export const PHRASES_VERSION = '1';
export const DEFAULT_BUSY_TIMEOUT_MS = 15_000;

/** A refusal with a stable code (the handlers pass it on) and a message a person can read. */
export class CorrectionsError extends Error {
  constructor(
    readonly code: 'bad-argument' | 'too-new' | 'unavailable' | 'not-found' | 'bad-file',
    message: string,
  ) {
    super(message);
    this.name = 'CorrectionsError';
  }
}

export interface StoreOptions {
  /** Told (once) when a damaged database file was moved aside. */
  onNotice?: (message: string) => void;
  busyTimeoutMs?: number;
  now?: () => Date;
}

interface DecisionRow {
  id: number;
  hash: string;
  kind: DecisionKind;
  rule_id: string | null;
  segment_id: string;
  source_text: string;
  target_before: string;
  target_after: string | null;
  span_start: number | null;
  span_end: number | null;
  fix: string | null;
  reason: string | null;
  reviewer: string | null;
  decided_at: string;
  everywhere: number;
  doc_from: string;
  doc_to: string;
  doc_title: string;
  doc_hash: string;
}

interface RuleRow {
  id: number;
  source_lang: string;
  target_lang: string;
  key: string;
  entry_id: string;
  entry_json: string;
  corrections: number;
  documents: number;
  enabled: number;
  edited: number;
  created_at: string;
  updated_at: string;
}

const DECISION_SELECT = `
  SELECT d.*, doc.source_lang AS doc_from, doc.target_lang AS doc_to, doc.title AS doc_title, doc.hash AS doc_hash
    FROM decisions d JOIN documents doc ON doc.id = d.document_id`;

function toRecord(r: DecisionRow): CorrectionRecord {
  return {
    id: r.id,
    hash: r.hash,
    kind: r.kind,
    segment: r.segment_id,
    ruleId: r.rule_id,
    source: r.source_text,
    before: r.target_before,
    after: r.target_after,
    span: r.span_start === null || r.span_end === null ? null : { start: r.span_start, end: r.span_end },
    fix: r.fix,
    reason: r.reason,
    reviewer: r.reviewer,
    at: r.decided_at,
    everywhere: r.everywhere === 1,
    document: { from: r.doc_from, to: r.doc_to, title: r.doc_title, hash: r.doc_hash },
  };
}

function toRule(r: RuleRow): LearnedRule {
  return {
    id: r.id,
    ruleId: learnedRuleId(r.source_lang, r.target_lang, r.entry_id),
    from: r.source_lang,
    to: r.target_lang,
    key: r.key,
    entry: JSON.parse(r.entry_json) as PackEntry,
    corrections: r.corrections,
    documents: r.documents,
    provenance: provenance(r.corrections, r.documents),
    enabled: r.enabled === 1,
    edited: r.edited === 1,
    createdAt: r.created_at,
    updatedAt: r.updated_at,
  };
}

/** An ISO time, or null when the text is not a date. */
function isoTime(value: string): string | null {
  const t = Date.parse(value);
  return Number.isNaN(t) ? null : new Date(t).toISOString();
}

function stamp(d: Date): string {
  return d.toISOString().replace(/[:.]/g, '-');
}

function isCorruption(err: unknown): boolean {
  return err instanceof CorruptFile || (isSqliteError(err) && /^SQLITE_(NOTADB|CORRUPT)/.test(err.code));
}

class CorruptFile extends Error {}

/**
 * The memory of a data folder, opened on first use (so nothing touches the disk until a
 * corrections method is called) and kept open; a failed open is tried again on the next call.
 */
export interface CorrectionsAccess {
  readonly file: string;
  store(): CorrectionsStore;
  close(): void;
}

export function lazyCorrections(file: string, options: StoreOptions = {}): CorrectionsAccess {
  let store: CorrectionsStore | null = null;
  return {
    file,
    store: () => (store ??= openCorrections(file, options)),
    close() {
      store?.close();
      store = null;
    },
  };
}

/** Opens (creating or migrating) the corrections database in `file`. */
export function openCorrections(file: string, options: StoreOptions = {}): CorrectionsStore {
  const now = options.now ?? (() => new Date());
  const busy = options.busyTimeoutMs ?? DEFAULT_BUSY_TIMEOUT_MS;
  try {
    mkdirSync(path.dirname(file), { recursive: true });
  } catch (err) {
    throw new CorrectionsError('unavailable', `${file}: cannot create its folder (${(err as Error).message})`);
  }
  let notice: string | null = null;
  let db: Database;
  try {
    db = connect(file, busy);
  } catch (err) {
    if (err instanceof SchemaTooNewError) throw new CorrectionsError('too-new', `${file} ${err.message}`);
    if (!isCorruption(err)) throw new CorrectionsError('unavailable', `${file}: cannot open the corrections memory (${(err as Error).message.split('\n')[0]})`);
    const aside = `${file}.corrupt-${stamp(now())}`;
    try {
      renameSync(file, aside);
      for (const extra of ['-wal', '-shm', '-journal']) if (existsSync(file + extra)) renameSync(file + extra, aside + extra);
    } catch (e) {
      throw new CorrectionsError('unavailable', `${file} is damaged and could not be moved aside (${(e as Error).message})`);
    }
    notice = `The corrections memory ${file} was damaged and could not be read (${(err as Error).message}); it was moved to ${aside} and a new, empty memory was started.`;
    try {
      db = connect(file, busy);
    } catch (e) {
      throw new CorrectionsError('unavailable', `${file}: cannot start a new corrections memory (${(e as Error).message.split('\n')[0]})`);
    }
  }
  const store = new CorrectionsStore(db, file, now, notice);
  if (notice) options.onNotice?.(notice);
  return store;
}

function connect(file: string, busy: number): Database {
  const db = openDatabase(file, { timeout: busy });
  try {
    db.pragma(`busy_timeout = ${busy}`);
    // Reads the file's header ("file is not a database" here); a newer schema is refused untouched.
    const version = db.pragma('user_version', { simple: true }) as number;
    if (version > SCHEMA_VERSION) throw new SchemaTooNewError(`was written by a newer Verso (schema version ${version}; this one knows up to ${SCHEMA_VERSION}); update Verso to use it`);
    db.pragma('journal_mode = WAL');
    db.pragma('synchronous = FULL');
    db.pragma('foreign_keys = ON');
    const check = db.pragma('quick_check(1)', { simple: true });
    if (check !== 'ok') throw new CorruptFile(`integrity check: ${String(check)}`);
    migrate(db);
    return db;
  } catch (err) {
    db.close();
    throw err;
  }
}

export class CorrectionsStore {
  private notice: string | null;

  constructor(
    private readonly db: Database,
    readonly file: string,
    private readonly now: () => Date,
    notice: string | null,
  ) {
    this.notice = notice;
    if (this.phrasesStale()) this.db.transaction(() => this.reindexIfStale()).immediate();
  }

  /** The message about a damaged file set aside, once; then null. */
  takeNotice(): string | null {
    const n = this.notice;
    this.notice = null;
    return n;
  }

  close(): void {
    if (this.db.open) this.db.close();
  }

  // --- writing -------------------------------------------------------------------------------

  /** Stores decisions made in one document (each once) and learns from them; one transaction. */
  record(document: CorrectionDocument, decisions: Array<CorrectionInput>): RecordSummary {
    const { added, duplicates, learned } = this.db
      .transaction(() => this.insertAll(decisions.map((decision) => ({ document, decision }))))
      .immediate();
    const notice = this.takeNotice();
    return { added, duplicates, learned, ...(notice ? { notice } : {}) };
  }

  private insertAll(items: Array<{ document: CorrectionDocument; decision: CorrectionInput }>): { added: number; duplicates: number; learned: LearnedRule[] } {
    const upsertDoc = this.db.prepare<{ id: number }>(`
      INSERT INTO documents (source_lang, target_lang, title, hash, created_at) VALUES (?, ?, ?, ?, ?)
      ON CONFLICT(hash) DO UPDATE SET title = CASE WHEN excluded.title <> '' THEN excluded.title ELSE documents.title END
      RETURNING id`);
    const insert = this.db.prepare(`
      INSERT INTO decisions (document_id, kind, rule_id, segment_id, source_text, target_before, target_after,
                             span_start, span_end, fix, reason, reviewer, decided_at, hash, everywhere)
      VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)
      ON CONFLICT(hash) DO NOTHING`);
    const docIds = new Map<string, number>();
    const touched = new Map<string, Set<string>>();
    let added = 0;
    let duplicates = 0;
    const nowIso = this.now().toISOString();
    for (const { document, decision } of items) {
      let docId = docIds.get(document.hash);
      if (docId === undefined) {
        docId = (upsertDoc.get(document.from, document.to, document.title, document.hash, nowIso) as { id: number }).id;
        docIds.set(document.hash, docId);
      }
      const at = isoTime(decision.at);
      if (!at) throw new CorrectionsError('bad-argument', `decision time "${decision.at.slice(0, 40)}" is not a date`);
      const d = { ...decision, at };
      const hash = decisionHash(document.hash, d);
      const r = insert.run(
        docId, d.kind, d.ruleId, d.segment, d.source, d.before, d.after, d.span?.start ?? null, d.span?.end ?? null,
        d.fix, d.reason, d.reviewer, d.at, hash, d.everywhere ? 1 : 0,
      );
      if (r.changes === 0) {
        duplicates++;
        // Asked again with "apply everywhere": the flag sticks, and learning looks again.
        if (d.everywhere) {
          const row = this.db.prepare<{ id: number; everywhere: number }>('SELECT id, everywhere FROM decisions WHERE hash = ?').get(hash);
          if (row && !row.everywhere) {
            this.db.prepare('UPDATE decisions SET everywhere = 1 WHERE id = ?').run(row.id);
            this.indexPhrases(row.id, document, d, touched, true);
          }
        }
        continue;
      }
      added++;
      this.indexPhrases(Number(r.lastInsertRowid), document, d, touched, false);
    }
    return { added, duplicates, learned: this.learn(touched) };
  }

  /** Adds a decision's phrase corrections to the index; notes their keys for learning. */
  private indexPhrases(decisionId: number, document: CorrectionDocument, d: CorrectionInput, touched: Map<string, Set<string>>, existing: boolean): void {
    if (!learnsFrom(d) || d.after === null) return;
    const pair = learnedPackId(document.from, document.to);
    const keys = touched.get(pair) ?? new Set<string>();
    touched.set(pair, keys);
    if (existing) {
      for (const row of this.db.prepare<{ key: string }>('SELECT key FROM phrases WHERE decision_id = ?').all(decisionId)) keys.add(row.key);
      return;
    }
    const insert = this.db.prepare(`
      INSERT INTO phrases (decision_id, pair, key, before_text, before_start, before_end, after_text, after_start, after_end)
      VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)`);
    for (const p of phraseCorrections(d.before, d.after, document.to)) {
      insert.run(decisionId, pair, p.key, p.before, p.start, p.end, p.after, p.afterStart, p.afterEnd);
      keys.add(p.key);
    }
  }

  /** Rebuilds the phrase index when the extraction changed (or after a migration created it). */
  private phrasesStale(): boolean {
    return this.db.prepare<{ value: string }>("SELECT value FROM meta WHERE key = 'phrases_version'").get()?.value !== PHRASES_VERSION;
  }

  private reindexIfStale(): void {
    if (!this.phrasesStale()) return;
    this.db.exec('DELETE FROM phrases');
    const touched = new Map<string, Set<string>>();
    for (const r of this.db.prepare<DecisionRow>(`${DECISION_SELECT} WHERE d.kind <> 'reject' ORDER BY d.id`).all()) {
      const rec = toRecord(r);
      this.indexPhrases(rec.id, rec.document, rec, touched, false);
    }
    this.db.prepare("INSERT INTO meta (key, value) VALUES ('phrases_version', ?) ON CONFLICT(key) DO UPDATE SET value = excluded.value").run(PHRASES_VERSION);
    this.learn(touched);
  }

  /** Proposes or updates a learned rule for every touched correction made often enough. */
  private learn(touched: Map<string, Set<string>>): LearnedRule[] {
    const out: LearnedRule[] = [];
    const nowIso = this.now().toISOString();
    const group = this.db.prepare<{ n: number; docs: number; everywhere: number }>(`
      SELECT count(*) AS n, count(DISTINCT d.document_id) AS docs, max(d.everywhere) AS everywhere
        FROM phrases p JOIN decisions d ON d.id = p.decision_id WHERE p.pair = ? AND p.key = ?`);
    const occurrences = this.db.prepare<DecisionRow & { before_text: string; before_start: number; before_end: number; after_text: string; after_start: number; after_end: number; p_key: string }>(`
      SELECT d.*, doc.source_lang AS doc_from, doc.target_lang AS doc_to, doc.title AS doc_title, doc.hash AS doc_hash,
             p.before_text, p.before_start, p.before_end, p.after_text, p.after_start, p.after_end, p.key AS p_key
        FROM phrases p JOIN decisions d ON d.id = p.decision_id JOIN documents doc ON doc.id = d.document_id
       WHERE p.pair = ? AND p.key = ? ORDER BY d.id DESC LIMIT 50`);
    const existing = this.db.prepare<RuleRow>('SELECT * FROM learned_rules WHERE source_lang = ? AND target_lang = ? AND key = ?');
    const idTaken = this.db.prepare<{ id: number }>('SELECT id FROM learned_rules WHERE source_lang = ? AND target_lang = ? AND entry_id = ?');
    for (const [pair, keys] of touched) {
      const [from, to] = pair.split('-');
      for (const key of keys) {
        const g = group.get(pair, key);
        if (!g || (g.n < LEARN_AFTER && !g.everywhere)) continue;
        const rows = occurrences.all(pair, key);
        const occ: Occurrence[] = rows.map((r) => ({
          document: r.doc_hash,
          source: r.source_text,
          before: r.target_before,
          after: r.target_after ?? '',
          everywhere: r.everywhere === 1,
          phrase: { before: r.before_text, start: r.before_start, end: r.before_end, after: r.after_text, afterStart: r.after_start, afterEnd: r.after_end, key: r.p_key },
        }));
        const old = existing.get(from, to, key);
        if (old?.edited) {
          this.db.prepare('UPDATE learned_rules SET corrections = ?, documents = ?, updated_at = ? WHERE id = ?').run(g.n, g.docs, nowIso, old.id);
        } else {
          const entry = proposeEntry(occ, from, to, { id: old?.entry_id, corrections: g.n, documents: g.docs });
          if (!entry) continue;
          if (!old) {
            const base = entry.id;
            for (let n = 2; idTaken.get(from, to, entry.id); n++) entry.id = `${base}-${n}`;
            this.db
              .prepare(`INSERT INTO learned_rules (source_lang, target_lang, key, entry_id, entry_json, corrections, documents, enabled, edited, created_at, updated_at)
                        VALUES (?, ?, ?, ?, ?, ?, ?, 1, 0, ?, ?)`)
              .run(from, to, key, entry.id, JSON.stringify(entry), g.n, g.docs, nowIso, nowIso);
          } else {
            this.db
              .prepare('UPDATE learned_rules SET entry_json = ?, corrections = ?, documents = ?, updated_at = ? WHERE id = ?')
              .run(JSON.stringify(entry), g.n, g.docs, nowIso, old.id);
          }
        }
        const row = existing.get(from, to, key);
        if (row) out.push(toRule(row));
      }
    }
    return out;
  }

  // --- reading -------------------------------------------------------------------------------

  /** The decision history, newest first, filtered and paged. */
  list(query: CorrectionQuery = {}): CorrectionPage {
    const where: string[] = [];
    const params: unknown[] = [];
    for (const term of (query.text ?? '').split(/\s+/).filter(Boolean).slice(0, 10)) {
      const like = `%${term.replace(/[\\%_]/g, (c) => `\\${c}`)}%`;
      where.push(
        `(${['d.source_text', 'd.target_before', 'd.target_after', 'd.rule_id', 'd.reason', 'd.reviewer', 'doc.title'].map((c) => `${c} LIKE ? ESCAPE '\\'`).join(' OR ')})`,
      );
      params.push(...Array(7).fill(like));
    }
    if (query.ruleId) {
      where.push('d.rule_id = ?');
      params.push(query.ruleId);
    }
    if (query.kind) {
      where.push('d.kind = ?');
      params.push(query.kind);
    }
    for (const [side, col] of [['from', 'doc.source_lang'], ['to', 'doc.target_lang']] as const) {
      const lang = query[side];
      if (!lang) continue;
      where.push(`(lower(${col}) = lower(?) OR lower(${col}) LIKE lower(?) || '-%')`);
      params.push(lang, baseLang(lang));
    }
    if (query.since) {
      const since = isoTime(query.since);
      if (!since) throw new CorrectionsError('bad-argument', `"${query.since.slice(0, 40)}" is not a date (try 2025-01-31)`);
      where.push('d.decided_at >= ?');
      params.push(since);
    }
    const clause = where.length ? ` WHERE ${where.join(' AND ')}` : '';
    const limit = Math.max(1, Math.min(500, Math.floor(query.limit ?? 100)));
    const offset = Math.max(0, Math.floor(query.offset ?? 0));
    const total = (this.db.prepare<{ n: number }>(`SELECT count(*) AS n FROM decisions d JOIN documents doc ON doc.id = d.document_id${clause}`).get(...params) as { n: number }).n;
    const items = this.db
      .prepare<DecisionRow>(`${DECISION_SELECT}${clause} ORDER BY d.decided_at DESC, d.id DESC LIMIT ? OFFSET ?`)
      .all(...params, limit, offset)
      .map(toRecord);
    const notice = this.takeNotice();
    return { total, items, ...(notice ? { notice } : {}) };
  }

  /** Every decision (at or after `since`), oldest first. */
  all(since?: string): CorrectionRecord[] {
    if (since === undefined) return this.db.prepare<DecisionRow>(`${DECISION_SELECT} ORDER BY d.id`).all().map(toRecord);
    const iso = isoTime(since);
    if (!iso) throw new CorrectionsError('bad-argument', `"${since.slice(0, 40)}" is not a date (try 2025-01-31)`);
    return this.db.prepare<DecisionRow>(`${DECISION_SELECT} WHERE d.decided_at >= ? ORDER BY d.id`).all(iso).map(toRecord);
  }

  count(): number {
    return (this.db.prepare<{ n: number }>('SELECT count(*) AS n FROM decisions').get() as { n: number }).n;
  }

  // --- learned rules -------------------------------------------------------------------------

  learnedRules(): LearnedRule[] {
    return this.db.prepare<RuleRow>('SELECT * FROM learned_rules ORDER BY updated_at DESC, id DESC').all().map(toRule);
  }

  learnedRule(id: number): LearnedRule {
    const row = this.db.prepare<RuleRow>('SELECT * FROM learned_rules WHERE id = ?').get(id);
    if (!row) throw new CorrectionsError('not-found', `no learned rule ${id}`);
    return toRule(row);
  }

  /** Switches a learned rule on or off, or replaces its entry (validated; its id stays). */
  setLearnedRule(id: number, patch: LearnedRulePatch): LearnedRule {
    return this.db
      .transaction(() => {
        const rule = this.learnedRule(id);
        const nowIso = this.now().toISOString();
        if (patch.entry !== undefined) {
          const entry = { ...patch.entry, id: rule.entry.id };
          delete entry.disabled;
          const problem = entryProblem(entry, rule.from, rule.to);
          if (problem) throw new CorrectionsError('bad-argument', `the rule is not a valid rule-pack entry: ${problem.replace(/^learned: \d+ problems?\n\s*/, '')}`);
          this.db.prepare('UPDATE learned_rules SET entry_json = ?, edited = 1, updated_at = ? WHERE id = ?').run(JSON.stringify(entry), nowIso, id);
        }
        if (patch.enabled !== undefined) {
          this.db.prepare('UPDATE learned_rules SET enabled = ?, updated_at = ? WHERE id = ?').run(patch.enabled ? 1 : 0, nowIso, id);
        }
        return this.learnedRule(id);
      })
      .immediate();
  }

  /** The learned rules as rule packs, one per language pair (enabled entries unless asked). */
  learnedPacks(options: LearnedPackOptions = {}): RulePack[] {
    return learnedPacks(
      this.learnedRules().map((r) => (r.edited ? r : { ...r, entry: withProvenance(r.entry, r.corrections, r.documents) })),
      options,
    );
  }

  // --- rule statistics -----------------------------------------------------------------------

  ruleCounts(): RuleCount[] {
    return this.db
      .prepare<{ rule_id: string; accepted: number; rejected: number; recent_accepted: number; recent_rejected: number; restored_at: string | null }>('SELECT * FROM rule_stats')
      .all()
      .map((r) => ({
        ruleId: r.rule_id,
        accepted: r.accepted,
        rejected: r.rejected,
        recentAccepted: r.recent_accepted,
        recentRejected: r.recent_rejected,
        restoredAt: r.restored_at,
      }));
  }

  /** Counts per rule and per check, and the severities the engine should lower. */
  ruleStats(packs: RulePack[] = [...builtinPacks, ...this.learnedPacks({ includeDisabled: true })]): RuleStats {
    return ruleStats(this.ruleCounts(), (id) => defaultSeverity(id, packs));
  }

  severityOverrides(packs?: RulePack[]): Record<string, Severity> {
    return this.ruleStats(packs).overrides;
  }

  /** Undoes a demotion: the rule's count starts afresh from now. */
  restoreRule(ruleId: string): void {
    this.db
      .transaction(() => {
        this.db
          .prepare('INSERT INTO rule_restores (rule_id, restored_at) VALUES (?, ?) ON CONFLICT(rule_id) DO UPDATE SET restored_at = excluded.restored_at')
          .run(ruleId, this.now().toISOString());
      })
      .immediate();
  }

  // --- export and import ---------------------------------------------------------------------

  export(format: CorrectionsFormat, options: { since?: string } = {}): ExportedCorrections {
    const records = this.all(options.since);
    const day = this.now().toISOString().slice(0, 10);
    switch (format) {
      case 'tmx':
        return { name: `corrections-${day}.tmx`, mediaType: 'application/x-tmx+xml', text: writeTmx(records, this.now()), count: records.filter((r) => r.after !== null).length };
      case 'jsonl':
        return { name: `corrections-${day}.jsonl`, mediaType: 'application/jsonl', text: writeJsonl(records), count: records.length };
      case 'csv':
        return { name: `corrections-${day}.csv`, mediaType: 'text/csv', text: writeCsv(records), count: records.length };
    }
  }

  /** Merges decisions from a TMX, JSON Lines or CSV export; decisions already here are skipped. */
  import(text: string, name: string, format: CorrectionsFormat = detectFormat(text, name)): ImportSummary & { problems: string[] } {
    let parsed: ParsedExchange;
    try {
      parsed = format === 'tmx' ? readTmx(text, name) : format === 'jsonl' ? readJsonl(text) : readCsv(text);
    } catch (err) {
      throw new CorrectionsError('bad-file', `${name}: ${(err as Error).message}`);
    }
    const items: ExchangeItem[] = [];
    for (const item of parsed.items) {
      const at = isoTime(item.decision.at);
      if (at) items.push({ ...item, decision: { ...item.decision, at } });
      else parsed.skipped++;
    }
    const { added, duplicates, learned } = this.db.transaction(() => this.insertAll(items)).immediate();
    return { added, duplicates, skipped: parsed.skipped, learned, problems: parsed.problems };
  }
}

/** The format of a corrections file, from its name or else its first characters. */
export function detectFormat(text: string, name: string): CorrectionsFormat {
  const ext = path.extname(name).toLowerCase();
  if (ext === '.tmx' || ext === '.xml') return 'tmx';
  if (ext === '.jsonl' || ext === '.ndjson' || ext === '.json') return 'jsonl';
  if (ext === '.csv') return 'csv';
  const start = text.replace(/^\uFEFF/, '').trimStart();
  return start.startsWith('<') ? 'tmx' : start.startsWith('{') ? 'jsonl' : 'csv';
}
