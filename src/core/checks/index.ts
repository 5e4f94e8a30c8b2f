// The catalogue: every check the engine ships, in the order they run.
import type { Check } from './check';
import { rulePack } from './rule-pack';
import { check as untranslated } from './untranslated';
import { check as codeMix } from './code-mix';
import { check as omission } from './omission';
import { check as addition } from './addition';
import { check as negation } from './negation';
import { check as pronounGender } from './pronoun-gender';
import { check as pronounCase } from './pronoun-case';
import { check as punctuationSpacing } from './punctuation-spacing';
import { check as tokenized } from './tokenized';
import { check as quotesUnpaired } from './quotes-unpaired';
import { check as finalPunctuation } from './final-punctuation';
import { check as doubleSpace } from './double-space';
import { check as strayCharacters } from './stray-characters';
import { check as strayPunctuation } from './stray-punctuation';
import { check as repetition } from './repetition';
import { check as brokenSyntax } from './broken-syntax';
import { check as letterCase } from './case';
import { check as webResidue } from './web-residue';
import { check as numbers } from './numbers';
import { check as codes } from './codes';
import { check as sentenceBoundary } from './sentence-boundary';
import { names } from './names';
import { nameConsistency } from './name-consistency';
import { consistency } from './consistency';
import { spelling } from './spelling';
import { check as realWord } from './real-word';
import { check as agreement } from './agreement';
import { check as inlineTags } from './inline-tags';

export const checks: Check[] = [
  untranslated,
  codeMix,
  omission,
  addition,
  negation,
  pronounGender,
  pronounCase,
  punctuationSpacing,
  tokenized,
  quotesUnpaired,
  finalPunctuation,
  doubleSpace,
  strayCharacters,
  strayPunctuation,
  repetition,
  brokenSyntax,
  letterCase,
  webResidue,
  numbers,
  codes,
  sentenceBoundary,
  inlineTags,
  names,
  nameConsistency,
  consistency,
  spelling,
  realWord,
  agreement,
  rulePack,
];

export function checkById(id: string): Check | undefined {
  return checks.find((c) => c.meta.id === id);
}
