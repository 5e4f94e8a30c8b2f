// Learning rules from corrections. When the editor makes the same phrase correction twice (in any
// documents), or once with "apply everywhere", the memory proposes a rule-pack entry that flags the
// same error in new documents with the editor's fix:
//   target pattern  the phrase as the MT wrote it ("suspect package")
//   fix             the phrase as corrected, unchanged words as $n ("suspicious $2")
//   source pattern  the source words that stand for it: content words found in the source of every
//                   occurrence, preferring cognates of the phrase's words ("suspect" ~ "suspect") and
//                   their neighbours, as `*` stems ("colis* suspect*")
// Every entry is checked on its own examples (taken from the corrections) before it is proposed.
import type { PackEntry, RulePack } from '../rules/pack';
import type { Issue } from '../types';
import { packProblems } from '../rules/validate';
import { tokenise, foldWord, type Token } from '../rules/tokenise';
import { rulePack } from '../checks/rule-pack';
import { pairDocument } from '../document';
import { createDocContext, runChecks } from '../run';
import { applySuggestion } from '../fix';
import { baseLang } from '../format';
import { isContentWord } from './extract';
import { stableHash } from './hash';
import type { LearnedRule, PhraseCorrection } from './types';
import { editDistance } from '../text/edit-distance';

/** How many times the same correction must be made before a rule is proposed. */
export const LEARN_AFTER = 2;
export const LEARNED_KIND = 'learned';

export interface Occurrence {
  /** Which document it was made in (its hash): provenance counts documents. */
  document: string;
  /** The segment's source, and its target before and after the correction. */
  source: string;
  before: string;
  after: string;
  phrase: PhraseCorrection;
  everywhere?: boolean;
}

export function shouldLearn(occurrences: Occurrence[]): boolean {
  return occurrences.length >= LEARN_AFTER || occurrences.some((o) => o.everywhere);
}

export function provenance(corrections: number, documents: number): string {
  const n = (k: number, what: string) => `${k} ${what}${k === 1 ? '' : 's'}`;
  return `learned from ${n(corrections, 'correction')} in ${n(documents, 'document')}`;
}

export function learnedPackId(from: string, to: string): string {
  return `${baseLang(from)}-${baseLang(to)}`;
}

export function learnedRuleId(from: string, to: string, entryId: string): string {
  return `${LEARNED_KIND}/${learnedPackId(from, to)}/${entryId}`;
}

// --- source words ----------------------------------------------------------------------------

const CYRILLIC: Record<string, string> = {
  а: 'a', б: 'b', в: 'v', г: 'g', д: 'd', е: 'e', ё: 'e', ж: 'zh', з: 'z', и: 'i', й: 'i', к: 'k', л: 'l', м: 'm', н: 'n',
  о: 'o', п: 'p', р: 'r', с: 's', т: 't', у: 'u', ф: 'f', х: 'kh', ц: 'ts', ч: 'ch', ш: 'sh', щ: 'shch', ъ: '', ы: 'y',
  ь: '', э: 'e', ю: 'yu', я: 'ya', і: 'i', ї: 'yi', є: 'ye', ґ: 'g',
};
const GREEK: Record<string, string> = {
  α: 'a', β: 'b', γ: 'g', δ: 'd', ε: 'e', ζ: 'z', η: 'i', θ: 'th', ι: 'i', κ: 'k', λ: 'l', μ: 'm', ν: 'n', ξ: 'x', ο: 'o',
  π: 'p', ρ: 'r', σ: 's', ς: 's', τ: 't', υ: 'y', φ: 'f', χ: 'ch', ψ: 'ps', ω: 'o',
};

/** A word in Latin letters without accents, for comparing across scripts. */
export function latin(word: string): string {
  const folded = foldWord(word.toLowerCase());
  let out = '';
  for (const ch of folded) out += CYRILLIC[ch] ?? GREEK[ch] ?? ch;
  return out;
}

/** Cognates or transliterations: "suspect"/"suspect", "terroriste"/"terrorist", "Москва"/"Moskva". */
export function cognate(a: string, b: string): boolean {
  const x = latin(a);
  const y = latin(b);
  if (x.length < 3 || y.length < 3) return false;
  if (x === y) return true;
  if (x.length < 4 || y.length < 4) return false;
  let p = 0;
  while (p < x.length && p < y.length && x[p] === y[p]) p++;
  if (p >= 5 || (p >= 4 && p >= 0.75 * Math.min(x.length, y.length))) return true;
  return editDistance(x, y, Infinity) / Math.max(x.length, y.length) <= 0.3;
}

/** A light stem: plural and gender endings off long words ("piégées" → "piégé", "suspects" → "suspect"). */
function stem(norm: string): string {
  let w = norm;
  if (w.length >= 6 && /[sx]$/.test(w)) w = w.slice(0, -1);
  if (w.length >= 6 && /[eaoi]$/.test(w)) w = w.slice(0, -1);
  return w;
}

function sameStem(a: string, b: string): boolean {
  const x = foldWord(stem(a));
  const y = foldWord(stem(b));
  if (x === y) return true;
  const short = x.length < y.length ? x : y;
  const long = x.length < y.length ? y : x;
  return short.length >= 4 && long.startsWith(short) && long.length - short.length <= 3;
}

function commonPrefix(words: string[]): string {
  let p = words[0] ?? '';
  for (const w of words) while (!w.startsWith(p)) p = p.slice(0, -1);
  return p;
}

interface Candidate {
  forms: string[];
  cognate: boolean;
  /** Mean distance between the word's place in its source and the phrase's place in its target (0..1). */
  distance: number;
  /** Token index in the first occurrence's source. */
  at: number;
}

/** The source words behind a correction, as a source pattern ("colis* suspect*"), or null. */
export function sourcePattern(occurrences: Occurrence[], from: string, to: string): string | null {
  const all = tokenise(occurrences[0]?.source ?? '');
  const sources = occurrences.map((o, k) => (k === 0 ? all : tokenise(o.source)).filter((t) => isContentWord(t, from)));
  const phraseWords = [
    ...new Set(
      occurrences.flatMap((o) => [...tokenise(o.phrase.before), ...tokenise(o.phrase.after)].filter((t) => isContentWord(t, to)).map((t) => t.norm)),
    ),
  ];
  const cognates = new Map<string, boolean>();
  const isCognateWord = (norm: string) => {
    let c = cognates.get(norm);
    if (c === undefined) cognates.set(norm, (c = phraseWords.some((p) => cognate(norm, p))));
    return c;
  };
  const first = sources[0] ?? [];
  const candidates: Candidate[] = [];
  for (const word of first) {
    if (candidates.some((c) => sameStem(c.forms[0], word.norm))) continue;
    const forms: string[] = [];
    let distance = 0;
    let isCognate = false;
    let everywhere = true;
    occurrences.forEach((o, k) => {
      const hits = sources[k].filter((t) => sameStem(t.norm, word.norm));
      if (hits.length === 0) {
        everywhere = false;
        return;
      }
      const place = o.phrase.start / Math.max(1, o.before.length);
      const best = hits.reduce((a, b) => (Math.abs(a.start / o.source.length - place) <= Math.abs(b.start / o.source.length - place) ? a : b));
      forms.push(best.norm);
      distance += Math.abs(best.start / Math.max(1, o.source.length) - place);
      if (isCognateWord(best.norm)) isCognate = true;
    });
    if (!everywhere) continue;
    candidates.push({ forms, cognate: isCognate, distance: distance / occurrences.length, at: all.indexOf(word) });
  }
  if (candidates.length === 0) return null;
  const byDistance = (a: Candidate, b: Candidate) => a.distance - b.distance;
  let chosen: Candidate[];
  if (occurrences.length >= 2 && candidates.length <= 3) chosen = candidates;
  else {
    const cognates = candidates.filter((c) => c.cognate).sort(byDistance).slice(0, 2);
    chosen = [...cognates];
    // A cognate's neighbour in the source is usually the rest of the phrase ("colis suspect").
    for (const c of cognates) {
      const near = candidates.filter((n) => !chosen.includes(n) && Math.abs(n.at - c.at) === 1);
      if (near.length) chosen.push(near.sort(byDistance)[0]);
    }
    if (chosen.length === 0) chosen = [...candidates].sort(byDistance).slice(0, 2);
    chosen = chosen.slice(0, 3);
  }
  chosen.sort((a, b) => a.at - b.at);
  const words = chosen.map((c) => {
    const prefix = c.forms.length > 1 ? commonPrefix(c.forms) : stem(c.forms[0]);
    const s = prefix.length >= 3 ? prefix : c.forms[0];
    return `${s}*`;
  });
  return words.join(' ');
}

// --- the entry -------------------------------------------------------------------------------

function slug(tokens: Token[]): string {
  const s = tokens
    .map((t) => t.fold.replace(/[^a-z0-9-]/g, ''))
    .filter(Boolean)
    .join('-')
    .replace(/-+/g, '-')
    .slice(0, 40)
    .replace(/^-|-$/g, '');
  return s;
}

/** The fix template: the corrected phrase, its words shared with the MT phrase as $n. */
function fixTemplate(phrase: PhraseCorrection, beforeTokens: Token[], initial: boolean): string | null {
  const after = phrase.after;
  const tokens = tokenise(after);
  const used = new Set<number>();
  let out = '';
  let cursor = 0;
  for (const [i, t] of tokens.entries()) {
    const sep = after.slice(cursor, t.start);
    if (/[${}]/.test(sep)) return null;
    out += sep;
    const k = beforeTokens.findIndex((b, j) => !used.has(j) && b.norm === t.norm);
    if (k >= 0) {
      used.add(k);
      out += `$${k + 1}`;
    } else {
      let word = t.text;
      // A capital that only marks the start of the sentence is not part of the fix.
      if (i === 0 && initial && t.cap && !t.upper) word = word.charAt(0).toLowerCase() + word.slice(1);
      out += word;
    }
    cursor = t.end;
  }
  const tail = after.slice(cursor);
  if (/[${}]/.test(tail)) return null;
  return out + tail;
}

function issuesOf(entry: PackEntry, from: string, to: string, source: string, target: string): Issue[] {
  const pack: RulePack = { id: learnedPackId(from, to), kind: LEARNED_KIND, from: baseLang(from), to: baseLang(to), entries: [entry] };
  const doc = pairDocument(source, target, from, to);
  return runChecks(createDocContext(doc), { checks: [rulePack], packs: [pack] });
}

export interface ProposeOptions {
  /** The entry id to use (when updating a rule already learned). */
  id?: string;
  /** Number of documents the corrections come from (default: counted from the occurrences). */
  documents?: number;
  corrections?: number;
}

/**
 * A rule-pack entry for the correction these occurrences share (same key), or null when none
 * can be made that flags each occurrence's MT, fixes it as the editor did and stays quiet on the
 * corrected text.
 */
export function proposeEntry(occurrences: Occurrence[], from: string, to: string, options: ProposeOptions = {}): PackEntry | null {
  if (occurrences.length === 0) return null;
  // Prefer an occurrence whose phrase does not start the sentence (its capital is not the fix's).
  const model = occurrences.find((o) => o.phrase.start > 0) ?? occurrences[0];
  const beforeTokens = tokenise(model.phrase.before);
  if (beforeTokens.length === 0 || !tokenise(model.phrase.after).length) return null;
  const target = beforeTokens.map((t) => t.norm).join(' ');
  const fix = fixTemplate(model.phrase, beforeTokens, tokenise(model.after)[0]?.start === model.phrase.afterStart);
  if (!fix) return null;
  const source = sourcePattern(occurrences, from, to);
  if (!source) return null;
  const documents = options.documents ?? new Set(occurrences.map((o) => o.document)).size;
  const corrections = options.corrections ?? occurrences.length;
  const entry: PackEntry = {
    id: options.id ?? (slug(beforeTokens) || `rule-${stableHash(model.phrase.key).slice(0, 8)}`),
    kind: 'correction',
    source,
    target,
    fix,
    message: `The editor corrected “{{target}}” to “{{fix}}” here before (${provenance(corrections, documents)}).`,
    examples: { good: [], bad: [] },
  };
  // Examples from the corrections themselves: each MT must be flagged and fixed as the editor did.
  const seen = new Set<string>();
  for (const o of occurrences) {
    if (entry.examples.bad.length >= 2 || seen.has(o.source + '\u0000' + o.before)) continue;
    seen.add(o.source + '\u0000' + o.before);
    const hit = issuesOf(entry, from, to, o.source, o.before).find((x) => x.target?.start === o.phrase.start && x.target.end === o.phrase.end);
    if (!hit?.target) continue;
    entry.examples.bad.push({ source: o.source, target: o.before, flagged: hit.target.text, fixed: applySuggestion(o.before, hit) });
  }
  if (entry.examples.bad.length === 0) return null;
  const good = { source: model.source, target: model.after };
  if (issuesOf(entry, from, to, good.source, good.target).length > 0) {
    const afterPattern = tokenise(model.phrase.after).map((t) => t.norm).join(' ');
    entry.unless = { target: afterPattern };
    if (issuesOf(entry, from, to, good.source, good.target).length > 0) return null;
  }
  entry.examples.good.push(good);
  const problems = packProblems({ id: learnedPackId(from, to), kind: LEARNED_KIND, from, to, entries: [entry] }, 'learned');
  return problems.length ? null : entry;
}

/** Updates the counts in an entry's message (for an entry the editor has not edited). */
export function withProvenance(entry: PackEntry, corrections: number, documents: number): PackEntry {
  const message = entry.message.replace(/\(learned from [^)]*\)/, `(${provenance(corrections, documents)})`);
  return message === entry.message ? entry : { ...entry, message };
}

/** One problem with a learned entry as a rule-pack entry, or null when it is sound. */
export function entryProblem(entry: unknown, from: string, to: string): string | null {
  const problems = packProblems({ id: learnedPackId(from, to), kind: LEARNED_KIND, from, to, entries: [entry] }, 'learned');
  return problems.length ? problems.join('; ') : null;
}

export interface LearnedPackOptions {
  /** Keep disabled entries (with `disabled: true`), as for a pack file; default: enabled ones only. */
  includeDisabled?: boolean;
}

/**
 * The learned rules as rule packs, one per language pair: `{ id: 'fr-en', kind: 'learned', ... }`,
 * to pass in EngineOptions.packs beside the built-in ones (issues: `learned/fr-en/<entry>`). An
 * entry that is not a valid rule-pack entry is left out rather than breaking the pack.
 */
export function learnedPacks(rules: Array<Pick<LearnedRule, 'from' | 'to' | 'entry' | 'enabled'>>, options: LearnedPackOptions = {}): RulePack[] {
  const packs = new Map<string, RulePack>();
  for (const r of rules) {
    if (!r.enabled && !options.includeDisabled) continue;
    if (entryProblem(r.entry, r.from, r.to)) continue;
    const id = learnedPackId(r.from, r.to);
    let pack = packs.get(id);
    if (!pack) {
      pack = {
        id,
        kind: LEARNED_KIND,
        from: baseLang(r.from),
        to: baseLang(r.to),
        description: 'Rules learned from the corrections of editors (Verso corrections memory).',
        entries: [],
      };
      packs.set(id, pack);
    }
    if (pack.entries.some((e) => e.id === r.entry.id)) continue;
    const entry = { ...r.entry };
    if (r.enabled) delete entry.disabled;
    else entry.disabled = true;
    pack.entries.push(entry);
  }
  return [...packs.values()];
}
