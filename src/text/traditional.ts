/**
 * Traditional → simplified Chinese for phrase matching, backed by opencc-js (~52 KB gzipped). It
 * lives in its own entry so that hosts that never see traditional text do not ship the dictionary:
 * `kefu/phrases` itself only takes a converter function as an option.
 *
 * @module
 */
import type { ConverterFunction, ConverterOptions } from 'opencc-js/core';
import { Converter } from 'opencc-js/t2cn';
import { KefuError } from '../model/error.js';
import type { ToSimplified } from './normalize.js';

/**
 * Which traditional convention the input follows: `t` (OpenCC standard traditional), `tw` (Taiwan),
 * `twp` (Taiwan with phrase conversion, e.g. 軟體 → 软件), `hk` (Hong Kong).
 *
 * @example
 * ```ts
 * const from: TraditionalVariant = 'hk';
 * ```
 */
export type TraditionalVariant = 't' | 'tw' | 'twp' | 'hk';

const VARIANTS: readonly TraditionalVariant[] = ['t', 'tw', 'twp', 'hk'];

// opencc-js declares `Converter` in a file that imports its types from './core' without an extension,
// which NodeNext resolution cannot follow, so the declared return type is lost. The signature below is
// the one the package declares in 'opencc-js/core', which resolves.
const buildConverter: (options: ConverterOptions) => ConverterFunction = Converter;

/**
 * Build a traditional→simplified converter to pass as `toSimplified` to `normalizeText`,
 * `compileMatcher`, `compileCatalog` or `compileScripts`. Build it once and reuse it: building
 * loads the dictionaries.
 *
 * Phrase conversions that change the length (`twp`) are handled by the normaliser, which then
 * converts character by character so offsets stay exact.
 *
 * @param from - the traditional convention of the input; `t` by default
 * @returns a converter function
 * @throws KefuError `invalid_input` for an unknown variant
 * @example
 * ```ts
 * import { createToSimplified } from 'kefu/text/traditional';
 * import { compileCatalog, PHRASE_CATALOG } from 'kefu/phrases';
 * const toSimplified = createToSimplified('tw');
 * const catalog = compileCatalog(PHRASE_CATALOG, { normalize: { toSimplified } });
 * catalog.scan('這個我不知道').map((m) => m.id); // ['refuse-02', 'forbid-01-a']
 * ```
 */
export function createToSimplified(from: TraditionalVariant = 't'): ToSimplified {
  if (!VARIANTS.includes(from)) {
    throw new KefuError('invalid_input', `from must be one of ${VARIANTS.join(', ')}`, [{ path: ['from'], message: `must be one of ${VARIANTS.join(', ')}`, value: from }]);
  }
  return buildConverter({ from, to: 'cn' });
}
