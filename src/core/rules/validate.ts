// Checking a rule pack before use: a user-supplied pack with a typo must say which file, which
// entry and what is wrong, not fail somewhere inside the matcher.
import type { PackEntry, RulePack } from './pack';
import { compilePattern, PatternError } from './pattern';

const SEVERITIES = new Set(['critical', 'major', 'minor', 'neutral']);

export class PackError extends Error {
  constructor(readonly fileName: string, readonly problems: string[]) {
    super(`${fileName}: ${problems.length} problem${problems.length === 1 ? '' : 's'}\n  ${problems.join('\n  ')}`);
    this.name = 'PackError';
  }
}

function list(v: unknown): unknown[] {
  return Array.isArray(v) ? v : v === undefined ? [] : [v];
}

function isObject(v: unknown): v is Record<string, unknown> {
  return typeof v === 'object' && v !== null && !Array.isArray(v);
}

function checkEntry(e: unknown, i: number, seen: Set<string>, problems: string[]): void {
  if (!isObject(e)) {
    problems.push(`entry #${i + 1}: not an object`);
    return;
  }
  const id = typeof e.id === 'string' && e.id ? e.id : null;
  const where = id ? `entry "${id}"` : `entry #${i + 1}`;
  const say = (msg: string) => problems.push(`${where}: ${msg}`);
  if (!id) say('missing "id" (a short unique name such as "piege")');
  else if (seen.has(id)) say('duplicate id');
  else seen.add(id);
  if (typeof e.kind !== 'string' || !e.kind) say('missing "kind" (calque, false-friend, collocation, transliteration, ...)');
  if (typeof e.message !== 'string' || !e.message) say('missing "message"');
  if (e.severity !== undefined && !SEVERITIES.has(e.severity as string)) say(`severity "${String(e.severity)}" is not one of critical, major, minor, neutral`);
  const strings = (field: string, value: unknown, required: boolean): string[] => {
    const items = list(value);
    if (required && items.length === 0) say(`missing "${field}"`);
    if (items.some((x) => typeof x !== 'string' || !x.trim())) {
      say(`"${field}" must be a string or a list of non-empty strings`);
      return [];
    }
    return items as string[];
  };
  const compile = (field: string, patterns: string[], side: 'source' | 'target'): number[] =>
    patterns.map((p) => {
      try {
        return compilePattern(p, side).words.length;
      } catch (err) {
        say(`${field} pattern "${p}": ${err instanceof PatternError ? err.message : String(err)}`);
        return -1;
      }
    });
  compile('source', strings('source', e.source, false), 'source');
  const targetWords = compile('target', strings('target', e.target, true), 'target');
  const fixes = strings('fix', e.fix, true);
  if (e.unless !== undefined) {
    if (!isObject(e.unless)) say('"unless" must be an object with "source" and/or "target"');
    else {
      compile('unless.source', strings('unless.source', e.unless.source, false), 'source');
      compile('unless.target', strings('unless.target', e.unless.target, false), 'target');
    }
  }
  const fewest = Math.min(...targetWords.filter((n) => n >= 0));
  for (const f of fixes) {
    for (const m of f.matchAll(/\$(\d+)/g)) {
      if (Number(m[1]) > fewest) say(`fix "${f}" uses $${m[1]} but a target pattern has only ${fewest} word(s)`);
    }
  }
  const ex = e.examples;
  if (!isObject(ex)) {
    say('missing "examples": { "good": [...], "bad": [...] }');
    return;
  }
  const good = list(ex.good);
  const bad = list(ex.bad);
  if (bad.length === 0) say('needs at least one bad example');
  good.forEach((g, k) => {
    if (!isObject(g) || typeof g.target !== 'string' || (e.source !== undefined && typeof g.source !== 'string')) say(`good example #${k + 1}: needs "source" and "target" strings`);
  });
  bad.forEach((b, k) => {
    if (!isObject(b) || typeof b.target !== 'string' || typeof b.flagged !== 'string' || typeof b.fixed !== 'string') {
      say(`bad example #${k + 1}: needs "source", "target", "flagged" and "fixed" strings`);
    } else if (!b.target.includes(b.flagged)) say(`bad example #${k + 1}: "flagged" (${b.flagged}) is not in its target`);
  });
}

/** Every problem in a pack, each naming the file and the entry; empty when the pack is sound. */
export function packProblems(json: unknown, fileName: string): string[] {
  const problems: string[] = [];
  if (!isObject(json)) return [`${fileName}: a rule pack is a JSON object with "id", "kind", "from", "to" and "entries"`];
  for (const field of ['id', 'kind', 'from', 'to'] as const) {
    if (typeof json[field] !== 'string' || !json[field]) problems.push(`missing "${field}"`);
  }
  if (json.severity !== undefined && !SEVERITIES.has(json.severity as string)) problems.push(`severity "${String(json.severity)}" is not one of critical, major, minor, neutral`);
  if (!Array.isArray(json.entries)) problems.push('"entries" must be a list');
  else {
    const seen = new Set<string>();
    (json.entries as unknown[]).forEach((e, i) => checkEntry(e, i, seen, problems));
  }
  return problems;
}

/** The pack, typed, or a PackError listing every problem with the file name and entry id. */
export function validatePack(json: unknown, fileName: string): RulePack {
  const problems = packProblems(json, fileName);
  if (problems.length) throw new PackError(fileName, problems);
  return json as RulePack;
}

export type { PackEntry };
