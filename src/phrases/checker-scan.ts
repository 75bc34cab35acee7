import type { Turn } from '../model/transcript.js';
import type { MatchVisitor, PhraseMatcher } from '../text/matcher.js';
import type { PhraseHit } from './rules/types.js';

/**
 * Every registered phrase of every turn, found by one scan of each turn.
 *
 * @internal
 * @example
 * ```ts
 * // const scanned = createTurnScanner(matcher, owners, sets).scan(transcript.turns);
 * // scanned.hits(0, 2); // hits of phrase set 0 in turn 2
 * ```
 */
export interface ScannedTurns {
  hits(set: number, turn: number): readonly PhraseHit[];
}

/**
 * The owner of each pattern of the checker's matcher: the phrase set that registered it and the id
 * the rule gave it. Indexed by pattern.
 *
 * @internal
 * @example
 * ```ts
 * const owners: PatternOwners = { set: Int32Array.of(0, 0, 1), id: ['forbid-1a', 'forbid-1b', 'tic-0'] };
 * ```
 */
export interface PatternOwners {
  readonly set: Int32Array;
  readonly id: readonly string[];
}

/** Whether a scan result owns storage to hand back (the shared empty result owns none). */
function isScanned(scanned: ScannedTurns): scanned is Scanned {
  return 'slots' in scanned;
}

const EMPTY: readonly PhraseHit[] = Object.freeze([]);
const NOTHING_SCANNED: ScannedTurns = Object.freeze({ hits: () => EMPTY });

/**
 * Scans the turns of one check after another for the phrases of every rule, filing each hit under its
 * turn and phrase set.
 *
 * @internal
 * @example
 * ```ts
 * // const scanner = createTurnScanner(matcher, owners, sets);
 * // const scanned = scanner.scan(transcript.turns);
 * // … rules read scanned.hits(set, turn) …
 * // scanner.release(scanned);
 * ```
 */
export interface TurnScanner {
  /**
   * Scan each turn once, from the automaton's root (no phrase runs from one turn into the next), and
   * file every hit in the matcher's order (by end offset, longest first at the same end).
   */
  scan(turns: readonly Turn[]): ScannedTurns;
  /** Hand the storage of a finished check back for the next one; `scanned` must not be read after. */
  release(scanned: ScannedTurns): void;
}

interface Slots {
  /** One hit list per (turn, set), at `turn * sets + set`; most stay empty. */
  readonly lists: (PhraseHit[] | undefined)[];
  /** Indices of `lists` filled by the current check, to empty them again on release. */
  readonly used: number[];
}

interface Scanned extends ScannedTurns {
  readonly slots: Slots;
}

/**
 * A scanner for one checker. The (turn × set) table of hit lists is kept between checks and emptied
 * on release, since allocating it afresh costs as much as a rule; a check that starts while another
 * holds it (a rule checking another transcript) gets a table of its own.
 *
 * @internal
 * @example
 * ```ts
 * // const scanner = createTurnScanner(matcher, { set: Int32Array.of(0), id: ['tic-0'] }, 1);
 * ```
 */
export function createTurnScanner(matcher: PhraseMatcher | undefined, owners: PatternOwners, sets: number): TurnScanner {
  const ownerSet = owners.set;
  const ownerId = owners.id;
  let spare: Slots | undefined = { lists: [], used: [] };
  // The slots being filled and the current turn's first slot. The visitor is made once: while a scan
  // runs, no code but the matcher's and this visitor's does, so nothing else can start a scan.
  let filling: Slots = spare;
  let base = 0;
  const file: MatchVisitor = (pattern, start, end) => {
    const slot = base + (ownerSet[pattern] ?? 0);
    const hit: PhraseHit = { id: ownerId[pattern] ?? '', start, end };
    const list = filling.lists[slot];
    if (list === undefined) {
      filling.lists[slot] = [hit];
      filling.used.push(slot);
    } else list.push(hit);
  };
  return {
    scan(turns) {
      const turnCount = turns.length;
      if (matcher === undefined || turnCount === 0 || sets === 0) return NOTHING_SCANNED;
      const slots = spare ?? { lists: [], used: [] };
      spare = undefined;
      filling = slots;
      for (let t = 0; t < turnCount; t++) {
        base = t * sets;
        matcher.forEachMatch(turns[t]?.text ?? '', file);
      }
      const lists = slots.lists;
      const scanned: Scanned = {
        slots,
        hits(set, turn) {
          if (!(turn >= 0 && turn < turnCount && set >= 0 && set < sets) || !Number.isInteger(turn) || !Number.isInteger(set)) return EMPTY;
          return lists[turn * sets + set] ?? EMPTY;
        },
      };
      return scanned;
    },
    release(scanned) {
      if (!isScanned(scanned)) return;
      const { lists, used } = scanned.slots;
      for (const slot of used) lists[slot] = undefined;
      used.length = 0;
      spare = scanned.slots;
    },
  };
}
