// The shape of a check, after ESLint's rules: metadata readable without running anything,
// plus one function that reports. Everything a check says is relative to its segment's
// own text; the runner turns it into absolute offsets.
import type { ReviewDocument, Segment, Severity, Span } from '../types';
import type { RulePack } from '../rules/pack';

export interface CheckExample {
  from: string;
  to: string;
  source: string;
  target: string;
  note?: string;
}

export interface BadExample extends CheckExample {
  /** Exact target text the issue must cover ('' for an issue with no target span, such as an omission). */
  flagged: string;
  /** The whole target after applying the first suggestion, where the check proposes one. */
  fixed?: string;
  messageId?: string;
}

export interface LanguageScope {
  /** Base language subtags ('fr', 'zh'); absent means any. */
  source?: string[];
  target?: string[];
}

export interface CheckMeta {
  id: string;
  /** MQM path in lower case, e.g. 'accuracy/mistranslation'. */
  category: string;
  severity: Severity;
  languages?: LanguageScope;
  description: string;
  /** Message templates by id, English, with {{name}} placeholders. */
  messages: Record<string, string>;
  /** 'fix' when the first suggestion can be applied without changing meaning. */
  fixable?: 'fix' | 'suggestion';
  examples: { good: CheckExample[]; bad: BadExample[] };
}

/** One segment as a check sees it: its two texts and where they sit in the document. */
export interface SegmentView {
  segment: Segment;
  from: string;
  to: string;
  source: string;
  target: string;
  sourceOffset: number;
  targetOffset: number;
  /** Sentence spans relative to `source` / `target`. */
  sourceSentences: Span[];
  targetSentences: Span[];
}

export interface DocContext {
  document: ReviewDocument;
  views: SegmentView[];
  /** Document-wide facts (every spelling of a name...) computed once per document and key. */
  memo<T>(key: string, build: () => T): T;
}

export interface ReportSuggestion {
  text: string;
  /** Relative to the segment target; absent means the report's own target span. */
  start?: number;
  end?: number;
}

export interface Report {
  messageId: string;
  data?: Record<string, string>;
  /** Relative to the segment's target text; null/absent when the issue has no target span. */
  target?: Span | null;
  /** Relative to the segment's source text. */
  source?: Span | null;
  suggestions?: ReportSuggestion[];
  fix?: boolean;
  severity?: Severity;
  category?: string;
  /** A finer id for data-driven checks, e.g. a rule-pack entry 'calque/fr-en/piege'. */
  ruleId?: string;
  /** Ready-made English text, for data-driven checks whose messages live in the data. */
  message?: string;
}

/** A spelling dictionary, loaded by the host (the engine reads no files). */
export interface Speller {
  correct(word: string): boolean;
  suggest(word: string): string[];
}

/** What the host lends the engine: things that need files or memory the engine cannot own. */
export interface EngineServices {
  speller?(lang: string): Speller | null;
}

export interface CheckContext {
  from: string;
  to: string;
  doc: DocContext;
  options: Record<string, unknown>;
  packs: RulePack[];
  services: EngineServices;
  report(r: Report): void;
}

export interface Check {
  meta: CheckMeta;
  run(view: SegmentView, ctx: CheckContext): void;
}
