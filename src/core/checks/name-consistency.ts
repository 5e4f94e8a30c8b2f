// One entity, one spelling: across the target document, a name written two ways ("Zelensky" /
// "Zelenskyy", "Moustafa" / "Mustafa") is flagged where it departs from the dominant spelling.
import type { Check, CheckContext, DocContext, SegmentView } from './check';
import { base, segmentTokens, type NameToken } from './name-tools';
import { isCommonCapital } from '../text/names/lexicon';

/** A capitalised word inside a sentence, long enough for a spelling variant to mean something. */
function isName(t: NameToken, lang: string): boolean {
  return t.cap && !t.upper && !t.initial && !t.digit && !t.caseless && t.forms.sks[0].length >= 4 && !isCommonCapital(t.forms.f, lang);
}

/** Per document context (looked up for every segment: no string key to hash). */
const DOMINANT = new WeakMap<DocContext, Map<string, string>>();

/** Skeleton → the document's dominant spelling, for skeletons written more than one way. */
function index(doc: DocContext, lang: string): Map<string, string> {
  // Per skeleton: each written form with its count and first position.
  const forms = new Map<string, Map<string, { count: number; first: number }>>();
  let pos = 0;
  for (const v of doc.views) {
    if (!v.target) continue;
    for (const t of segmentTokens(doc, v, 't', lang)) {
      if (!isName(t, lang)) continue;
      const sk = t.forms.sks[0];
      let m = forms.get(sk);
      if (!m) forms.set(sk, (m = new Map()));
      const e = m.get(t.text);
      if (e) e.count++;
      else m.set(t.text, { count: 1, first: pos });
      pos++;
    }
  }
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
  return dominant;
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
    if (!view.target) return;
    const lang = base(ctx.to);
    let dominant = DOMINANT.get(ctx.doc);
    if (!dominant) DOMINANT.set(ctx.doc, (dominant = index(ctx.doc, lang)));
    if (dominant.size === 0) return;
    for (const t of segmentTokens(ctx.doc, view, 't', lang)) {
      if (!isName(t, lang)) continue;
      const best = dominant.get(t.forms.sks[0]);
      if (best === undefined || best === t.text) continue;
      ctx.report({
        messageId: 'variant',
        data: { found: t.text, dominant: best },
        target: { start: t.start, end: t.end },
        suggestions: [{ text: best }],
      });
    }
  },
};
