import { checkPair } from '../../src/core';
import { checks } from '../../src/core/checks';
import { builtinPacks } from '../../src/core/rules/builtin';
import { profiles } from '../../src/core/profiles';

describe('profiles', () => {
  const ids = new Set(checks.map((c) => c.meta.id));

  it('name only checks and packs that exist', () => {
    for (const p of profiles) {
      for (const id of [...Object.keys(p.checks), ...(p.only ?? [])]) expect(`${p.id}: ${id} ${ids.has(id)}`).toBe(`${p.id}: ${id} true`);
      for (const pack of p.packsOff ?? []) expect(builtinPacks.some((b) => pack === b.id || pack.startsWith(`${b.id}/`))).toBe(true);
    }
  });

  // A double space and a changed number: typography and meaning in one pair.
  const source = 'Le bilan est de 12 morts.';
  const target = 'The  toll is 15 dead.';

  it('default runs typography and meaning checks', () => {
    const rules = checkPair(source, target, 'fr', 'en').issues.map((i) => i.ruleId);
    expect(rules).toEqual(expect.arrayContaining(['double-space', 'numbers']));
  });

  it('accuracy keeps only errors of meaning', () => {
    const rules = checkPair(source, target, 'fr', 'en', { profile: 'accuracy' }).issues.map((i) => i.ruleId);
    expect(rules).toContain('numbers');
    expect(rules).not.toContain('double-space');
  });

  it('strict raises typography to major', () => {
    const issue = checkPair('Il a dit « oui ».', 'He said « yes ».', 'fr', 'en', { profile: 'strict' }).issues.find((i) => i.ruleId === 'punctuation-spacing');
    expect(issue?.severity).toBe('major');
  });

  it('a pack entry switched off by a profile stays quiet', () => {
    const profile = { id: 'x', description: 'test', checks: {}, packsOff: ['fr-en/piege'] };
    const on = checkPair('Un drone piégé a explosé.', 'A trapped drone exploded.', 'fr', 'en').issues;
    const off = checkPair('Un drone piégé a explosé.', 'A trapped drone exploded.', 'fr', 'en', { profile }).issues;
    expect(on.some((i) => i.ruleId === 'calque/fr-en/piege')).toBe(true);
    expect(off.some((i) => i.ruleId === 'calque/fr-en/piege')).toBe(false);
  });
});
