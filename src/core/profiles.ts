// Profiles are plain objects (after textlint presets): which checks run, with which options
// and severities. The CLI takes --profile NAME; the UI offers the same list.
import type { CheckConfig } from './run';

export interface Profile {
  id: string;
  description: string;
  /** Check ids mapped to 'off' or to a configuration; a check not named runs with its defaults. */
  checks: Record<string, CheckConfig | 'off'>;
  /** Rule-pack ids switched off ('fr-en'), or single entries ('fr-en/piege'). */
  packsOff?: string[];
}

export const profiles: Profile[] = [
  { id: 'default', description: 'Every check and every rule pack that applies to the language pair.', checks: {} },
];

export function profileById(id: string): Profile | undefined {
  return profiles.find((p) => p.id === id);
}
