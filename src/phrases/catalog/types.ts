import * as z from 'zod/mini';
import { SEVERITIES } from '../types.js';

/**
 * What a catalog entry is, following the standards' own headings:
 * `standard` 基本服务用语 (PHR-STD), `tactful` 委婉的表达方式 (PHR-TACT), `address` 称呼用语 (PHR-ADDR),
 * `complaint` 投诉安抚用语 (PHR-COMPLAINT), `courtesy` 文明用语 and 您 (PHR-NIN), `three-dos` 三要
 * (PHR-3-3-4), `forbidden` 禁忌用语 (PHR-FORBID, PHR-FORBID-2, and 你 for the customer under PHR-NIN),
 * `filler` 口头语/开口语 (PHR-FILLER).
 *
 * @example
 * ```ts
 * CatalogCategory.parse('forbidden'); // 'forbidden'
 * ```
 */
export const CatalogCategory = /* @__PURE__ */ z.enum(['standard', 'tactful', 'address', 'complaint', 'courtesy', 'three-dos', 'forbidden', 'filler']);
/** A catalog category. @example `const c: CatalogCategory = 'filler';` */
export type CatalogCategory = z.infer<typeof CatalogCategory>;

/**
 * Where in an utterance an entry counts: `anywhere`, at the `start` (nothing but punctuation or
 * spaces before it), at the `end`, or as the `whole` utterance.
 *
 * @example
 * ```ts
 * const at: EntryPosition = 'start';
 * ```
 */
export const EntryPosition = /* @__PURE__ */ z.enum(['anywhere', 'start', 'end', 'whole']);
/** An entry position. @example `const at: EntryPosition = 'whole';` */
export type EntryPosition = z.infer<typeof EntryPosition>;

const nonBlank = /* @__PURE__ */ z.string().check(z.refine((s) => s.trim() !== '', { message: 'must not be blank' }));
const Bilingual = /* @__PURE__ */ z.strictObject({ zh: nonBlank, en: nonBlank });

/**
 * The zod schema of one catalog entry; hosts' entries are validated with it.
 *
 * @example
 * ```ts
 * CatalogEntrySchema.parse({
 *   id: 'acme-forbid-1', text: '没办法', gloss: 'nothing I can do', category: 'forbidden',
 *   rule: 'PHR-FORBID', source: 'ACME handbook', kind: 'forbidden', severity: 'warn',
 * });
 * ```
 */
export const CatalogEntrySchema = /* @__PURE__ */ z.strictObject({
  /** Stable id, e.g. `forbid-01-a`. */
  // A refine rather than z.regex: the same test, without a string-format check kind in a browser bundle.
  id: z.string().check(z.refine((id) => /^[a-z0-9][a-z0-9.-]*$/.test(id), { message: 'must be lower-case letters, digits, dots and dashes' })),
  /** The Chinese text, exactly as the standard writes it. */
  text: nonBlank,
  /** More texts that count as the same entry (e.g. the decisive clause of a long forbidden sentence). */
  variants: z.optional(z.readonly(z.array(nonBlank))),
  /** The standard's full sentence when `text` is only its fixed part (the rest has placeholders). */
  quote: z.optional(z.string()),
  /** English gloss. */
  gloss: nonBlank,
  category: CatalogCategory,
  /** Sub-heading inside the category, e.g. `inquiry` (征询) for PHR-STD (一), `01` for PHR-FORBID (一). */
  group: z.optional(z.string()),
  /** DOMAIN rule id, e.g. `PHR-FORBID`. */
  rule: nonBlank,
  /** Where in the standards, e.g. `S0 客户服务标准 第八条(一)`. */
  source: nonBlank,
  /** Whether the standard asks for the phrase or forbids it. */
  kind: z.enum(['recommended', 'forbidden']),
  /** Default severity of a finding, for forbidden entries. */
  severity: z.optional(z.enum(SEVERITIES)),
  /** Better wording, from the standards' own text. */
  suggestions: z.optional(z.readonly(z.array(Bilingual))),
  /** Longer phrases in which this entry does NOT count (“不管怎样” is not the refusal “不管”). */
  unless: z.optional(z.readonly(z.array(nonBlank))),
  /** Where in the utterance the entry counts; `anywhere` by default. */
  at: z.optional(EntryPosition),
  /** Only counts when followed by a pause (punctuation, space) or the end: “不，” but not “不客气”. */
  pauseAfter: z.optional(z.boolean()),
});

/**
 * One phrase of the catalog.
 *
 * @example
 * ```ts
 * const entry: CatalogEntry = {
 *   id: 'forbid-01-a', text: '不知道', gloss: "I don't know", category: 'forbidden', group: '01',
 *   rule: 'PHR-FORBID', source: 'S0 客户服务标准 第八条(一)', kind: 'forbidden', severity: 'error',
 * };
 * ```
 */
export type CatalogEntry = z.infer<typeof CatalogEntrySchema>;

/**
 * A phrase catalog: entries with unique ids.
 *
 * @example
 * ```ts
 * const catalog: PhraseCatalog = [];
 * ```
 */
export type PhraseCatalog = readonly CatalogEntry[];

/**
 * A partial entry that replaces fields of an existing entry, found by id.
 *
 * @example
 * ```ts
 * const o: CatalogOverride = { id: 'filler-02-a', severity: 'off' };
 * ```
 */
export type CatalogOverride = Partial<CatalogEntry> & { readonly id: string };

/**
 * The zod schema of an override: any entry fields, `id` required.
 *
 * @example
 * ```ts
 * CatalogOverrideSchema.parse({ id: 'forbid-01-a', severity: 'warn' });
 * ```
 */
// Every field optional but the id, which is the entry's own schema (an extend, not `required`, so no extra
// schema kind reaches a browser host).
export const CatalogOverrideSchema = /* @__PURE__ */ z.extend(z.partial(CatalogEntrySchema), { id: CatalogEntrySchema.shape.id });

/**
 * How a host changes a catalog without forking it: entries to `remove` (by id), to `override`
 * (fields by id) and to `add`.
 *
 * @example
 * ```ts
 * const ext: CatalogExtension = { remove: ['filler-03-c'], override: [{ id: 'forbid-01-b', severity: 'warn' }] };
 * ```
 */
export interface CatalogExtension {
  readonly add?: readonly CatalogEntry[];
  readonly override?: readonly CatalogOverride[];
  readonly remove?: readonly string[];
}
