/**
 * Script templates: the standards' call scripts as text with typed `{slot}` placeholders. One
 * template both renders the words an agent says and (see `compileScripts`) checks that they were said.
 *
 * @module
 */
import { HONORIFICS } from '../model/enums.js';
import { KefuError } from '../model/error.js';

/**
 * The names of the `{slot}` placeholders in a template string, inferred at compile time.
 *
 * @example
 * ```ts
 * type Names = SlotName<'您好，{company}{agentNo}号客服员为您服务'>; // 'company' | 'agentNo'
 * ```
 */
export type SlotName<T extends string> = string extends T ? string : T extends `${string}{${infer Name}}${infer Rest}` ? Name | SlotName<Rest> : never;

/**
 * The values `render` needs for a template: one string per slot name, checked at compile time.
 *
 * @example
 * ```ts
 * const values: SlotValues<'您好，{company}'> = { company: '阳泉市煤气公司' };
 * ```
 */
export type SlotValues<T extends string> = { readonly [K in SlotName<T>]: string };

/**
 * What a slot may hold. `values` closes the slot to a fixed set (e.g. 先生/女士), which the matcher
 * then recognises as alternatives; otherwise the matcher treats an unknown slot as a wildcard of at
 * most `maxLength` normalised characters.
 *
 * @example
 * ```ts
 * const title: SlotSpec = { gloss: 'form of address', values: ['先生', '女士'] };
 * ```
 */
export interface SlotSpec {
  readonly gloss?: string;
  /** Longest value, in normalised characters (punctuation and spaces do not count). */
  readonly maxLength?: number;
  /** The only values the slot may take. */
  readonly values?: readonly string[];
}

/**
 * The DOMAIN rule a script belongs to.
 *
 * @example
 * ```ts
 * const rule: ScriptRule = 'SCR-GREET';
 * ```
 */
export type ScriptRule = 'SCR-GREET' | 'SCR-VERIFY' | 'SCR-HOLD' | 'SCR-ANYTHING-ELSE' | 'SCR-CLOSE' | 'SCR-CALLBACK' | 'SCR-ENT' | 'SCR-AUTO' | 'SCR-HALL';

/**
 * A call script: a template with typed slots plus where it comes from.
 *
 * @example
 * ```ts
 * const greet: Script<'您好，{company}{agentNo}号客服员为您服务'> = {
 *   id: 'gas-greet', rule: 'SCR-GREET', template: '您好，{company}{agentNo}号客服员为您服务',
 *   quote: '您好,阳泉市煤气公司XX号客服员为您服务', source: 'S0 客户服务标准 第十二条(四)',
 *   gloss: 'Hello, {company} agent No. {agentNo} at your service',
 * };
 * ```
 */
export interface Script<T extends string = string> {
  /** Stable id, e.g. `gas-greet`. */
  readonly id: string;
  readonly rule: ScriptRule;
  /** The words with `{slot}` placeholders; punctuation is the standard's, in full-width form. */
  readonly template: T;
  /** The seed's own sentence, verbatim (including its placeholders such as XX). */
  readonly quote: string;
  /** Where in the standards, e.g. `S0 客户服务标准 第十二条(四)`. */
  readonly source: string;
  /** English gloss. */
  readonly gloss: string;
  /** Per-slot constraints; slots not listed use {@link DEFAULT_SLOT_SPECS} or a 16-character wildcard. */
  readonly slots?: { readonly [K in SlotName<T>]?: SlotSpec };
}

/**
 * Constraints of the slots the shipped scripts use. A script's own `slots` override these.
 *
 * @example
 * ```ts
 * DEFAULT_SLOT_SPECS.agentNo?.maxLength; // 8
 * ```
 */
export const DEFAULT_SLOT_SPECS: Readonly<Record<string, SlotSpec>> = {
  company: { gloss: 'company or centre name', maxLength: 24 },
  agentNo: { gloss: 'agent (job) number', maxLength: 8 },
  agentName: { gloss: 'agent name', maxLength: 12 },
  surname: { gloss: 'customer surname', maxLength: 4 },
  fullName: { gloss: 'customer full name', maxLength: 12 },
  name: { gloss: 'customer name', maxLength: 12 },
  address: { gloss: 'address (estate, building, unit, room)', maxLength: 40 },
  hotline: { gloss: 'hotline number', maxLength: 16 },
  title: { gloss: 'form of address', values: HONORIFICS },
  brand: { gloss: 'car brand', maxLength: 12 },
  dealer: { gloss: 'dealer / service centre', maxLength: 16 },
  date: { gloss: 'date of the original call', maxLength: 12 },
  month: { gloss: 'month', maxLength: 3 },
  day: { gloss: 'day of month', maxLength: 3 },
  hour: { gloss: 'hour', maxLength: 3 },
  minute: { gloss: 'minute', maxLength: 3 },
  items: { gloss: 'service items', maxLength: 40 },
  technician: { gloss: 'technician name', maxLength: 12 },
};

/** Wildcard length of a slot nobody described. */
export const DEFAULT_SLOT_MAX_LENGTH = 16;

/**
 * A `{name}` slot placeholder (global: use with `matchAll` or `replace`).
 *
 * @internal
 */
export const SLOT_PATTERN = /\{([A-Za-z][A-Za-z0-9]*)\}/g;

/**
 * A template split into literal text and slots.
 *
 * @internal
 */
export type TemplatePart = { readonly kind: 'text'; readonly text: string } | { readonly kind: 'slot'; readonly name: string };

/**
 * Split a template into literal parts and slot parts. Braces that do not form `{name}` are
 * rejected so a typo cannot silently become literal text.
 *
 * @internal
 */
export function parseTemplate(template: string, path: readonly (string | number)[] = ['template']): TemplatePart[] {
  if (typeof template !== 'string') {
    throw new KefuError('invalid_input', `${path.join('.')} must be a string`, [{ path, message: 'must be a string', value: template }]);
  }
  const parts: TemplatePart[] = [];
  let last = 0;
  for (const m of template.matchAll(SLOT_PATTERN)) {
    const index = m.index;
    if (index > last) parts.push({ kind: 'text', text: template.slice(last, index) });
    parts.push({ kind: 'slot', name: m[1] as string });
    last = index + m[0].length;
  }
  if (last < template.length) parts.push({ kind: 'text', text: template.slice(last) });
  for (const part of parts) {
    if (part.kind === 'text' && /[{}]/.test(part.text)) {
      throw new KefuError('invalid_input', `${path.join('.')} has a malformed slot; write slots as {name}`, [
        { path, message: 'has a malformed slot; write slots as {name} (letters and digits)', value: template },
      ]);
    }
  }
  return parts;
}

/**
 * The slot names of a template, in order of first appearance.
 *
 * @param template - a template string or a script
 * @returns the distinct slot names
 * @example
 * ```ts
 * slotNames('您好，{company}{agentNo}号客服员为您服务'); // ['company', 'agentNo']
 * ```
 */
export function slotNames<T extends string>(template: T | Script<T>): SlotName<T>[] {
  const text = typeof template === 'string' ? template : template.template;
  const names: string[] = [];
  for (const part of parseTemplate(text)) if (part.kind === 'slot' && !names.includes(part.name)) names.push(part.name);
  return names as SlotName<T>[];
}

/**
 * What the template engine needs of a script: its id, its words with `{slot}` placeholders, and the
 * constraints of its slots. A {@link Script} is one; so is any object of that shape.
 *
 * @example
 * ```ts
 * import type { TemplateSource } from 'kefu/text';
 * const greet: TemplateSource = { id: 'demo-greet', template: '您好，{company}{agentNo}号客服员为您服务' };
 * ```
 */
export interface TemplateSource {
  readonly id: string;
  readonly template: string;
  readonly slots?: Readonly<Partial<Record<string, SlotSpec>>>;
}

/**
 * The constraint in force for a slot of a template: the template's own, else the default for that
 * slot name, else none (a wildcard of {@link DEFAULT_SLOT_MAX_LENGTH} characters).
 *
 * @param source - the template (or `undefined` for a bare template string)
 * @param name - the slot name
 * @returns the slot's constraint
 * @example
 * ```ts
 * import { slotSpecOf } from 'kefu/text';
 * slotSpecOf({ id: 'v', template: '您是{fullName}{title}吗' }, 'title').values; // ['先生', '女士', '小姐']
 * ```
 */
export function slotSpecOf(source: TemplateSource | undefined, name: string): SlotSpec {
  return source?.slots?.[name] ?? DEFAULT_SLOT_SPECS[name] ?? {};
}

/**
 * Fill a template's slots. Slot names are checked at compile time; at run time a missing or blank
 * value throws, and a value outside a closed slot's `values` is rejected.
 *
 * @param template - a script or a bare template string
 * @param slots - one value per slot
 * @returns the rendered sentence
 * @throws KefuError `missing_slot` when a slot has no (or a blank) value; `invalid_input` when a
 *   closed slot gets a value it does not allow
 * @example
 * ```ts
 * render('您好，{company}{agentNo}号客服员为您服务', { company: '阳泉市煤气公司', agentNo: '12' });
 * // '您好，阳泉市煤气公司12号客服员为您服务'
 * ```
 */
export function render<T extends string>(template: T | Script<T>, slots: SlotValues<T>): string {
  const script = typeof template === 'string' ? undefined : template;
  const text = typeof template === 'string' ? template : template.template;
  const values = (slots ?? {}) as Readonly<Record<string, unknown>>;
  let out = '';
  for (const part of parseTemplate(text)) {
    if (part.kind === 'text') {
      out += part.text;
      continue;
    }
    const value = values[part.name];
    if (typeof value !== 'string' || value.trim() === '') {
      throw new KefuError('missing_slot', `slots.${part.name} is missing for template “${text}”`, [
        { path: ['slots', part.name], message: `is required by the template${script === undefined ? '' : ` of script ${script.id}`}`, value },
      ]);
    }
    const allowed = slotSpecOf(script, part.name).values;
    if (allowed !== undefined && !allowed.includes(value)) {
      throw new KefuError('invalid_input', `slots.${part.name} must be one of ${allowed.join(', ')}`, [
        { path: ['slots', part.name], message: `must be one of ${allowed.join(', ')}`, value },
      ]);
    }
    out += value;
  }
  return out;
}
