// The corrections database's schema as a list of migrations. PRAGMA user_version holds the number
// of migrations applied; opening a database applies the missing ones, each in its own IMMEDIATE
// transaction (so two processes opening an old file at once migrate it once). Never edit a
// migration that has shipped: add the next one.
import { decisionHash } from '../../core/corrections/hash';
import type { CorrectionInput, DecisionKind } from '../../core/corrections/types';
import type { Database } from './sqlite';

export interface Migration {
  version: number;
  description: string;
  up(db: Database): void;
}

/** Version 1: documents and the decisions made in them. */
const v1: Migration = {
  version: 1,
  description: 'documents and decisions',
  up(db) {
    db.exec(`
      CREATE TABLE documents (
        id          INTEGER PRIMARY KEY,
        source_lang TEXT NOT NULL,
        target_lang TEXT NOT NULL,
        title       TEXT NOT NULL DEFAULT '',
        hash        TEXT NOT NULL UNIQUE,
        created_at  TEXT NOT NULL
      );
      CREATE TABLE decisions (
        id            INTEGER PRIMARY KEY,
        document_id   INTEGER NOT NULL REFERENCES documents(id) ON DELETE CASCADE,
        kind          TEXT NOT NULL CHECK (kind IN ('accept', 'reject', 'edit')),
        rule_id       TEXT,
        segment_id    TEXT NOT NULL,
        source_text   TEXT NOT NULL,
        target_before TEXT NOT NULL,
        target_after  TEXT,
        span_start    INTEGER,
        span_end      INTEGER,
        fix           TEXT,
        reason        TEXT,
        reviewer      TEXT,
        decided_at    TEXT NOT NULL
      );
      CREATE INDEX decisions_document ON decisions(document_id);
      CREATE INDEX decisions_rule ON decisions(rule_id);
      CREATE INDEX decisions_time ON decisions(decided_at);
    `);
  },
};

interface V1Row {
  id: number;
  doc_hash: string;
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
}

/**
 * Version 2: a stable hash per decision (import merges without duplicates; duplicates already
 * stored are dropped), the "apply everywhere" flag, the phrase index learning reads, learned
 * rules, restored rules, and rule statistics as a view.
 */
const v2: Migration = {
  version: 2,
  description: 'decision hashes, phrases, learned rules, rule statistics',
  up(db) {
    db.exec(`
      ALTER TABLE decisions ADD COLUMN hash TEXT;
      ALTER TABLE decisions ADD COLUMN everywhere INTEGER NOT NULL DEFAULT 0;
    `);
    const rows = db
      .prepare<V1Row>('SELECT d.*, doc.hash AS doc_hash FROM decisions d JOIN documents doc ON doc.id = d.document_id')
      .all();
    const setHash = db.prepare('UPDATE decisions SET hash = ? WHERE id = ?');
    for (const r of rows) {
      const input: CorrectionInput = {
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
      };
      setHash.run(decisionHash(r.doc_hash, input), r.id);
    }
    db.exec(`
      DELETE FROM decisions WHERE id NOT IN (SELECT min(id) FROM decisions GROUP BY hash);
      CREATE UNIQUE INDEX decisions_hash ON decisions(hash);

      CREATE TABLE phrases (
        id           INTEGER PRIMARY KEY,
        decision_id  INTEGER NOT NULL REFERENCES decisions(id) ON DELETE CASCADE,
        pair         TEXT NOT NULL,
        key          TEXT NOT NULL,
        before_text  TEXT NOT NULL,
        before_start INTEGER NOT NULL,
        before_end   INTEGER NOT NULL,
        after_text   TEXT NOT NULL,
        after_start  INTEGER NOT NULL,
        after_end    INTEGER NOT NULL
      );
      CREATE INDEX phrases_key ON phrases(pair, key);
      CREATE INDEX phrases_decision ON phrases(decision_id);

      CREATE TABLE learned_rules (
        id          INTEGER PRIMARY KEY,
        source_lang TEXT NOT NULL,
        target_lang TEXT NOT NULL,
        key         TEXT NOT NULL,
        entry_id    TEXT NOT NULL,
        entry_json  TEXT NOT NULL CHECK (json_valid(entry_json)),
        corrections INTEGER NOT NULL DEFAULT 0,
        documents   INTEGER NOT NULL DEFAULT 0,
        enabled     INTEGER NOT NULL DEFAULT 1,
        edited      INTEGER NOT NULL DEFAULT 0,
        created_at  TEXT NOT NULL,
        updated_at  TEXT NOT NULL,
        UNIQUE (source_lang, target_lang, key),
        UNIQUE (source_lang, target_lang, entry_id)
      );

      CREATE TABLE rule_restores (
        rule_id     TEXT PRIMARY KEY,
        restored_at TEXT NOT NULL
      );

      CREATE TABLE meta (
        key   TEXT PRIMARY KEY,
        value TEXT NOT NULL
      );

      CREATE VIEW rule_stats AS
      SELECT d.rule_id AS rule_id,
             SUM(d.kind = 'accept') AS accepted,
             SUM(d.kind = 'reject') AS rejected,
             SUM(d.kind = 'accept' AND (r.restored_at IS NULL OR d.decided_at > r.restored_at)) AS recent_accepted,
             SUM(d.kind = 'reject' AND (r.restored_at IS NULL OR d.decided_at > r.restored_at)) AS recent_rejected,
             r.restored_at AS restored_at
        FROM decisions d LEFT JOIN rule_restores r ON r.rule_id = d.rule_id
       WHERE d.rule_id IS NOT NULL AND d.kind IN ('accept', 'reject')
       GROUP BY d.rule_id;
    `);
  },
};

export const MIGRATIONS: Migration[] = [v1, v2];
export const SCHEMA_VERSION = MIGRATIONS[MIGRATIONS.length - 1].version;

export class SchemaTooNewError extends Error {}

export function schemaVersion(db: Database): number {
  return db.pragma('user_version', { simple: true }) as number;
}

/** Applies every missing migration; returns the version found and the version now. */
export function migrate(db: Database): { from: number; to: number } {
  const from = schemaVersion(db);
  if (from > SCHEMA_VERSION) {
    throw new SchemaTooNewError(`was written by a newer Verso (schema version ${from}; this one knows up to ${SCHEMA_VERSION}); update Verso to use it`);
  }
  for (const m of MIGRATIONS) {
    db.transaction(() => {
      // Read inside the write lock: another process may have migrated meanwhile.
      if (schemaVersion(db) >= m.version) return;
      m.up(db);
      db.pragma(`user_version = ${m.version}`);
    }).immediate();
  }
  return { from, to: schemaVersion(db) };
}
