// The packs shipped in assets/rules/, checked once at load. Adding a pack is one line here.
import type { RulePack } from './pack';
import { validatePack } from './validate';
import frEn from '../../../assets/rules/fr-en.json';
import esEn from '../../../assets/rules/es-en.json';
import itEn from '../../../assets/rules/it-en.json';
import deEn from '../../../assets/rules/de-en.json';
import enFallback from '../../../assets/rules/en-fallback.json';

export const builtinPacks: RulePack[] = [
  validatePack(frEn, 'assets/rules/fr-en.json'),
  validatePack(esEn, 'assets/rules/es-en.json'),
  validatePack(itEn, 'assets/rules/it-en.json'),
  validatePack(deEn, 'assets/rules/de-en.json'),
  // Target-only fallbacks last: on the same span a source-aware entry's issue is kept.
  validatePack(enFallback, 'assets/rules/en-fallback.json'),
];

export { validatePack, packProblems, PackError } from './validate';
