/**
 * The phrase catalog: standard, tactful, address, complaint-soothing and courtesy phrases to use, and
 * forbidden phrases and fillers to avoid, each quoted from the standards.
 *
 * @module
 */
export { PHRASE_CATALOG } from './entries.js';
export { CatalogCategory, CatalogEntrySchema, CatalogOverrideSchema, EntryPosition } from './types.js';
export type { CatalogEntry, CatalogExtension, CatalogOverride, PhraseCatalog } from './types.js';
export { extendCatalog, validateCatalog } from './extend.js';
export { compileCatalog } from './compile.js';
export type { CatalogMatch, CatalogMatcher } from './compile.js';
