// The packs shipped in assets/rules/, checked once at load. Adding a pack is one line here.
import type { RulePack } from './pack';
import { validatePack } from './validate';
import frEn from '../../../assets/rules/fr-en.json';

export const builtinPacks: RulePack[] = [
  validatePack(frEn, 'assets/rules/fr-en.json'),
];

export { validatePack, packProblems, PackError } from './validate';
