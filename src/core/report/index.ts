// The QA report: model (statuses, counts, MQM score) and its CSV, JSON and HTML renderings.
export { buildQaReport, categoryLabel, QA_REPORT_VERSION, QA_STATUSES, SEVERITIES } from './model';
export type { CategoryCount, QaIssue, QaReport, QaReportInput, QaStatus } from './model';
export { countWords, qualityScore, resolveWeights, DEFAULT_WEIGHTS, DEFAULT_MAX_PENALTY_PER_1000 } from './score';
export type { QualityScore, ScoreOptions, Weights } from './score';
export { reportCsv, reportJson, csvField, CSV_COLUMNS } from './csv';
export { reportHtml, categoryChart, escapeHtml } from './html';
