// XLIFF 1.2 and 2.0 in → review (one accepted fix, one edit, a rejection, marks) → out: every
// unit, id, note and inline tag kept, the corrected targets written, the review's issues as ITS
// 2.0 annotations, and the output reads back to the same content.
import * as fs from 'fs';
import * as path from 'path';
import { bilingualDocument, hideTags, showTags, type BilingualFile } from '../../src/core/bilingual';
import { ExportError, parseBilingual, writeBilingual } from '../../src/formats';
import { readBilingualFile } from '../../src/formats/read';
import { ITS_ISSUE_TYPES } from '../../src/formats/its';
import { attr, type XmlElement } from '../../src/formats/xml';
import {
  FIXTURES, ITS_LQI_ATTRIBUTES, ITS_NS, acceptFix, act, elements, exported, rejectIssue, review, shape, tree, unitIndex,
} from './bilingual-helpers';

const load = async (name: string) => (await readBilingualFile(path.join(FIXTURES, name))).file;
const original = (name: string) => fs.readFileSync(path.join(FIXTURES, name), 'utf8');

/** The ITS annotations of an output: each <mrk> that carries ITS attributes. */
function annotations(root: XmlElement) {
  return elements(root)
    .filter((e) => e.local === 'mrk' && e.attrs.some(([k]) => k.includes(':locQuality')))
    .map((e) => {
      const its: Record<string, string> = {};
      for (const [k, v] of e.attrs) if (k.startsWith('its:')) its[k.slice(4)] = v;
      return { el: e, its };
    });
}

function expectValidIts(root: XmlElement) {
  const found = annotations(root);
  expect(found.length).toBeGreaterThan(0);
  expect(attr(root, 'xmlns:its')).toBe(ITS_NS);
  expect(attr(root, 'its:version')).toBe('2.0');
  for (const { el, its } of found) {
    for (const [k] of el.attrs) if (k.startsWith('its:')) expect(ITS_LQI_ATTRIBUTES.has(k.slice(4))).toBe(true);
    expect(ITS_ISSUE_TYPES).toContain(its.locQualityIssueType);
    expect(its.locQualityIssueComment.length).toBeGreaterThan(5);
    const severity = Number(its.locQualityIssueSeverity);
    expect(Number.isInteger(severity) && severity >= 0 && severity <= 100).toBe(true);
    if (its.locQualityIssueEnabled !== undefined) expect(its.locQualityIssueEnabled).toBe('no');
  }
  return found;
}

describe('XLIFF 1.2 (en → fr)', () => {
  let file: BilingualFile;
  beforeAll(async () => {
    file = await load('en-fr.xlf');
  });

  it('reads every translatable unit with its id, notes, state and inline tags', () => {
    expect(file.format).toBe('xliff12');
    expect([file.from, file.to]).toEqual(['en', 'fr']);
    // The two <file> elements both have a unit "save": the repeated id gets its file's number.
    expect(file.units.map((u) => u.id)).toEqual(['1/save', 'count', 'link', 'fresh', '2/save']);
    const count = file.units[1];
    expect(count.notes).toEqual(['{0} is a number.', 'Check plural.']);
    expect(count.state).toBe('needs-review-translation');
    expect(showTags(file.units[0].source)).toBe('Click ⟦1⟧Save⟦/1⟧ to keep your changes.');
    expect(showTags(file.units[2].target)).toBe('Lisez d’abord la ⟦1⟧page d’aide⟦/1⟧.');
    expect(showTags(file.units[4].source)).toBe('⟦1⟧Error:⟦/1⟧ the file ⟦2⟧Report.txt⟦/2⟧ is read-only⟦1/⟧.');
    // Each placeholder keeps the exact markup it stands for.
    const tags = Object.values(file.units[2].tags).map((t) => t.source);
    expect(tags).toEqual(['<bpt id="1">&lt;a href="https://example.com/help"&gt;</bpt>', '<ept id="1">&lt;/a&gt;</ept>']);
    expect(file.units[3].target).toBe('');
  });

  it('is one review segment per unit, with the checks running on it', () => {
    const doc = bilingualDocument(file);
    expect(doc.segments).toHaveLength(file.units.length);
    doc.segments.forEach((s, i) => {
      expect(doc.target.text.slice(s.target!.start, s.target!.end)).toBe(file.units[i].target.trim());
      expect(doc.source.text.slice(s.source!.start, s.source!.end)).toBe(file.units[i].source.trim());
    });
    const state = review(file);
    expect(state.issues[0].map((x) => x.ruleId)).toContain('double-space');
    expect(state.issues[3].map((x) => x.ruleId)).toContain('inline-tags');
  });

  describe('round trip', () => {
    let out: string;
    let back: BilingualFile;
    let reviewed: BilingualFile;
    beforeAll(() => {
      let s = review(file);
      const save = unitIndex(file, '1/save');
      const link = unitIndex(file, 'link');
      const fresh = unitIndex(file, 'fresh');
      s = rejectIssue(s, save, 'final-punctuation', 'UI labels take no full stop');
      s = acceptFix(s, save, 'double-space');
      s = act(s, { type: 'edit', segment: link, text: hideTags('Lisez d’abord la ⟦1⟧page d’aide⟦/1⟧, s’il vous plaît.') });
      s = act(s, { type: 'edit', segment: fresh, text: hideTags('Ouvrez les paramètres ⟦1/⟧.') });
      s = act(s, { type: 'markReviewed', segment: save, reviewed: true });
      s = act(s, { type: 'markReviewed', segment: link, reviewed: true });
      reviewed = exported(file, s);
      out = writeBilingual(reviewed);
      back = parseBilingual(out, 'out.xlf');
    });

    it('writes the accepted fix and the edits, tags in place', () => {
      expect(showTags(back.units[0].target)).toBe('Cliquez sur ⟦1⟧Enregistrer⟦/1⟧ pour conserver vos modifications');
      expect(showTags(back.units[2].target)).toBe('Lisez d’abord la ⟦1⟧page d’aide⟦/1⟧, s’il vous plaît.');
      expect(out).toContain('<target state="signed-off">Lisez d’abord la <bpt id="1">&lt;a href="https://example.com/help"&gt;</bpt>page d’aide<ept id="1">&lt;/a&gt;</ept>, s’il vous plaît.</target>');
      expect(out).toContain('<source>Open the <ph id="1">&lt;img src="gear.png"/&gt;</ph> settings.</source>\n        <target>Ouvrez les paramètres <ph id="1">&lt;img src="gear.png"/&gt;</ph>.</target>');
    });

    it('reads back to the same units, ids, notes and tags', () => {
      expect(back.format).toBe('xliff12');
      expect(shape(back)).toEqual(shape(reviewed));
    });

    it('keeps what it did not change, byte for byte', () => {
      const unchanged = original('en-fr.xlf').split('\n').filter((l) => /<trans-unit id="count">|Vous avez|SELECT|<tool |acme:owner|Report\.txt/.test(l));
      expect(unchanged.length).toBe(7);
      for (const line of unchanged) expect(out).toContain(line);
      expect(out).toContain('<trans-unit id="code" translate="no">');
    });

    it('marks reviewed units signed-off', () => {
      const units = elements(tree(out)).filter((e) => e.local === 'trans-unit');
      const target = (id: string) => units.filter((u) => attr(u, 'id') === id).map((u) => u.children.find((c): c is XmlElement => c.type === 'element' && c.local === 'target'));
      expect(attr(target('link')[0]!, 'state')).toBe('signed-off');
      expect(attr(target('count')[0]!, 'state')).toBe('needs-review-translation');
    });

    it('writes open and rejected issues as ITS 2.0 annotations on <mrk mtype="x-its">', () => {
      const found = expectValidIts(tree(out));
      for (const { el } of found) expect(attr(el, 'mtype')).toBe('x-its');
      const rejected = found.find((f) => f.its.locQualityIssueEnabled === 'no');
      expect(rejected?.its.locQualityIssueComment).toContain('UI labels take no full stop');
      expect(rejected?.its.locQualityIssueType).toBe('typographical');
    });

    it('writes final state when asked', () => {
      const final = writeBilingual(reviewed, 'xliff12', { reviewedState: 'final' });
      const link = elements(tree(final)).find((e) => e.local === 'trans-unit' && attr(e, 'id') === 'link')!;
      expect(attr(link, 'approved')).toBe('yes');
      expect(final).toMatch(/<target state="final">Lisez/);
    });
  });

  it('flags a dropped tag, and will not write an element left unclosed', () => {
    let s = review(file);
    const count = unitIndex(file, 'count');
    s = act(s, { type: 'edit', segment: count, text: 'Vous avez nouveaux messages.' });
    expect(s.issues[count].find((x) => x.ruleId === 'inline-tags')).toMatchObject({ messageId: 'missing', data: { tag: '⟦1/⟧' }, severity: 'major' });
    const save = unitIndex(file, '1/save');
    s = act(s, { type: 'edit', segment: save, text: hideTags('Cliquez sur ⟦1⟧Enregistrer pour conserver vos modifications.') });
    expect(s.issues[save].some((x) => x.ruleId === 'inline-tags' && x.data.tag === '⟦/1⟧')).toBe(true);
    const broken = exported(file, s);
    expect(() => writeBilingual(broken)).toThrow(ExportError);
    expect(() => writeBilingual(broken)).toThrow(/unit 1\/save: .*⟦1⟧ is opened and never closed/);
  });
});

describe('XLIFF 2.0 (en → ja)', () => {
  let file: BilingualFile;
  beforeAll(async () => {
    file = await load('en-ja.xlf');
  });

  it('reads units and their segments, notes and inline codes', () => {
    expect(file.format).toBe('xliff20');
    expect([file.from, file.to]).toEqual(['en', 'ja']);
    expect(file.units.map((u) => u.id)).toEqual(['u1', 'u2/s1', 'u2/s2', 'u3']);
    expect(file.units[0].notes).toEqual(['Home screen title.']);
    expect(showTags(file.units[0].source)).toBe('Welcome back, ⟦1/⟧! Press ⟦1⟧Start⟦/1⟧ to begin.');
    // Codes are numbered per unit: the second segment's mrk does not reuse the first's number.
    expect(showTags(file.units[2].target)).toBe('高く⟦2⟧跳ぶ⟦/2⟧。');
    expect(file.units[1].state).toBe('initial');
  });

  describe('round trip', () => {
    let out: string;
    let back: BilingualFile;
    let reviewed: BilingualFile;
    beforeAll(() => {
      let s = review(file);
      s = rejectIssue(s, 0, 'final-punctuation', 'a button label, no full stop');
      s = acceptFix(s, 1, 'double-space');
      s = act(s, { type: 'edit', segment: 2, text: hideTags('⟦2⟧跳ぶ⟦/2⟧のが高い。') });
      s = act(s, { type: 'edit', segment: 3, text: 'まだ何も翻訳されていません。' });
      s = act(s, { type: 'markReviewed', segment: 0, reviewed: true });
      s = act(s, { type: 'markReviewed', segment: 2, reviewed: true });
      reviewed = exported(file, s);
      out = writeBilingual(reviewed, 'xliff20', { reviewedState: 'final' });
      back = parseBilingual(out, 'out.xlf');
    });

    it('writes the fix and the edits, codes in place', () => {
      expect(showTags(back.units[1].target)).toBe('素早い ⟦1⟧キツネ⟦/1⟧。');
      expect(out).toContain('<target>素早い <sc id="1"/>キツネ<ec startRef="1"/>。</target>');
      expect(out).toContain('<target><mrk id="m1" type="term">跳ぶ</mrk>のが高い。</target>');
      expect(out).toMatch(/<source>Nothing translated yet\.<\/source>\s*<target>まだ何も翻訳されていません。<\/target>/);
    });

    it('reads back to the same units, ids, notes and codes', () => {
      expect(shape(back)).toEqual(shape(reviewed));
      for (const keep of ['<note id="n0">Machine translated.</note>', '<data id="d1">&lt;b&gt;</data>', '<ignorable>', '<group id="g1">']) expect(out).toContain(keep);
    });

    it('sets the segment state', () => {
      const segments = elements(tree(out)).filter((e) => e.local === 'segment');
      expect(segments.map((s) => attr(s, 'state'))).toEqual(['final', 'initial', 'final', undefined]);
    });

    it('writes ITS annotations on <mrk> with unique ids', () => {
      const found = expectValidIts(tree(out));
      const ids = found.map((f) => attr(f.el, 'id'));
      expect(new Set(ids).size).toBe(ids.length);
      for (const { el } of found) expect(attr(el, 'type')).toBe('its:any');
      expect(found.some((f) => f.its.locQualityIssueEnabled === 'no' && f.its.locQualityIssueComment.includes('a button label'))).toBe(true);
    });
  });

  it('writes nothing new for a file nobody touched', () => {
    const s = review(file);
    const out = writeBilingual(exported(file, { ...s, issues: s.issues.map(() => []) }));
    const norm = (x: string) => x.replace(/\s+/g, ' ').trim();
    expect(norm(out)).toBe(norm(original('en-ja.xlf')));
  });
});

describe('converting between XLIFF versions and from tables', () => {
  it('writes a 1.2 file as 2.0, tags as codes that carry the original markup', async () => {
    const file = await load('en-fr.xlf');
    const out = writeBilingual(file, 'xliff20', { its: false });
    const back = parseBilingual(out, 'out.xlf');
    expect(back.format).toBe('xliff20');
    expect(back.units.map((u) => showTags(u.source))).toEqual(file.units.map((u) => showTags(u.source)));
    expect(back.units.map((u) => showTags(u.target))).toEqual(file.units.map((u) => showTags(u.target)));
    expect(out).toContain('&lt;g id="1" ctype="bold"&gt;');
    expect(back.units[1].notes).toEqual(['{0} is a number.', 'Check plural.']);
  });

  it('writes a 2.0 file as 1.2', async () => {
    const file = await load('en-ja.xlf');
    const back = parseBilingual(writeBilingual(file, 'xliff12', { its: false }), 'out.xlf');
    expect(back.format).toBe('xliff12');
    // Each 2.0 segment becomes a 1.2 trans-unit of its own, so tags are numbered per segment.
    const unnumbered = (t: string) => showTags(t).replace(/⟦(\/?)\d+(\/?)⟧/g, '⟦$1#$2⟧');
    expect(back.units.map((u) => unnumbered(u.target))).toEqual(file.units.map((u) => unnumbered(u.target)));
    expect(back.units.map((u) => u.id)).toEqual(['u1', 'u2/s1', 'u2/s2', 'u3']);
  });

  it('writes a reviewed TSV as XLIFF 2.0 with its ITS annotations', async () => {
    const file = (await readBilingualFile(path.join(FIXTURES, 'fr-en.tsv'))).file;
    const reviewed = exported(file, review(file));
    const out = writeBilingual(reviewed, 'xliff20');
    expectValidIts(tree(out));
    const back = parseBilingual(out, 'out.xlf');
    expect(back.units.map((u) => [u.source, u.target])).toEqual(file.units.map((u) => [u.source, u.target]));
  });
});
