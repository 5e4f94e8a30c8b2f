// Name consistency beyond its catalogue examples: the dominant spelling wins, variants are
// transcription variants only, and the sample article's "Moustafa" is caught.
import { readFileSync } from 'fs';
import { join } from 'path';
import { nameConsistency } from '../../../src/core/checks/name-consistency';
import { buildDocument, pairDocument } from '../../../src/core/document';
import { createDocContext, runChecks } from '../../../src/core/run';
import { runExample } from '../../../src/core/testing/rule-tester';

function variants(source: string, target: string, from: string, to = 'en') {
  return runChecks(createDocContext(pairDocument(source, target, from, to)), { checks: [nameConsistency] }).map(
    (i) => `${i.target?.text} → ${i.suggestions[0]?.text}`,
  );
}

describe('name-consistency: own examples', () => {
  nameConsistency.meta.examples.good.forEach((ex, i) => {
    it(`good ${i + 1}`, () => expect(runExample([nameConsistency], ex).issues.map((x) => x.message)).toEqual([]));
  });
  nameConsistency.meta.examples.bad.forEach((ex, i) => {
    it(`bad ${i + 1}`, () => {
      const run = runExample([nameConsistency], ex);
      expect(run.issues.map((x) => x.target?.text ?? '')).toEqual([ex.flagged]);
      if (ex.fixed) expect(run.fixedBy(run.issues[0])).toBe(ex.fixed);
    });
  });
});

describe('name-consistency', () => {
  it('proposes the most frequent spelling, the first one on a tie', () => {
    expect(variants('x', 'Mohamed left. Then Mohammed came. And Mohammed stayed.', 'fr')).toEqual(['Mohamed → Mohammed']);
    expect(variants('x', 'Then Mohamed left, and Mohammed came.', 'fr')).toEqual(['Mohammed → Mohamed']);
  });

  it('tells different names apart', () => {
    expect(variants('x', 'Marks met Marx, and Mark met Markus; Jan met Jane.', 'fr')).toEqual([]);
  });

  it('leaves acronyms and ordinary words alone', () => {
    expect(variants('x', 'The UN and the Un met. Some said so; some did not.', 'fr')).toEqual([]);
  });

  it('catches the sample article’s “Moustafa” for “Mustafa”', () => {
    const dir = join(__dirname, '../../../assets/samples/drone-attack');
    const doc = buildDocument(readFileSync(join(dir, 'fr.source.txt'), 'utf8'), readFileSync(join(dir, 'en.mt.txt'), 'utf8'), 'fr', 'en');
    const found = runChecks(createDocContext(doc), { checks: [nameConsistency] });
    expect(found.map((i) => `${i.target?.text} → ${i.suggestions[0]?.text}`)).toEqual(['Moustafa → Mustafa']);
  });
});
