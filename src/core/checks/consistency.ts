// The same source sentence should be translated the same way throughout a document (titles,
// repeated captions, boilerplate). Sentences pair up inside segments whose sides have as many
// sentences; a rendering that departs from the dominant one is flagged.
import type { Check, CheckContext, DocContext, SegmentView } from './check';
import type { Span } from '../types';

function norm(s: string): string {
  return s.normalize('NFC').toLowerCase().replace(/\s+/g, ' ').replace(/[\s.!?…:;,"'“”«»„’‘-]+$/u, '').replace(/^[\s"'“”«»„’‘-]+/u, '').trim();
}

interface Pair {
  view: SegmentView;
  target: Span;
  text: string;
  norm: string;
}

/** Normalised source sentence → dominant normalised target and its written form, when renderings differ. */
function index(doc: DocContext): Map<string, { norm: string; text: string }> {
  const bySource = new Map<string, Pair[]>();
  for (const view of doc.views) {
    for (const p of pairs(view)) {
      const list = bySource.get(p.key);
      if (list) list.push(p.pair);
      else bySource.set(p.key, [p.pair]);
    }
  }
  const out = new Map<string, { norm: string; text: string }>();
  for (const [key, list] of bySource) {
    const counts = new Map<string, number>();
    for (const p of list) counts.set(p.norm, (counts.get(p.norm) ?? 0) + 1);
    if (counts.size < 2) continue;
    let best = list[0];
    for (const p of list) if ((counts.get(p.norm) ?? 0) > (counts.get(best.norm) ?? 0)) best = p;
    out.set(key, { norm: best.norm, text: best.text });
  }
  return out;
}

function pairs(view: SegmentView): { key: string; pair: Pair }[] {
  const out: { key: string; pair: Pair }[] = [];
  const n = view.sourceSentences.length;
  if (n === 0 || n !== view.targetSentences.length) return out;
  for (let i = 0; i < n; i++) {
    const s = view.sourceSentences[i];
    const t = view.targetSentences[i];
    const key = norm(view.source.slice(s.start, s.end));
    if (!/\p{L}/u.test(key)) continue;
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
    const dominant = ctx.doc.memo('consistency:sentences', () => index(ctx.doc));
    if (dominant.size === 0) return;
    for (const { key, pair } of pairs(view)) {
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
