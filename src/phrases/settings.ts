import * as z from 'zod/mini';

const Slot = /* @__PURE__ */ z.string().check(z.minLength(1));

/**
 * zod schema of {@link LintSettings}: the values that fill the slots of an organisation's scripts. Every
 * rule receives them when it is created, as ESLint rules receive `settings`.
 *
 * @example
 * ```ts
 * import { LintSettingsSchema } from 'kefu/phrases';
 * LintSettingsSchema.parse({ company: '燃气公司', hotline: '96777', slots: { agentNo: '012' } });
 * ```
 */
export const LintSettingsSchema = /* @__PURE__ */ z.strictObject({
  /** The organisation's name as agents say it, e.g. `燃气公司` (slot `{company}`). */
  company: z.optional(Slot),
  /** The hotline number read out in closings, e.g. `96777` (slot `{hotline}`). */
  hotline: z.optional(Slot),
  /** A brand name (slot `{brand}`), e.g. the car make of a dealer. */
  brand: z.optional(Slot),
  /** A dealer or service-centre name (slot `{centre}`). */
  centre: z.optional(Slot),
  /** Any other slot, by name. */
  slots: z.optional(z.record(z.string(), Slot)),
});

/**
 * Values that fill the slots of an organisation's scripts (company name, hotline number, …). A slot left
 * unset matches any short text, so a checker without settings still recognises the script's shape.
 *
 * @example
 * ```ts
 * import type { LintSettings } from 'kefu/phrases';
 * const settings: LintSettings = { company: '燃气公司', hotline: '96777' };
 * ```
 */
export type LintSettings = Readonly<z.infer<typeof LintSettingsSchema>>;
