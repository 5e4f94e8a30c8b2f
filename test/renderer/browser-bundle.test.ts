// What the export dialog and the bilingual start screen run in the page, bundled exactly as the
// renderer is (scripts/build-renderer.js settings) and run where there is no Node at all: no
// Buffer, no process, no require. A module that reaches for one at load or at call time fails here
// long before a browser test would.
import * as path from 'path';
import * as vm from 'vm';
import { buildSync } from 'esbuild';

const ROOT = path.join(__dirname, '../..');

const ENTRY = `
import { runOptions } from './src/core';
import { buildDocument } from './src/core/document';
import { createReview } from './src/core/review/state';
import { exportReview, EXPORT_FORMATS } from './src/formats/export';
import { bilingualDocument, applyReview } from './src/core/bilingual';
import { parseBilingual, writeBilingual } from './src/formats/index';
import { decisionsBetween, similarToCorrection, learnedPacks, documentHash } from './src/core/corrections';
export function run() {
  const out = {};
  const ro = runOptions();
  const state = createReview(buildDocument('Un drone piégé a frappé la ville.\\n', 'A trapped drone struck the city.\\n', 'fr', 'en'), ro);
  for (const f of EXPORT_FORMATS) out[f] = exportReview(f, { state, run: ro, sourceName: 'fr.txt', targetName: 'en.txt', reviewer: 'Ana' }).data.length;
  for (const [name, text] of [['a.tsv', 'fr\\ten\\nLe chat dort.\\tThe cat sleeps.\\n'], ['a.csv', 'fr,en\\nLe chat dort.,The cat sleeps.\\n']]) {
    const file = parseBilingual(text, name);
    const review = createReview(bilingualDocument(file), ro);
    out[name] = writeBilingual(applyReview(file, review, { run: ro }));
  }
  out.hash = documentHash('a', 'b');
  out.learned = learnedPacks([]).length;
  out.decisions = decisionsBetween(state, state).length;
  return out;
}
`;

describe('the formats in the browser bundle', () => {
  it('bundle and run without any Node global', () => {
    const { common } = require('../../scripts/build-renderer.js') as { common: Record<string, unknown> };
    const result = buildSync({
      ...common,
      minify: false,
      sourcemap: false,
      stdin: { contents: ENTRY, resolveDir: ROOT, loader: 'ts', sourcefile: 'probe.ts' },
      globalName: 'probe',
      write: false,
    });
    const code = result.outputFiles[0].text;
    const context = vm.createContext({ TextEncoder, TextDecoder, console: { log() {}, warn() {}, error() {} }, setTimeout, clearTimeout });
    expect(vm.runInContext('typeof Buffer + typeof process + typeof require', context)).toBe('undefinedundefinedundefined');
    vm.runInContext(code, context);
    const out = vm.runInContext('probe.run()', context) as Record<string, number | string>;
    for (const f of ['docx-changes', 'docx', 'txt', 'xliff', 'xliff12', 'report-html', 'report-csv', 'report-json']) expect({ f, size: (out[f] as number) > 0 }).toEqual({ f, size: true });
    expect(out['a.tsv']).toBe('fr\ten\nLe chat dort.\tThe cat sleeps.\n');
    expect(out['a.csv']).toContain('The cat sleeps.');
    expect(out.hash).toMatch(/^[0-9a-f]{32}$/);
  });
});
