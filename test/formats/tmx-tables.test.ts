// TMX 1.4 (en → ar) and the two-column tables (fr → en): in → review → out → in again.
import * as fs from 'fs';
import * as os from 'os';
import * as path from 'path';
import { hideTags, showTags, type BilingualFile } from '../../src/core/bilingual';
import { parseBilingual, writeBilingual } from '../../src/formats';
import { readBilingualFile } from '../../src/formats/read';
import { attr } from '../../src/formats/xml';
import { FIXTURES, acceptFix, act, elements, exported, review, shape, tree } from './bilingual-helpers';

const load = async (name: string, options = {}) => (await readBilingualFile(path.join(FIXTURES, name), options)).file;

describe('TMX 1.4 (en → ar)', () => {
  let file: BilingualFile;
  beforeAll(async () => {
    file = await load('en-ar.tmx');
  });

  it('takes the source from srclang and the one other language as the target', () => {
    expect([file.format, file.from, file.to]).toEqual(['tmx', 'en', 'ar']);
    expect(file.units.map((u) => u.id)).toEqual(['1', '2', '3', '4']);
    expect(file.units[0].notes).toEqual(['Menu entry.']);
    expect(showTags(file.units[0].target)).toBe('افتح قائمة ⟦1⟧الإعدادات⟦/1⟧.');
    expect(showTags(file.units[2].source)).toBe('This is ⟦1⟧important⟦/1⟧.');
    expect(file.units[3].target).toBe('');
  });

  it('round-trips a fix and an edit, and adds the missing variant', () => {
    let s = review(file);
    s = acceptFix(s, 1, 'double-space');
    s = act(s, { type: 'edit', segment: 2, text: hideTags('هذا ⟦1⟧مهم جدا⟦/1⟧.') });
    s = act(s, { type: 'edit', segment: 3, text: 'شكرا لك.' });
    s = act(s, { type: 'markReviewed', segment: 0, reviewed: true });
    const reviewed = exported(file, s);
    const out = writeBilingual(reviewed);
    const back = parseBilingual(out, 'out.tmx');
    expect(shape(back)).toEqual(shape(reviewed));
    expect(out).toContain('<seg>لديك <ph x="1">{0}</ph> رسائل جديدة.</seg>');
    expect(out).toContain('<seg>هذا <hi type="em">مهم جدا</hi>.</seg>');
    expect(out).toContain('<tuv xml:lang="ar"><seg>شكرا لك.</seg></tuv>');
    expect(out).toContain('<prop type="x-domain">ui</prop>');
    const tu1 = elements(tree(out)).find((e) => e.local === 'tu' && attr(e, 'tuid') === '1')!;
    expect(tu1.children.some((c) => c.type === 'element' && c.local === 'prop' && attr(c, 'type') === 'x-verso-state')).toBe(true);
  });

  it('writes any bilingual file as a new TMX for a corrections memory', async () => {
    const xliff = await load('en-fr.xlf');
    const out = writeBilingual(xliff, 'tmx');
    const back = parseBilingual(out, 'memory.tmx');
    const withTarget = xliff.units.filter((u) => u.target !== '');
    expect(back.units.map((u) => showTags(u.target))).toEqual(withTarget.map((u) => showTags(u.target)));
    expect(out).toContain('<bpt i="1">&lt;g id="1" ctype="bold"&gt;</bpt>');
    expect([back.from, back.to]).toEqual(['en', 'fr']);
  });

  it('asks for --to when the memory holds several target languages', () => {
    const tmx = '<tmx version="1.4"><header srclang="en"/><body><tu><tuv xml:lang="en"><seg>Hi</seg></tuv><tuv xml:lang="fr"><seg>Salut</seg></tuv><tuv xml:lang="de"><seg>Hallo</seg></tuv></tu></body></tmx>';
    expect(() => parseBilingual(tmx, 'multi.tmx')).toThrow(/several target languages \(fr, de\); pass --to LANG/);
    expect(parseBilingual(tmx, 'multi.tmx', { to: 'de' }).units[0].target).toBe('Hallo');
  });
});

describe('TSV and CSV (fr → en)', () => {
  it('reads a TSV with a language header, blank lines skipped, line numbers as ids', async () => {
    const file = await load('fr-en.tsv');
    expect([file.format, file.from, file.to]).toEqual(['tsv', 'fr', 'en']);
    expect(file.units.map((u) => u.id)).toEqual(['2', '3', '5']);
    const s = acceptFix(review(file), 1, 'double-space');
    const out = writeBilingual(exported(file, s));
    expect(out).toBe('fr\ten\nLe chat dort.\tThe cat is sleeping.\nIl pleut  beaucoup.\tIt rains a lot.\nBonjour\tHello\n');
  });

  it('reads a CSV with quoted fields over two lines', async () => {
    const file = await load('fr-en.csv', { from: 'fr', to: 'en' });
    expect(file.units.map((u) => [u.id, u.source, u.target])).toEqual([
      ['2', 'Le prix est de 5 €, dit-il.', 'The price is €5, he said.'],
      ['3', 'Une ligne\nsur deux', 'One line\non two'],
      ['6', 'Merci', 'Thanks'],
    ]);
    const s = act(review(file), { type: 'edit', segment: 2, text: 'Thank you' });
    const out = writeBilingual(exported(file, s));
    expect(out).toBe('source,target\n"Le prix est de 5 €, dit-il.","The price is €5, he said."\n"Une ligne\nsur deux","One line\non two"\nMerci,Thank you\n');
    expect(parseBilingual(out, 'out.csv', { from: 'fr', to: 'en' }).units[2].target).toBe('Thank you');
  });

  it('reads a semicolon CSV and a legacy encoding', async () => {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'verso-csv-'));
    const file = path.join(dir, 'fr-en.csv');
    fs.writeFileSync(file, Buffer.from('fr;en\n"Déjà vu; encore";"Already seen; again"\nÉté;Summer\n', 'latin1'));
    const { file: csv, encoding } = await readBilingualFile(file);
    expect(encoding.note).toMatch(/not UTF-8/);
    expect(csv.units.map((u) => [u.source, u.target])).toEqual([['Déjà vu; encore', 'Already seen; again'], ['Été', 'Summer']]);
  });
});
