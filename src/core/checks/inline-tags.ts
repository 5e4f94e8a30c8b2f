// Inline tags of a bilingual file (XLIFF g/x/bx/ex/ph/bpt/ept/it/mrk, pc/ph/sc/ec/sm/em, TMX
// bpt/ept/ph/it/hi) stand in the text as private-use placeholders (see core/bilingual.ts): an
// opening tag U+E000+n, its closing tag U+E800+n, a standalone tag U+F000+n. The translation must
// carry each tag of the source as many times, no tag the source lacks, and keep pairs in order
// and nested as the source has them, or the file cannot be written back as it should be.
import type { Check, CheckContext, SegmentView } from './check';
import { partnerOf, tagInfo, tagToken } from '../bilingual';

const ANY_TAG = /[\ue000-\uf7ff]/;

function positions(text: string): Map<string, number[]> {
  const out = new Map<string, number[]>();
  for (let i = 0; i < text.length; i++) {
    if (!tagInfo(text.charCodeAt(i))) continue;
    const list = out.get(text[i]);
    if (list) list.push(i);
    else out.set(text[i], [i]);
  }
  return out;
}

/** Closing placeholders that cross another pair, walking pairs whose two halves are each once in the text. */
function crossings(text: string, pairs: Set<string>): Array<{ at: number; ch: string; other: string }> {
  const out: Array<{ at: number; ch: string; other: string }> = [];
  const stack: string[] = [];
  for (let i = 0; i < text.length; i++) {
    const ch = text[i];
    const t = tagInfo(text.charCodeAt(i));
    if (!t || t.kind === 'standalone') continue;
    const open = t.kind === 'open' ? ch : partnerOf(ch);
    if (!pairs.has(open)) continue;
    if (t.kind === 'open') {
      stack.push(ch);
      continue;
    }
    const k = stack.lastIndexOf(open);
    if (k < 0) continue; // closes before it opens: reported as out of order
    if (k !== stack.length - 1) out.push({ at: i, ch, other: partnerOf(stack[stack.length - 1]) });
    stack.splice(k, 1);
  }
  return out;
}

export const check: Check = {
  meta: {
    id: 'inline-tags',
    category: 'fluency/markup',
    severity: 'major',
    description:
      'Inline tags (bold, links, placeholders of XLIFF and TMX files, shown as ⟦1⟧…⟦/1⟧): every tag of the source must be in the translation as often, none added, and pairs must open before they close and nest as in the source.',
    messages: {
      missing: 'The tag {{tag}} of the source is missing from the translation.',
      added: 'The tag {{tag}} is not in the source.',
      order: 'The tag {{tag}} closes before it opens.',
      crossed: 'The tag {{tag}} closes across {{other}}: the tags no longer nest as in the source.',
    },
    fixable: 'suggestion',
    examples: {
      good: [
        { from: 'en', to: 'fr', source: 'Click \ue000Save\ue800 to keep \uf000 changes.', target: 'Cliquez sur \ue000Enregistrer\ue800 pour garder \uf000 modifications.' },
        { from: 'en', to: 'ja', source: 'Press \ue000OK\ue800 and then \ue001Close\ue801.', target: '\ue001閉じる\ue801の前に\ue000OK\ue800を押してください。', note: 'pairs may move as wholes' },
        { from: 'en', to: 'ar', source: 'Open the \ue000settings\ue800.', target: 'افتح \ue000الإعدادات\ue800.' },
        { from: 'fr', to: 'en', source: 'Le prix est de 5 €.', target: 'The price is €5.' },
      ],
      bad: [
        { from: 'en', to: 'fr', source: 'Click \ue000Save\ue800 now.', target: 'Cliquez sur Enregistrer maintenant.', flagged: '', messageId: 'missing' },
        { from: 'en', to: 'ar', source: 'Open the settings.', target: 'افتح \uf000الإعدادات.', flagged: '\uf000', fixed: 'افتح الإعدادات.', messageId: 'added' },
        { from: 'fr', to: 'en', source: 'Voir \ue000la page\ue800.', target: 'See \ue800the page\ue000.', flagged: '\ue800', messageId: 'order' },
        { from: 'en', to: 'ja', source: '\ue000Bold \ue001and italic\ue801\ue800 text.', target: '\ue000太字\ue001と斜体\ue800\ue801のテキスト。', flagged: '\ue800', messageId: 'crossed' },
      ],
    },
  },

  run(view: SegmentView, ctx: CheckContext): void {
    const { source, target } = view;
    if (!ANY_TAG.test(source) && !ANY_TAG.test(target)) return;
    const inSource = positions(source);
    const inTarget = positions(target);
    for (const [ch, at] of inSource) {
      const have = inTarget.get(ch)?.length ?? 0;
      for (let k = have; k < at.length; k++) {
        ctx.report({ messageId: 'missing', data: { tag: tagToken(ch) }, target: null, source: { start: at[k], end: at[k] + 1 } });
      }
    }
    for (const [ch, at] of inTarget) {
      const want = inSource.get(ch)?.length ?? 0;
      for (let k = want; k < at.length; k++) {
        ctx.report({ messageId: 'added', data: { tag: tagToken(ch) }, target: { start: at[k], end: at[k] + 1 }, suggestions: [{ text: '' }] });
      }
    }
    // Order and nesting, for pairs whose open and close are each once on both sides.
    const once = (m: Map<string, number[]>, ch: string) => m.get(ch)?.length === 1;
    const pairs = new Set<string>();
    for (const ch of inSource.keys()) {
      if (tagInfo(ch)?.kind !== 'open') continue;
      const close = partnerOf(ch);
      if (once(inSource, ch) && once(inSource, close) && once(inTarget, ch) && once(inTarget, close)) pairs.add(ch);
    }
    for (const open of pairs) {
      const close = partnerOf(open);
      const t = inTarget.get(close)![0];
      if (t < inTarget.get(open)![0] && inSource.get(close)![0] > inSource.get(open)![0]) {
        ctx.report({ messageId: 'order', data: { tag: tagToken(close) }, target: { start: t, end: t + 1 } });
        pairs.delete(open);
      }
    }
    const crossedInSource = new Set(crossings(source, pairs).map((c) => c.ch));
    for (const c of crossings(target, pairs)) {
      if (crossedInSource.has(c.ch)) continue;
      ctx.report({ messageId: 'crossed', data: { tag: tagToken(c.ch), other: tagToken(c.other) }, target: { start: c.at, end: c.at + 1 } });
    }
  },
};
