// Language-pair knowledge as data: runs every rule pack (assets/rules/*.json, or the user's) whose
// languages fit the document. An entry fires when its target pattern matches the target and, for
// source-aware entries, one of its source patterns matches the source, so a correct use of the
// same English words elsewhere stays quiet. Patterns compile once per entry; each segment costs
// one pass over its target words to pick the few entries whose key word occurs.
import type { Check, CheckContext, SegmentView } from './check';
import type { PackEntry, RulePack } from '../rules/pack';
import { compilePattern, type Pattern } from '../rules/pattern';
import { findOrdered, findSource, renderFix } from '../rules/match';
import { TokenBuffer, tokensFromWords, type Token } from '../rules/tokenise';
import { viewWords, type Word } from '../text/word-runs';
import { baseOf } from '../lang/base-lang';

// A segment's tokens are done with before the next segment's are cut: the same objects serve
// again (nothing reported keeps a token, only offsets and text).
const TARGET_TOKENS = new TokenBuffer();
const SOURCE_TOKENS = new TokenBuffer();
const WORD_TOKENS = new TokenBuffer();

interface CompiledEntry {
  entry: PackEntry;
  sources: Pattern[] | null;
  targets: Pattern[];
  fixes: string[];
  unlessSource: Pattern[];
  unlessTarget: Pattern[];
  /** The entry's message, cut once into literal text and the data it takes (see messageParts). */
  message: MessagePart[];
}

/** Literal text, or the name of a data field of the report. */
type MessagePart = string | { field: 'target' | 'source' | 'fix' | 'entry' | 'message' };

const FIELDS = new Set(['target', 'source', 'fix', 'entry', 'message']);
/** As format.ts reads a placeholder. */
const PLACEHOLDER = /\{\{\s*(\w+)\s*\}\}/g;

/**
 * formatMessage(template, data) for the data an entry reports, worked out once per entry: a
 * placeholder of one of its fields takes the field's value, any other stays as written.
 */
function messageParts(template: string): MessagePart[] {
  const parts: MessagePart[] = [];
  let text = '';
  let last = 0;
  PLACEHOLDER.lastIndex = 0;
  for (let m = PLACEHOLDER.exec(template); m !== null; m = PLACEHOLDER.exec(template)) {
    text += template.slice(last, m.index);
    last = m.index + m[0].length;
    if (FIELDS.has(m[1])) {
      if (text) parts.push(text);
      text = '';
      parts.push({ field: m[1] as 'target' });
    } else text += m[0];
  }
  text += template.slice(last);
  if (text) parts.push(text);
  return parts;
}

function renderMessage(parts: MessagePart[], data: Record<string, string>): string {
  let out = '';
  for (const p of parts) out += typeof p === 'string' ? p : data[p.field];
  return out;
}

interface CompiledPack {
  entries: CompiledEntry[];
  /** Folded key word → candidate (entry index * 1024 + target pattern index). */
  exact: Map<string, number[]>;
  /** Folded stem prefix (up to STEM_KEY letters) → candidates. */
  stems: Map<string, number[]>;
  stemLengths: number[];
  /**
   * Folded word → its candidates from `exact` then `stems` (by `stemLengths`), null for none:
   * words repeat, so each is looked up in the two maps once.
   */
  byWord: Map<string, number[] | null>;
}

/** Distinct words remembered per pack before the memory starts over (an editor runs for days). */
const BY_WORD_LIMIT = 50000;

const STEM_KEY = 4;
const arr = (v: string | string[] | undefined): string[] => (v === undefined ? [] : Array.isArray(v) ? v : [v]);

const entryCache = new WeakMap<PackEntry, CompiledEntry>();
const packCache = new WeakMap<RulePack, CompiledPack>();

function compileEntry(entry: PackEntry): CompiledEntry {
  let c = entryCache.get(entry);
  if (!c) {
    c = {
      entry,
      sources: entry.source === undefined ? null : arr(entry.source).map((p) => compilePattern(p, 'source')),
      targets: arr(entry.target).map((p) => compilePattern(p, 'target')),
      fixes: arr(entry.fix),
      unlessSource: arr(entry.unless?.source).map((p) => compilePattern(p, 'source')),
      unlessTarget: arr(entry.unless?.target).map((p) => compilePattern(p, 'target')),
      message: messageParts(entry.message),
    };
    entryCache.set(entry, c);
  }
  return c;
}

function add(map: Map<string, number[]>, key: string, value: number): void {
  const list = map.get(key);
  if (list) {
    if (list[list.length - 1] !== value) list.push(value);
  } else map.set(key, [value]);
}

export function compilePack(pack: RulePack): CompiledPack {
  let c = packCache.get(pack);
  if (c) return c;
  const entries = pack.entries.filter((e) => !e.disabled).map(compileEntry);
  const exact = new Map<string, number[]>();
  const stems = new Map<string, number[]>();
  const lengths = new Set<number>();
  entries.forEach((e, i) =>
    e.targets.forEach((t, j) => {
      const cand = i * 1024 + j;
      for (const k of t.key?.exact ?? []) add(exact, k, cand);
      for (const s of t.key?.stems ?? []) {
        const k = s.slice(0, STEM_KEY);
        lengths.add(k.length);
        add(stems, k, cand);
      }
    }),
  );
  c = { entries, exact, stems, stemLengths: [...lengths], byWord: new Map() };
  packCache.set(pack, c);
  return c;
}

function applies(pack: RulePack, from: string, to: string): boolean {
  return (pack.from === '*' || baseOf(pack.from) === from) && baseOf(pack.to) === to;
}

interface Applicable {
  /** Length of the run's pack list when these were chosen (a list changed in place is read again). */
  size: number;
  list: RulePack[];
  compiled: CompiledPack[];
  /**
   * Folded key word → its candidates in each pack (by the pack's place in `list`), when no pack
   * has stems (the built-in ones have none): one lookup per word for all the packs together.
   */
  keys: Map<string, Array<number[] | undefined>> | null;
}

function combinedKeys(compiled: CompiledPack[]): Applicable['keys'] {
  if (compiled.some((c) => c.stemLengths.length > 0)) return null;
  const keys = new Map<string, Array<number[] | undefined>>();
  compiled.forEach((c, pi) => {
    for (const [fold, list] of c.exact) {
      let per = keys.get(fold);
      if (!per) keys.set(fold, (per = new Array(compiled.length)));
      per[pi] = list;
    }
  });
  return keys;
}

/** The packs of a run that fit a language pair, chosen once per run rather than per segment. */
const applicable = new WeakMap<RulePack[], Map<string, Applicable>>();

function packsFor(packs: RulePack[], from: string, to: string): Applicable {
  let byPair = applicable.get(packs);
  if (!byPair) {
    byPair = new Map();
    applicable.set(packs, byPair);
  }
  const key = `${from}>${to}`;
  let known = byPair.get(key);
  // A list grown or shrunk in place since (an editor adding a pack) is looked at again.
  if (!known || known.size !== packs.length) {
    const list = packs.filter((p) => applies(p, from, to));
    const compiled = list.map(compilePack);
    known = { size: packs.length, list, compiled, keys: combinedKeys(compiled) };
    byPair.set(key, known);
  }
  return known;
}

function wordCandidates(pack: CompiledPack, fold: string): number[] | null {
  // Without stems one lookup says it all (the built-in packs have none).
  if (pack.stemLengths.length === 0) return pack.exact.get(fold) ?? null;
  let list = pack.byWord.get(fold);
  if (list !== undefined) return list;
  const exact = pack.exact.get(fold);
  list = exact ? exact.slice() : null;
  for (const len of pack.stemLengths) {
    if (fold.length < len) continue;
    const stems = pack.stems.get(fold.slice(0, len));
    if (!stems) continue;
    if (list) for (const c of stems) list.push(c);
    else list = stems.slice();
  }
  if (pack.byWord.size >= BY_WORD_LIMIT) pack.byWord.clear();
  pack.byWord.set(fold, list);
  return list;
}

/**
 * Whether any word of the target is a key word of a pack: most segments have none, and are then
 * done without building their tokens. A plain ASCII word's fold is its lower case; any other
 * word is folded as the tokeniser folds it.
 */
function anyCandidate(packs: Applicable, words: Word[]): boolean {
  const { compiled, keys } = packs;
  for (const w of words) {
    const text = w.text;
    let plain = true;
    for (let i = 0; i < text.length; i++) {
      const c = text.charCodeAt(i);
      if (c >= 128 || c === 0x27) {
        plain = false;
        break;
      }
    }
    if (plain) {
      if (keys ? keys.has(w.lower) : compiled.some((p) => wordCandidates(p, w.lower))) return true;
      continue;
    }
    for (const t of tokensFromWords([w], WORD_TOKENS)) {
      if (keys ? keys.has(t.fold) : compiled.some((p) => wordCandidates(p, t.fold))) return true;
    }
  }
  return false;
}

type Hits = Map<number, number[]>;

function note(hits: Hits, list: number[], ti: number): void {
  for (const c of list) {
    const at = hits.get(c);
    if (!at) hits.set(c, [ti]);
    else if (at[at.length - 1] !== ti) at.push(ti);
  }
}

/** Candidates in ascending order (entry index * 1024 + target pattern index). */
function sorted(hits: Hits): Hits {
  if (hits.size < 2) return hits;
  // Often noted in order already: nothing to rebuild then.
  let last = -1;
  let ascending = true;
  for (const c of hits.keys()) {
    if (c < last) {
      ascending = false;
      break;
    }
    last = c;
  }
  if (ascending) return hits;
  const order = [...hits.keys()].sort((a, b) => a - b);
  const out: Hits = new Map();
  for (const c of order) out.set(c, hits.get(c) as number[]);
  return out;
}

/**
 * One pass over the target for each pack, or for all of them at once: per pack, candidate →
 * token indexes (ascending) where its key word occurs.
 */
function candidates(packs: Applicable, tokens: Token[]): Hits[] {
  const { compiled, keys } = packs;
  const all: Hits[] = compiled.map(() => new Map());
  if (keys) {
    for (let ti = 0; ti < tokens.length; ti++) {
      const per = keys.get(tokens[ti].fold);
      if (!per) continue;
      for (let pi = 0; pi < per.length; pi++) {
        const list = per[pi];
        if (list) note(all[pi], list, ti);
      }
    }
  } else {
    compiled.forEach((pack, pi) => {
      for (let ti = 0; ti < tokens.length; ti++) {
        const list = wordCandidates(pack, tokens[ti].fold);
        if (list) note(all[pi], list, ti);
      }
    });
  }
  for (let pi = 0; pi < all.length; pi++) all[pi] = sorted(all[pi]);
  return all;
}

function runPack(
  pack: RulePack, compiled: CompiledPack, hits: Hits, view: SegmentView, ctx: CheckContext, targetTokens: Token[], source: () => Token[],
): void {
  if (hits.size === 0) return;
  // Made at the first match: most candidates match nothing.
  let reported: Set<string> | null = null;
  // By key, not by entry: an entry is a new [key, value] array each.
  for (const cand of hits.keys()) {
    const keyHits = hits.get(cand) as number[];
    const ce = compiled.entries[Math.floor(cand / 1024)];
    const pattern = ce.targets[cand % 1024];
    const matches = findOrdered(pattern, targetTokens, keyHits);
    if (matches.length === 0) continue;
    let sourceSpan: { start: number; end: number } | null = null;
    if (ce.sources) {
      const st = source();
      for (const p of ce.sources) {
        const m = findSource(p, st);
        if (m) {
          sourceSpan = { start: m.start, end: m.end };
          break;
        }
      }
      if (!sourceSpan) continue;
      if (ce.unlessSource.some((p) => findSource(p, st))) continue;
    }
    if (ce.unlessTarget.some((p) => findOrdered(p, targetTokens).length > 0)) continue;
    const { entry } = ce;
    for (const m of matches) {
      const key = `${entry.id}:${m.start}:${m.end}`;
      if (reported === null) reported = new Set();
      else if (reported.has(key)) continue;
      reported.add(key);
      const actual = view.target.slice(m.start, m.end);
      // Distinct renderings, first come first, without the text as it stands.
      const fixes: string[] = [];
      for (const f of ce.fixes) {
        const text = renderFix(f, m, targetTokens, view.target, pattern);
        if (text !== actual && !fixes.includes(text)) fixes.push(text);
      }
      const data: Record<string, string> = {
        target: actual,
        source: sourceSpan ? view.source.slice(sourceSpan.start, sourceSpan.end) : '',
        fix: fixes[0] ?? '',
        entry: entry.id,
        message: '',
      };
      data.message = renderMessage(ce.message, data);
      ctx.report({
        messageId: 'entry',
        ruleId: `${pack.kind}/${pack.id}/${entry.id}`,
        message: data.message,
        data,
        target: { start: m.start, end: m.end },
        source: sourceSpan,
        suggestions: fixes.map((text) => ({ text })),
        category: entry.category ?? pack.category,
        severity: entry.severity ?? pack.severity,
      });
    }
  }
}


export const rulePack: Check = {
  meta: {
    id: 'rule-pack',
    category: 'accuracy/mistranslation',
    severity: 'major',
    description:
      'Language-pair rule packs (assets/rules/*.json and your own): calques, false friends, wrong collocations and transliterations that machine translation produces, each checked against the source so correct uses stay quiet.',
    messages: { entry: '{{message}}' },
    fixable: 'suggestion',
    examples: {
      good: [
        { from: 'fr', to: 'en', source: 'La police a interpellé deux suspects.', target: 'Police arrested two suspects.' },
        { from: 'fr', to: 'en', source: "L'attaque n'a pas été revendiquée.", target: 'The attack was not claimed.' },
        { from: 'de', to: 'en', source: 'Eine Drohne mit Sprengstoff.', target: 'A trapped drone.', note: 'No pack for de→en entries here: quiet.' },
      ],
      bad: [
        {
          from: 'fr', to: 'en',
          source: "Le Premier ministre a échappé à un drone piégé.",
          target: 'The Prime Minister escaped a trapped drone.',
          flagged: 'trapped drone',
          fixed: 'The Prime Minister escaped a booby-trapped drone.',
        },
        {
          from: 'fr', to: 'en',
          source: 'Des partisans observent des sit-in devant la Zone verte.',
          target: 'Supporters are watching sit-ins outside the Green Zone.',
          flagged: 'watching sit-ins',
          fixed: 'Supporters are holding sit-ins outside the Green Zone.',
        },
      ],
    },
  },
  run(view, ctx) {
    if (!view.target) return;
    const from = baseOf(ctx.from);
    const to = baseOf(ctx.to);
    const applicable = packsFor(ctx.packs, from, to);
    const { list: packs, compiled } = applicable;
    if (packs.length === 0) return;
    // The target's words are cut once for every check: its tokens come from them.
    const targetWords = viewWords(ctx.doc, view, 't');
    if (!anyCandidate(applicable, targetWords)) return;
    const targetTokens = tokensFromWords(targetWords, TARGET_TOKENS);
    const hits = candidates(applicable, targetTokens);
    let sourceTokens: Token[] | null = null;
    const source = () => (sourceTokens ??= tokensFromWords(viewWords(ctx.doc, view, 's'), SOURCE_TOKENS));
    for (let pi = 0; pi < packs.length; pi++) runPack(packs[pi], compiled[pi], hits[pi], view, ctx, targetTokens, source);
  },
};
