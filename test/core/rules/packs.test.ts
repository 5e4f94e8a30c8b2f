// Every entry of every builtin pack is tested by its own examples (after LanguageTool's bitext
// rules): good pairs stay quiet, bad pairs are flagged on exactly `flagged`, and the entry's first
// fix turns the target into `fixed`.
import { builtinPacks, packProblems, validatePack, PackError } from '../../../src/core/rules/builtin';
import { rulePack } from '../../../src/core/checks/rule-pack';
import { runExample } from '../../../src/core/testing/rule-tester';
import type { RulePack } from '../../../src/core/rules/pack';

describe('builtin rule packs', () => {
  it('are loaded, and the fr-en pack has at least 150 entries', () => {
    const fr = builtinPacks.find((p) => p.id === 'fr-en');
    expect(fr).toBeDefined();
    expect(fr!.entries.length).toBeGreaterThanOrEqual(150);
  });

  it('have unique pack ids and unique entry ids within each pack', () => {
    expect(new Set(builtinPacks.map((p) => p.id)).size).toBe(builtinPacks.length);
    for (const pack of builtinPacks) {
      const ids = pack.entries.map((e) => e.id);
      expect(ids.filter((id, i) => ids.indexOf(id) !== i)).toEqual([]);
    }
  });

  for (const pack of builtinPacks) {
    describe(`${pack.id}`, () => {
      for (const entry of pack.entries) {
        const ruleId = `${pack.kind}/${pack.id}/${entry.id}`;
        const only: RulePack = { ...pack, entries: [entry] };
        const lang = (side: string | undefined) => (side === '*' ? 'de' : side ?? 'en');
        describe(entry.id, () => {
          it('documents itself: message and a bad example', () => {
            expect(entry.message.length).toBeGreaterThan(10);
            expect(entry.examples.bad.length).toBeGreaterThan(0);
          });
          entry.examples.good.forEach((ex, i) => {
            it(`stays quiet on good example ${i + 1}: ${ex.target.slice(0, 50)}`, () => {
              // With the whole pack: no entry may fire on a correct rendering.
              const run = runExample([rulePack], { ...ex, from: lang(pack.from), to: pack.to }, [pack]);
              expect(run.issues.map((x) => `${x.ruleId}: ${x.target?.text}`)).toEqual([]);
            });
          });
          entry.examples.bad.forEach((ex, i) => {
            it(`flags bad example ${i + 1}: "${ex.flagged}"`, () => {
              const run = runExample([rulePack], { ...ex, from: lang(pack.from), to: pack.to }, [only]);
              const hit = run.issues.find((x) => x.ruleId === ruleId && x.target?.text === ex.flagged);
              expect(hit ? ex.flagged : run.issues.map((x) => `${x.ruleId}: ${x.target?.text}`)).toBe(ex.flagged);
              expect(hit!.message).not.toMatch(/\{\{/);
              expect(run.fixedBy(hit!)).toBe(ex.fixed);
            });
          });
        });
      }
    });
  }
});

describe('validatePack', () => {
  const entry = {
    id: 'x', kind: 'calque', source: 'piégé*', target: 'trapped drone', fix: 'booby-trapped $2', message: 'Booby-trapped.',
    examples: { good: [], bad: [{ source: 'drone piégé', target: 'a trapped drone', flagged: 'trapped drone', fixed: 'a booby-trapped drone' }] },
  };
  const pack = (entries: unknown[]) => ({ id: 'fr-en', kind: 'calque', from: 'fr', to: 'en', entries });

  it('accepts a sound pack', () => {
    expect(packProblems(pack([entry]), 'my.json')).toEqual([]);
    expect(validatePack(pack([entry]), 'my.json').id).toBe('fr-en');
  });

  it('names the file and the entry id of a malformed entry', () => {
    const bad = { ...entry, id: 'piege', target: 'trapped {drone', fix: 'x $5' };
    let err: unknown;
    try {
      validatePack(pack([entry, bad]), 'packs/mine.json');
    } catch (e) {
      err = e;
    }
    expect(err).toBeInstanceOf(PackError);
    const message = (err as Error).message;
    expect(message).toContain('packs/mine.json');
    expect(message).toContain('entry "piege"');
    expect(message).toMatch(/target pattern "trapped \{drone"/);
  });

  it('reports missing fields, duplicate ids, bad severities and unusable $n', () => {
    const problems = packProblems(
      pack([
        { ...entry, id: 'a', fix: 'booby-trapped $3' },
        { ...entry, id: 'a' },
        { ...entry, id: 'b', severity: 'huge' },
        { ...entry, id: 'c', message: undefined, kind: undefined },
        { ...entry, id: 'd', examples: { good: [], bad: [{ source: 's', target: 't', flagged: 'zz', fixed: 't' }] } },
        { ...entry, id: 'e', target: '… trapped' },
        'nonsense',
      ]),
      'p.json',
    );
    const text = problems.join('\n');
    expect(text).toContain('entry "a": fix "booby-trapped $3" uses $3');
    expect(text).toContain('entry "a": duplicate id');
    expect(text).toContain('entry "b": severity "huge"');
    expect(text).toContain('entry "c": missing "kind"');
    expect(text).toContain('entry "c": missing "message"');
    expect(text).toContain('entry "d": bad example #1: "flagged" (zz) is not in its target');
    expect(text).toContain('entry "e": target pattern "… trapped": ');
    expect(text).toContain('entry #7: not an object');
  });

  it('rejects what is not a pack at all', () => {
    expect(packProblems([], 'x.json')[0]).toContain('x.json');
    expect(packProblems({ id: 'x', entries: [] }, 'x.json')).toContain('missing "kind"');
  });
});
