/**
 * A 1-based line and column in a source file. Columns count UTF-16 code units (what JavaScript string
 * indices count, and what editors and SARIF's `utf16CodeUnits` column kind use).
 *
 * @example
 * ```ts
 * const where: SourcePosition = { line: 3, column: 4 };
 * ```
 */
export interface SourcePosition {
  readonly line: number;
  readonly column: number;
}

/**
 * A stretch of a turn's text that is copied verbatim from one line of the source: text offset `offset`
 * sits at `line`/`column`, and each following code unit one column further right.
 *
 * @example
 * ```ts
 * const run: SourceRun = { offset: 12, line: 4, column: 3 };
 * ```
 */
export interface SourceRun extends SourcePosition {
  /** 0-based offset into the turn's text (UTF-16 code units) where this run starts. */
  readonly offset: number;
}

/**
 * Where a turn's text came from in the source file. `line`/`column` is the first character of the text.
 * When the text is not one verbatim stretch of a single line — continuation lines, JSON escapes, WebVTT
 * tags and entities — `runs` lists where each verbatim stretch starts; {@link locateInSource} reads it.
 *
 * @example
 * ```ts
 * // "客服：您好" on line 2: the text "您好" starts at column 4.
 * const source: TurnSource = { line: 2, column: 4 };
 * ```
 */
export interface TurnSource extends SourcePosition {
  /** Verbatim runs in text order; the first starts at offset 0 and equals `line`/`column`. */
  readonly runs?: readonly SourceRun[];
}

/**
 * Map an offset into a turn's text (UTF-16 code units, as in a diagnostic's `range`) to the 1-based
 * line/column of the source file.
 *
 * @param source - the turn's entry in a parse result's `turnSources`
 * @param offset - 0-based offset into the turn's text
 * @returns the position of that code unit in the source
 * @example
 * ```ts
 * import { locateInSource } from 'kefu/transcripts';
 * locateInSource({ line: 2, column: 4 }, 1); // { line: 2, column: 5 }
 * locateInSource({ line: 2, column: 4, runs: [{ offset: 0, line: 2, column: 4 }, { offset: 3, line: 3, column: 3 }] }, 4);
 * // { line: 3, column: 4 }
 * ```
 */
export function locateInSource(source: TurnSource, offset: number): SourcePosition {
  const runs = source.runs;
  let run = runs?.[0];
  if (runs === undefined || run === undefined) return { line: source.line, column: source.column + Math.max(0, offset) };
  // Binary search for the last run starting at or before the offset; `run` is always `runs[lo]`.
  let lo = 0;
  let hi = runs.length - 1;
  while (lo < hi) {
    const mid = (lo + hi + 1) >> 1;
    const candidate = runs[mid]; // lo < mid <= hi: always present
    if (candidate !== undefined && candidate.offset <= offset) {
      lo = mid;
      run = candidate;
    } else hi = mid - 1;
  }
  return { line: run.line, column: run.column + Math.max(0, offset - run.offset) };
}

/**
 * Map a half-open text range `[start, end)` of a turn to source positions. The end is the column just
 * after the last character (as SARIF's `endColumn`), on the line of that last character.
 *
 * @param source - the turn's entry in `turnSources`
 * @param range - half-open UTF-16 offsets into the turn's text
 * @example
 * ```ts
 * import { locateRangeInSource } from 'kefu/transcripts';
 * locateRangeInSource({ line: 2, column: 4 }, { start: 0, end: 2 });
 * // { start: { line: 2, column: 4 }, end: { line: 2, column: 6 } }
 * ```
 */
export function locateRangeInSource(source: TurnSource, range: { readonly start: number; readonly end: number }): { readonly start: SourcePosition; readonly end: SourcePosition } {
  const start = locateInSource(source, range.start);
  if (range.end <= range.start) return { start, end: start };
  // Locate the last character, not the end offset: an end on a run boundary belongs to the earlier line.
  const last = locateInSource(source, range.end - 1);
  return { start, end: { line: last.line, column: last.column + 1 } };
}

/**
 * Line starts of a text, to turn offsets into 1-based line/column. Lines end at `\n`, `\r\n` or `\r`.
 * @internal
 */
export class LineIndex {
  private readonly starts: number[];
  /** `starts[0]`: where the first line starts. */
  private readonly firstStart: number;

  constructor(text: string) {
    // A byte-order mark is not a column an editor shows.
    this.firstStart = text.charCodeAt(0) === 0xfeff ? 1 : 0;
    const starts = [this.firstStart];
    for (let i = 0; i < text.length; i++) {
      const c = text.charCodeAt(i);
      if (c === 10) starts.push(i + 1);
      else if (c === 13) {
        if (text.charCodeAt(i + 1) === 10) i++;
        starts.push(i + 1);
      }
    }
    this.starts = starts;
  }

  /** 1-based line/column of a 0-based offset. */
  position(offset: number): SourcePosition {
    const starts = this.starts;
    let lo = 0;
    let hi = starts.length - 1;
    // `start` is always `starts[lo]`.
    let start = this.firstStart;
    while (lo < hi) {
      const mid = (lo + hi + 1) >> 1;
      const candidate = starts[mid]; // lo < mid <= hi: always present
      if (candidate !== undefined && candidate <= offset) {
        lo = mid;
        start = candidate;
      } else hi = mid - 1;
    }
    return { line: lo + 1, column: Math.max(1, offset - start + 1) };
  }
}

/**
 * Builds a turn's text piece by piece while remembering where each piece came from in the source,
 * so the result's {@link TurnSource} maps every offset back to a line and column.
 * @internal
 */
export class SourcedText {
  private text = '';
  private readonly runs: { offset: number; source: number }[] = [];
  /** Source offset just after the last appended verbatim piece, or -1 after a synthetic one. */
  private nextSource = -1;

  get length(): number {
    return this.text.length;
  }

  /** Append `piece`, copied verbatim from the source starting at `sourceOffset` (one line, no line breaks). */
  appendVerbatim(piece: string, sourceOffset: number): void {
    if (piece.length === 0) return;
    if (sourceOffset !== this.nextSource || this.runs.length === 0) this.runs.push({ offset: this.text.length, source: sourceOffset });
    this.text += piece;
    this.nextSource = sourceOffset + piece.length;
  }

  /**
   * Append text that stands for a differently written stretch of the source (an escape, an entity, a
   * line break joining two lines): it maps to `sourceOffset`, and what follows starts a new run.
   */
  appendDecoded(piece: string, sourceOffset: number): void {
    if (piece.length === 0) return;
    this.runs.push({ offset: this.text.length, source: sourceOffset });
    this.text += piece;
    this.nextSource = -1;
  }

  /** The text and its source map; `fallbackOffset` locates an empty text. */
  finish(lines: LineIndex, fallbackOffset: number): { text: string; source: TurnSource } {
    const first = this.runs[0];
    if (first === undefined) return { text: this.text, source: lines.position(fallbackOffset) };
    const start = lines.position(first.source);
    if (this.runs.length === 1) return { text: this.text, source: start };
    const runs = this.runs.map((r) => ({ offset: r.offset, ...lines.position(r.source) }));
    return { text: this.text, source: { line: start.line, column: start.column, runs } };
  }
}
