// XLIFF 1.2 and 2.0: units in, reviewed units out. Reading keeps the parsed tree; writing changes
// only what the review changed — a target's content, its state, the ITS quality annotations —
// and writes every other element, attribute, note and inline tag back as it came.
import type { BilingualFile, BilingualUnit, UnitIssue } from '../core/bilingual';
import { tagsIn } from '../core/bilingual';
import { FormatError } from './errors';
import { UnitTags, toXml, wrapsCleanly, type NeutralCodes, type Wrap } from './inline';
import { ITS_NS, itsAttributes } from './its';
import {
  attr, childElements, escapeAttr, escapeText, firstChild, serializeXml, startTag, textContent, withAttr,
  type XmlDocument, type XmlElement, type XmlNode,
} from './xml';

export const XLIFF12_NS = 'urn:oasis:names:tc:xliff:document:1.2';
export const XLIFF20_NS = 'urn:oasis:names:tc:xliff:document:2.0';

export type XliffFamily = 'xliff12' | 'xliff20';

interface UnitRef {
  /** 1.2 trans-unit, 2.0 segment: what holds the source and target. */
  holder: XmlElement;
  /** 1.2 trans-unit, 2.0 unit. */
  unit: XmlElement;
  source: XmlElement;
  target: XmlElement | null;
  /** The target as read, to tell an untouched unit. */
  target0: string;
}

export interface XliffRaw {
  kind: 'xliff';
  family: XliffFamily;
  doc: XmlDocument;
  refs: UnitRef[];
}

export interface XliffReadOptions {
  from?: string;
  to?: string;
  /** The version the caller expects; a file of the other version is refused. */
  expect?: XliffFamily;
}

const NAMES: Record<XliffFamily, string> = { xliff12: 'XLIFF 1.2', xliff20: 'XLIFF 2.0' };

/** Which XLIFF a document is, refusing a root whose version, namespace and layout disagree. */
export function xliffFamily(doc: XmlDocument, file: string): XliffFamily {
  const root = doc.root;
  const at = (el: XmlElement) => [el.line, el.column] as const;
  if (root.local !== 'xliff') throw new FormatError(file, `is not XLIFF: the root element is <${root.name}>`, ...at(root));
  const version = attr(root, 'version');
  if (version === undefined) {
    throw new FormatError(file, 'the <xliff> root has no version attribute; expected version="1.2" or version="2.0"', ...at(root));
  }
  const family: XliffFamily | null = /^1\.[0-2]$/.test(version) ? 'xliff12' : /^2\.[0-9]$/.test(version) ? 'xliff20' : null;
  if (!family) throw new FormatError(file, `unsupported XLIFF version "${version}": expected 1.2 or 2.0`, ...at(root));
  const byNs: XliffFamily | null = root.uri === XLIFF12_NS ? 'xliff12' : root.uri === XLIFF20_NS ? 'xliff20' : null;
  if (byNs && byNs !== family) {
    throw new FormatError(file, `mismatched version: the root says version="${version}" but uses the ${NAMES[byNs]} namespace ${root.uri}`, ...at(root));
  }
  // Without a namespace to go by (old 1.x files have none), the layout must fit the version.
  const other = family === 'xliff12' ? findFirst(root, ['unit', 'segment']) : findFirst(root, ['trans-unit']);
  if (other) {
    throw new FormatError(file, `mismatched version: the root says version="${version}" but <${other.name}> is ${NAMES[family === 'xliff12' ? 'xliff20' : 'xliff12']}`, other.line, other.column);
  }
  return family;
}

function findFirst(el: XmlElement, locals: string[], depth = 0): XmlElement | undefined {
  if (depth > 4) return undefined;
  for (const c of childElements(el)) {
    if (locals.includes(c.local) && !c.name.includes(':')) return c;
    const deeper = findFirst(c, locals, depth + 1);
    if (deeper) return deeper;
  }
  return undefined;
}

function notesOf(el: XmlElement | undefined): string[] {
  return el ? childElements(el, 'note').map((n) => textContent(n)) : [];
}

/** Makes ids unique over the whole file: a repeated id gets its file's number in front. */
function uniqueIds(units: Array<BilingualUnit & { fileIndex: number }>): BilingualUnit[] {
  const count = new Map<string, number>();
  for (const u of units) count.set(u.id, (count.get(u.id) ?? 0) + 1);
  const used = new Set<string>();
  return units.map(({ fileIndex, ...u }) => {
    let id = (count.get(u.id) ?? 0) > 1 ? `${fileIndex + 1}/${u.id}` : u.id;
    for (let k = 2; used.has(id); k++) id = `${fileIndex + 1}/${u.id}#${k}`;
    used.add(id);
    return { ...u, id };
  });
}

function languages(file: string, found: Array<{ from?: string; to?: string; el: XmlElement }>, options: XliffReadOptions): { from: string; to: string } {
  let from: string | undefined;
  let to: string | undefined;
  for (const f of found) {
    const a = f.from ?? options.from;
    const b = f.to ?? options.to;
    if (from !== undefined && a !== undefined && a.toLowerCase() !== from.toLowerCase()) {
      throw new FormatError(file, `holds files in two source languages (${from}, ${a}); review one language pair at a time`, f.el.line, f.el.column);
    }
    if (to !== undefined && b !== undefined && b.toLowerCase() !== to.toLowerCase()) {
      throw new FormatError(file, `holds files in two target languages (${to}, ${b}); review one language pair at a time`, f.el.line, f.el.column);
    }
    from ??= a;
    to ??= b;
  }
  const el = found[0]?.el;
  if (!from) throw new FormatError(file, 'does not say its source language; pass --from LANG', el?.line, el?.column);
  if (!to) throw new FormatError(file, 'does not say its target language; pass --to LANG', el?.line, el?.column);
  return { from, to };
}

function read12(doc: XmlDocument, file: string, options: XliffReadOptions): BilingualFile {
  const units: Array<BilingualUnit & { fileIndex: number }> = [];
  const refs: UnitRef[] = [];
  const langs: Array<{ from?: string; to?: string; el: XmlElement }> = [];
  const files = childElements(doc.root, 'file');
  if (files.length === 0) throw new FormatError(file, 'XLIFF 1.2 without any <file> element', doc.root.line, doc.root.column);
  files.forEach((f, fileIndex) => {
    langs.push({ from: attr(f, 'source-language'), to: attr(f, 'target-language'), el: f });
    const walk = (el: XmlElement) => {
      for (const c of childElements(el)) {
        if (c.local === 'group') walk(c);
        else if (c.local === 'trans-unit' && attr(c, 'translate') !== 'no') {
          const source = firstChild(c, 'source');
          if (!source) throw new FormatError(file, `<trans-unit id="${attr(c, 'id') ?? ''}"> has no <source>`, c.line, c.column);
          const target = firstChild(c, 'target') ?? null;
          const id = attr(c, 'id') ?? String(units.length + 1);
          const tags = new UnitTags('xliff12', () => `unit ${id}`);
          const src = tags.read(source, 'source');
          const tgt = target ? tags.read(target, 'target') : '';
          const state = target ? attr(target, 'state') : undefined;
          units.push({ id, source: src, target: tgt, notes: notesOf(c), ...(state ? { state } : {}), tags: tags.tags, fileIndex });
          refs.push({ holder: c, unit: c, source, target, target0: tgt });
        }
      }
    };
    const body = firstChild(f, 'body');
    if (body) walk(body);
  });
  const { from, to } = languages(file, langs, options);
  const raw: XliffRaw = { kind: 'xliff', family: 'xliff12', doc, refs };
  return { format: 'xliff12', name: file, from, to, units: uniqueIds(units), raw };
}

function read20(doc: XmlDocument, file: string, options: XliffReadOptions): BilingualFile {
  const root = doc.root;
  const units: Array<BilingualUnit & { fileIndex: number }> = [];
  const refs: UnitRef[] = [];
  const files = childElements(root, 'file');
  if (files.length === 0) throw new FormatError(file, 'XLIFF 2.0 without any <file> element', root.line, root.column);
  files.forEach((f, fileIndex) => {
    const walk = (el: XmlElement) => {
      for (const c of childElements(el)) {
        if (c.local === 'group') walk(c);
        else if (c.local === 'unit' && attr(c, 'translate') !== 'no') {
          const unitId = attr(c, 'id') ?? String(units.length + 1);
          const notes = notesOf(firstChild(c, 'notes'));
          const segments = childElements(c, 'segment');
          // One tag map per unit: ids of inline codes are unique in a unit, not in a segment.
          const tags = new UnitTags('xliff20', () => `unit ${unitId}`);
          const read = segments.map((s) => {
            const source = firstChild(s, 'source');
            if (!source) throw new FormatError(file, `a <segment> of unit "${unitId}" has no <source>`, s.line, s.column);
            return { s, source, target: firstChild(s, 'target') ?? null, src: tags.read(source, 'source') };
          });
          read.forEach(({ s, source, target, src }, k) => {
            const tgt = target ? tags.read(target, 'target') : '';
            const id = segments.length === 1 ? unitId : `${unitId}/${attr(s, 'id') ?? k + 1}`;
            const state = attr(s, 'state');
            units.push({ id, source: src, target: tgt, notes, ...(state ? { state } : {}), tags: tags.tags, fileIndex });
            refs.push({ holder: s, unit: c, source, target, target0: tgt });
          });
        }
      }
    };
    walk(f);
  });
  const { from, to } = languages(file, [{ from: attr(root, 'srcLang'), to: attr(root, 'trgLang'), el: root }], options);
  const raw: XliffRaw = { kind: 'xliff', family: 'xliff20', doc, refs };
  return { format: 'xliff20', name: file, from, to, units: uniqueIds(units), raw };
}

/** An XLIFF document (1.2 or 2.0, told by its root) as a bilingual file. */
export function readXliff(doc: XmlDocument, file: string, options: XliffReadOptions = {}): BilingualFile {
  const family = xliffFamily(doc, file);
  if (options.expect && options.expect !== family) {
    throw new FormatError(file, `expected ${NAMES[options.expect]} but the file is ${NAMES[family]} (version="${attr(doc.root, 'version')}")`, doc.root.line, doc.root.column);
  }
  return family === 'xliff12' ? read12(doc, file, options) : read20(doc, file, options);
}

// ---------------------------------------------------------------------------------------------
// Writing

export interface XliffWriteOptions {
  /** Which XLIFF to write; default: the file's own (2.0 for a file that was not XLIFF). */
  version?: '1.2' | '2.0';
  /** State written on reviewed units: 'reviewed' (1.2: signed-off) or 'final' (default 'reviewed'). */
  reviewedState?: 'reviewed' | 'final';
  /** Write the units' issues as ITS Localization Quality Issue annotations (default true). */
  its?: boolean;
}

/** The prefix bound to the ITS namespace on the root, or a free one to declare. */
function itsPrefix(root: XmlElement): { prefix: string; declared: boolean } {
  for (const [k, v] of root.attrs) if (k.startsWith('xmlns:') && v === ITS_NS) return { prefix: k.slice(6), declared: true };
  const taken = new Set(root.attrs.filter(([k]) => k.startsWith('xmlns:')).map(([k]) => k.slice(6)));
  let prefix = 'its';
  for (let k = 2; taken.has(prefix); k++) prefix = `its${k}`;
  return { prefix, declared: false };
}

/**
 * One <mrk> per issue around its span, nested where spans are equal or nested. An issue with no
 * target span, or whose span would cut through an inline element or cross another issue's
 * span, is put around the whole target.
 */
function issueWraps(unit: BilingualUnit, open: (issue: UnitIssue) => string, close: string): Wrap[] {
  const text = unit.target;
  const chosen: Array<{ start: number; end: number; issue: UnitIssue }> = [];
  const whole: UnitIssue[] = [];
  const candidates = (unit.issues ?? [])
    .map((issue) => ({ issue, start: issue.start ?? -1, end: issue.end ?? -1 }))
    .sort((a, b) => a.start - b.start || b.end - a.end);
  for (const c of candidates) {
    const fits = c.start >= 0 && c.end > c.start && c.end <= text.length && wrapsCleanly(text, unit.tags, c.start, c.end);
    const crosses = chosen.some((k) => (c.start < k.start && k.start < c.end && c.end < k.end) || (k.start < c.start && c.start < k.end && k.end < c.end));
    if (fits && !crosses) chosen.push(c);
    else whole.push(c.issue);
  }
  return [
    ...whole.map((issue) => ({ start: 0, end: text.length, open: open(issue), close })),
    ...chosen.map((c) => ({ start: c.start, end: c.end, open: open(c.issue), close })),
  ];
}

function idsIn(el: XmlElement, out = new Set<string>()): Set<string> {
  const id = attr(el, 'id');
  if (id !== undefined) out.add(id);
  for (const c of childElements(el)) idsIn(c, out);
  return out;
}

function changed(unit: BilingualUnit, ref: UnitRef): boolean {
  return unit.target !== ref.target0 || Boolean(unit.reviewed) || (unit.issues?.length ?? 0) > 0;
}

/** A sibling element named like `like` (same prefix), e.g. a new <target> beside a <source>. */
function sibling(like: XmlElement, local: string, attrs: Array<[string, string]>, xml: string): XmlElement {
  const prefix = like.name.includes(':') ? like.name.slice(0, like.name.indexOf(':') + 1) : '';
  return { type: 'element', name: prefix + local, local, uri: like.uri, attrs, children: [{ type: 'raw', xml }], line: 0, column: 0 };
}

/** The holder's children with the target replaced, or inserted after the source (and seg-source). */
function withTarget(holder: XmlElement, ref: UnitRef, target: XmlElement): XmlNode[] {
  if (ref.target) return holder.children.map((c) => (c === ref.target ? target : c));
  const kids = holder.children.slice();
  let at = kids.indexOf(ref.source);
  const segSource = firstChild(holder, 'seg-source');
  if (segSource) at = Math.max(at, kids.indexOf(segSource));
  // Indent the new target like the source.
  const before = kids[kids.indexOf(ref.source) - 1];
  const indent = before?.type === 'text' && /^\s+$/.test(before.text) ? before.text : '';
  kids.splice(at + 1, 0, ...(indent ? [{ type: 'text', text: indent } as XmlNode] : []), target);
  return kids;
}

function writeRoundTrip(file: BilingualFile, raw: XliffRaw, options: XliffWriteOptions): string {
  const its = options.its ?? true;
  const final = options.reviewedState === 'final';
  const root = raw.doc.root;
  const { prefix, declared } = itsPrefix(root);
  const replace = new Map<XmlElement, XmlElement>();
  let annotated = false;
  const unitIds = new Map<XmlElement, Set<string>>();
  let mrkCount = 0;

  file.units.forEach((unit, i) => {
    const ref = raw.refs[i];
    if (!ref || !changed(unit, ref)) return;
    let open: (issue: UnitIssue) => string;
    if (raw.family === 'xliff12') {
      open = (issue) => `<mrk mtype="x-its"${itsAttributes(issue, prefix)}>`;
    } else {
      let ids = unitIds.get(ref.unit);
      if (!ids) unitIds.set(ref.unit, (ids = idsIn(ref.unit)));
      const taken = ids;
      open = (issue) => {
        let id = `verso-q${++mrkCount}`;
        while (taken.has(id)) id = `verso-q${++mrkCount}`;
        taken.add(id);
        return `<mrk id="${id}" type="its:any"${itsAttributes(issue, prefix)}>`;
      };
    }
    // No target is made only to hold annotations: a unit left untranslated stays without one.
    const wraps = its && (ref.target || unit.target !== '') ? issueWraps(unit, open, '</mrk>') : [];
    if (wraps.length) annotated = true;
    const xml = toXml(unit.target, unit.tags, 'target', unit.id, wraps);
    const hasText = unit.target.trim() !== '' || wraps.length > 0;
    const holder = replace.get(ref.holder) ?? ref.holder;
    if (raw.family === 'xliff12') {
      if (!ref.target && !hasText) return;
      let target = ref.target ? { ...ref.target, children: [{ type: 'raw', xml } as XmlNode] } : sibling(ref.source, 'target', [], xml);
      if (unit.reviewed && hasText) target = withAttr(target, 'state', final ? 'final' : 'signed-off');
      let next: XmlElement = { ...holder, children: withTarget(holder, ref, target) };
      if (unit.reviewed && final) next = withAttr(next, 'approved', 'yes');
      replace.set(ref.holder, next);
    } else {
      let next = holder;
      if (ref.target || hasText) {
        const target = ref.target ? { ...ref.target, children: [{ type: 'raw', xml } as XmlNode] } : sibling(ref.source, 'target', [], xml);
        next = { ...holder, children: withTarget(holder, ref, target) };
      }
      if (unit.reviewed && hasText) next = withAttr(next, 'state', final ? 'final' : 'reviewed');
      replace.set(ref.holder, next);
    }
  });

  if (annotated) {
    let r = root;
    if (!declared) r = withAttr(r, `xmlns:${prefix}`, ITS_NS);
    if (attr(r, `${prefix}:version`) === undefined) r = withAttr(r, `${prefix}:version`, '2.0');
    replace.set(root, { ...r, children: root.children });
  }
  return serializeXml(raw.doc, (el) => replace.get(el));
}

// A unit written into an XLIFF it did not come from: its tags become the format's neutral codes.

/** An XLIFF 2.0 id (an NMTOKEN, unique in the file) for a unit id that may be anything. */
function xliffId(id: string, k: number, used: Set<string>): string {
  const clean = id.replace(/[^\w.:-]/g, '_');
  let out = clean && !used.has(clean) ? clean : `u${k + 1}`;
  for (let n = 2; used.has(out); n++) out = `u${k + 1}-${n}`;
  used.add(out);
  return out;
}

function fresh12(file: BilingualFile, options: XliffWriteOptions): string {
  const final = options.reviewedState === 'final';
  let out = `<?xml version="1.0" encoding="UTF-8"?>\n<xliff version="1.2" xmlns="${XLIFF12_NS}" xmlns:its="${ITS_NS}" its:version="2.0">\n`;
  out += `  <file original="${escapeAttr(file.name)}" source-language="${escapeAttr(file.from)}" target-language="${escapeAttr(file.to)}" datatype="plaintext">\n    <body>\n`;
  const codes: NeutralCodes = {
    open: (n: number, m: string) => `<bpt id="${n}">${escapeText(m)}</bpt>`,
    close: (n: number, m: string) => `<ept id="${n}">${escapeText(m)}</ept>`,
    standalone: (n: number, m: string) => `<ph id="p${n}">${escapeText(m)}</ph>`,
  };
  file.units.forEach((u) => {
    out += `      ${startTag('trans-unit', [['id', u.id], ...(u.reviewed && final ? [['approved', 'yes'] as [string, string]] : [])])}\n`;
    out += `        <source>${toXml(u.source, u.tags, 'source', u.id, [], codes)}</source>\n`;
    if (u.target !== '') {
      const state = u.reviewed ? (final ? 'final' : 'signed-off') : u.state;
      const wraps = options.its === false || u.target === '' ? [] : issueWraps(u, (issue) => `<mrk mtype="x-its"${itsAttributes(issue, 'its')}>`, '</mrk>');
      out += `        ${startTag('target', state ? [['state', state]] : [])}${toXml(u.target, u.tags, 'target', u.id, wraps, codes)}</target>\n`;
    }
    for (const n of u.notes) out += `        <note>${escapeText(n)}</note>\n`;
    out += '      </trans-unit>\n';
  });
  return `${out}    </body>\n  </file>\n</xliff>\n`;
}

function fresh20(file: BilingualFile, options: XliffWriteOptions): string {
  const final = options.reviewedState === 'final';
  let out = `<?xml version="1.0" encoding="UTF-8"?>\n<xliff xmlns="${XLIFF20_NS}" xmlns:its="${ITS_NS}" its:version="2.0" version="2.0" srcLang="${escapeAttr(file.from)}" trgLang="${escapeAttr(file.to)}">\n`;
  out += `  <file id="f1" original="${escapeAttr(file.name)}">\n`;
  const used = new Set<string>();
  file.units.forEach((u, k) => {
    const id = xliffId(u.id, k, used);
    const data: string[] = [];
    const ref = (markup: string) => {
      const d = `d${data.length + 1}`;
      data.push(`<data id="${d}">${escapeText(markup)}</data>`);
      return d;
    };
    const codesFor = (text: string): NeutralCodes => {
      const present = new Set(tagsIn(text).map((t) => t.ch));
      const has = (kind: number, n: number) => present.has(String.fromCharCode(kind + n - 1));
      return {
        open: (n: number, m: string) => (has(0xe800, n) ? `<sc id="c${n}" dataRef="${ref(m)}"/>` : `<sc id="c${n}" isolated="yes" dataRef="${ref(m)}"/>`),
        close: (n: number, m: string) => (has(0xe000, n) ? `<ec startRef="c${n}" dataRef="${ref(m)}"/>` : `<ec id="e${n}" isolated="yes" dataRef="${ref(m)}"/>`),
        standalone: (n: number, m: string) => `<ph id="p${n}" dataRef="${ref(m)}"/>`,
      };
    };
    const source = toXml(u.source, u.tags, 'source', u.id, [], codesFor(u.source));
    let mrk = 0;
    const wraps = options.its === false || u.target === '' ? [] : issueWraps(u, (issue) => `<mrk id="verso-q${++mrk}" type="its:any"${itsAttributes(issue, 'its')}>`, '</mrk>');
    const target = u.target !== '' ? toXml(u.target, u.tags, 'target', u.id, wraps, codesFor(u.target)) : null;
    out += `    ${startTag('unit', id === u.id ? [['id', id]] : [['id', id], ['name', u.id]])}\n`;
    if (u.notes.length) out += `      <notes>${u.notes.map((n) => `<note>${escapeText(n)}</note>`).join('')}</notes>\n`;
    if (data.length) out += `      <originalData>${data.join('')}</originalData>\n`;
    const state = u.reviewed && target !== null ? (final ? 'final' : 'reviewed') : target !== null ? 'translated' : 'initial';
    out += `      <segment state="${state}">\n        <source>${source}</source>\n`;
    if (target !== null) out += `        <target>${target}</target>\n`;
    out += '      </segment>\n    </unit>\n';
  });
  return `${out}  </file>\n</xliff>\n`;
}

/** Writes a reviewed file as XLIFF: its own tree when it came from that XLIFF version, else a new file. */
export function writeXliff(file: BilingualFile, options: XliffWriteOptions = {}): string {
  const raw = file.raw as XliffRaw | undefined;
  const own = raw?.kind === 'xliff' ? raw.family : null;
  const want: XliffFamily = options.version === '1.2' ? 'xliff12' : options.version === '2.0' ? 'xliff20' : (own ?? 'xliff20');
  if (raw && own === want) return writeRoundTrip(file, raw, options);
  return want === 'xliff12' ? fresh12(file, options) : fresh20(file, options);
}
