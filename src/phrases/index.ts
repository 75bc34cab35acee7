/**
 * kefu/phrases — the phrase catalog, the checker's rules, the checker and its formatters.
 *
 * @example
 * ```ts
 * import { compileCatalog, PHRASE_CATALOG } from 'kefu/phrases';
 * compileCatalog(PHRASE_CATALOG).scan('这个我不知道').map((m) => m.entry.id);
 * ```
 * @module phrases
 */
export type * from './types.js';
export * from './format/index.js';
export {
  PHRASE_CATALOG,
  CatalogCategory,
  CatalogEntrySchema,
  CatalogOverrideSchema,
  EntryPosition,
  extendCatalog,
  validateCatalog,
  compileCatalog,
} from './catalog/index.js';
export type { CatalogEntry, CatalogExtension, CatalogOverride, PhraseCatalog, CatalogMatch, CatalogMatcher } from './catalog/index.js';
export { createChecker } from './checker.js';
export type { Checker, CheckerOptions, CheckOptions, EnabledRule } from './checker.js';
export type { LintConfig } from './checker-config.js';
export { BUILTIN_RULES, defineRule } from './rules/index.js';
export type { AnyRule, BuiltinRuleId, LintSettings, PhraseHit, PhrasePattern, PhraseSetHandle, Rule, RuleCheck, RuleContext, RuleEntry, RuleMeta, RuleReport, RuleSetup, ScriptSlotSpec, ScriptSpec } from './rules/index.js';
export { CategoryDefinitionSchema, compileCategories, validateCategories } from './categories.js';
export type { CategoryDefinition, CategoryDefinitionInput, CategoryWindow } from './categories.js';
export { DEFAULT_SCORE_WEIGHTS, scoreDiagnostics } from './score.js';
export type { ScoreWeights } from './score.js';
export { maskSensitive } from './mask.js';
