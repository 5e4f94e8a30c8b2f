import {
  applyReview, bilingualDocument, contentProblems, hideTags, showTags, tagChar, tagInfo, tagsIn, unitTarget,
  type BilingualFile, type BilingualUnit,
} from '../../src/core/bilingual';
import { runOptions } from '../../src/core';
import { createReview, issueKey, reviewReducer } from '../../src/core/review/state';
import { workingDocument } from '../../src/core/review/working';
import { parseBilingual, writeBilingual } from '../../src/formats';

const run = runOptions();
const unit = (id: string, source: string, target: string, extra: Partial<BilingualUnit> = {}): BilingualUnit => ({ id, source, target, notes: [], tags: {}, ...extra });
const file = (units: BilingualUnit[], from = 'en', to = 'fr'): BilingualFile => ({ format: 'tsv', name: 'test.tsv', from, to, units, raw: null });

describe('placeholders', () => {
  it('encode kind and number in one private-use character', () => {
    expect(tagInfo(tagChar('open', 0))).toEqual({ kind: 'open', n: 0 });
    expect(tagInfo(tagChar('close', 7))).toEqual({ kind: 'close', n: 7 });
    expect(tagInfo(tagChar('standalone', 2047))).toEqual({ kind: 'standalone', n: 2047 });
    expect(tagInfo('a')).toBeNull();
    expect(/[\p{L}\p{P}\p{S}\s]/u.test(tagChar('open', 0))).toBe(false);
  });

  it('show as ⟦1⟧ ⟦/1⟧ ⟦1/⟧ and read back', () => {
    const text = `Click ${tagChar('open', 0)}Save${tagChar('close', 0)} or ${tagChar('standalone', 1)}.`;
    expect(showTags(text)).toBe('Click ⟦1⟧Save⟦/1⟧ or ⟦2/⟧.');
    expect(hideTags(showTags(text))).toBe(text);
    expect(hideTags('a ⟦/1/⟧ b ⟦0⟧')).toBe('a ⟦/1/⟧ b ⟦0⟧');
    expect(tagsIn(text).map((t) => `${t.kind}${t.n}@${t.index}`)).toEqual(['open0@6', 'close0@11', 'standalone1@16']);
  });

  it('find content elements that would not nest', () => {
    const tags = { [tagChar('open', 0)]: { kind: 'open' as const, name: 'g', content: true }, [tagChar('close', 0)]: { kind: 'close' as const, name: 'g', content: true } };
    expect(contentProblems(hideTags('a ⟦1⟧b⟦/1⟧'), tags)).toEqual([]);
    expect(contentProblems(hideTags('a ⟦1⟧b'), tags)).toEqual(['⟦1⟧ is opened and never closed']);
    expect(contentProblems(hideTags('a ⟦/1⟧b⟦1⟧'), tags)).toEqual(['⟦/1⟧ closes a tag that is not open', '⟦1⟧ is opened and never closed']);
  });
});

describe('bilingualDocument', () => {
  const f = file([
    unit('1', 'Hello', 'Bonjour'),
    unit('2', 'It rains. It pours.', 'Il pleut. Il tombe des cordes.'),
    unit('3', 'Untranslated.', ''),
    unit('4', 'two\nlines', '  deux\nlignes  '),
  ]);
  const doc = bilingualDocument(f);

  it('makes one segment per unit, whatever the punctuation between them', () => {
    expect(doc.segments.map((s) => s.id)).toEqual(['p1.s1', 'p2.s1', 'p3.s1', 'p4.s1']);
    expect(doc.segments.map((s) => s.kind)).toEqual(['1-1', '2-2', '1-0', '1-1']);
    for (const s of doc.segments) {
      for (const x of s.targetSentences) expect(x.start >= s.target!.start && x.end <= s.target!.end).toBe(true);
    }
  });

  it('covers each unit without its surrounding white space; an empty target is an empty span in place', () => {
    const text = (i: number) => doc.target.text.slice(doc.segments[i].target!.start, doc.segments[i].target!.end);
    expect([0, 1, 2, 3].map(text)).toEqual(['Bonjour', 'Il pleut. Il tombe des cordes.', '', 'deux\nlignes']);
    expect(doc.segments[2].target!.start).toBe(doc.segments[1].target!.end + 2);
  });

  it('maps edits back to units, white space around them kept', () => {
    let s = createReview(doc, run);
    s = reviewReducer(s, { type: 'edit', segment: 2, text: 'Non traduit.' }, run);
    s = reviewReducer(s, { type: 'edit', segment: 3, text: 'deux\nlignes ici' }, run);
    const out = applyReview(f, s);
    expect(out.units.map((u) => u.target)).toEqual(['Bonjour', 'Il pleut. Il tombe des cordes.', 'Non traduit.', '  deux\nlignes ici  ']);
    // The working document keeps every segment on its own text.
    const w = workingDocument(s.document, s.targets);
    expect(w.segments.map((x) => (x.target ? w.target.text.slice(x.target.start, x.target.end) : ''))).toEqual(s.targets);
  });

  it('gives issue offsets into the unit target as written', () => {
    const g = file([unit('a', 'It is here.', 'Il est là.'), unit('b', 'He came yesterday.', '  Il est venu  hier.')]);
    const s = createReview(bilingualDocument(g), run);
    const out = applyReview(g, s);
    const issue = out.units[1].issues!.find((x) => x.ruleId === 'double-space')!;
    expect(out.units[1].target.slice(issue.start!, issue.end!)).toBe('  ');
    expect(issue.start).toBe(13);
  });

  it('records a rejection as a disabled issue', () => {
    const g = file([unit('a', 'He came yesterday.', 'Il est venu  hier.')]);
    let s = createReview(bilingualDocument(g), run);
    const issue = s.issues[0].find((x) => x.ruleId === 'double-space')!;
    s = reviewReducer(s, { type: 'reject', segment: 0, key: issueKey(issue), reason: 'layout' }, run);
    const out = applyReview(g, s, { run });
    expect(out.units[0].issues).toEqual([expect.objectContaining({ ruleId: 'double-space', enabled: false, note: 'layout', start: 11, end: 13 })]);
  });
});

describe('unitTarget', () => {
  it('returns the original untouched when the text did not change', () => {
    expect(unitTarget('\n   Hello \n', 'Hello')).toEqual({ text: '\n   Hello \n', lead: 4 });
    expect(unitTarget('\n   Hello \n', 'Hi')).toEqual({ text: '\n   Hi \n', lead: 4 });
    expect(unitTarget('', 'New')).toEqual({ text: 'New', lead: 0 });
  });
});

describe('private-use characters of the text itself', () => {
  it('are protected like tags and written back as they were', () => {
    const tsv = 'en\tfr\nThe \ue123 icon\tL’icône \ue123\n';
    const f = parseBilingual(tsv, 'icons.tsv');
    const ch = Object.keys(f.units[0].tags)[0];
    expect(f.units[0].tags[ch]).toMatchObject({ name: '#literal', source: '\ue123' });
    expect(f.units[0].source).toBe(`The ${ch} icon`);
    expect(writeBilingual(f)).toBe(tsv);
  });
});
