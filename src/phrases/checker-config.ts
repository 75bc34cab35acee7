import * as z from 'zod/mini';
import { SEVERITIES } from './types.js';
import { safeParseWith } from '../model/zod-error.js';
import { CategoryDefinitionSchema } from './categories.js';
import { BUILTIN_RULES } from './rules/index.js';
import { LintSettingsSchema, type LintSettings } from './settings.js';

/**
 * zod schema of a severity: `off`, `warn` or `error`.
 *
 * @example
 * ```ts
 * import { SeveritySchema } from 'kefu/phrases';
 * SeveritySchema.parse('warn');
 * ```
 */
export const SeveritySchema = /* @__PURE__ */ z.enum(SEVERITIES);

/**
 * zod schema of a rule entry: a severity, or `[severity, options]` as in ESLint. The options are checked
 * by the rule's own schema when the checker is built.
 *
 * @example
 * ```ts
 * import { RuleEntrySchema } from 'kefu/phrases';
 * RuleEntrySchema.parse(['warn', { maxMs: 240000 }]);
 * ```
 */
export const RuleEntrySchema = /* @__PURE__ */ z.union([SeveritySchema, z.tuple([SeveritySchema]), z.tuple([SeveritySchema, z.unknown()])]);

/**
 * How a config turns a rule on: a severity, or `[severity, options]` as in ESLint.
 *
 * @example
 * ```ts
 * import type { RuleEntry } from 'kefu/phrases';
 * const entry: RuleEntry = ['warn', { maxMs: 240000 }];
 * ```
 */
export type RuleEntry = z.infer<typeof RuleEntrySchema>;

// `acme/rule`, `category/id`: a non-empty namespace, a slash, a non-empty name. A custom check rather than
// a template literal schema, which would bring a regular-expression builder to every browser host.
const NamespacedId = /* @__PURE__ */ z.custom<`${string}/${string}`>((value) => typeof value === 'string' && /^[^/]+\/./s.test(value), {
  error: 'must be a built-in or a namespaced (namespace/rule) rule id',
});

/**
 * zod schema of the rule table of a config. Its keys are the ids of {@link BUILTIN_RULES} — the union is
 * derived from that list — or namespaced ids `<namespace>/<rule>` for categories (`category/<id>`) and a
 * host's own rules (`acme/no-system-turns`).
 *
 * @example
 * ```ts
 * import { RulesConfigSchema } from 'kefu/phrases';
 * RulesConfigSchema.parse({ 'call-length': 'off', 'category/ask-company': 'error' });
 * ```
 */
export const RulesConfigSchema = /* @__PURE__ */ z.partialRecord(z.union([z.enum(BUILTIN_RULES.map((rule) => rule.meta.id)), NamespacedId]), RuleEntrySchema);

/**
 * A rule table: built-in rule ids (checked by the type) and namespaced ids, each with its entry.
 *
 * @example
 * ```ts
 * import type { RulesConfig } from 'kefu/phrases';
 * const rules: RulesConfig = { 'speaking-rate': 'off', 'acme/short-call': 'warn' };
 * ```
 */
export type RulesConfig = z.infer<typeof RulesConfigSchema>;

/**
 * zod schema of a lint config (see {@link LintConfig}).
 *
 * @example
 * ```ts
 * import { LintConfigSchema, recommended } from 'kefu/phrases';
 * LintConfigSchema.parse({ id: 'demo-hotline', extends: recommended, rules: { 'speaking-rate': 'off' } });
 * ```
 */
export const LintConfigSchema = /* @__PURE__ */ z.strictObject({
  /** A name for reports, e.g. `demo-hotline`. */
  id: z.string().check(z.minLength(1)),
  description: z.optional(z.strictObject({ zh: z.string(), en: z.string() })),
  /** Configs this one builds on, applied first, in order (as ESLint's `extends`). */
  get extends() {
    return z.optional(z.union([LintConfigSchema, z.array(LintConfigSchema)]));
  },
  settings: z.optional(LintSettingsSchema),
  /** Rule entries over those of the configs it extends; a rule no config names is off. */
  rules: z.optional(RulesConfigSchema),
  /** Host-defined categories (see `CategoryDefinition`), added to those of the configs it extends. */
  categories: z.optional(z.array(CategoryDefinitionSchema)),
});

/**
 * One organisation's checker configuration, as ESLint's shareable configs: the configs it `extends`
 * (usually {@link recommended}), which rules run at which severity with which options, the slot values
 * of its scripts, and its own categories. Presets ship one per organisation (`kefu/presets`); hosts pass
 * it to `createChecker({ preset })` and may override any part. The type is the schema's input (what a
 * config author writes; category defaults are applied when the checker is built).
 *
 * @example
 * ```ts
 * import { recommended, type LintConfig } from 'kefu/phrases';
 * const config: LintConfig = {
 *   id: 'demo-hotline',
 *   extends: recommended,
 *   settings: { company: '示例公司', hotline: '96000' },
 *   rules: { 'call-length': ['warn', { maxMs: 240000 }], 'speaking-rate': 'off' },
 * };
 * ```
 */
export type LintConfig = z.input<typeof LintConfigSchema>;

/**
 * A config with its `extends` chain applied (what {@link resolveConfig} returns): the settings, rule
 * entries and categories in force, with no `extends` left.
 *
 * @example
 * ```ts
 * import type { ResolvedConfig } from 'kefu/phrases';
 * const flat: ResolvedConfig = { settings: {}, rules: { 'call-length': 'off' }, categories: [] };
 * ```
 */
export interface ResolvedConfig {
  readonly settings: LintSettings;
  readonly rules: Readonly<Record<string, RuleEntry>>;
  readonly categories: readonly z.input<typeof CategoryDefinitionSchema>[];
}

/**
 * Severity of an entry.
 *
 * @internal
 * @example
 * ```ts
 * severityOf(['warn', {}]); // 'warn'
 * ```
 */
export function severityOf(entry: RuleEntry): z.infer<typeof SeveritySchema> {
  return typeof entry === 'string' ? entry : entry[0];
}

/**
 * Options of an entry, when it carries them.
 *
 * @internal
 * @example
 * ```ts
 * optionsOf(['warn', { maxMs: 1 }]); // { maxMs: 1 }
 * ```
 */
export function optionsOf(entry: RuleEntry | undefined): unknown {
  return entry === undefined || typeof entry === 'string' || entry.length < 2 ? undefined : entry[1];
}

/**
 * An entry over an earlier one, as ESLint merges them: the later severity wins; a later entry without
 * options keeps the earlier options.
 *
 * @internal
 * @example
 * ```ts
 * mergeEntry(['warn', { maxMs: 1 }], 'error'); // ['error', { maxMs: 1 }]
 * ```
 */
export function mergeEntry(earlier: RuleEntry | undefined, later: RuleEntry): RuleEntry {
  const options = optionsOf(later) ?? optionsOf(earlier);
  return options === undefined ? severityOf(later) : [severityOf(later), options];
}

function mergeSettings(base: LintSettings, over: LintSettings | undefined): LintSettings {
  if (over === undefined) return base;
  const slots = base.slots !== undefined || over.slots !== undefined ? { slots: { ...base.slots, ...over.slots } } : {};
  return { ...base, ...over, ...slots };
}

/**
 * Apply a config's `extends` chain, depth first, as the checker does: the configs it extends first (in
 * order), its own settings, rule entries and categories over them. An entry's severity replaces the
 * earlier one; an entry without options keeps the earlier options (as in ESLint).
 *
 * @param config - a lint config (validated with {@link LintConfigSchema})
 * @returns the settings, rule entries and categories in force
 * @throws KefuError `invalid_input` naming the field for a malformed config
 * @example
 * ```ts
 * import { recommended, resolveConfig } from 'kefu/phrases';
 * const flat = resolveConfig({ id: 'demo-hotline', extends: recommended, rules: { 'call-length': ['error', { maxMs: 240000 }] } });
 * flat.rules['call-length']; // ['error', { maxMs: 240000 }]
 * flat.rules['forbidden-phrase']; // 'error'
 * ```
 */
export function resolveConfig(config: LintConfig): ResolvedConfig {
  return resolveConfigInput(config, 'LintConfig');
}

/**
 * {@link resolveConfig} for a value not yet known to be a config (a host without TypeScript).
 *
 * @internal
 * @example
 * ```ts
 * resolveConfigInput({ id: 'x' }, 'preset');
 * ```
 */
export function resolveConfigInput(input: unknown, what: string): ResolvedConfig {
  return flatten(validateLintConfig(input, what));
}

function flatten(config: LintConfig): ResolvedConfig {
  const bases = config.extends === undefined ? [] : Array.isArray(config.extends) ? config.extends : [config.extends];
  let settings: LintSettings = {};
  const rules = new Map<string, RuleEntry>();
  const categories: z.input<typeof CategoryDefinitionSchema>[] = [];
  const apply = (layer: ResolvedConfig | LintConfig): void => {
    settings = mergeSettings(settings, layer.settings);
    for (const [id, entry] of Object.entries(layer.rules ?? {})) if (entry !== undefined) rules.set(id, mergeEntry(rules.get(id), entry));
    categories.push(...(layer.categories ?? []));
  };
  for (const base of bases) apply(flatten(base));
  apply(config);
  return { settings, rules: Object.fromEntries(rules), categories };
}

/**
 * Validate a lint config with {@link LintConfigSchema} (shape only; rule ids and options are checked
 * when the checker is built) and return the parsed config.
 *
 * @internal
 * @example
 * ```ts
 * const config = validateLintConfig({ id: 'x', rules: { 'call-length': 'warn' } });
 * ```
 */
export function validateLintConfig(input: unknown, what = 'LintConfig'): LintConfig {
  const result = safeParseWith(LintConfigSchema, input, what);
  if (!result.ok) throw result.error;
  return result.value;
}

/**
 * Validate checker settings and return them.
 *
 * @internal
 * @example
 * ```ts
 * validateSettings({ company: '燃气公司' }, 'settings');
 * ```
 */
export function validateSettings(input: unknown, what: string): LintSettings {
  const result = safeParseWith(LintSettingsSchema, input, what);
  if (!result.ok) throw result.error;
  return result.value;
}

const LooseRulesSchema = /* @__PURE__ */ z.record(z.string(), RuleEntrySchema);

/**
 * Validate the entries of a rule table (the ids are checked against the checker's registry, which knows
 * the host's extra rules too) and return them.
 *
 * @internal
 * @example
 * ```ts
 * validateRuleEntries({ 'call-length': 'off' }, 'rules');
 * ```
 */
export function validateRuleEntries(input: unknown, what: string): Readonly<Record<string, RuleEntry>> {
  const result = safeParseWith(LooseRulesSchema, input, what);
  if (!result.ok) throw result.error;
  return result.value;
}

/**
 * zod schema of partial score weights.
 *
 * @internal
 * @example
 * ```ts
 * ScoreWeightsSchema.parse({ error: 20 });
 * ```
 */
export const ScoreWeightsSchema = /* @__PURE__ */ z.strictObject({
  error: z.optional(z.number().check(z.nonnegative())),
  warn: z.optional(z.number().check(z.nonnegative())),
  errorCap: z.optional(z.number().check(z.nonnegative())),
  warnCap: z.optional(z.number().check(z.nonnegative())),
});

/**
 * Validate partial score weights and return them.
 *
 * @internal
 * @example
 * ```ts
 * validateWeights({ error: 20 });
 * ```
 */
export function validateWeights(input: unknown): z.infer<typeof ScoreWeightsSchema> {
  const result = safeParseWith(ScoreWeightsSchema, input, 'score');
  if (!result.ok) throw result.error;
  return result.value;
}
