// Inline markup inside a segment (XLIFF 1.2 g x bx ex ph bpt ept it mrk, XLIFF 2.0 pc ph sc ec
// mrk sm em cp, TMX bpt ept it ph hi ut) to placeholder characters and back. Source and target
// of a unit share one tag map: a tag of the target that matches one of the source (same element
// family, same id) gets the same placeholder, so the inline-tags check compares characters. Each
// placeholder keeps the exact markup it replaced, which is what is written back.
import { MAX_TAGS, contentProblems, tagChar, tagInfo, tagToken, type InlineTag, type TagKind, type TagMap } from '../core/bilingual';
import { attr, escapeText, serializeNode, startTag, type XmlElement, type XmlNode } from './xml';
import { ExportError } from './errors';

export type Dialect = 'xliff12' | 'xliff20' | 'tmx';

type Role =
  /** An element with content: one placeholder where it opens, one where it closes. */
  | { role: 'content' }
  /** An empty element (or one whose content is native code) that opens or closes a pair. */
  | { role: 'open' | 'close'; family: string; pairBy: string[] }
  /** Anything else: one placeholder for the whole element. */
  | { role: 'standalone' };

const CONTENT: Role = { role: 'content' };
const STANDALONE: Role = { role: 'standalone' };

function roleOf(dialect: Dialect, el: XmlElement): Role {
  // Elements of another namespace (its:, a tool's extension) stand for themselves, whole.
  if (el.name.includes(':')) return STANDALONE;
  const name = el.local;
  if (dialect === 'xliff12') {
    if (name === 'g' || name === 'mrk') return CONTENT;
    if (name === 'bx') return { role: 'open', family: 'bx', pairBy: ['rid', 'id'] };
    if (name === 'ex') return { role: 'close', family: 'bx', pairBy: ['rid', 'id'] };
    if (name === 'bpt') return { role: 'open', family: 'bpt', pairBy: ['rid', 'id'] };
    if (name === 'ept') return { role: 'close', family: 'bpt', pairBy: ['rid', 'id'] };
    return STANDALONE; // x, ph, it, and anything unexpected
  }
  if (dialect === 'xliff20') {
    if (name === 'pc' || name === 'mrk') return CONTENT;
    const isolated = attr(el, 'isolated') === 'yes';
    if (name === 'sc' && !isolated) return { role: 'open', family: 'sc', pairBy: ['id'] };
    if (name === 'ec' && !isolated) return { role: 'close', family: 'sc', pairBy: ['startRef'] };
    if (name === 'sm') return { role: 'open', family: 'sm', pairBy: ['id'] };
    if (name === 'em') return { role: 'close', family: 'sm', pairBy: ['startRef'] };
    return STANDALONE; // ph, cp, isolated sc/ec
  }
  if (name === 'hi') return CONTENT;
  if (name === 'bpt') return { role: 'open', family: 'bpt', pairBy: ['i'] };
  if (name === 'ept') return { role: 'close', family: 'bpt', pairBy: ['i'] };
  return STANDALONE; // ph, it, ut
}

function idOf(el: XmlElement, names: string[]): string | undefined {
  for (const n of names) {
    const v = attr(el, n);
    if (v !== undefined) return v;
  }
  return undefined;
}

const LITERAL = /[\ue000-\uf7ff]/;
const ITS_LQI = /^[\w.-]+:locQualityIssue(?:Type|Comment|Severity|sRef|Enabled)$/;

/**
 * Collects the placeholders of one unit. Call `read` for the source first, then the target, so
 * that target tags find their source counterparts.
 */
export class UnitTags {
  readonly tags: TagMap = {};
  private readonly pairs = new Map<string, number>();
  private readonly singles = new Map<string, number>();
  private pairCount = 0;
  private singleCount = 0;
  private seen = new Map<string, number>();
  private side: 'source' | 'target' = 'source';

  constructor(
    private readonly dialect: Dialect,
    /** For messages: which unit this is. */
    private readonly where: () => string,
  ) {}

  /** The text of an element's content (a source, target or seg element), tags as placeholders. */
  read(el: XmlElement, side: 'source' | 'target'): string {
    this.side = side;
    this.seen = new Map();
    return this.content(el.children);
  }

  /** Plain text (TSV/CSV): only literal private-use characters become placeholders. */
  readText(text: string, side: 'source' | 'target'): string {
    this.side = side;
    this.seen = new Map();
    return this.literal(text);
  }

  /** The key of this occurrence: the same key twice on one side is told apart by its rank. */
  private occurrence(key: string): string {
    const k = this.seen.get(key) ?? 0;
    this.seen.set(key, k + 1);
    return k === 0 ? key : `${key}#${k + 1}`;
  }

  private number(map: Map<string, number>, key: string, pair: boolean): number {
    let n = map.get(key);
    if (n === undefined) {
      n = pair ? this.pairCount++ : this.singleCount++;
      if (n >= MAX_TAGS) throw new Error(`${this.where()} has more than ${MAX_TAGS} inline tags`);
      map.set(key, n);
    }
    return n;
  }

  private place(kind: TagKind, n: number, name: string, markup: string, content = false): string {
    const ch = tagChar(kind, n);
    const tag: InlineTag = this.tags[ch] ?? { kind, name, ...(content ? { content: true } : {}) };
    if (this.side === 'source') tag.source ??= markup;
    else tag.target ??= markup;
    this.tags[ch] = tag;
    return ch;
  }

  private standalone(key: string, name: string, markup: string): string {
    return this.place('standalone', this.number(this.singles, this.occurrence(key), false), name, markup);
  }

  private literal(text: string): string {
    if (!LITERAL.test(text)) return text;
    let out = '';
    for (const ch of text) out += LITERAL.test(ch) ? this.standalone(`lit:${ch}`, '#literal', ch) : ch;
    return out;
  }

  private content(nodes: XmlNode[]): string {
    let out = '';
    for (const node of nodes) {
      switch (node.type) {
        case 'text':
        case 'cdata':
          out += this.literal(node.text);
          break;
        case 'comment':
          out += this.standalone('#comment', '#comment', serializeNode(node));
          break;
        case 'pi':
          out += this.standalone('#pi', '#pi', serializeNode(node));
          break;
        case 'raw':
          break;
        case 'element':
          out += this.element(node);
          break;
      }
    }
    return out;
  }

  private element(el: XmlElement): string {
    // An ITS quality annotation (as Verso writes them) is not part of the text: read through it.
    if (el.local === 'mrk' && el.attrs.some(([k]) => ITS_LQI.test(k))) return this.content(el.children);
    const role = roleOf(this.dialect, el);
    const id = idOf(el, ['id', 'mid', 'x', 'i']);
    if (role.role === 'content' && el.children.length > 0) {
      const key = this.occurrence(`pc:${el.local}:${id ?? ''}`);
      const n = this.number(this.pairs, key, true);
      const open = this.place('open', n, el.local, startTag(el.name, el.attrs), true);
      const inner = this.content(el.children);
      const close = this.place('close', n, el.local, `</${el.name}>`, true);
      return open + inner + close;
    }
    if (role.role === 'open' || role.role === 'close') {
      const pairId = idOf(el, role.pairBy) ?? '';
      const key = this.occurrence(`${role.role}:${role.family}:${pairId}`);
      // The open and the close of one pair share a number: key it without the role.
      const base = key.replace(/^(open|close):/, '');
      return this.place(role.role, this.number(this.pairs, base, true), el.local, serializeNode(el));
    }
    return this.standalone(`ph:${el.local}:${id ?? ''}`, el.local, serializeNode(el));
  }
}

/** A wrapper written around part of a text: [start, end) of the text, markup before and after. */
export interface Wrap {
  start: number;
  end: number;
  open: string;
  close: string;
}

/** Whether [start, end) holds whole elements only (wrapping it keeps the XML well-formed). */
export function wrapsCleanly(text: string, tags: TagMap, start: number, end: number): boolean {
  let depth = 0;
  for (let i = start; i < end; i++) {
    const t = tagInfo(text.charCodeAt(i));
    if (!t || !tags[text[i]]?.content) continue;
    if (t.kind === 'open') depth++;
    else if (t.kind === 'close' && --depth < 0) return false;
  }
  return depth === 0;
}

/**
 * Placeholders as another format's neutral codes, for writing a unit into a format it did not
 * come from: the markup is kept as escaped native code. Numbers count from 1.
 */
export interface NeutralCodes {
  open(n: number, markup: string): string;
  close(n: number, markup: string): string;
  standalone(n: number, markup: string): string;
}

/**
 * A text with placeholders back to XML content: text escaped, each placeholder its markup (the
 * target's own where the target had it) or, with `codes`, a neutral code carrying it. Wraps must
 * nest among themselves and hold whole elements (see wrapsCleanly). Throws an ExportError when a
 * placeholder is unknown or an element with content would not be well-formed.
 */
export function toXml(text: string, tags: TagMap, side: 'source' | 'target', unitId: string, wraps: Wrap[] = [], codes?: NeutralCodes): string {
  const problems = codes ? [] : contentProblems(text, tags);
  if (problems.length) {
    throw new ExportError(`unit ${unitId}: the ${side} cannot be written as XML: ${problems.join('; ')} (restore the tags as in the source)`, [unitId]);
  }
  const opens = new Map<number, string[]>();
  const closes = new Map<number, string[]>();
  // Longer wraps open first and close last; equal ones nest in the order given.
  const order = wraps.map((w, i) => ({ ...w, i })).sort((a, b) => a.start - b.start || b.end - a.end || a.i - b.i);
  for (const w of order) {
    if (w.start === w.end) {
      opens.set(w.start, [...(opens.get(w.start) ?? []), w.open + w.close]);
      continue;
    }
    opens.set(w.start, [...(opens.get(w.start) ?? []), w.open]);
    closes.set(w.end, [w.close, ...(closes.get(w.end) ?? [])]);
  }
  let out = '';
  let run = '';
  const flush = () => {
    out += escapeText(run);
    run = '';
  };
  for (let i = 0; i <= text.length; i++) {
    const c = closes.get(i);
    const o = opens.get(i);
    if (c || o) {
      flush();
      if (c) out += c.join('');
      if (o) out += o.join('');
    }
    if (i === text.length) break;
    const code = text.charCodeAt(i);
    const t = tagInfo(code);
    if (!t) {
      run += text[i];
      continue;
    }
    const tag = tags[text[i]];
    if (!tag) throw new ExportError(`unit ${unitId}: the ${side} has the tag ${tagToken(text[i])}, which the unit does not have`, [unitId]);
    flush();
    const markup = (side === 'target' ? (tag.target ?? tag.source) : (tag.source ?? tag.target)) ?? '';
    if (tag.name === '#literal') out += escapeText(markup);
    else if (!codes) out += markup;
    else out += t.kind === 'open' ? codes.open(t.n + 1, markup) : t.kind === 'close' ? codes.close(t.n + 1, markup) : codes.standalone(t.n + 1, markup);
  }
  flush();
  return out;
}
