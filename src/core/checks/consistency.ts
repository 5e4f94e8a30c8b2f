// The same source sentence should be translated the same way throughout a document (titles,
// repeated captions, boilerplate). Sentences pair up inside segments whose sides have as many
// sentences; a rendering that departs from the dominant one is flagged.
import type { Check, CheckContext, DocContext, SegmentView } from './check';
import type { Span } from '../types';

/** JavaScript's \s: what /\s+/ collapses and String.prototype.trim removes. */
function isSpace(c: number): boolean {
  return c === 0x20 || (c >= 0x09 && c <= 0x0d) || c === 0xa0 || c === 0x1680 || (c >= 0x2000 && c <= 0x200a) ||
    c === 0x2028 || c === 0x2029 || c === 0x202f || c === 0x205f || c === 0x3000 || c === 0xfeff;
}

// Marks stripped from either end of a sentence before comparing (with the spaces, as above).
const TRAILING = '.!?…:;,"\'“”«»„’‘-';
const LEADING = '"\'“”«»„’‘-';
const SPACES = /\s+/g;

/** Lower case, NFC, spaces collapsed, quotes and final punctuation stripped from the ends. */
function norm(s: string): string {
  const t = collapseSpaces(plainUnits(s) ? s.toLowerCase() : s.normalize('NFC').toLowerCase());
  let end = t.length;
  while (end > 0) {
    const c = t.charCodeAt(end - 1);
    if (!isSpace(c) && TRAILING.indexOf(String.fromCharCode(c)) < 0) break;
    end--;
  }
  let start = 0;
  while (start < end) {
    const c = t.charCodeAt(start);
    if (!isSpace(c) && LEADING.indexOf(String.fromCharCode(c)) < 0) break;
    start++;
  }
  return start === 0 && end === t.length ? t : t.slice(start, end);
}

/** Every unit below U+0300: NFC changes nothing there (no combining mark to compose with). */
function plainUnits(s: string): boolean {
  for (let i = 0; i < s.length; i++) if (s.charCodeAt(i) >= 0x300) return false;
  return true;
}

/** s.replace(SPACES, ' '), without a new string when every space already stands alone (most sentences). */
function collapseSpaces(s: string): string {
  let prevSpace = false;
  for (let i = 0; i < s.length; i++) {
    const c = s.charCodeAt(i);
    if (c === 0x20) {
      if (prevSpace) return s.replace(SPACES, ' ');
      prevSpace = true;
    } else if (isSpace(c)) return s.replace(SPACES, ' ');
    else prevSpace = false;
  }
  return s;
}

interface Pair {
  view: SegmentView;
  target: Span;
  text: string;
  /** The normalised target, worked out only for a source sentence seen more than once. */
  norm: string | null;
}

interface Index {
  /** Normalised source sentence → dominant normalised target and its written form, when renderings differ. */
  dominant: Map<string, { norm: string; text: string }>;
  /**
   * The views with a sentence whose source has such renderings, the only ones worth reading
   * again, with their sentence pairs as the index read them (each such pair's target normalised).
   */
  views: Map<SegmentView, { key: string; pair: Pair }[]>;
  /** Every view the index read (a view from elsewhere is read in full). */
  read: Set<SegmentView>;
}

function index(doc: DocContext): Index {
  const bySource = new Map<string, Pair[]>();
  const byView = new Map<SegmentView, { key: string; pair: Pair }[]>();
  for (const view of doc.views) {
    const list = pairs(view, false);
    if (list.length === 0) continue;
    byView.set(view, list);
    for (const p of list) {
      const same = bySource.get(p.key);
      if (same) same.push(p.pair);
      else bySource.set(p.key, [p.pair]);
    }
  }
  const out = new Map<string, { norm: string; text: string }>();
  const views = new Map<SegmentView, { key: string; pair: Pair }[]>();
  for (const [key, list] of bySource) {
    if (list.length < 2) continue;
    // Translated word for word alike every time (boilerplate mostly is): one rendering, nothing to normalise.
    const first = list[0].text;
    if (list.every((p) => p.text === first)) continue;
    const counts = new Map<string, number>();
    for (const p of list) {
      const n = (p.norm = norm(p.text));
      counts.set(n, (counts.get(n) ?? 0) + 1);
    }
    if (counts.size < 2) continue;
    let best = list[0];
    for (const p of list) if ((counts.get(p.norm!) ?? 0) > (counts.get(best.norm!) ?? 0)) best = p;
    out.set(key, { norm: best.norm!, text: best.text });
    for (const p of list) views.set(p.view, byView.get(p.view)!);
  }
  return { dominant: out, views, read: new Set(doc.views) };
}

const LETTER = /\p{L}/u;

/** The sentence pairs of a view whose sides have as many sentences; targets normalised on request. */
function pairs(view: SegmentView, withNorm: boolean): { key: string; pair: Pair }[] {
  const out: { key: string; pair: Pair }[] = [];
  const n = view.sourceSentences.length;
  if (n === 0 || n !== view.targetSentences.length) return out;
  for (let i = 0; i < n; i++) {
    const s = view.sourceSentences[i];
    const t = view.targetSentences[i];
    const key = norm(view.source.slice(s.start, s.end));
    if (!LETTER.test(key)) continue;
    const text = view.target.slice(t.start, t.end);
    out.push({ key, pair: { view, target: t, text, norm: withNorm ? norm(text) : null } });
  }
  return out;
}

export const consistency: Check = {
  meta: {
    id: 'consistency',
    category: 'fluency/inconsistency',
    severity: 'minor',
    description:
      'The same source sentence (a title, a repeated caption) is translated differently in one document; the rendering that departs from the most frequent one is flagged.',
    messages: {
      sentence: 'This source sentence is translated as “{{dominant}}” elsewhere in the document.',
    },
    fixable: 'suggestion',
    examples: {
      good: [
        {
          from: 'fr',
          to: 'en',
          source: 'Complot. Le Premier ministre a parlé. Complot.',
          target: 'Conspiracy. The Prime Minister spoke. Conspiracy.',
        },
      ],
      bad: [
        {
          from: 'fr',
          to: 'en',
          source: 'Complot. Le Premier ministre a parlé. Complot. Il a appelé au calme. Complot.',
          target: 'Conspiracy. The Prime Minister spoke. Conspiracy. He called for calm. Plot.',
          flagged: 'Plot.',
          fixed: 'Conspiracy. The Prime Minister spoke. Conspiracy. He called for calm. Conspiracy.',
        },
      ],
    },
  },
  run(view: SegmentView, ctx: CheckContext): void {
    const { dominant, views, read } = ctx.doc.memo('consistency:sentences', () => index(ctx.doc));
    if (dominant.size === 0) return;
    const known = views.get(view);
    if (!known && read.has(view)) return;
    // A pair whose source has renderings to compare had its target normalised by the index.
    for (const { key, pair } of known ?? pairs(view, true)) {
      const best = dominant.get(key);
      if (!best || best.norm === pair.norm) continue;
      ctx.report({
        messageId: 'sentence',
        data: { dominant: best.text },
        target: pair.target,
        suggestions: [{ text: best.text }],
      });
    }
  },
};
