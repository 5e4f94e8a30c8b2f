import { strFromU8, unzipSync } from 'fflate';
import { SaxesParser } from 'saxes';
import { pairParagraphs, textParagraphs, textToDocx, trackedChangesDocx, wordDate, xmlText } from '../../src/formats/docx-write';
import { correctedText } from '../../src/core/review/working';
import { EN, reviewedSample } from './fixtures';

interface El {
  name: string;
  attrs: Record<string, string>;
  text: string;
  children: El[];
}

/** The parts of a DOCX, each XML part parsed (saxes, strict): a well-formedness check too. */
function open(docx: Uint8Array): { files: string[]; xml: (name: string) => El } {
  const files = unzipSync(docx);
  return {
    files: Object.keys(files).sort(),
    xml(name) {
      const root: El = { name: '#root', attrs: {}, text: '', children: [] };
      const stack = [root];
      const parser = new SaxesParser();
      parser.on('opentag', (t) => {
        const el: El = { name: t.name, attrs: t.attributes as Record<string, string>, text: '', children: [] };
        stack[stack.length - 1].children.push(el);
        stack.push(el);
      });
      parser.on('closetag', () => void stack.pop());
      parser.on('text', (t) => {
        stack[stack.length - 1].text += t;
      });
      parser.write(strFromU8(files[name])).close();
      return root.children[0];
    },
  };
}

function all(el: El, name: string): El[] {
  return [...(el.name === name ? [el] : []), ...el.children.flatMap((c) => all(c, name))];
}

const text = (el: El, tag: string) => all(el, tag).map((t) => t.text).join('');

describe('Word export of the corrected text', () => {
  it('writes a complete package: content types, relationships, document, styles, settings, properties', () => {
    const docx = open(textToDocx(EN, { lang: 'en', title: 'en.mt', creator: 'Ana' }));
    expect(docx.files).toEqual(['[Content_Types].xml', '_rels/.rels', 'docProps/core.xml', 'word/_rels/document.xml.rels', 'word/document.xml', 'word/settings.xml', 'word/styles.xml']);
    const doc = docx.xml('word/document.xml');
    expect(doc.name).toBe('w:document');
    expect(all(doc, 'w:p').map((p) => text(p, 'w:t'))).toEqual(textParagraphs(EN));
    expect(all(docx.xml('word/styles.xml'), 'w:lang')[0].attrs['w:val']).toBe('en');
    expect(text(docx.xml('docProps/core.xml'), 'dc:creator')).toBe('Ana');
  });

  it('escapes markup characters and replaces characters XML cannot hold', () => {
    const docx = open(textToDocx('a < b & c > d "q" \u0001 \ud800 end\ttab'));
    const p = all(docx.xml('word/document.xml'), 'w:p')[0];
    expect(text(p, 'w:t')).toBe('a < b & c > d "q" \ufffd \ufffd endtab');
    expect(all(p, 'w:tab')).toHaveLength(1);
    expect(xmlText('<&>')).toBe('&lt;&amp;&gt;');
  });

  it('is the same bytes for the same text and date', () => {
    const date = new Date('2024-05-01T10:00:00Z');
    expect(Buffer.from(textToDocx(EN, { date })).equals(Buffer.from(textToDocx(EN, { date })))).toBe(true);
  });
});

describe('Word export with tracked changes', () => {
  const date = new Date('2024-05-01T10:11:12.345Z');

  it('marks each change as w:ins / w:del with the reviewer and the date, and unique ids', () => {
    const { docx, changes } = trackedChangesDocx('The trapped drone hit.\n', 'The booby-trapped drone struck.\n', { author: 'Ana Reviewer', date });
    const doc = open(docx).xml('word/document.xml');
    const ins = all(doc, 'w:ins');
    const del = all(doc, 'w:del');
    expect(ins.map((x) => text(x, 'w:t'))).toEqual(['booby-', 'struck']);
    expect(del.map((x) => text(x, 'w:delText'))).toEqual(['hit']);
    expect(changes).toEqual({ insertions: 2, deletions: 1 });
    for (const x of [...ins, ...del]) {
      expect(x.attrs['w:author']).toBe('Ana Reviewer');
      expect(x.attrs['w:date']).toBe('2024-05-01T10:11:12Z');
    }
    const ids = [...ins, ...del].map((x) => x.attrs['w:id']);
    expect(new Set(ids).size).toBe(ids.length);
    expect(all(open(docx).xml('word/settings.xml'), 'w:trackRevisions')).toHaveLength(1);
  });

  it('has no change where the texts agree', () => {
    const { docx, changes } = trackedChangesDocx(EN, EN, { author: 'R', date });
    expect(changes).toEqual({ insertions: 0, deletions: 0 });
    expect(all(open(docx).xml('word/document.xml'), 'w:p').map((p) => text(p, 'w:t'))).toEqual(textParagraphs(EN));
  });

  it('reads as the corrected text with insertions kept, and as the MT with deletions kept', () => {
    const { state } = reviewedSample();
    const corrected = correctedText(state.document, state.targets);
    const doc = open(trackedChangesDocx(EN, corrected, { author: 'R', date }).docx).xml('word/document.xml');
    const paras = all(doc, 'w:p');
    const accepted = paras.map((p) => all(p, 'w:t').map((t) => t.text).join('')).filter((t) => t.trim());
    expect(accepted).toEqual(textParagraphs(corrected));
    // Rejected: the plain runs plus the deleted text, in document order.
    const rejected = paras
      .map((p) => {
        const walk = (el: El, inIns: boolean): string =>
          el.name === 'w:t' ? (inIns ? '' : el.text) : el.name === 'w:delText' ? el.text : el.children.map((c) => walk(c, inIns || el.name === 'w:ins')).join('');
        return walk(p, false);
      })
      .filter((t) => t.trim());
    expect(rejected).toEqual(textParagraphs(EN));
  });

  it('writes a reviewer name with markup characters safely', () => {
    const { docx } = trackedChangesDocx('a', 'b', { author: 'A & "B" <C>', date });
    expect(all(open(docx).xml('word/document.xml'), 'w:ins')[0].attrs['w:author']).toBe('A & "B" <C>');
    expect(wordDate(date)).toBe('2024-05-01T10:11:12Z');
  });

  it('marks the paragraph mark of a whole inserted or deleted paragraph, closing the document when it is last', () => {
    const { docx } = trackedChangesDocx('One.\n\nGone.\n\nTwo.\n', 'One.\n\nTwo.\n\nNew at the end.\n', { author: 'R', date });
    const paras = all(open(docx).xml('word/document.xml'), 'w:p');
    const mark = (p: El) => all(p, 'w:pPr').flatMap((x) => all(x, 'w:rPr')).flatMap((r) => r.children.map((c) => c.name))[0] ?? null;
    expect(paras.map((p) => [text(p, 'w:t') || text(p, 'w:delText'), mark(p)])).toEqual([
      ['One.', null],
      ['Gone.', 'w:del'],
      ['Two.', null],
      ['New at the end.', 'w:ins'],
      ['', null],
    ]);
  });
});

describe('pairing paragraphs', () => {
  it('pairs an edited paragraph with its original and leaves unrelated ones as deleted and inserted', () => {
    const pairs = pairParagraphs(['Title', 'This one is deleted.', 'Last one with tab.'], ['Title', 'Last one with tab, fixed.', 'A new paragraph.']);
    expect(pairs.map((p) => p.kind)).toEqual(['same', 'deleted', 'changed', 'inserted']);
    expect(pairs[2]).toMatchObject({ before: 'Last one with tab.', after: 'Last one with tab, fixed.' });
  });

  it('pairs by position when every paragraph changed a little', () => {
    const pairs = pairParagraphs(['a b c d', 'e f g h'], ['a b c x', 'e f g y']);
    expect(pairs.map((p) => p.kind)).toEqual(['changed', 'changed']);
  });
});
