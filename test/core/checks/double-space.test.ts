// double-space beyond its catalogue examples.
import { check } from '../../../src/core/checks/double-space';
import { pairDocument } from '../../../src/core/document';
import { createDocContext, runChecks } from '../../../src/core/run';
import { applySuggestion } from '../../../src/core/fix';
import type { Check } from '../../../src/core/checks/check';

/** Each issue as [flagged text, start, end, messageId, target after its first suggestion]. */
function flags(c: Check, source: string, target: string, from: string, to: string): [string, number, number, string, string][] {
  const issues = runChecks(createDocContext(pairDocument(source, target, from, to)), { checks: [c] });
  return issues.map((i) => [i.target?.text ?? '', i.target?.start ?? -1, i.target?.end ?? -1, i.messageId, applySuggestion(target, i)]);
}

describe('double-space', () => {
  it('reports each run with its exact span and collapses it', () => {
    expect(flags(check, 'x', 'A  b   c.', 'fr', 'en')).toEqual([
      ['  ', 1, 3, 'double-space', 'A b   c.'],
      ['   ', 4, 7, 'double-space', 'A  b c.'],
    ]);
  });
  it('keeps the no-break or ideographic space of a run', () => {
    expect(flags(check, 'x', 'dit \u00a0: oui', 'en', 'fr').map((f) => f[4])).toEqual(['dit\u00a0: oui']);
    expect(flags(check, 'x', '東京\u3000\u3000大阪', 'en', 'ja').map((f) => f[4])).toEqual(['東京\u3000大阪']);
  });
  it('ignores leading and trailing spaces and tabs', () => {
    expect(flags(check, 'x', '  He came.  ', 'fr', 'en')).toEqual([]);
    expect(flags(check, 'x', 'Имя\t\tВозраст', 'en', 'ru')).toEqual([]);
  });
});
