// --rules FILE.json: a reviser's own rule pack (or a list of packs), validated before use with
// the engine's own validator, so a typo is reported with the file and the entry, not mid-run.
import { promises as fsp } from 'node:fs';
import type { EngineOptions } from '../core';
import type { RulePack } from '../core/rules/pack';
import { builtinPacks, packProblems } from '../core/rules/builtin';
import { profileById, profiles } from '../core/profiles';
import { InputError, UsageError, describeFsError } from './errors';

/** What --profile and --rules ask of the engine, checked before any input is read. */
export async function profileAndPacks(o: { profile?: string; rules?: string }): Promise<EngineOptions> {
  const engine: EngineOptions = {};
  if (o.profile !== undefined) {
    if (!profileById(o.profile)) throw new UsageError(`unknown profile ${JSON.stringify(o.profile)}: expected one of ${profiles.map((p) => p.id).join(', ')}`);
    engine.profile = o.profile;
  }
  if (o.rules !== undefined) engine.packs = [...builtinPacks, ...(await loadRulePacks(o.rules))];
  return engine;
}

export async function loadRulePacks(file: string): Promise<RulePack[]> {
  let text: string;
  try {
    const stat = await fsp.stat(file);
    if (stat.isDirectory()) throw new InputError(file, 'is a directory, not a rule pack');
    text = await fsp.readFile(file, 'utf8');
  } catch (err) {
    throw err instanceof InputError ? err : describeFsError(file, err);
  }
  let json: unknown;
  try {
    json = JSON.parse(text.replace(/^\uFEFF/, ''));
  } catch (err) {
    throw new InputError(file, `not valid JSON: ${(err as Error).message}`);
  }
  const packs = Array.isArray(json) ? json : [json];
  if (packs.length === 0) throw new InputError(file, 'an empty list: expected a rule pack or a list of packs');
  const problems: string[] = [];
  packs.forEach((pack, i) => {
    const where = Array.isArray(json) ? `pack #${i + 1}: ` : '';
    for (const p of packProblems(pack, file)) problems.push(where + p.replace(`${file}: `, ''));
  });
  if (problems.length > 0) {
    const more = problems.length > 1 ? ` (and ${problems.length - 1} more: ${problems.slice(1, 4).join('; ')}${problems.length > 4 ? '; ...' : ''})` : '';
    throw new InputError(file, `invalid rule pack: ${problems[0]}${more}`);
  }
  return packs as RulePack[];
}
