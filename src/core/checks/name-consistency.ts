// One entity, one spelling: across the target document, a name written two ways ("Zelensky" /
// "Zelenskyy", "Moustafa" / "Mustafa") is flagged where it departs from the dominant spelling.
import type { Check, CheckContext, DocContext, SegmentView } from './check';
import { base, segmentTokens, type NameToken } from './name-tools';

/** A capitalised word inside a sentence, long enough for a spelling variant to mean something. */
function isName(t: NameToken): boolean {
  return !t.upper && !t.initial && !t.digit && !t.caseless && t.forms.sks[0].length >= 4 && !t.forms.common;
}

interface Variant {
  token: NameToken;
  dominant: string;
}

/** Per document context, computed on its first segment: the variants each segment view holds. */
const VARIANTS = new WeakMap<DocContext, Map<SegmentView, Variant[]>>();

/** Every spelling that departs from its skeleton's dominant one, by segment view. */
function index(doc: DocContext, lang: string): Map<SegmentView, Variant[]> {
  // Per skeleton: each written form with its count and first position.
  const forms = new Map<string, Map<string, { count: number; first: number }>>();
  const names: [SegmentView, NameToken[]][] = [];
  let pos = 0;
  for (const v of doc.views) {
    if (!v.target) continue;
    let found: NameToken[] | null = null;
    for (const t of segmentTokens(doc, v, 't', lang)) {
      if (!isName(t)) continue;
      (found ??= []).push(t);
      const sk = t.forms.sks[0];
      let m = forms.get(sk);
      if (!m) forms.set(sk, (m = new Map()));
      const e = m.get(t.text);
      if (e) e.count++;
      else m.set(t.text, { count: 1, first: pos });
      pos++;
    }
    if (found) names.push([v, found]);
  }
  // Skeleton → dominant spelling, where the document has more than one: the most frequent, then the first.
  const dominant = new Map<string, string>();
  for (const [sk, m] of forms) {
    if (m.size < 2) continue;
    let best = '';
    let bc = -1;
    let bf = 0;
    for (const [text, e] of m) {
      if (e.count > bc || (e.count === bc && e.first < bf)) {
        best = text;
        bc = e.count;
        bf = e.first;
      }
    }
    dominant.set(sk, best);
  }
  const out = new Map<SegmentView, Variant[]>();
  if (dominant.size === 0) return out;
  for (const [v, list] of names) {
    for (const t of list) {
      const best = dominant.get(t.forms.sks[0]);
      if (best === undefined || best === t.text) continue;
      let vs = out.get(v);
      if (!vs) out.set(v, (vs = []));
      vs.push({ token: t, dominant: best });
    }
  }
  return out;
}

export const nameConsistency: Check = {
  meta: {
    id: 'name-consistency',
    category: 'fluency/inconsistency',
    severity: 'minor',
    description:
      'The same name is spelled more than one way in the translation ("Zelensky" and "Zelenskyy"); the less frequent spelling is flagged, with the dominant one as the suggestion.',
    messages: {
      variant: '“{{found}}” is spelled “{{dominant}}” elsewhere in the translation.',
    },
    fixable: 'suggestion',
    examples: {
      good: [
        {
          from: 'fr',
          to: 'en',
          source: 'Moustafa al-Kazimi a parlé. M. Kazimi a ensuite appelé au calme.',
          target: 'Mustafa al-Kazimi spoke. Mr. Kazimi then called for calm.',
        },
      ],
      bad: [
        {
          from: 'fr',
          to: 'en',
          source: 'Moustafa al-Kazimi est indemne. Selon Moustafa al-Kazimi, la situation est calme. Le bureau de Moustafa al-Kazimi le confirme.',
          target: 'Mustafa al-Kazimi is unharmed. According to Mustafa al-Kazimi, the situation is calm. The office of Moustafa al-Kazimi confirms it.',
          flagged: 'Moustafa',
          fixed: 'Mustafa al-Kazimi is unharmed. According to Mustafa al-Kazimi, the situation is calm. The office of Mustafa al-Kazimi confirms it.',
        },
      ],
    },
  },
  run(view: SegmentView, ctx: CheckContext): void {
    let variants = VARIANTS.get(ctx.doc);
    if (!variants) VARIANTS.set(ctx.doc, (variants = index(ctx.doc, base(ctx.to))));
    const here = variants.get(view);
    if (!here) return;
    for (const { token, dominant } of here) {
      ctx.report({
        messageId: 'variant',
        data: { found: token.text, dominant },
        target: { start: token.start, end: token.end },
        suggestions: [{ text: dominant }],
      });
    }
  },
};
