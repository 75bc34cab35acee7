import { KefuError, type KefuIssue } from '../../model/error.js';
import { safeParseWith } from '../../model/zod-error.js';
import { normalizeText } from '../../text/normalize.js';
import { CatalogEntrySchema, CatalogOverrideSchema, type CatalogEntry, type CatalogExtension, type PhraseCatalog } from './types.js';

function prefixed(error: KefuError, path: readonly (string | number)[]): KefuIssue[] {
  return error.issues.map((issue) => ({ ...issue, path: [...path, ...issue.path] }));
}

/** Problems a schema cannot see: texts that normalise to nothing, `at: whole` with `pauseAfter`. */
function semanticIssues(entry: CatalogEntry, path: readonly (string | number)[]): KefuIssue[] {
  const issues: KefuIssue[] = [];
  const texts: [string, string | number, string][] = [['text', -1, entry.text]];
  entry.variants?.forEach((v, i) => texts.push(['variants', i, v]));
  entry.unless?.forEach((u, i) => texts.push(['unless', i, u]));
  for (const [field, index, text] of texts) {
    if (normalizeText(text).text === '') {
      issues.push({ path: index === -1 ? [...path, field] : [...path, field, index], message: 'has no characters left after removing spaces and punctuation', value: text });
    }
  }
  return issues;
}

/**
 * Validate a whole catalog: every entry against the schema, ids unique, texts not empty after
 * normalisation. Returns the catalog, frozen.
 *
 * @param catalog - untrusted entries
 * @returns the same entries, validated
 * @throws KefuError `invalid_input` naming each bad entry field (e.g. `catalog[3].id`) and its value
 * @example
 * ```ts
 * validateCatalog([{ id: 'x-1', text: '没办法', gloss: 'no way', category: 'forbidden', rule: 'PHR-FORBID', source: 'ACME', kind: 'forbidden' }]);
 * ```
 */
export function validateCatalog(catalog: unknown): PhraseCatalog {
  if (!Array.isArray(catalog)) {
    throw new KefuError('invalid_input', 'catalog must be an array of entries', [{ path: ['catalog'], message: 'must be an array of entries', value: catalog }]);
  }
  const issues: KefuIssue[] = [];
  const seen = new Map<string, number>();
  const entries: CatalogEntry[] = [];
  catalog.forEach((raw: unknown, i) => {
    const parsed = safeParseWith(CatalogEntrySchema, raw, 'catalog entry');
    if (!parsed.ok) {
      issues.push(...prefixed(parsed.error, ['catalog', i]));
      return;
    }
    const entry = parsed.value;
    issues.push(...semanticIssues(entry, ['catalog', i]));
    const first = seen.get(entry.id);
    if (first !== undefined) issues.push({ path: ['catalog', i, 'id'], message: `duplicates the id of catalog[${first}]`, value: entry.id });
    else seen.set(entry.id, i);
    entries.push(entry);
  });
  if (issues.length > 0) throw new KefuError('invalid_input', `Invalid phrase catalog: ${issues.length} problem${issues.length === 1 ? '' : 's'}`, issues);
  return Object.freeze(entries);
}

/**
 * Extend or adjust a catalog without forking it: `remove` entries by id, `override` fields of
 * entries by id, then `add` new entries. The base is not modified; the result is validated as a
 * whole (unique ids, schema) and frozen.
 *
 * @param base - the catalog to start from, e.g. `PHRASE_CATALOG`
 * @param extension - what to remove, override and add
 * @returns a new catalog
 * @throws KefuError `invalid_input` when an id to remove or override does not exist, an added id is
 *   already taken, or an entry is malformed — the message names the field, e.g. `override[0].id`
 * @example
 * ```ts
 * const catalog = extendCatalog(PHRASE_CATALOG, {
 *   remove: ['filler-02-c'],
 *   override: [{ id: 'nin-ni', severity: 'error' }],
 *   add: [{ id: 'acme-forbid-1', text: '没办法', gloss: 'nothing I can do', category: 'forbidden', rule: 'PHR-FORBID', source: 'ACME handbook', kind: 'forbidden', severity: 'warn' }],
 * });
 * ```
 */
export function extendCatalog(base: PhraseCatalog, extension: CatalogExtension): PhraseCatalog {
  const issues: KefuIssue[] = [];
  if (typeof extension !== 'object' || extension === null) {
    throw new KefuError('invalid_input', 'extension must be an object with add, override and remove', [{ path: ['extension'], message: 'must be an object', value: extension }]);
  }
  for (const [key, list] of Object.entries({ base, add: extension.add, override: extension.override, remove: extension.remove })) {
    if (list !== undefined && !Array.isArray(list)) throw new KefuError('invalid_input', `${key} must be an array`, [{ path: [key], message: 'must be an array', value: list }]);
  }
  const byId = new Map(base.map((e) => [e.id, e] as const));
  const removed = new Set<string>();
  (extension.remove ?? []).forEach((id, i) => {
    if (!byId.has(id)) issues.push({ path: ['remove', i], message: 'is not the id of an entry in the base catalog', value: id });
    else removed.add(id);
  });
  const replaced = new Map<string, CatalogEntry>();
  (extension.override ?? []).forEach((raw, i) => {
    const parsed = safeParseWith(CatalogOverrideSchema, raw, 'catalog override');
    if (!parsed.ok) {
      issues.push(...prefixed(parsed.error, ['override', i]));
      return;
    }
    const existing = byId.get(parsed.value.id);
    if (existing === undefined || removed.has(parsed.value.id)) {
      issues.push({ path: ['override', i, 'id'], message: existing === undefined ? 'is not the id of an entry in the base catalog' : 'is also removed', value: parsed.value.id });
      return;
    }
    const merged = safeParseWith(CatalogEntrySchema, { ...(replaced.get(existing.id) ?? existing), ...parsed.value }, 'catalog entry');
    if (!merged.ok) issues.push(...prefixed(merged.error, ['override', i]));
    else {
      issues.push(...semanticIssues(merged.value, ['override', i]));
      replaced.set(existing.id, merged.value);
    }
  });
  const added: CatalogEntry[] = [];
  (extension.add ?? []).forEach((raw, i) => {
    const parsed = safeParseWith(CatalogEntrySchema, raw, 'catalog entry');
    if (!parsed.ok) {
      issues.push(...prefixed(parsed.error, ['add', i]));
      return;
    }
    const entry = parsed.value;
    if (byId.has(entry.id) && !removed.has(entry.id)) {
      issues.push({ path: ['add', i, 'id'], message: 'is already in the base catalog (use override to change it)', value: entry.id });
      return;
    }
    if (added.some((e) => e.id === entry.id)) {
      issues.push({ path: ['add', i, 'id'], message: 'is added twice', value: entry.id });
      return;
    }
    issues.push(...semanticIssues(entry, ['add', i]));
    added.push(entry);
  });
  if (issues.length > 0) throw new KefuError('invalid_input', `Invalid catalog extension: ${issues.length} problem${issues.length === 1 ? '' : 's'}`, issues);
  const result = base.filter((e) => !removed.has(e.id)).map((e) => replaced.get(e.id) ?? e);
  return Object.freeze([...result, ...added]);
}
