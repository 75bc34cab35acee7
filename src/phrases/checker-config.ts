import * as z from 'zod';
import { safeParseWith } from '../model/zod-error.js';
import type { CategoryDefinitionInput } from './categories.js';
import type { LintSettings, RuleEntry } from './rules/types.js';
import type { ScoreWeights } from './score.js';
import type { Bilingual } from './types.js';

/**
 * One organisation's checker configuration, as ESLint's shareable configs: which rules run at which
 * severity with which options, the slot values of its scripts, and its own categories. Presets ship one
 * per organisation (`kefu/presets`); hosts pass it to `createChecker({ preset })` and may override any part.
 *
 * @example
 * ```ts
 * const config: LintConfig = {
 *   id: 'my-hotline',
 *   settings: { company: '燃气公司', hotline: '96777' },
 *   rules: { 'call-length': ['warn', { maxMs: 240000 }], 'speaking-rate': 'off' },
 * };
 * ```
 */
export interface LintConfig {
  /** A name for reports, e.g. the preset id `gas-hotline`. */
  readonly id: string;
  readonly description?: Bilingual;
  readonly settings?: LintSettings;
  /** Rule entries over the recommended set (every built-in rule at its default severity). */
  readonly rules?: Readonly<Record<string, RuleEntry>>;
  /** Host-defined categories (see `CategoryDefinition`). */
  readonly categories?: readonly CategoryDefinitionInput[];
}

const Severity = z.enum(['off', 'warn', 'error']);
const Entry = z.union([Severity, z.tuple([Severity]), z.tuple([Severity, z.unknown()])]);
const Slot = z.string().min(1);
const Settings = z
  .object({
    company: Slot.optional(),
    hotline: Slot.optional(),
    brand: Slot.optional(),
    centre: Slot.optional(),
    slots: z.record(z.string(), Slot).optional(),
  })
  .strict();
const Weights = z
  .object({
    error: z.number().nonnegative().optional(),
    warn: z.number().nonnegative().optional(),
    errorCap: z.number().nonnegative().optional(),
    warnCap: z.number().nonnegative().optional(),
  })
  .strict();

const LintConfigSchema = z
  .object({
    id: z.string().min(1),
    description: z.object({ zh: z.string(), en: z.string() }).strict().optional(),
    settings: Settings.optional(),
    rules: z.record(z.string(), Entry).optional(),
    categories: z.array(z.unknown()).optional(),
  })
  .strict();

/**
 * Validate a lint config (shape only; rule ids and options are checked when the checker is built).
 *
 * @internal
 * @example
 * ```ts
 * const config = validateLintConfig({ id: 'x', rules: { 'call-length': 'warn' } });
 * ```
 */
export function validateLintConfig(input: unknown): LintConfig {
  const result = safeParseWith(LintConfigSchema, input, 'LintConfig');
  if (!result.ok) throw result.error;
  return input as LintConfig;
}

/**
 * Validate checker settings.
 *
 * @internal
 * @example
 * ```ts
 * validateSettings({ company: '燃气公司' });
 * ```
 */
export function validateSettings(input: unknown, what: string): LintSettings {
  const result = safeParseWith(Settings, input, what);
  if (!result.ok) throw result.error;
  return input as LintSettings;
}

/**
 * Validate a rule-entry table.
 *
 * @internal
 * @example
 * ```ts
 * validateRuleEntries({ 'call-length': 'off' }, 'rules');
 * ```
 */
export function validateRuleEntries(input: unknown, what: string): Readonly<Record<string, RuleEntry>> {
  const result = safeParseWith(z.record(z.string(), Entry), input, what);
  if (!result.ok) throw result.error;
  return input as Readonly<Record<string, RuleEntry>>;
}

/**
 * Validate partial score weights.
 *
 * @internal
 * @example
 * ```ts
 * validateWeights({ error: 20 });
 * ```
 */
export function validateWeights(input: unknown): Partial<ScoreWeights> {
  const result = safeParseWith(Weights, input, 'score');
  if (!result.ok) throw result.error;
  return input as Partial<ScoreWeights>;
}
