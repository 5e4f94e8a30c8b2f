// The TMX export is TMX 1.4 as the standard lays it out: <tmx version="1.4">, a <header> with
// every required attribute, <body> of <tu> holding props first, then one <tuv> per language each
// with one <seg>; the MT in <prop type="x-verso-mt">. Read back with the parser it round-trips.
import * as fs from 'fs';
import * as path from 'path';
import { openCorrections } from '../../src/host/corrections';
import { readTmx, writeTmx } from '../../src/host/corrections/tmx';
import { attr, childElements, firstChild, parseXml, textContent, type XmlElement } from '../../src/formats/xml';
import { doc, edit, judged, tempDir } from './helpers';

const REQUIRED_HEADER = ['creationtool', 'creationtoolversion', 'segtype', 'o-tmf', 'adminlang', 'srclang', 'datatype'];

describe('corrections as TMX 1.4', () => {
  let dir: string;
  beforeAll(() => (dir = tempDir()));
  afterAll(() => fs.rmSync(dir, { recursive: true, force: true }));

  function memory() {
    const store = openCorrections(path.join(dir, `${Math.random().toString(36).slice(2)}.db`));
    store.record(doc('Gare & <quais>'), [
      edit('Un colis suspect.', 'A suspect package.', 'A suspicious package.', { reviewer: 'Ana Ló' }),
      judged('accept', 'calque/fr-en/piege', { reviewer: 'Ben' }),
      judged('reject', 'spelling'),
    ]);
    store.record(doc('Madrid', 'a', 'b', 'es', 'en'), [edit('Dijo: «sí» & <no>.', 'He said: "yes" & <no>.', 'He said "yes"\r\n & <no>.', { reviewer: null })]);
    return store;
  }

  it('has the structure the standard requires', () => {
    const store = memory();
    const xml = store.export('tmx').text;
    const root = parseXml(xml, 'out.tmx').root;
    expect(root.name).toBe('tmx');
    expect(attr(root, 'version')).toBe('1.4');
    expect(childElements(root).map((e) => e.name)).toEqual(['header', 'body']);
    const header = firstChild(root, 'header') as XmlElement;
    for (const a of REQUIRED_HEADER) expect({ a, value: attr(header, a) }).toEqual({ a, value: expect.stringMatching(/\S/) });
    expect(attr(header, 'srclang')).toBe('*all*'); // French and Spanish sources
    expect(attr(header, 'segtype')).toMatch(/^(block|paragraph|sentence|phrase)$/);
    const tus = childElements(firstChild(root, 'body') as XmlElement);
    expect(tus.map((t) => t.name)).toEqual(['tu', 'tu', 'tu']); // the rejection corrected nothing
    for (const tu of tus) {
      const kids = childElements(tu).map((e) => e.name);
      expect(kids.slice(kids.indexOf('tuv'))).toEqual(['tuv', 'tuv']);
      expect(kids.slice(0, kids.indexOf('tuv')).every((k) => k === 'prop' || k === 'note')).toBe(true);
      expect(attr(tu, 'tuid')).toMatch(/^[0-9a-f]{32}$/);
      expect(attr(tu, 'creationdate')).toMatch(/^\d{8}T\d{6}Z$/);
      for (const tuv of childElements(tu, 'tuv')) {
        expect(attr(tuv, 'xml:lang')).toMatch(/^[a-z]{2}$/);
        expect(childElements(tuv).map((e) => e.name)).toEqual(['seg']);
      }
    }
    const props = (tu: XmlElement) => Object.fromEntries(childElements(tu, 'prop').map((p) => [attr(p, 'type'), textContent(p)]));
    const [first, second, third] = tus;
    expect(props(first)).toMatchObject({ 'x-verso-mt': 'A suspect package.', 'x-verso-kind': 'edit', 'x-verso-reviewer': 'Ana Ló', 'x-verso-document': 'Gare & <quais>' });
    expect(attr(first, 'creationid')).toBe('Ana Ló');
    expect(childElements(first, 'tuv').map((t) => [attr(t, 'xml:lang'), textContent(firstChild(t, 'seg')!)])).toEqual([
      ['fr', 'Un colis suspect.'],
      ['en', 'A suspicious package.'],
    ]);
    expect(props(second)).toMatchObject({ 'x-verso-rule': 'calque/fr-en/piege', 'x-verso-fix': 'booby-trapped drone', 'x-verso-span-start': '2', 'x-verso-span-end': '15' });
    // Markup characters and a carriage return survive.
    expect(textContent(firstChild(childElements(third, 'tuv')[1], 'seg')!)).toBe('He said "yes"\r\n & <no>.');
    expect(xml).toContain('&amp; &lt;no&gt;');
    store.close();
  });

  it('round-trips through import, decision for decision', () => {
    const store = memory();
    const records = store.all();
    const parsed = readTmx(writeTmx(records), 'x.tmx');
    expect(parsed.skipped).toBe(0);
    expect(parsed.items.map((i) => ({ ...i.decision, everywhere: i.decision.everywhere, document: i.document }))).toEqual(
      records.filter((r) => r.after !== null).map(({ id: _id, hash: _hash, ...r }) => r),
    );
    store.close();
  });

  it('skips units that are not Verso corrections and says why', () => {
    const foreign = `<?xml version="1.0"?><tmx version="1.4"><header creationtool="x" creationtoolversion="1" segtype="sentence" o-tmf="x" adminlang="en" srclang="fr" datatype="plaintext"/>
      <body><tu><tuv xml:lang="fr"><seg>Bonjour</seg></tuv><tuv xml:lang="en"><seg>Hello</seg></tuv></tu></body></tmx>`;
    const parsed = readTmx(foreign, 'other.tmx');
    expect(parsed).toMatchObject({ items: [], skipped: 1 });
    expect(parsed.problems[0]).toMatch(/no x-verso-mt prop/);
    expect(() => readTmx('<!DOCTYPE tmx [<!ENTITY x "y">]><tmx version="1.4"/>', 'evil.tmx')).toThrow(/DOCTYPE/);
  });
});
