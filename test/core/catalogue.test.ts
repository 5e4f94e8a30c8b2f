// Every check's own examples are its tests (after LanguageTool's bitext rules and ESLint's
// RuleTester): good pairs must stay quiet, bad pairs must be flagged on exactly the named
// characters, and the first suggestion must produce the named correction.
import { checks } from '../../src/core/checks';
import { builtinPacks } from '../../src/core/rules/builtin';
import { runExample } from '../../src/core/testing/rule-tester';

describe('check catalogue', () => {
  it('has unique ids', () => {
    const ids = checks.map((c) => c.meta.id);
    expect(new Set(ids).size).toBe(ids.length);
  });

  for (const check of checks) {
    describe(check.meta.id, () => {
      it('documents itself: description, messages, a good and a bad example', () => {
        expect(check.meta.description.length).toBeGreaterThan(10);
        expect(Object.keys(check.meta.messages).length).toBeGreaterThan(0);
        expect(check.meta.examples.good.length).toBeGreaterThan(0);
        expect(check.meta.examples.bad.length).toBeGreaterThan(0);
      });

      check.meta.examples.good.forEach((ex, i) => {
        it(`stays quiet on good example ${i + 1}: ${ex.target.slice(0, 60)}`, () => {
          const { issues } = runExample([check], ex, builtinPacks);
          expect(issues.map((x) => `${x.ruleId}: ${x.target?.text ?? ''} — ${x.message}`)).toEqual([]);
        });
      });

      check.meta.examples.bad.forEach((ex, i) => {
        it(`flags bad example ${i + 1}: "${ex.flagged}"`, () => {
          const run = runExample([check], ex, builtinPacks);
          const hit = run.issues.find((x) => (x.target?.text ?? '') === ex.flagged && (!ex.messageId || x.messageId === ex.messageId));
          expect(hit ? (hit.target?.text ?? '') : run.issues.map((x) => `${x.messageId}: ${x.target?.text}`)).toBe(ex.flagged);
          for (const x of run.issues) expect(x.message).not.toMatch(/\{\{/);
          if (ex.fixed !== undefined && hit) expect(run.fixedBy(hit)).toBe(ex.fixed);
        });
      });
    });
  }
});
