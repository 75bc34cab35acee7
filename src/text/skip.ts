/**
 * The one "skip this character" predicate: punctuation, separators (spaces), controls and format
 * characters never take part in a phrase, a script clause or a slot's length. Every module that
 * measures or cuts text asks here, so that the normaliser, the matcher, the template engine and the
 * checker cannot disagree about what counts.
 *
 * @module
 */

// The single definition; the helpers below derive from it. Punctuation, spaces and control or format
// characters; combining marks and variation selectors (不\u0301知道); emoji, their skin-tone modifiers and
// flags (不😀知道): none of them is a word, and each can be slipped inside a phrase to hide it.
const SKIPPED = '\\p{P}\\p{Z}\\p{C}\\p{M}\\p{Extended_Pictographic}\\p{Emoji_Modifier}\\p{Regional_Indicator}';
const SKIPPED_CHARACTER = new RegExp(`^[${SKIPPED}]$`, 'u');
const SKIPPED_RUN = new RegExp(`[${SKIPPED}]+`, 'u');
const SKIPPED_EDGES = new RegExp(`^[${SKIPPED}]+|[${SKIPPED}]+$`, 'gu');
const KEPT_CHARACTER = new RegExp(`[^${SKIPPED}]`, 'u');

/**
 * Whether one character (a code point) is skipped by matching: punctuation, a space or separator,
 * a control or format character.
 *
 * @param character - one code point as a string
 * @returns `true` when matching ignores it
 * @example
 * ```ts
 * import { isSkippedCharacter } from 'kefu/text';
 * isSkippedCharacter('，'); // true
 * isSkippedCharacter('您'); // false
 * ```
 */
export function isSkippedCharacter(character: string): boolean {
  return SKIPPED_CHARACTER.test(character);
}

/**
 * Cut a text at every run of skipped characters, dropping empty pieces: the clauses of a template.
 *
 * @param text - any text
 * @returns the non-empty pieces between runs of punctuation and spaces
 * @example
 * ```ts
 * import { splitAtSkipped } from 'kefu/text';
 * splitAtSkipped('感谢您的来电，如果有问题，请您与我们联系，再见！'); // ['感谢您的来电', '如果有问题', '请您与我们联系', '再见']
 * ```
 */
export function splitAtSkipped(text: string): string[] {
  return text.split(SKIPPED_RUN).filter((piece) => piece !== '');
}

/**
 * Remove skipped characters from both ends of a text.
 *
 * @param text - any text
 * @returns the text without leading and trailing punctuation and spaces
 * @example
 * ```ts
 * import { trimSkipped } from 'kefu/text';
 * trimSkipped('，阳泉市煤气公司 '); // '阳泉市煤气公司'
 * ```
 */
export function trimSkipped(text: string): string {
  return text.replace(SKIPPED_EDGES, '');
}

/**
 * Whether a text has at least one character that matching keeps.
 *
 * @param text - any text
 * @returns `false` for an empty text or one made of punctuation and spaces only
 * @example
 * ```ts
 * import { hasKeptCharacters } from 'kefu/text';
 * hasKeptCharacters('！ 。'); // false
 * hasKeptCharacters('再见！'); // true
 * ```
 */
export function hasKeptCharacters(text: string): boolean {
  return KEPT_CHARACTER.test(text);
}
