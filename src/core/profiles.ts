// Profiles are plain objects (after textlint presets): which checks run, with which options
// and severities. The CLI takes --profile NAME; the UI offers the same list.
import type { CheckConfig } from './run';

export interface Profile {
  id: string;
  description: string;
  /** When present, only these checks run. */
  only?: string[];
  /** Check ids mapped to 'off' or to a configuration; a check not named runs with its defaults. */
  checks: Record<string, CheckConfig | 'off'>;
  /** Rule-pack ids switched off ('fr-en'), or single entries ('fr-en/piege'). */
  packsOff?: string[];
}

const MEANING = ['numbers', 'codes', 'names', 'negation', 'untranslated', 'code-mix', 'omission', 'addition', 'rule-pack', 'sentence-boundary'];

export const profiles: Profile[] = [
  { id: 'default', description: 'Every check and every rule pack that applies to the language pair.', checks: {} },
  {
    id: 'accuracy',
    description: 'Only errors of meaning: numbers, names, negation, omissions, additions, untranslated text, literal renderings.',
    only: MEANING,
    checks: {},
  },
  {
    id: 'strict',
    description: 'Everything, with typography and consistency raised to major: for text going to print.',
    checks: {
      'punctuation-spacing': { severity: 'major' },
      'quotes-unpaired': { severity: 'major' },
      'name-consistency': { severity: 'major' },
      consistency: { severity: 'major' },
    },
  },
  {
    id: 'batch',
    description: 'For separate sentence pairs (MT evaluation): document-wide consistency checks off.',
    checks: { 'name-consistency': 'off', consistency: 'off' },
  },
];

export function profileById(id: string): Profile | undefined {
  return profiles.find((p) => p.id === id);
}

/** The per-check configuration a profile gives, over the ids of the checks that exist. */
export function profileConfig(profile: Profile | undefined, checkIds: string[]): Record<string, CheckConfig | 'off'> {
  if (!profile) return {};
  const config: Record<string, CheckConfig | 'off'> = { ...profile.checks };
  if (profile.only) for (const id of checkIds) if (!profile.only.includes(id)) config[id] = 'off';
  return config;
}
