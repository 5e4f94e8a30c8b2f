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
  const t = s.normalize('NFC').toLowerCase();
  let end = t.length;
  while (end > 0 && (isSpace(t.charCodeAt(end - 1)) || TRAILING.includes(t[end - 1]))) end--;
  let start = 0;
  while (start < end && (isSpace(t.charCodeAt(start)) || LEADING.includes(t[start]))) start++;
  return t.slice(start, end).replace(SPACES, ' ');
}

interface Pair {
  view: SegmentView;
  target: Span;
  text: string;
  norm: string;
}

interface SentencePair {
  key: string;
  pair: Pair;
}

interface Index {
  /** Normalised source sentence → dominant normalised target and its written form, when renderings differ. */
  dominant: Map<string, { norm: string; text: string }>;
  /** Each view's sentence pairs, as the index read them. */
  pairs: Map<SegmentView, SentencePair[]>;
}

function index(doc: DocContext): Index {
  const bySource = new Map<string, Pair[]>();
  const byView = new Map<SegmentView, SentencePair[]>();
  for (const view of doc.views) {
    const list = pairs(view);
    byView.set(view, list);
    for (const p of list) {
      const same = bySource.get(p.key);
      if (same) same.push(p.pair);
      else bySource.set(p.key, [p.pair]);
    }
  }
  const out = new Map<string, { norm: string; text: string }>();
  for (const [key, list] of bySource) {
    if (list.length < 2) continue;
    const counts = new Map<string, number>();
    for (const p of list) counts.set(p.norm, (counts.get(p.norm) ?? 0) + 1);
    if (counts.size < 2) continue;
    let best = list[0];
    for (const p of list) if ((counts.get(p.norm) ?? 0) > (counts.get(best.norm) ?? 0)) best = p;
    out.set(key, { norm: best.norm, text: best.text });
  }
  return { dominant: out, pairs: byView };
}

const LETTER = /\p{L}/u;
const NONE: SentencePair[] = [];

function pairs(view: SegmentView): SentencePair[] {
  const n = view.sourceSentences.length;
  if (n === 0 || n !== view.targetSentences.length) return NONE;
  const out: SentencePair[] = [];
  for (let i = 0; i < n; i++) {
    const s = view.sourceSentences[i];
    const t = view.targetSentences[i];
    const key = norm(view.source.slice(s.start, s.end));
    if (!LETTER.test(key)) continue;
    const text = view.target.slice(t.start, t.end);
    out.push({ key, pair: { view, target: t, text, norm: norm(text) } });
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
    const { dominant, pairs: byView } = ctx.doc.memo('consistency:sentences', () => index(ctx.doc));
    if (dominant.size === 0) return;
    // A view from this document was read by the index; any other is read now.
    for (const { key, pair } of byView.get(view) ?? pairs(view)) {
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
