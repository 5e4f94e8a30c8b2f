// Shared by the corrections tests: temp folders and small decisions.
import * as fs from 'fs';
import * as os from 'os';
import * as path from 'path';
import type { CorrectionDocument, CorrectionInput } from '../../src/core/corrections/types';
import { documentHash } from '../../src/core/corrections/hash';

export function tempDir(prefix = 'verso-corrections-'): string {
  return fs.mkdtempSync(path.join(os.tmpdir(), prefix));
}

export function doc(title: string, source = `source of ${title}`, target = `target of ${title}`, from = 'fr', to = 'en'): CorrectionDocument {
  return { from, to, title, hash: documentHash(source, target) };
}

let clock = Date.parse('2025-03-01T09:00:00.000Z');

/** A manual edit, at a fresh time each call (so two edits are two decisions). */
export function edit(source: string, before: string, after: string, extra: Partial<CorrectionInput> = {}): CorrectionInput {
  clock += 1000;
  return { kind: 'edit', segment: 'p1.s1', ruleId: null, source, before, after, span: null, fix: null, reason: null, reviewer: 'Ana', at: new Date(clock).toISOString(), ...extra };
}

export function judged(kind: 'accept' | 'reject', ruleId: string, extra: Partial<CorrectionInput> = {}): CorrectionInput {
  clock += 1000;
  return {
    kind, segment: 'p1.s1', ruleId, source: 'Un drone piégé.', before: 'A trapped drone.', after: kind === 'accept' ? 'A booby-trapped drone.' : null,
    span: { start: 2, end: 15 }, fix: kind === 'accept' ? 'booby-trapped drone' : null, reason: kind === 'reject' ? 'fine here' : null, reviewer: 'Ana',
    at: new Date(clock).toISOString(), ...extra,
  };
}
