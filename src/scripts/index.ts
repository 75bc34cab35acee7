/**
 * kefu/scripts — the call scripts of the standards as templates with typed slots, rendered and
 * recognised from the same source, and customer-type service tips.
 *
 * ## API
 * - `SCRIPTS` — every shipped script by id (`SCRIPTS['gas-greet']` …); `ALL_SCRIPTS` the same as an
 *   array; `SCRIPTS_BY_PRESET[presetId]` the ids an organisation uses; `scriptsForRule('SCR-HOLD')`.
 * - `Script<T>` — `{ id, rule: ScriptRule, template: T, quote, source, gloss, slots? }`; `template`
 *   holds `{slot}` placeholders; `quote` is the seed's sentence verbatim.
 * - `render(script | template, slots)` — fills the slots; slot names are checked at compile time
 *   (`SlotName<T>` infers them from the template literal); throws `KefuError('missing_slot')` for a
 *   missing or blank value at run time, `KefuError('invalid_input')` for a value a closed slot
 *   (e.g. `title`: 先生/女士/小姐) does not allow.
 * - `compileScripts(scripts, { slots?, fillerBudget?, normalize? })` → `ScriptMatcher` — ONE automaton
 *   for all the scripts' clauses, built once. `matcher.find(text)` returns `ScriptMatch[]`
 *   `{ scriptId, rule, start, end, normalizedStart, normalizedEnd, slots }` ordered by start, with
 *   half-open UTF-16 offsets into the original text and the text that filled each wildcard slot;
 *   `matcher.findNormalized(normalizeText(text))` reuses a turn normalised once;
 *   `matcher.has(text, scriptId)`. Known slot values (`slots: { company: '阳泉市煤气公司' }`) must
 *   appear as given; unknown ones are wildcards of at most their `maxLength` normalised characters;
 *   between clauses up to `fillerBudget` (default 2) extra characters are tolerated; spaces and
 *   punctuation never count.
 * - `compileScript(script, options)` — the same for one script; `matchScript(script, text, options)`
 *   — first occurrence, compiling on each call (for one-off use).
 * - `APPOINTMENT_STEPS`, `SATISFACTION_SCALE`, `ADOPTED_SUGGESTION_PRICE_FACTOR`,
 *   `AFTERSALES_CALLBACK_DAYS` — the after-sales centre's flows as data (rule: SCR-AUTO).
 *
 * @example
 * ```ts
 * import { SCRIPTS, render, compileScripts, ALL_SCRIPTS } from 'kefu/scripts';
 * const line = render(SCRIPTS['gas-greet'], { company: '阳泉市煤气公司', agentNo: '12' });
 * const matcher = compileScripts(ALL_SCRIPTS);
 * matcher.find(line)[0]?.scriptId; // 'gas-greet'
 * ```
 * @module scripts
 */
export { render, slotNames, DEFAULT_SLOT_SPECS, DEFAULT_SLOT_MAX_LENGTH } from '../text/template.js';
export type { Script, ScriptRule, SlotName, SlotSpec, SlotValues } from '../text/template.js';
export { compileScripts, compileScript, matchScript } from './match.js';
export type { ScriptMatch, ScriptMatcher, ScriptMatchOptions } from './match.js';
export {
  SCRIPTS,
  ALL_SCRIPTS,
  SCRIPTS_BY_PRESET,
  scriptsForRule,
  APPOINTMENT_STEPS,
  SATISFACTION_SCALE,
  ADOPTED_SUGGESTION_PRICE_FACTOR,
  AFTERSALES_CALLBACK_DAYS,
} from './catalog.js';
export type { ScriptId } from './catalog.js';
export { CUSTOMER_TIPS, tipsFor } from './tips.js';
export type { CustomerTip } from './tips.js';
export { inferCustomerType, DEFAULT_CUSTOMER_TYPE_KEYWORDS } from './customer-type.js';
export type { CustomerTypeInference, CustomerTypeKeywords, CustomerTypeReason, InferCustomerTypeOptions } from './customer-type.js';
