/**
 * Script catalogs: an organisation's scripts by id. The scripts themselves are organisation data and
 * live in `kefu/presets`; this module only reads catalogs.
 *
 * @module
 */
import type { Script, ScriptRule } from '../text/template.js';

/**
 * Scripts by id, as an organisation's preset ships them (the key is the script's `id`).
 *
 * @example
 * ```ts
 * import type { ScriptCatalog } from 'kefu/scripts';
 * const catalog: ScriptCatalog = {
 *   'demo-greet': { id: 'demo-greet', rule: 'SCR-GREET', template: '您好，{company}为您服务', quote: '您好,示例燃气公司为您服务', source: 'house rules', gloss: 'Hello, {company} at your service.' },
 * };
 * ```
 */
export type ScriptCatalog = Readonly<Record<string, Script>>;

/**
 * The scripts of one DOMAIN rule in a catalog or list.
 *
 * @param scripts - a catalog by id or a list of scripts
 * @param rule - e.g. `SCR-HOLD`
 * @returns the scripts of that rule, in catalog order
 * @example
 * ```ts
 * import { scriptsForRule } from 'kefu/scripts';
 * const hold = { id: 'demo-hold', rule: 'SCR-HOLD', template: '请您稍等', quote: '请您稍等', source: 'house rules', gloss: 'One moment.' } as const;
 * scriptsForRule([hold], 'SCR-HOLD').map((s) => s.id); // ['demo-hold']
 * ```
 */
export function scriptsForRule(scripts: ScriptCatalog | readonly Script[], rule: ScriptRule): Script[] {
  const list: readonly Script[] = Array.isArray(scripts) ? scripts : Object.values(scripts);
  return list.filter((s) => s.rule === rule);
}
