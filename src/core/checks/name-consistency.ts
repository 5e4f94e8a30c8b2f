// One entity, one spelling: across the target document, a name written two ways ("Zelensky" /
// "Zelenskyy", "Moustafa" / "Mustafa") is flagged where it departs from the dominant spelling.
// One pass over the document's capitalised words, indexed by a variant key, on its first segment.
import type { Check, CheckContext, DocContext, SegmentView } from './check';
import { segmentTokens, type NameToken } from './name-tools';
import { baseOf } from '../lang/base-lang';

/** A capitalised word that is no ordinary word, long enough for a spelling variant to mean something. */
function isName(t: NameToken): boolean {
  return !t.upper && !t.digit && !t.caseless && t.forms.f.length >= 4 && !t.forms.common && !(t.initial && t.forms.englishWord);
}

const KEYS = new Map<string, string>();

/**
 * What two spellings of one name share: doubled letters, ou/u, ph/f, kh/h and a final y/i/yy
 * are transcription variants (Moustafa / Mustafa, Zelenskyy / Zelensky, Mohammed / Mohamed);
 * other letters tell names apart (Marks / Marx).
 */
function variantKey(folded: string): string {
  let k = KEYS.get(folded);
  if (k !== undefined) return k;
  let s = folded.replace(/['-]/g, '').replace(/ou/g, 'u').replace(/ph/g, 'f').replace(/kh/g, 'h').replace(/(?:iy|yy|ii|y)$/, 'i');
  let out = s.charAt(0);
  for (let i = 1; i < s.length; i++) if (s[i] !== s[i - 1]) out += s[i];
  s = out;
  if (KEYS.size > 50000) KEYS.clear();
  KEYS.set(folded, s);
  return s;
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
      const sk = variantKey(t.forms.f);
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
      const best = dominant.get(variantKey(t.forms.f));
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
        {
          from: 'ru',
          to: 'en',
          source: 'Зеленский позвонил Шольцу. Позже Зеленский встретился с Шольцем в Киеве.',
          target: "Zelensky called Scholz. Later Zelensky met Scholz in Kyiv, and Scholz's office confirmed it.",
          note: 'A possessive is the same spelling.',
        },
        {
          from: 'de',
          to: 'en',
          source: 'Die Firma Marks und die Familie Marx trafen sich.',
          target: 'The Marks company and the Marx family met in Mark and in Markus.',
          note: 'Different letters, not a transcription variant, stay apart.',
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
        {
          from: 'de',
          to: 'en',
          source: 'Selenskyj traf Scholz. Selenskyj sagte, Selenskyj sei zufrieden.',
          target: 'Zelenskyy met Scholz. Zelensky said that Zelenskyy was satisfied.',
          flagged: 'Zelensky',
          fixed: 'Zelenskyy met Scholz. Zelenskyy said that Zelenskyy was satisfied.',
        },
      ],
    },
  },
  run(view: SegmentView, ctx: CheckContext): void {
    let variants = VARIANTS.get(ctx.doc);
    if (!variants) VARIANTS.set(ctx.doc, (variants = index(ctx.doc, baseOf(ctx.to))));
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
