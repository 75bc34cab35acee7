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
export { PHRASE_CATALOG, CatalogCategory, CatalogEntrySchema, CatalogOverrideSchema, EntryPosition, extendCatalog, validateCatalog, compileCatalog } from './catalog/index.js';
export type { CatalogEntry, CatalogExtension, CatalogOverride, PhraseCatalog, CatalogMatch, CatalogMatcher } from './catalog/index.js';
export { createChecker } from './checker.js';
export type { Checker, CheckerOptions, CheckOptions, EnabledRule } from './checker.js';
export { SEVERITIES } from './types.js';
export { LintConfigSchema, RuleEntrySchema, RulesConfigSchema, SeveritySchema, resolveConfig } from './checker-config.js';
export type { LintConfig, ResolvedConfig, RuleEntry, RulesConfig } from './checker-config.js';
export { LintSettingsSchema } from './settings.js';
export { recommended } from './recommended.js';
export { applyFixes, applySuggestion } from './fix.js';
export type { FixResult } from './fix.js';
export { RuleTester } from './rule-tester.js';
export type { InvalidCase, RuleTesterHooks, SuggestionExpectation, ErrorExpectation, ValidCase } from './rule-tester.js';
export {
  BUILTIN_RULES,
  defineRule,
  isBuiltinRuleId,
  ruleDocsUrl,
  anythingElse,
  callLength,
  callbackScript,
  closingScript,
  complaintSoothing,
  deferredAnswer,
  fillerWord,
  flowOrder,
  forbiddenPhrase,
  greetingScript,
  hangUpOrder,
  holdConsent,
  honorificNin,
  identityConfirmation,
  interruption,
  speakingRate,
  surnameAddress,
} from './rules/index.js';
export type {
  AnyRule,
  BuiltinRule,
  BuiltinRuleId,
  LintSettings,
  MessageData,
  PhraseHit,
  PhrasePattern,
  PhraseSetHandle,
  Rule,
  RuleCheck,
  RuleContext,
  RuleMessageIds,
  RuleMeta,
  RuleOptions,
  RuleReport,
  RuleSetup,
  RuleType,
  ScriptSlotSpec,
  ScriptSpec,
  SuggestionReport,
} from './rules/index.js';
export { CategoryDefinitionSchema, compileCategories, validateCategories } from './categories.js';
export type { CategoryDefinition, CategoryDefinitionInput, CategoryWindow } from './categories.js';
export { DEFAULT_SCORE_WEIGHTS, scoreDiagnostics } from './score.js';
export type { ScoreWeights } from './score.js';
export { maskSensitive } from './mask.js';
