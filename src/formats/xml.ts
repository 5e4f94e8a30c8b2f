// XML in and out, for the bilingual formats. Parsing is saxes (strict, namespace-aware, never
// expands an entity it was not told about); on top of it this module refuses any DOCTYPE — so
// no internal or external entity, no billion laughs — and nesting deeper than a limit, and
// builds a small tree that keeps everything needed to write the file back: elements with their
// attributes in order, text, CDATA, comments, processing instructions. Writing serializes the
// tree, with a hook to replace elements, so the parsed tree is never changed.
import { SaxesParser, type SaxesTagNS } from 'saxes';
import { FormatError } from './errors';

export interface XmlElement {
  type: 'element';
  /** Qualified name as written ('trans-unit', 'its:locQualityIssues'). */
  name: string;
  /** Local name without prefix. */
  local: string;
  /** Namespace URI ('' for none). */
  uri: string;
  /** Attributes in document order, qualified names as written. */
  attrs: Array<[string, string]>;
  children: XmlNode[];
  /** Where the start tag is, from 1. */
  line: number;
  column: number;
}

export type XmlNode =
  | XmlElement
  | { type: 'text'; text: string }
  | { type: 'cdata'; text: string }
  | { type: 'comment'; text: string }
  | { type: 'pi'; target: string; body: string }
  /** Ready-made markup, written as is (used only when writing). */
  | { type: 'raw'; xml: string };

export interface XmlDocument {
  version: string;
  standalone?: string;
  /** Comments and processing instructions before and after the root element. */
  before: XmlNode[];
  root: XmlElement;
  after: XmlNode[];
}

export interface XmlParseOptions {
  /** Deepest element nesting accepted (default 256): a hostile file cannot blow the stack. */
  maxDepth?: number;
}

/** Line and column (from 1) of an offset in a text. */
export function lineColumn(text: string, offset: number): { line: number; column: number } {
  let line = 1;
  let lineStart = 0;
  for (let i = text.indexOf('\n'); i !== -1 && i < offset; i = text.indexOf('\n', i + 1)) {
    line++;
    lineStart = i + 1;
  }
  return { line, column: offset - lineStart + 1 };
}

/** saxes prefixes its messages with "line:column: "; the place is reported separately. */
function bare(message: string): string {
  return message.replace(/^\d+:\d+: /, '').replace(/\.$/, '');
}

const DOCTYPE_REFUSED =
  'has a DOCTYPE declaration (DTD), which is refused: a DTD can define entities that read other files or expand without bound; remove the DOCTYPE';

/** Offset of a DOCTYPE in the prolog (before the root element), -1 when there is none. */
function doctypeAt(text: string): number {
  let i = 0;
  for (;;) {
    while (i < text.length && /[\s\ufeff]/.test(text[i])) i++;
    if (text.startsWith('<?', i)) i = text.indexOf('?>', i) + 2;
    else if (text.startsWith('<!--', i)) i = text.indexOf('-->', i) + 3;
    else return /^<!DOCTYPE/i.test(text.slice(i, i + 9)) ? i : -1;
    if (i < 2) return -1;
  }
}

/**
 * Parses a whole XML text. Throws a FormatError naming the file, line and column for malformed
 * XML, a DOCTYPE (refused whatever it declares), or nesting deeper than the limit.
 */
export function parseXml(text: string, file: string, options: XmlParseOptions = {}): XmlDocument {
  const maxDepth = options.maxDepth ?? 256;
  const doctype = doctypeAt(text);
  if (doctype >= 0) {
    // Refused before parsing: nothing a DTD declares (entities, external subsets) is ever read.
    const { line, column } = lineColumn(text, doctype);
    throw new FormatError(file, DOCTYPE_REFUSED, line, column);
  }
  const parser = new SaxesParser({ xmlns: true, position: true });
  let version = '1.0';
  let standalone: string | undefined;
  const before: XmlNode[] = [];
  const after: XmlNode[] = [];
  let root: XmlElement | null = null;
  const stack: XmlElement[] = [];
  let start = { line: 1, column: 1 };
  let lastClosed: XmlElement | null = null;

  const fail = (message: string, line = parser.line, column = parser.column): never => {
    throw new FormatError(file, message, line, column);
  };
  const add = (node: XmlNode) => {
    const parent = stack[stack.length - 1];
    if (parent) parent.children.push(node);
    else if (node.type === 'comment' || node.type === 'pi') (root ? after : before).push(node);
  };

  parser.on('error', (err) => {
    let why = bare(err.message);
    // saxes pops the element left open before it complains.
    if (why === 'unexpected close tag' && lastClosed) why += `: <${lastClosed.name}> of line ${lastClosed.line} is still open`;
    fail(`malformed XML at column ${parser.column}: ${why}`);
  });
  parser.on('doctype', () => fail(DOCTYPE_REFUSED));
  parser.on('xmldecl', (decl) => {
    if (decl.version) version = decl.version;
    standalone = decl.standalone;
  });
  parser.on('opentagstart', (tag) => {
    start = { line: parser.line, column: Math.max(1, parser.column - tag.name.length - 1) };
  });
  parser.on('opentag', (tag: SaxesTagNS) => {
    if (stack.length >= maxDepth) fail(`elements nested more than ${maxDepth} deep; refused`, start.line, start.column);
    const attrs: Array<[string, string]> = Object.values(tag.attributes).map((a) => [a.name, a.value]);
    const el: XmlElement = { type: 'element', name: tag.name, local: tag.local, uri: tag.uri, attrs, children: [], line: start.line, column: start.column };
    if (stack.length === 0) root = el;
    else stack[stack.length - 1].children.push(el);
    stack.push(el);
  });
  parser.on('closetag', () => {
    lastClosed = stack.pop() ?? null;
  });
  parser.on('text', (t) => {
    if (stack.length) add({ type: 'text', text: t });
  });
  parser.on('cdata', (t) => add({ type: 'cdata', text: t }));
  parser.on('comment', (t) => add({ type: 'comment', text: t }));
  parser.on('processinginstruction', (pi) => add({ type: 'pi', target: pi.target, body: pi.body }));

  // Written in slices so the stack stays shallow and a fault is found where it is.
  const CHUNK = 1 << 20;
  let i = 0;
  while (i < text.length) {
    let end = Math.min(text.length, i + CHUNK);
    // Never split a surrogate pair between two writes.
    if (end < text.length && text.charCodeAt(end - 1) >= 0xd800 && text.charCodeAt(end - 1) <= 0xdbff) end++;
    parser.write(text.slice(i, end));
    i = end;
  }
  parser.close();
  const top = root as XmlElement | null;
  if (!top) return fail('holds no XML element');
  return { version, standalone, before, root: top, after };
}

// ---------------------------------------------------------------------------------------------
// Writing

/** Characters XML 1.0 cannot carry at all (even as a reference): dropped on output. */
const NOT_XML = /[\0-\x08\x0b\x0c\x0e-\x1f\ufffe\uffff]|[\ud800-\udbff](?![\udc00-\udfff])|(?<![\ud800-\udbff])[\udc00-\udfff]/g;

export function escapeText(text: string): string {
  return text.replace(NOT_XML, '').replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');
}

export function escapeAttr(text: string): string {
  return text
    .replace(NOT_XML, '')
    .replace(/&/g, '&amp;')
    .replace(/</g, '&lt;')
    .replace(/>/g, '&gt;')
    .replace(/"/g, '&quot;')
    .replace(/\t/g, '&#9;')
    .replace(/\n/g, '&#10;')
    .replace(/\r/g, '&#13;');
}

export function startTag(name: string, attrs: Array<[string, string]>, selfClosing = false): string {
  const a = attrs.map(([k, v]) => ` ${k}="${escapeAttr(v)}"`).join('');
  return `<${name}${a}${selfClosing ? '/' : ''}>`;
}

function cdata(text: string): string {
  return `<![CDATA[${text.replace(/\]\]>/g, ']]]]><![CDATA[>')}]]>`;
}

/** What to write instead of an element: a new element, ready markup, or undefined for the element itself. */
export type ReplaceHook = (el: XmlElement) => XmlElement | string | undefined;

export function serializeNode(node: XmlNode, replace?: ReplaceHook): string {
  switch (node.type) {
    case 'text':
      return escapeText(node.text);
    case 'cdata':
      return cdata(node.text);
    case 'comment':
      return `<!--${node.text}-->`;
    case 'pi':
      return `<?${node.target}${node.body ? ` ${node.body}` : ''}?>`;
    case 'raw':
      return node.xml;
    case 'element': {
      const swap = replace?.(node);
      if (typeof swap === 'string') return swap;
      const el = swap ?? node;
      if (el.children.length === 0) return startTag(el.name, el.attrs, true);
      let out = startTag(el.name, el.attrs);
      for (const child of el.children) out += serializeNode(child, replace);
      return `${out}</${el.name}>`;
    }
  }
}

/** The whole document as UTF-8 XML text (the declaration says UTF-8 whatever the input was). */
export function serializeXml(doc: XmlDocument, replace?: ReplaceHook): string {
  const standalone = doc.standalone ? ` standalone="${doc.standalone}"` : '';
  let out = `<?xml version="${doc.version}" encoding="UTF-8"${standalone}?>\n`;
  for (const n of doc.before) out += `${serializeNode(n)}\n`;
  out += serializeNode(doc.root, replace);
  for (const n of doc.after) out += `\n${serializeNode(n)}`;
  return `${out}\n`;
}

// ---------------------------------------------------------------------------------------------
// Reading the tree

export function attr(el: XmlElement, name: string): string | undefined {
  for (const [k, v] of el.attrs) if (k === name) return v;
  return undefined;
}

export function withAttr(el: XmlElement, name: string, value: string): XmlElement {
  const attrs = el.attrs.some(([k]) => k === name) ? el.attrs.map(([k, v]): [string, string] => [k, k === name ? value : v]) : [...el.attrs, [name, value] as [string, string]];
  return { ...el, attrs };
}

export function childElements(el: XmlElement, local?: string): XmlElement[] {
  return el.children.filter((c): c is XmlElement => c.type === 'element' && (local === undefined || c.local === local));
}

export function firstChild(el: XmlElement, local: string): XmlElement | undefined {
  return childElements(el, local)[0];
}

/** All text inside an element, markup left out. */
export function textContent(el: XmlElement): string {
  let out = '';
  for (const c of el.children) {
    if (c.type === 'text' || c.type === 'cdata') out += c.text;
    else if (c.type === 'element') out += textContent(c);
  }
  return out;
}

/** The first descendant (depth first, document order) with this local name. */
export function findDescendant(el: XmlElement, local: string): XmlElement | undefined {
  for (const c of childElements(el)) {
    if (c.local === local) return c;
    const deeper = findDescendant(c, local);
    if (deeper) return deeper;
  }
  return undefined;
}
