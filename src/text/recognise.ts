/**
 * The one template recogniser: a template is cut into clauses (at its punctuation and slots) and a
 * script is found where its clauses occur in order, each gap no longer than the slot between them
 * allows plus a small filler budget. The clauses go into whatever automaton the caller owns (the
 * scripts' own matcher, or the checker's shared one); this module turns the clause hits back into
 * script occurrences, so every caller reads templates the same way.
 *
 * @module
 */
import { KefuError } from '../model/error.js';
import { hasKeptCharacters, isSkippedCharacter, splitAtSkipped, trimSkipped } from './skip.js';
import { DEFAULT_SLOT_MAX_LENGTH, parseTemplate, slotSpecOf, type TemplateSource } from './template.js';

/**
 * How a template is recognised: slot values known in advance and the filler budget.
 *
 * @example
 * ```ts
 * import type { RecogniseOptions } from 'kefu/text';
 * const options: RecogniseOptions = { slots: { company: '示例燃气公司' }, fillerBudget: 2 };
 * ```
 */
export interface RecogniseOptions {
  /**
   * Slot values known in advance (the organisation's name, the hotline). A known slot must appear as
   * that value; unknown slots are wildcards of at most their `maxLength` characters.
   */
  readonly slots?: Readonly<Record<string, string | undefined>>;
  /** Extra characters tolerated between two clauses (fillers such as 嗯、那个). Default 2. */
  readonly fillerBudget?: number;
}

/**
 * One clause of a compiled template and the gap allowed before it.
 *
 * @example
 * ```ts
 * import type { TemplatePiece } from 'kefu/text';
 * const piece: TemplatePiece = { alternatives: ['号客服员为您服务'], maxGap: 34, gapSlots: ['company', 'agentNo'], slot: undefined };
 * ```
 */
export interface TemplatePiece {
  /** The clause's texts: one for literal words, one per value of a closed or known slot. */
  readonly alternatives: readonly string[];
  /** Most kept characters between the previous clause and this one (0 for the first clause). */
  readonly maxGap: number;
  /** Wildcard slots that fill the gap before this clause. */
  readonly gapSlots: readonly string[];
  /** The closed or known slot this clause stands for, if any. */
  readonly slot: string | undefined;
}

/**
 * Cut a template into the clauses to look for. A leading wildcard is not checked (nothing precedes
 * it); a trailing one is not either (nothing follows it).
 *
 * @param source - the template and its slot constraints
 * @param options - known slot values and the filler budget
 * @param path - where the template sits in the caller's input, for errors
 * @returns the clauses in order
 * @throws KefuError `invalid_input` when the template is malformed or has no fixed words
 * @example
 * ```ts
 * import { templatePieces } from 'kefu/text';
 * templatePieces({ id: 'close', template: '感谢您的来电，再见！' }).map((p) => p.alternatives[0]); // ['感谢您的来电', '再见']
 * ```
 */
export function templatePieces(source: TemplateSource, options?: RecogniseOptions, path: readonly (string | number)[] = ['template']): TemplatePiece[] {
  const filler = options?.fillerBudget ?? 2;
  const pieces: TemplatePiece[] = [];
  let pendingSlots: string[] = [];
  let pendingMax = 0;
  const push = (alternatives: string[], slot: string | undefined): void => {
    const first = pieces.length === 0;
    pieces.push({ alternatives, maxGap: first ? 0 : pendingMax + filler, gapSlots: first ? [] : pendingSlots, slot });
    pendingSlots = [];
    pendingMax = 0;
  };
  for (const part of parseTemplate(source.template, path)) {
    if (part.kind === 'text') {
      for (const clause of splitAtSkipped(part.text)) push([clause], undefined);
      continue;
    }
    const known = options?.slots?.[part.name];
    const spec = slotSpecOf(source, part.name);
    const closed = (spec.values ?? []).filter(hasKeptCharacters);
    if (known !== undefined && hasKeptCharacters(known)) push([known], part.name);
    else if (closed.length > 0) push(closed, part.name);
    else {
      pendingSlots.push(part.name);
      pendingMax += spec.maxLength ?? DEFAULT_SLOT_MAX_LENGTH;
    }
  }
  if (pieces.length === 0) {
    throw new KefuError('invalid_input', `${path.join('.')} has no fixed words to recognise`, [
      { path, message: 'has no fixed words to recognise (only slots or punctuation)', value: source.template },
    ]);
  }
  return pieces;
}

/**
 * An occurrence of one clause in a text: half-open UTF-16 offsets into the original text.
 *
 * @example
 * ```ts
 * import type { ClauseHit } from 'kefu/text';
 * const hit: ClauseHit = { start: 0, end: 2 };
 * ```
 */
export interface ClauseHit {
  readonly start: number;
  readonly end: number;
}

/**
 * One occurrence of a template: the hit of its first and last clause and what stood in each slot.
 *
 * @example
 * ```ts
 * import type { TemplateOccurrence } from 'kefu/text';
 * const found: TemplateOccurrence<{ start: number; end: number }> = { first: { start: 0, end: 2 }, last: { start: 8, end: 16 }, slots: { agentNo: '12' } };
 * ```
 */
export interface TemplateOccurrence<H extends ClauseHit> {
  readonly first: H;
  readonly last: H;
  /** Original text (trimmed of punctuation and spaces) of each slot; adjacent wildcards joined by `+`. */
  readonly slots: Readonly<Record<string, string>>;
}

/** Whether `text[from, to)` holds at most `limit` kept characters (code points matching does not skip). */
function gapFits(text: string, from: number, to: number, limit: number): boolean {
  let kept = 0;
  for (let i = from; i < to; i++) {
    const c = text.charCodeAt(i);
    // CJK ideographs, ASCII letters and digits are the bulk of a gap: kept without a regex test.
    const plain = (c >= 0x4e00 && c <= 0x9fff) || (c >= 0x30 && c <= 0x39) || ((c | 0x20) >= 0x61 && (c | 0x20) <= 0x7a);
    if (plain) kept++;
    else if (c >= 0xdc00 && c <= 0xdfff)
      continue; // the low half of a pair counted with its high half
    else {
      const cp = text.codePointAt(i) ?? c;
      if (!isSkippedCharacter(String.fromCodePoint(cp))) kept++;
    }
    if (kept > limit) return false;
  }
  return true;
}

/** The largest index in `list` (ordered by `end`) whose end is ≤ bound, or -1. */
function lastEndingBy(list: readonly ClauseHit[], bound: number): number {
  let lo = 0;
  let hi = list.length - 1;
  let found = -1;
  while (lo <= hi) {
    const mid = (lo + hi) >> 1;
    const at = list[mid];
    if (at !== undefined && at.end <= bound) {
      found = mid;
      lo = mid + 1;
    } else hi = mid - 1;
  }
  return found;
}

/**
 * Turn clause hits into template occurrences. Each clause's hits must be ordered by end offset (as
 * the matcher emits them). A clause links to the closest earlier clause hit (which keeps the match
 * tight and the captured slot short, and is the only one that can fit when a nearer one does not);
 * occurrences that overlap an earlier one are the same utterance seen twice and are dropped.
 *
 * @param pieces - the template's clauses, from {@link templatePieces}
 * @param hitsByPiece - the hits of each clause, ordered by end
 * @param text - the original text the hits point into
 * @returns the occurrences, ordered by start
 * @example
 * ```ts
 * import { assembleTemplate, templatePieces } from 'kefu/text';
 * const pieces = templatePieces({ id: 'g', template: '您好，{agentNo}号为您服务' });
 * assembleTemplate(pieces, [[{ start: 0, end: 2 }], [{ start: 4, end: 9 }]], '您好12号为您服务')[0]?.slots; // { agentNo: '12' }
 * ```
 */
export function assembleTemplate<H extends ClauseHit>(pieces: readonly TemplatePiece[], hitsByPiece: readonly (readonly H[])[], text: string): TemplateOccurrence<H>[] {
  // chains[j][k]: the index in chains[j - 1] that hit k of clause j links to.
  let reachable: readonly H[] = hitsByPiece[0] ?? [];
  const levels: { hits: readonly H[]; links: readonly number[] }[] = [{ hits: reachable, links: [] }];
  for (let j = 1; j < pieces.length && reachable.length > 0; j++) {
    const maxGap = pieces[j]?.maxGap ?? 0;
    const hits: H[] = [];
    const links: number[] = [];
    for (const hit of hitsByPiece[j] ?? []) {
      const p = lastEndingBy(reachable, hit.start);
      const before = reachable[p];
      if (before !== undefined && gapFits(text, before.end, hit.start, maxGap)) {
        hits.push(hit);
        links.push(p);
      }
    }
    reachable = hits;
    levels.push({ hits, links });
  }
  if (levels.length < pieces.length) return [];
  const found: TemplateOccurrence<H>[] = [];
  let lastEnd = -1;
  reachable.forEach((last, index) => {
    const chain: H[] = new Array<H>(pieces.length);
    let k = index;
    for (let j = pieces.length - 1; j >= 0; j--) {
      const level = levels[j];
      const hit = level?.hits[k];
      if (level === undefined || hit === undefined) return;
      chain[j] = hit;
      k = level.links[k] ?? -1;
    }
    const first = chain[0];
    if (first === undefined || first.start < lastEnd) return;
    lastEnd = last.end;
    const slots: Record<string, string> = {};
    pieces.forEach((piece, j) => {
      const at = chain[j];
      const before = chain[j - 1];
      if (at === undefined) return;
      if (piece.slot !== undefined) slots[piece.slot] = text.slice(at.start, at.end);
      if (before !== undefined && piece.gapSlots.length > 0) slots[piece.gapSlots.join('+')] = trimSkipped(text.slice(before.end, at.start));
    });
    found.push({ first, last, slots });
  });
  return found.sort((a, b) => a.first.start - b.first.start || a.last.end - b.last.end);
}
