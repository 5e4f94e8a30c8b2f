// The corrections memory's engine side: what to keep of a decision, what to learn from it, where
// else it applies, and what the accept/reject counts mean. Storage lives in src/host/corrections.
export * from './types';
export { stableHash, documentHash, decisionHash } from './hash';
export { phraseCorrections, correctionKey, decisionsBetween, learnsFrom, isContentWord, MAX_PHRASE_WORDS, type RecordOptions } from './extract';
export {
  proposeEntry, shouldLearn, provenance, learnedPacks, learnedPackId, learnedRuleId, withProvenance, entryProblem, sourcePattern, cognate,
  LEARN_AFTER, LEARNED_KIND, type Occurrence, type ProposeOptions, type LearnedPackOptions,
} from './learn';
export { similarSegments, similarToCorrection, correctionEntries, type SimilarSegment, type SimilarOptions } from './similar';
export { ruleStats, defaultSeverity, demote, checkOf, isDemoted, DEMOTE } from './stats';
