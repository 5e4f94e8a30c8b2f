// What `verso check` and `verso export` ask of the engine, built one way for both: the profile and
// rule packs named on the command line, the host's spelling dictionaries (the engine reads no
// files itself) and the corrections memory's learned rules, so an exported QA report flags what
// `verso check` flags.
import type { EngineOptions } from '../core';
import { spellingServices } from '../host/spelling';
import { withMemory } from './corrections';
import { profileAndPacks } from './rules';

export interface EngineFlags {
  profile?: string;
  rules?: string;
  /** false with --no-learned. */
  learned?: boolean;
  db?: string;
}

export async function engineOptions(o: EngineFlags, note: (m: string) => void): Promise<EngineOptions> {
  const engine: EngineOptions = { ...(await profileAndPacks(o)), services: spellingServices() };
  return withMemory(o, engine, note);
}
