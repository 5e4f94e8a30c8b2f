// Intl.Segmenter's sentence breaks (UAX #29), the opinion the rules fall back on where they have
// none of their own. Asked about one spot at a time, on a short window: running it over every
// paragraph would cost more than all the rules together, and V8's segmenter slows down more than
// linearly on long strings. One segmenter per language, kept: building one is the costly part.

const segmenters = new Map<string, Intl.Segmenter>();

function segmenterFor(lang: string): Intl.Segmenter {
  let seg = segmenters.get(lang);
  if (!seg) {
    try {
      seg = new Intl.Segmenter(lang || undefined, { granularity: 'sentence' });
    } catch {
      // A malformed tag ("fr_FR!") still deserves sentences.
      seg = new Intl.Segmenter(undefined, { granularity: 'sentence' });
    }
    segmenters.set(lang, seg);
  }
  return seg;
}

const LINE_BREAKS = /[\r\n\u000b\u000c\u0085\u2028\u2029]/g;
// UAX #29 decides from the stop and the few characters after it; this much context is plenty.
const AFTER = 32;

/** Does Intl start a sentence somewhere in (after, upTo], judging text[from, upTo + AFTER)? */
export function intlBreaks(text: string, from: number, after: number, upTo: number, lang: string): boolean {
  // A wrapped paragraph's line breaks are spaces to the rules; Intl would break at each.
  const window = text.slice(from, Math.min(text.length, upTo + AFTER)).replace(LINE_BREAKS, ' ');
  for (const s of segmenterFor(lang).segment(window)) {
    const pos = from + s.index;
    if (pos > after && pos <= upTo) return true;
    if (pos > upTo) break;
  }
  return false;
}
