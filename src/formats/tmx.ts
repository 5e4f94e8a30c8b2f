// TMX 1.4: translation units (tu) with one variant (tuv) per language. The source is the header's
// srclang (or --from), the target the one other language (or --to). Written back from the parsed
// tree with the corrected target segs; any bilingual file can also be written as a new TMX (for a
// corrections memory), its inline tags as TMX native codes.
import type { BilingualFile, BilingualUnit } from '../core/bilingual';
import { FormatError } from './errors';
import { UnitTags, toXml, type NeutralCodes } from './inline';
import {
  attr, childElements, escapeAttr, escapeText, firstChild, serializeXml, startTag, textContent,
  type XmlDocument, type XmlElement, type XmlNode,
} from './xml';

interface TuRef {
  tu: XmlElement;
  /** The target tuv, or null when the tu has none in the target language. */
  tuv: XmlElement | null;
  seg: XmlElement | null;
  target0: string;
}

export interface TmxRaw {
  kind: 'tmx';
  doc: XmlDocument;
  refs: TuRef[];
  /** The language code as the file writes it, for a new tuv. */
  toCode: string;
}

export interface TmxReadOptions {
  from?: string;
  to?: string;
}

function langOf(tuv: XmlElement): string | undefined {
  return attr(tuv, 'xml:lang') ?? attr(tuv, 'lang');
}

function same(a: string, b: string): boolean {
  return a.toLowerCase().replace(/_/g, '-') === b.toLowerCase().replace(/_/g, '-');
}

function base(lang: string): string {
  return lang.toLowerCase().split(/[-_]/)[0];
}

/** The code among `codes` that stands for `want`: the same code, or else the only one of its base language. */
function pick(codes: string[], want: string): string | undefined {
  const exact = codes.find((c) => same(c, want));
  if (exact) return exact;
  const near = codes.filter((c) => base(c) === base(want));
  return near.length === 1 ? near[0] : undefined;
}

export function readTmx(doc: XmlDocument, file: string, options: TmxReadOptions = {}): BilingualFile {
  const root = doc.root;
  if (root.local !== 'tmx') throw new FormatError(file, `is not TMX: the root element is <${root.name}>`, root.line, root.column);
  const version = attr(root, 'version');
  if (version === undefined) throw new FormatError(file, 'the <tmx> root has no version attribute; expected version="1.4"', root.line, root.column);
  if (!/^1\.[1-4]$/.test(version)) throw new FormatError(file, `unsupported TMX version "${version}": expected 1.4`, root.line, root.column);
  const header = firstChild(root, 'header');
  const body = firstChild(root, 'body');
  if (!body) throw new FormatError(file, 'TMX without a <body>', root.line, root.column);
  const tus = childElements(body, 'tu');
  const codes = new Set<string>();
  for (const tu of tus) for (const tuv of childElements(tu, 'tuv')) {
    const l = langOf(tuv);
    if (l) codes.add(l);
  }
  const all = [...codes];
  const srclang = header ? attr(header, 'srclang') : undefined;
  const wantFrom = options.from ?? (srclang && srclang !== '*all*' ? srclang : undefined);
  const from = wantFrom ? pick(all, wantFrom) : undefined;
  if (!from) {
    const where = header ?? root;
    if (wantFrom) throw new FormatError(file, `has no variant in the source language ${wantFrom} (it has ${all.join(', ') || 'none'})`, where.line, where.column);
    throw new FormatError(file, 'does not say its source language (srclang="*all*" or none); pass --from LANG', where.line, where.column);
  }
  let to: string | undefined;
  if (options.to) {
    to = pick(all, options.to) ?? options.to;
  } else {
    const others = all.filter((c) => !same(c, from));
    if (others.length === 1) to = others[0];
    else if (others.length === 0) throw new FormatError(file, `holds only ${from}: no target language to review`, root.line, root.column);
    else throw new FormatError(file, `holds several target languages (${others.join(', ')}); pass --to LANG`, root.line, root.column);
  }
  const units: BilingualUnit[] = [];
  const refs: TuRef[] = [];
  const used = new Set<string>();
  tus.forEach((tu, k) => {
    const tuvs = childElements(tu, 'tuv');
    const s = tuvs.find((t) => same(langOf(t) ?? '', from));
    if (!s) return; // a unit without the source language has nothing to review; it is written back as it was
    const t = tuvs.find((x) => same(langOf(x) ?? '', to as string)) ?? null;
    let id = attr(tu, 'tuid') ?? String(k + 1);
    for (let n = 2; used.has(id); n++) id = `${attr(tu, 'tuid') ?? k + 1}#${n}`;
    used.add(id);
    const tags = new UnitTags('tmx', () => `unit ${id}`);
    const sseg = firstChild(s, 'seg');
    const tseg = t ? (firstChild(t, 'seg') ?? null) : null;
    const source = sseg ? tags.read(sseg, 'source') : '';
    const target = tseg ? tags.read(tseg, 'target') : '';
    const notes = [...childElements(tu, 'note'), ...(t ? childElements(t, 'note') : [])].map(textContent);
    units.push({ id, source, target, notes, tags: tags.tags });
    refs.push({ tu, tuv: t, seg: tseg, target0: target });
  });
  const raw: TmxRaw = { kind: 'tmx', doc, refs, toCode: to };
  return { format: 'tmx', name: file, from, to, units, raw };
}

export interface TmxWriteOptions {
  /** Only units the reviewer marked reviewed (default: every unit). */
  onlyReviewed?: boolean;
  /** creationtool written in a new header (default 'Verso'). */
  tool?: string;
}

const PROP_STATE = 'x-verso-state';

function roundTrip(file: BilingualFile, raw: TmxRaw): string {
  const replace = new Map<XmlElement, XmlElement>();
  file.units.forEach((u, i) => {
    const ref = raw.refs[i];
    if (!ref || (u.target === ref.target0 && !u.reviewed)) return;
    const xml = toXml(u.target, u.tags, 'target', u.id);
    const seg: XmlElement = ref.seg
      ? { ...ref.seg, children: [{ type: 'raw', xml }] }
      : { type: 'element', name: 'seg', local: 'seg', uri: '', attrs: [], children: [{ type: 'raw', xml }], line: 0, column: 0 };
    let tu = ref.tu;
    const kids = tu.children.slice();
    if (ref.tuv) {
      const tuv: XmlElement = { ...ref.tuv, children: ref.seg ? ref.tuv.children.map((c) => (c === ref.seg ? seg : c)) : [...ref.tuv.children, seg] };
      kids[kids.indexOf(ref.tuv)] = tuv;
    } else {
      const tuv: XmlElement = { type: 'element', name: 'tuv', local: 'tuv', uri: '', attrs: [['xml:lang', raw.toCode]], children: [seg], line: 0, column: 0 };
      const last = kids.map((c) => c.type === 'element' && c.local === 'tuv').lastIndexOf(true);
      const before = kids[last - 1];
      const indent = before?.type === 'text' && /^\s+$/.test(before.text) ? before.text : '';
      kids.splice(last + 1, 0, ...(indent ? [{ type: 'text', text: indent } as XmlNode] : []), tuv);
    }
    if (u.reviewed) {
      // A prop comes before the first tuv.
      const prop = kids.find((c): c is XmlElement => c.type === 'element' && c.local === 'prop' && attr(c, 'type') === PROP_STATE);
      const el: XmlElement = { type: 'element', name: 'prop', local: 'prop', uri: '', attrs: [['type', PROP_STATE]], children: [{ type: 'text', text: 'reviewed' }], line: 0, column: 0 };
      if (prop) kids[kids.indexOf(prop)] = el;
      else {
        const first = kids.findIndex((c) => c.type === 'element' && c.local === 'tuv');
        const before = kids[first - 1];
        const indent = before?.type === 'text' && /^\s+$/.test(before.text) ? before.text : '';
        kids.splice(first, 0, el, ...(indent ? [{ type: 'text', text: indent } as XmlNode] : []));
      }
    }
    tu = { ...tu, children: kids };
    replace.set(ref.tu, tu);
  });
  return serializeXml(raw.doc, (el) => replace.get(el));
}

const TMX_CODES: NeutralCodes = {
  open: (n, m) => `<bpt i="${n}">${escapeText(m)}</bpt>`,
  close: (n, m) => `<ept i="${n}">${escapeText(m)}</ept>`,
  standalone: (n, m) => `<ph x="${n}">${escapeText(m)}</ph>`,
};

/** A bilingual file (of any format) as a new TMX 1.4 document. */
export function newTmx(file: BilingualFile, options: TmxWriteOptions = {}): string {
  const units = file.units.filter((u) => u.target !== '' && (!options.onlyReviewed || u.reviewed));
  let out = '<?xml version="1.0" encoding="UTF-8"?>\n<tmx version="1.4">\n';
  out += `  ${startTag('header', [
    ['creationtool', options.tool ?? 'Verso'], ['creationtoolversion', '1'], ['segtype', 'sentence'], ['o-tmf', file.format],
    ['adminlang', 'en'], ['srclang', file.from], ['datatype', 'plaintext'],
  ], true)}\n  <body>\n`;
  for (const u of units) {
    out += `    ${startTag('tu', [['tuid', u.id]])}\n`;
    for (const n of u.notes) out += `      <note>${escapeText(n)}</note>\n`;
    if (u.reviewed) out += `      <prop type="${PROP_STATE}">reviewed</prop>\n`;
    out += `      <tuv xml:lang="${escapeAttr(file.from)}"><seg>${toXml(u.source, u.tags, 'source', u.id, [], TMX_CODES)}</seg></tuv>\n`;
    out += `      <tuv xml:lang="${escapeAttr(file.to)}"><seg>${toXml(u.target, u.tags, 'target', u.id, [], TMX_CODES)}</seg></tuv>\n`;
    out += '    </tu>\n';
  }
  return `${out}  </body>\n</tmx>\n`;
}

/**
 * Writes a reviewed file as TMX 1.4: a TMX file back with its corrected target segs (every other
 * element kept; reviewed units get <prop type="x-verso-state">reviewed</prop>), any other file
 * as a new TMX.
 */
export function writeTmx(file: BilingualFile, options: TmxWriteOptions = {}): string {
  const raw = file.raw as TmxRaw | undefined;
  if (raw?.kind === 'tmx' && !options.onlyReviewed) return roundTrip(file, raw);
  return newTmx(file, options);
}
