// The corrections memory in and out of files: one flat record per decision, the same fields in
// JSON Lines and CSV (TMX carries them as props). Import recomputes each decision's hash from the
// fields, so a file exported and imported again adds nothing.
import { decisionHash } from '../../core/corrections/hash';
import type { CorrectionDocument, CorrectionInput, CorrectionRecord, DecisionKind } from '../../core/corrections/types';

/** One decision as it travels in a file. */
export interface ExchangeRecord {
  hash: string;
  time: string;
  kind: DecisionKind;
  from: string;
  to: string;
  document: string;
  documentHash: string;
  segment: string;
  rule: string | null;
  source: string;
  /** The segment's target before the decision (the machine translation, or its earlier edit). */
  before: string;
  /** The segment's target after it; null for a rejection. */
  after: string | null;
  spanStart: number | null;
  spanEnd: number | null;
  fix: string | null;
  reason: string | null;
  reviewer: string | null;
  everywhere: boolean;
}

export const EXCHANGE_FIELDS: ReadonlyArray<keyof ExchangeRecord> = [
  'hash', 'time', 'kind', 'from', 'to', 'document', 'documentHash', 'segment', 'rule', 'source', 'before', 'after',
  'spanStart', 'spanEnd', 'fix', 'reason', 'reviewer', 'everywhere',
];

export interface ExchangeItem {
  document: CorrectionDocument;
  decision: CorrectionInput & { everywhere: boolean };
}

export interface ParsedExchange {
  items: ExchangeItem[];
  /** Units or rows that are not decisions this memory can take. */
  skipped: number;
  /** The first few reasons for skipping, for the user. */
  problems: string[];
}

export function toExchange(r: CorrectionRecord): ExchangeRecord {
  return {
    hash: r.hash,
    time: r.at,
    kind: r.kind,
    from: r.document.from,
    to: r.document.to,
    document: r.document.title,
    documentHash: r.document.hash,
    segment: r.segment,
    rule: r.ruleId,
    source: r.source,
    before: r.before,
    after: r.after,
    spanStart: r.span?.start ?? null,
    spanEnd: r.span?.end ?? null,
    fix: r.fix,
    reason: r.reason,
    reviewer: r.reviewer,
    everywhere: r.everywhere,
  };
}

const KINDS = new Set(['accept', 'reject', 'edit']);
const HASH = /^[0-9a-f]{32}$/;

function str(v: unknown, what: string, nullable: boolean): string | null {
  if (v === null || v === undefined) {
    if (nullable) return null;
    throw new Error(`missing ${what}`);
  }
  if (typeof v !== 'string') throw new Error(`${what} is not text`);
  return v;
}

function int(v: unknown, what: string): number | null {
  if (v === null || v === undefined || v === '') return null;
  const n = typeof v === 'number' ? v : Number(v);
  if (!Number.isInteger(n) || n < 0) throw new Error(`${what} is not a whole number`);
  return n;
}

/** A record read from a file, checked field by field; throws with the first problem. */
export function fromExchange(raw: Record<string, unknown>): ExchangeItem {
  const kind = str(raw.kind, 'kind', false) as DecisionKind;
  if (!KINDS.has(kind)) throw new Error(`kind "${String(raw.kind).slice(0, 20)}" is not accept, reject or edit`);
  const time = str(raw.time, 'time', false) as string;
  if (Number.isNaN(Date.parse(time))) throw new Error(`time "${time.slice(0, 40)}" is not a date`);
  const documentHash = str(raw.documentHash, 'documentHash', false) as string;
  if (!HASH.test(documentHash)) throw new Error('documentHash is not 32 hex digits');
  const spanStart = int(raw.spanStart, 'spanStart');
  const spanEnd = int(raw.spanEnd, 'spanEnd');
  const everywhere = raw.everywhere === true || raw.everywhere === 'true' || raw.everywhere === 1 || raw.everywhere === '1';
  const document: CorrectionDocument = {
    from: str(raw.from, 'from', false) as string,
    to: str(raw.to, 'to', false) as string,
    title: str(raw.document, 'document', true) ?? '',
    hash: documentHash,
  };
  const decision: CorrectionInput & { everywhere: boolean } = {
    kind,
    segment: str(raw.segment, 'segment', false) as string,
    ruleId: str(raw.rule, 'rule', true),
    source: str(raw.source, 'source', false) as string,
    before: str(raw.before, 'before', false) as string,
    after: str(raw.after, 'after', true),
    span: spanStart === null || spanEnd === null ? null : { start: spanStart, end: spanEnd },
    fix: str(raw.fix, 'fix', true),
    reason: str(raw.reason, 'reason', true),
    reviewer: str(raw.reviewer, 'reviewer', true),
    at: time,
    everywhere,
  };
  return { document, decision };
}

/** The hash a record should carry (for a check that a file was not edited by hand). */
export function exchangeHash(item: ExchangeItem): string {
  return decisionHash(item.document.hash, item.decision);
}

// --- JSON Lines ------------------------------------------------------------------------------

export function writeJsonl(records: CorrectionRecord[]): string {
  return records.map((r) => `${JSON.stringify(toExchange(r))}\n`).join('');
}

export function readJsonl(text: string): ParsedExchange {
  const out: ParsedExchange = { items: [], skipped: 0, problems: [] };
  text.replace(/^\uFEFF/, '').split(/\r?\n/).forEach((line, i) => {
    if (!line.trim()) return;
    try {
      const raw: unknown = JSON.parse(line);
      if (typeof raw !== 'object' || raw === null || Array.isArray(raw)) throw new Error('not a JSON object');
      out.items.push(fromExchange(raw as Record<string, unknown>));
    } catch (err) {
      out.skipped++;
      if (out.problems.length < 5) out.problems.push(`line ${i + 1}: ${(err as Error).message}`);
    }
  });
  return out;
}
