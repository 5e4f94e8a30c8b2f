// One entity, one spelling: across the target document, a name written two ways ("Zelensky" /
// "Zelenskyy", "Moustafa" / "Mustafa") is flagged where it departs from the dominant spelling.
import type { Check, CheckContext, DocContext, SegmentView } from './check';
import { words, type Word } from './name-tools';

interface Spellings {
  /** Per skeleton: each written form with its count and first position. */
  forms: Map<string, Map<string, { count: number; first: number }>>;
}

function isName(w: Word): boolean {
  return w.cap && !w.upper && !w.initial && w.sk.length >= 4 && !/\p{N}/u.test(w.text);
}

function index(doc: DocContext): Map<string, string> {
  const s: Spellings = { forms: new Map() };
  let pos = 0;
  for (const v of doc.views) {
    for (const w of words(v.target, v.targetSentences)) {
      if (!isName(w)) continue;
      let m = s.forms.get(w.sk);
      if (!m) s.forms.set(w.sk, (m = new Map()));
      const e = m.get(w.text);
      if (e) e.count++;
      else m.set(w.text, { count: 1, first: pos });
      pos++;
    }
  }
  // Skeleton → dominant spelling, only where the document has more than one.
  const dominant = new Map<string, string>();
  for (const [sk, m] of s.forms) {
    if (m.size < 2) continue;
    const best = [...m.entries()].sort((a, b) => b[1].count - a[1].count || a[1].first - b[1].first)[0];
    dominant.set(sk, best[0]);
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
    const dominant = ctx.doc.memo('name-consistency:dominant', () => index(ctx.doc));
    if (dominant.size === 0) return;
    for (const w of words(view.target, view.targetSentences)) {
      if (!isName(w)) continue;
      const best = dominant.get(w.sk);
      if (best === undefined || best === w.text) continue;
      ctx.report({
        messageId: 'variant',
        data: { found: w.text, dominant: best },
        target: { start: w.start, end: w.end },
        suggestions: [{ text: best }],
      });
    }
  },
};
