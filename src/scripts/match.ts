/**
 * Script templates compiled into matchers: a template is cut into clauses (at its punctuation and
 * slots); the clauses of every script go into ONE phrase automaton, and a script is found when its
 * clauses occur in order with gaps no larger than the slot between them (plus a small filler budget).
 *
 * @module
 */
import { KefuError } from '../model/error.js';
import { compileMatcher, type MatcherPattern, type PhraseMatch } from '../text/matcher.js';
import { normalizeText, type NormalizedText, type NormalizeOptions } from '../text/normalize.js';
import { DEFAULT_SLOT_MAX_LENGTH, parseTemplate, slotSpec, type Script, type ScriptRule } from '../text/template.js';

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
 * const matcher = compileScripts(GAS_HOTLINE_SCRIPTS);
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

/** One clause of a compiled script and the gap allowed before it. */
interface Piece {
  /** Normalised alternatives (one for a literal clause, several for a closed slot). */
  readonly alternatives: readonly string[];
  readonly minGap: number;
  readonly maxGap: number;
  /** Wildcard slot names filling the gap before this piece, if any. */
  readonly gapSlots: readonly string[];
  /** Closed slot that this piece stands for, if any. */
  readonly slot: string | undefined;
}

interface CompiledScript {
  readonly script: Script;
  readonly pieces: readonly Piece[];
}

const CLAUSE_BREAK = /[\p{P}\p{Z}\p{C}]+/u;

function compileOne(script: Script, index: number, options: ScriptMatchOptions | undefined): CompiledScript {
  const path = ['scripts', index, 'template'];
  const parts = parseTemplate(script.template, path);
  const filler = options?.fillerBudget ?? 2;
  const normalizeOptions = options?.normalize;
  const norm = (text: string): string => normalizeText(text, normalizeOptions).text;
  const pieces: Piece[] = [];
  let pendingSlots: string[] = [];
  let pendingMax = 0;
  const pushPiece = (alternatives: string[], slot: string | undefined): void => {
    const first = pieces.length === 0;
    pieces.push({
      alternatives,
      minGap: 0,
      // Before the first piece nothing is required, and a leading wildcard is not checked.
      maxGap: first ? 0 : pendingMax + filler,
      gapSlots: first ? [] : pendingSlots,
      slot,
    });
    pendingSlots = [];
    pendingMax = 0;
  };
  for (const part of parts) {
    if (part.kind === 'text') {
      for (const clause of part.text.split(CLAUSE_BREAK)) {
        const n = norm(clause);
        if (n !== '') pushPiece([n], undefined);
      }
      continue;
    }
    const known = options?.slots?.[part.name];
    const spec = slotSpec(script, part.name);
    if (known !== undefined && norm(known) !== '') {
      pushPiece([norm(known)], part.name);
    } else if (spec.values !== undefined && spec.values.length > 0) {
      pushPiece(
        spec.values.map(norm).filter((v) => v !== ''),
        part.name,
      );
    } else {
      pendingSlots.push(part.name);
      pendingMax += spec.maxLength ?? DEFAULT_SLOT_MAX_LENGTH;
    }
  }
  if (pieces.length === 0) {
    throw new KefuError('invalid_input', `scripts[${index}].template has no fixed words to recognise`, [
      { path, message: 'has no fixed words to recognise (only slots or punctuation)', value: script.template },
    ]);
  }
  return { script, pieces };
}

/** Occurrences of one piece: normalised and original ranges, sorted by normalised end. */
interface Occurrence {
  readonly nStart: number;
  readonly nEnd: number;
  readonly start: number;
  readonly end: number;
  /** Index of the chosen occurrence of the previous piece, -1 for the first piece. */
  prev: number;
}

/** The largest index in `ends` (ascending) whose value is ≤ bound, or -1. */
function lastAtMost(list: readonly Occurrence[], bound: number): number {
  let lo = 0;
  let hi = list.length - 1;
  let found = -1;
  while (lo <= hi) {
    const mid = (lo + hi) >> 1;
    if ((list[mid] as Occurrence).nEnd <= bound) {
      found = mid;
      lo = mid + 1;
    } else hi = mid - 1;
  }
  return found;
}

const SKIPPABLE_EDGE = /^[\p{P}\p{Z}\p{C}]+|[\p{P}\p{Z}\p{C}]+$/gu;

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
 * const matcher = compileScripts([GAS_GREET], { slots: { company: '阳泉市煤气公司' } });
 * matcher.find('您好，阳泉市煤气公司 12 号客服员，为您服务')[0]?.slots; // { agentNo: '12' }
 * ```
 */
export function compileScripts(scripts: readonly Script[], options?: ScriptMatchOptions): ScriptMatcher {
  if (!Array.isArray(scripts)) {
    throw new KefuError('invalid_input', 'scripts must be an array', [{ path: ['scripts'], message: 'must be an array', value: scripts }]);
  }
  const compiled = scripts.map((s, i) => compileOne(s, i, options));
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
  // Pieces are already normalised; normalising again is idempotent.
  const matcher = compileMatcher(patterns, options?.normalize === undefined ? undefined : { normalize: options.normalize });

  const assemble = (hits: readonly PhraseMatch[], original: string): ScriptMatch[] => {
    const perScript: Occurrence[][][] = compiled.map((c) => c.pieces.map(() => []));
    for (const hit of hits) {
      const o = owner[hit.pattern] as { script: number; piece: number };
      ((perScript[o.script] as Occurrence[][])[o.piece] as Occurrence[]).push({
        nStart: hit.normalizedStart,
        nEnd: hit.normalizedEnd,
        start: hit.start,
        end: hit.end,
        prev: -1,
      });
    }
    const results: ScriptMatch[] = [];
    compiled.forEach((c, si) => {
      const occ = perScript[si] as Occurrence[][];
      // Occurrences arrive ordered by end; keep only those reachable from piece 0.
      let reachable = occ[0] as Occurrence[];
      const chosen: Occurrence[][] = [reachable];
      for (let j = 1; j < c.pieces.length && reachable.length > 0; j++) {
        const piece = c.pieces[j] as Piece;
        const next: Occurrence[] = [];
        for (const o of occ[j] as Occurrence[]) {
          // The closest predecessor keeps the match tight (and the captured slot short).
          const p = lastAtMost(reachable, o.nStart - piece.minGap);
          if (p >= 0 && o.nStart - (reachable[p] as Occurrence).nEnd <= piece.maxGap) next.push({ ...o, prev: p });
        }
        reachable = next;
        chosen.push(next);
      }
      if (chosen.length < c.pieces.length) return;
      let lastEnd = -1;
      for (const last of reachable) {
        const chain: Occurrence[] = [last];
        for (let j = c.pieces.length - 1; j > 0; j--) {
          const cur = chain[0] as Occurrence;
          chain.unshift((chosen[j - 1] as Occurrence[])[cur.prev] as Occurrence);
        }
        const first = chain[0] as Occurrence;
        // Two endings of the same start are the same utterance seen twice; keep the first.
        if (first.nStart <= lastEnd) continue;
        lastEnd = last.nEnd;
        const slots: Record<string, string> = {};
        c.pieces.forEach((piece, j) => {
          const at = chain[j] as Occurrence;
          if (piece.slot !== undefined) slots[piece.slot] = original.slice(at.start, at.end);
          if (j > 0 && piece.gapSlots.length > 0) {
            const before = chain[j - 1] as Occurrence;
            slots[piece.gapSlots.join('+')] = original.slice(before.end, at.start).replace(SKIPPABLE_EDGE, '');
          }
        });
        results.push({
          scriptId: c.script.id,
          rule: c.script.rule,
          start: first.start,
          end: last.end,
          normalizedStart: first.nStart,
          normalizedEnd: last.nEnd,
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
 * const close = compileScript(GAS_CLOSE);
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
 * matchScript(GAS_ANYTHING_ELSE, '请问您还有 其他问题吗')?.start; // 2
 * ```
 */
export function matchScript(script: Script, text: string, options?: ScriptMatchOptions): ScriptMatch | undefined {
  return compileScripts([script], options).find(text)[0];
}
