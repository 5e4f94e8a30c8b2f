import { readFileSync, readdirSync } from 'node:fs';
import { builtinPacks } from '../../../src/core/rules/builtin';
import { compilePack } from '../../../src/core/checks/rule-pack';
import { findOrdered } from '../../../src/core/rules/match';
import { tokenise } from '../../../src/core/rules/tokenise';
import { checkPair } from '../../../src/core';
import { rulePack } from '../../../src/core/checks/rule-pack';
import { pairDocument } from '../../../src/core/document';
import { createDocContext, runChecks } from '../../../src/core/run';
it('quiet', () => {
  const dir = '/work/shared/bench/demetr-dev/';
  const texts = new Set<string>();
  for (const f of readdirSync(dir).filter((f) => f.endsWith('.tsv'))) {
    for (const line of readFileSync(dir + f, 'utf8').split('\n').slice(1)) {
      const c = line.split('\t');
      if (c.length >= 6) { texts.add(c[3]); texts.add(c[5]); }
    }
  }
  // 1) full check as fr->en (source = French-free German etc): source-aware entries must stay quiet
  let full = 0;
  const fired: Record<string, string[]> = {};
  let targetOnly = 0;
  const pack = compilePack(builtinPacks[0]);
  for (const t of texts) {
    const r = checkPair('Texte source.', t, 'fr', 'en', { packs: builtinPacks });
    full += r.issues.filter((i) => i.ruleId.startsWith('calque/')).length;
    // 2) target patterns alone (as if every entry were a target-only fallback)
    const toks = tokenise(t);
    for (const ce of pack.entries) for (const p of ce.targets) {
      const ms = findOrdered(p, toks);
      if (ms.length && !ce.unlessTarget.some((u) => findOrdered(u, toks).length)) {
        targetOnly += ms.length;
        (fired[ce.entry.id] ??= []).push(t.slice(ms[0].start, ms[0].end) + ' || ' + t.slice(Math.max(0, ms[0].start - 40), ms[0].end + 40));
      }
    }
  }
  console.log(`distinct English sentences: ${texts.size}; pack issues with a non-French source: ${full}; target patterns alone: ${targetOnly}`);
  for (const [k, v] of Object.entries(fired)) console.log(k, v.length, '\n   ' + [...new Set(v)].slice(0, 4).join('\n   '));
  // perf: 150k words
  const sample = [...texts].slice(0, 2000);
  let words = 0; const pairs: [string, string][] = [];
  const fr = readFileSync('/work/main/assets/samples/drone-attack/fr.source.txt', 'utf8').split('\n').filter((l) => l.trim());
  while (words < 150000) { for (let i = 0; i < sample.length && words < 150000; i++) { pairs.push([fr[i % fr.length], sample[i]]); words += sample[i].split(/\s+/).length; } }
  const src = pairs.map((p) => p[0]).join('\n\n'); const tgt = pairs.map((p) => p[1]).join('\n\n');
  const doc = pairDocument(src, tgt, 'fr', 'en');
  const ctx = createDocContext(doc);
  const t0 = performance.now();
  const issues = runChecks(ctx, { checks: [rulePack], packs: builtinPacks });
  console.log(`rule-pack on ${words} target words (${pairs.length} sentences, one segment): ${(performance.now() - t0).toFixed(0)} ms, ${issues.length} issues`);
});
