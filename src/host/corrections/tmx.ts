// The corrections memory as TMX 1.4, for translation-memory tools: one <tu> per correction (edits
// and accepted fixes; a rejection corrects nothing and is left out), a <tuv> for the source and
// one for the corrected translation; the machine translation rides along as
// <prop type="x-verso-mt">, with props for the rule, the reviewer and the rest of the decision,
// so importing the file back restores each decision exactly. Written by string building with the
// escaping of src/formats/xml.ts; read with its parser (saxes; DOCTYPEs refused).
// src/formats/tmx.ts reads and writes bilingual units without props, so it is not used here.
import type { CorrectionRecord } from '../../core/corrections/types';
import { attr, childElements, escapeAttr, escapeText, firstChild, parseXml, textContent, type XmlElement } from '../../formats/xml';
import { fromExchange, toExchange, type ExchangeRecord, type ParsedExchange } from './exchange';

export const TMX_TOOL = { name: 'Verso', version: '1' };

/** Text for element content: carriage returns as references, so XML's line-end rules keep them. */
const text = (s: string) => escapeText(s).replace(/\r/g, '&#13;');

/** YYYYMMDDThhmmssZ, as TMX dates are written. */
export function tmxDate(iso: string): string {
  const d = new Date(iso);
  return Number.isNaN(d.getTime()) ? '' : d.toISOString().replace(/[-:]/g, '').replace(/\.\d+/, '');
}

/** Props carried per tu (besides the MT): field name → prop type. */
const PROPS: Array<[keyof ExchangeRecord, string]> = [
  ['kind', 'x-verso-kind'],
  ['rule', 'x-verso-rule'],
  ['reviewer', 'x-verso-reviewer'],
  ['time', 'x-verso-time'],
  ['document', 'x-verso-document'],
  ['documentHash', 'x-verso-document-hash'],
  ['segment', 'x-verso-segment'],
  ['fix', 'x-verso-fix'],
  ['reason', 'x-verso-reason'],
  ['spanStart', 'x-verso-span-start'],
  ['spanEnd', 'x-verso-span-end'],
  ['everywhere', 'x-verso-everywhere'],
];
const MT = 'x-verso-mt';

export function writeTmx(records: CorrectionRecord[], now = new Date()): string {
  const corrections = records.filter((r) => r.after !== null);
  const langs = new Set(corrections.map((r) => r.document.from));
  const srclang = langs.size === 1 ? [...langs][0] : '*all*';
  let out = '<?xml version="1.0" encoding="UTF-8"?>\n<tmx version="1.4">\n';
  out += `  <header creationtool="${TMX_TOOL.name}" creationtoolversion="${TMX_TOOL.version}" datatype="plaintext" segtype="sentence" adminlang="en" srclang="${escapeAttr(srclang)}" o-tmf="verso-corrections" creationdate="${tmxDate(now.toISOString())}">\n`;
  out += '    <note>Verso corrections memory: source, corrected translation, and the machine translation in the x-verso-mt prop.</note>\n';
  out += '  </header>\n  <body>\n';
  for (const r of corrections) {
    const x = toExchange(r);
    const attrs: Array<[string, string]> = [['tuid', x.hash], ['srclang', x.from], ['creationdate', tmxDate(x.time)]];
    if (x.reviewer) attrs.push(['creationid', x.reviewer]);
    out += `    <tu${attrs.map(([k, v]) => ` ${k}="${escapeAttr(v)}"`).join('')}>\n`;
    out += `      <prop type="${MT}">${text(x.before)}</prop>\n`;
    for (const [key, type] of PROPS) {
      const v = x[key];
      if (v === null || v === false) continue;
      out += `      <prop type="${type}">${text(String(v))}</prop>\n`;
    }
    out += `      <tuv xml:lang="${escapeAttr(x.from)}"><seg>${text(x.source)}</seg></tuv>\n`;
    out += `      <tuv xml:lang="${escapeAttr(x.to)}"><seg>${text(x.after ?? '')}</seg></tuv>\n`;
    out += '    </tu>\n';
  }
  return `${out}  </body>\n</tmx>\n`;
}

function langOf(tuv: XmlElement): string | undefined {
  return attr(tuv, 'xml:lang') ?? attr(tuv, 'lang');
}

/** Reads a TMX file written by writeTmx (or any TMX whose units carry the x-verso-mt prop). */
export function readTmx(content: string, file: string): ParsedExchange {
  const doc = parseXml(content.replace(/^\uFEFF/, ''), file);
  const root = doc.root;
  if (root.local !== 'tmx') throw new Error(`not TMX: the root element is <${root.name}>`);
  const body = firstChild(root, 'body');
  if (!body) throw new Error('TMX without a <body>');
  const header = firstChild(root, 'header');
  const headerSrc = header ? attr(header, 'srclang') : undefined;
  const out: ParsedExchange = { items: [], skipped: 0, problems: [] };
  childElements(body, 'tu').forEach((tu, k) => {
    const where = `unit ${attr(tu, 'tuid') ?? k + 1} (line ${tu.line})`;
    try {
      const props = new Map<string, string>();
      for (const p of childElements(tu, 'prop')) {
        const type = attr(p, 'type');
        if (type && !props.has(type)) props.set(type, textContent(p));
      }
      if (!props.has(MT)) throw new Error('no x-verso-mt prop: not a Verso correction');
      const tuvs = childElements(tu, 'tuv');
      const from = attr(tu, 'srclang') ?? (headerSrc && headerSrc !== '*all*' ? headerSrc : undefined) ?? (tuvs[0] && langOf(tuvs[0]));
      const src = tuvs.find((t) => langOf(t) === from);
      const tgt = tuvs.find((t) => t !== src);
      if (!from || !src || !tgt) throw new Error('needs a source and a target <tuv>');
      const seg = (t: XmlElement) => {
        const s = firstChild(t, 'seg');
        if (!s) throw new Error('a <tuv> without <seg>');
        return textContent(s);
      };
      const raw: Record<string, unknown> = {
        from,
        to: langOf(tgt),
        source: seg(src),
        after: seg(tgt),
        before: props.get(MT),
      };
      for (const [key, type] of PROPS) raw[key] = props.has(type) ? props.get(type) : null;
      raw.kind ??= 'edit';
      const created = /^(\d{4})(\d{2})(\d{2})T(\d{2})(\d{2})(\d{2})Z$/.exec(attr(tu, 'creationdate') ?? '');
      if (raw.time === null && created) raw.time = `${created[1]}-${created[2]}-${created[3]}T${created[4]}:${created[5]}:${created[6]}.000Z`;
      raw.document ??= '';
      out.items.push(fromExchange(raw));
    } catch (err) {
      out.skipped++;
      if (out.problems.length < 5) out.problems.push(`${where}: ${(err as Error).message}`);
    }
  });
  return out;
}
