// PLACEHOLDER until the rule-pack work lands: the packs shipped in assets/rules/.
import type { RulePack } from './pack';

export const builtinPacks: RulePack[] = [];
