// URLs and e-mail addresses, found once per text: a full stop or a question mark inside one
// never ends a sentence ("www.example.com/a?b=1", "a.b@c.org").

const LINK = /(?:[a-z][a-z0-9+.-]*:\/\/|www\.)[^\s<>"«»“”‘’]+|[\p{L}\p{N}._%+-]+@[\p{L}\p{N}-]+(?:\.[\p{L}\p{N}-]+)+/giu;
// Punctuation that ends the sentence around a link rather than the link itself.
const TRAILING = /[.,;:!?…)\]}'"’”»]+$/u;

/** A test for "is this offset inside a link", to be asked with offsets in increasing order. */
export function linkTest(text: string): (pos: number) => boolean {
  if (text.indexOf('@') < 0 && text.indexOf('://') < 0 && text.indexOf('www.') < 0) return () => false;
  const spans: number[] = [];
  LINK.lastIndex = 0;
  let m: RegExpExecArray | null;
  while ((m = LINK.exec(text))) {
    const trail = TRAILING.exec(m[0]);
    spans.push(m.index, m.index + m[0].length - (trail ? trail[0].length : 0));
  }
  let i = 0;
  return (pos) => {
    while (i < spans.length && spans[i + 1] <= pos) i += 2;
    return i < spans.length && spans[i] <= pos;
  };
}
