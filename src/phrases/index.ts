/**
 * kefu/phrases — the phrase catalog, text normalisation, the multi-pattern matcher and the
 * transcript checker.
 * @module phrases
 */
export type * from './types.js';
export { normalizeText, toOriginalRange, createLineIndex } from './normalize.js';
export type { NormalizedText, NormalizeOptions, ToSimplified, LineColumn } from './normalize.js';
export { compileMatcher } from './matcher.js';
export type { MatcherPattern, PhraseMatch, PhraseMatcher, MatcherOptions, MatcherRepresentation, MatchVisitor } from './matcher.js';
export * from './parsers/index.js';
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
