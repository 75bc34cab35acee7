/*
 * Report formatters over checked calls: ESLint-style stylish text with a summary table, JSON, and
 * SARIF 2.1.0.
 */
export { formatStylish, type StylishOptions } from './stylish.js';
export { formatJson, type JsonReportEntry } from './json.js';
export { formatSarif, createSarifLog, SARIF_SCHEMA_URI, type SarifLog, type SarifOptions, type SarifResult, type SarifRule, type SarifRun } from './sarif.js';
export { summarizeResults, formatSummaryTable, type LintSummary } from './summary.js';
export { locateDiagnostic } from './locate.js';
export type { LintFileResult, MessageLanguage, RuleDescriptor } from './types.js';
