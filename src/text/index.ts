/**
 * kefu/text — the text engine every other module builds on: normalisation with offset maps, the
 * one "skip this character" predicate, the one multi-pattern matcher, and the one template engine
 * (render a script's words, recognise them in a turn).
 *
 * @example
 * ```ts
 * import { compileMatcher, normalizeText, render } from 'kefu/text';
 * normalizeText('您好，请问').text; // '您好请问'
 * compileMatcher([{ id: 'q', text: '请问' }]).scan('您好，请问')[0]?.start; // 3
 * render('您好，{company}', { company: '示例公司' }); // '您好，示例公司'
 * ```
 * @module text
 */
export { normalizeText, toOriginalRange, createLineIndex } from './normalize.js';
export type { NormalizedText, NormalizeOptions, ToSimplified, LineColumn } from './normalize.js';
export { compileMatcher } from './matcher.js';
export type { MatcherPattern, PhraseMatch, PhraseMatcher, MatcherOptions, MatcherRepresentation, MatchVisitor } from './matcher.js';
export { render, slotNames, slotSpecOf, DEFAULT_SLOT_SPECS, DEFAULT_SLOT_MAX_LENGTH } from './template.js';
export type { Script, ScriptRule, SlotName, SlotSpec, SlotValues, TemplateSource } from './template.js';
export { templatePieces, assembleTemplate } from './recognise.js';
export type { RecogniseOptions, TemplatePiece, ClauseHit, TemplateOccurrence } from './recognise.js';
export { isSkippedCharacter, splitAtSkipped, trimSkipped, hasKeptCharacters } from './skip.js';
export { isSurname, readSurname } from './surname.js';
