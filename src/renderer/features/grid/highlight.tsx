// Text with marked spans: the flags in a translation, the source words a flag concerns. Spans may
// overlap; the text is cut at every boundary and each piece carries the spans covering it.
import type { ReactNode } from 'react';
import { tagToken } from '../../../core/bilingual';
import { domKey } from '../../state/selectors';

/** Inline-tag placeholders (private-use characters from a bilingual file). */
const TAG = /[\ue000-\uf7ff]/;
const TAGS = /([\ue000-\uf7ff])/;

/**
 * A text whose inline-tag placeholders show as their tokens (⟦1⟧, ⟦/1⟧, ⟦2/⟧). The placeholder
 * character stays in the DOM (hidden by CSS, the token drawn beside it), so offsets and copying
 * keep the text as the engine has it.
 */
export function withTags(text: string): ReactNode {
  if (!TAG.test(text)) return text;
  return text.split(TAGS).map((part, i) =>
    i % 2 === 1 ? (
      <span key={i} className="inline-tag" data-token={tagToken(part)}>
        {part}
      </span>
    ) : (
      part
    ),
  );
}

export interface Mark {
  start: number;
  end: number;
  className: string;
  /** issueKey: clicking or hovering the piece selects or previews that issue. */
  issue?: string;
  title?: string;
  /** Lower wins when several marks cover a piece (the narrowest flag is the one clicked). */
  rank?: number;
}

export interface Piece {
  start: number;
  end: number;
  marks: Mark[];
}

export function cutPieces(length: number, marks: Mark[]): Piece[] {
  const valid = marks.filter((m) => m.end > m.start && m.start >= 0 && m.end <= length);
  const cuts = new Set<number>([0, length]);
  for (const m of valid) {
    cuts.add(m.start);
    cuts.add(m.end);
  }
  const points = [...cuts].sort((a, b) => a - b);
  const out: Piece[] = [];
  for (let i = 0; i + 1 < points.length; i++) {
    const start = points[i];
    const end = points[i + 1];
    out.push({ start, end, marks: valid.filter((m) => m.start <= start && end <= m.end) });
  }
  return out;
}

export function Highlighted({
  text,
  marks,
  onMark,
}: {
  text: string;
  marks: Mark[];
  onMark?: (issue: string, event: 'enter' | 'leave' | 'click') => void;
}): ReactNode {
  if (!marks.length) return withTags(text);
  return cutPieces(text.length, marks).map((p) => {
    const piece = text.slice(p.start, p.end);
    if (!p.marks.length) return <span key={p.start}>{withTags(piece)}</span>;
    const owner = [...p.marks].sort((a, b) => (a.rank ?? 0) - (b.rank ?? 0) || a.end - a.start - (b.end - b.start))[0];
    const classes = [...new Set(p.marks.flatMap((m) => m.className.split(' ')))].join(' ');
    const first = p.start === owner.start;
    return (
      <mark
        key={p.start}
        className={classes}
        data-issue={owner.issue ? domKey(owner.issue) : undefined}
        data-first={first ? '' : undefined}
        title={owner.title}
        onMouseEnter={owner.issue && onMark ? () => onMark(owner.issue as string, 'enter') : undefined}
        onMouseLeave={owner.issue && onMark ? () => onMark(owner.issue as string, 'leave') : undefined}
        onClick={
          owner.issue && onMark
            ? (e) => {
                e.stopPropagation();
                onMark(owner.issue as string, 'click');
              }
            : undefined
        }
      >
        {withTags(piece)}
      </mark>
    );
  });
}
