/**
 * Script templates compiled into matchers: a template is cut into clauses (at its punctuation and
 * slots); the clauses of every script go into ONE phrase automaton, and a script is found when its
 * clauses occur in order with gaps no larger than the slot between them (plus a small filler budget).
 *
 * @module
 */
import { KefuError } from '../model/error.js';
import { compileMatcher, type MatcherPattern, type PhraseMatch } from '../text/matcher.js';
import type { NormalizedText, NormalizeOptions } from '../text/normalize.js';
import { assembleTemplate, templatePieces, type TemplatePiece } from '../text/recognise.js';
import type { Script, ScriptRule } from '../text/template.js';

/**
 * Options of {@link compileScripts}.
 *
 * @example
 * ```ts
 * const options: ScriptMatchOptions = { slots: { company: '阳泉市煤气公司' }, fillerBudget: 2 };
 * ```
 */
export interface ScriptMatchOptions {
  /**
   * Slot values known in advance (a preset's company name, hotline, the agent's number). A known slot
   * must appear as that value; unknown slots are bounded wildcards.
   */
  readonly slots?: Readonly<Record<string, string>>;
  /** Extra normalised characters tolerated between two clauses (fillers such as 嗯、那个). Default 2. */
  readonly fillerBudget?: number;
  /** Normalisation of templates and turns (e.g. a traditional→simplified converter). */
  readonly normalize?: NormalizeOptions;
}

/**
 * One script found in a turn. `start`/`end` are half-open UTF-16 offsets into the original turn.
 * `slots` holds what stood in each wildcard slot (original text, trimmed of punctuation and spaces);
 * adjacent wildcard slots that cannot be told apart are reported under their names joined by `+`.
 *
 * @example
 * ```ts
 * const m: ScriptMatch = {
 *   scriptId: 'gas-greet', rule: 'SCR-GREET', start: 0, end: 19, normalizedStart: 0, normalizedEnd: 18,
 *   slots: { 'company+agentNo': '阳泉市煤气公司12' },
 * };
 * ```
 */
export interface ScriptMatch {
  readonly scriptId: string;
  readonly rule: ScriptRule;
  readonly start: number;
  readonly end: number;
  readonly normalizedStart: number;
  readonly normalizedEnd: number;
  readonly slots: Readonly<Record<string, string>>;
}

/**
 * Compiled scripts: find which of them a turn contains.
 *
 * @example
 * ```ts
 * import { compileScripts } from 'kefu/scripts';
 * import { gasHotlineScripts } from 'kefu/presets';
 * const matcher = compileScripts(Object.values(gasHotlineScripts));
 * matcher.find('您还有其他问题吗？').map((m) => m.scriptId); // ['gas-anything-else']
 * ```
 */
export interface ScriptMatcher {
  readonly scripts: readonly Script[];
  /** Every occurrence of every script, ordered by start offset. */
  find(text: string): ScriptMatch[];
  /** Same on a turn already normalised with the same normalisation options. */
  findNormalized(normalized: NormalizedText): ScriptMatch[];
  /** Whether the script with this id occurs in the text. */
  has(text: string, scriptId: string): boolean;
}

interface CompiledScript {
  readonly script: Script;
  readonly pieces: readonly TemplatePiece[];
}

/** A clause hit as the scripts' own automaton reports it: both ranges, so a match can give both. */
interface Hit {
  readonly start: number;
  readonly end: number;
  readonly normalizedStart: number;
  readonly normalizedEnd: number;
}

/**
 * Compile scripts into one matcher. Each template is cut into clauses at punctuation and slots;
 * between two clauses the turn may hold the slot's value (a known value, one of a closed slot's
 * values, or at most `maxLength` characters for an unknown slot) plus `fillerBudget` extra characters.
 * Spaces and punctuation never count (the phrase normaliser drops them).
 *
 * @param scripts - the scripts to recognise
 * @param options - known slot values, filler budget, normalisation
 * @returns a matcher over all scripts, built once
 * @throws KefuError `invalid_input` when a template is malformed or has no fixed words
 * @example
 * ```ts
 * import { compileScripts } from 'kefu/scripts';
 * import { gasHotlineScripts } from 'kefu/presets';
 * const matcher = compileScripts([gasHotlineScripts['gas-greet']], { slots: { company: '阳泉市煤气公司' } });
 * matcher.find('您好，阳泉市煤气公司 12 号客服员，为您服务')[0]?.slots; // { company: '阳泉市煤气公司', agentNo: '12' }
 * ```
 */
export function compileScripts(scripts: readonly Script[], options?: ScriptMatchOptions): ScriptMatcher {
  // Checked as `unknown`: a JavaScript caller may pass anything, and narrowing the typed array would widen it to any[].
  const given: unknown = scripts;
  if (!Array.isArray(given)) {
    throw new KefuError('invalid_input', 'scripts must be an array', [{ path: ['scripts'], message: 'must be an array', value: scripts }]);
  }
  const recognise = { ...(options?.slots === undefined ? {} : { slots: options.slots }), ...(options?.fillerBudget === undefined ? {} : { fillerBudget: options.fillerBudget }) };
  const compiled: CompiledScript[] = scripts.map((script, i) => ({ script, pieces: templatePieces(script, recognise, ['scripts', i, 'template']) }));
  const patterns: MatcherPattern[] = [];
  const owner: { script: number; piece: number }[] = [];
  compiled.forEach((c, si) => {
    c.pieces.forEach((piece, pi) => {
      for (const alternative of piece.alternatives) {
        patterns.push({ id: `${c.script.id}#${pi}`, text: alternative });
        owner.push({ script: si, piece: pi });
      }
    });
  });
  const matcher = compileMatcher(patterns, options?.normalize === undefined ? undefined : { normalize: options.normalize });

  const assemble = (hits: readonly PhraseMatch[], original: string): ScriptMatch[] => {
    const perScript: Hit[][][] = compiled.map((c) => c.pieces.map(() => []));
    for (const hit of hits) {
      const o = owner[hit.pattern];
      if (o !== undefined) perScript[o.script]?.[o.piece]?.push(hit);
    }
    const results: ScriptMatch[] = [];
    compiled.forEach((c, si) => {
      for (const { first, last, slots } of assembleTemplate(c.pieces, perScript[si] ?? [], original)) {
        results.push({
          scriptId: c.script.id,
          rule: c.script.rule,
          start: first.start,
          end: last.end,
          normalizedStart: first.normalizedStart,
          normalizedEnd: last.normalizedEnd,
          slots,
        });
      }
    });
    return results.sort((a, b) => a.start - b.start || a.end - b.end);
  };

  const find = (text: string): ScriptMatch[] => assemble(matcher.scan(text), text);
  return {
    scripts: Object.freeze([...scripts]),
    find,
    findNormalized: (normalized) => assemble(matcher.scanNormalized(normalized), normalized.original),
    has: (text, scriptId) => find(text).some((m) => m.scriptId === scriptId),
  };
}

/**
 * Compile a single script; see {@link compileScripts}.
 *
 * @example
 * ```ts
 * import { compileScript } from 'kefu/scripts';
 * import { gasHotlineScripts } from 'kefu/presets';
 * const close = compileScript(gasHotlineScripts['gas-close']);
 * close.find('感谢您的来电，如果有问题请您与我们联系，再见！').length; // 1
 * ```
 */
export function compileScript(script: Script, options?: ScriptMatchOptions): ScriptMatcher {
  return compileScripts([script], options);
}

/**
 * Find the first occurrence of one script in a turn. Compiles on every call: for many turns,
 * compile once with {@link compileScripts}.
 *
 * @param script - the script to look for
 * @param text - the turn
 * @param options - known slots, filler budget, normalisation
 * @returns the first occurrence, or `undefined`
 * @example
 * ```ts
 * import { matchScript } from 'kefu/scripts';
 * import { gasHotlineScripts } from 'kefu/presets';
 * matchScript(gasHotlineScripts['gas-anything-else'], '请问您还有 其他问题吗')?.start; // 2
 * ```
 */
export function matchScript(script: Script, text: string, options?: ScriptMatchOptions): ScriptMatch | undefined {
  return compileScripts([script], options).find(text)[0];
}
