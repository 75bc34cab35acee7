/**
 * kefu/scripts — the call scripts of the standards as templates with typed slots, rendered and
 * recognised from the same source, and customer-type service tips.
 *
 * ## API
 * - The scripts themselves are organisation data: each preset of `kefu/presets` carries its own
 *   (`preset.scripts`, a `ScriptCatalog` by id). `scriptsForRule(catalog, 'SCR-HOLD')` filters one.
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
 *
 * @example
 * ```ts
 * import { render, compileScripts, type Script } from 'kefu/scripts';
 * const greet = { id: 'demo-greet', rule: 'SCR-GREET', template: '您好，{company}{agentNo}号客服员为您服务', quote: '您好,示例燃气公司XX号客服员为您服务', source: 'house rules', gloss: 'Hello.' } as const satisfies Script;
 * const line = render(greet, { company: '示例燃气公司', agentNo: '12' });
 * const matcher = compileScripts([greet]);
 * matcher.find(line)[0]?.scriptId; // 'demo-greet'
 * ```
 * @module scripts
 */
export { render, slotNames, DEFAULT_SLOT_SPECS, DEFAULT_SLOT_MAX_LENGTH } from '../text/template.js';
export type { Script, ScriptRule, SlotName, SlotSpec, SlotValues } from '../text/template.js';
export { compileScripts, compileScript, matchScript } from './match.js';
export type { ScriptMatch, ScriptMatcher, ScriptMatchOptions } from './match.js';
export { scriptsForRule } from './catalog.js';
export type { ScriptCatalog } from './catalog.js';
export { CUSTOMER_TIPS, tipsFor } from './tips.js';
export type { CustomerTip } from './tips.js';
export { inferCustomerType, DEFAULT_CUSTOMER_TYPE_KEYWORDS } from './customer-type.js';
export type { CustomerTypeInference, CustomerTypeKeywords, CustomerTypeReason, InferCustomerTypeOptions } from './customer-type.js';
