/**
 * One line of a text input with the offset where it starts (line breaks excluded).
 * @internal
 */
export interface SourceLine {
  /** 1-based line number. */
  readonly number: number;
  /** Offset of the line's first character in the whole input. */
  readonly start: number;
  readonly text: string;
}

/**
 * Split an input into lines at `\n`, `\r\n` or `\r`, keeping each line's offset. A leading byte-order
 * mark is not part of the first line's text (editors do not show it as a column).
 * @internal
 */
export function splitLines(input: string): SourceLine[] {
  const lines: SourceLine[] = [];
  let start = input.charCodeAt(0) === 0xfeff ? 1 : 0;
  let number = 1;
  // Unicode's own line and paragraph separators end a line too: a customer's words after one are theirs.
  const pattern = /\r\n|\r|\n|\u2028|\u2029|\u0085/g;
  let match: RegExpExecArray | null;
  while ((match = pattern.exec(input)) !== null) {
    lines.push({ number, start, text: input.slice(start, match.index) });
    start = match.index + match[0].length;
    number++;
  }
  lines.push({ number, start, text: input.slice(start) });
  return lines;
}

/**
 * Milliseconds of a clock time `[hh:]mm:ss[.fff]` (also `,fff`), or an error message. Minutes and
 * seconds must be below 60; a fraction of 1–3 digits is read as a decimal fraction of a second.
 * @internal
 */
export function clockToMs(hours: string | undefined, minutes: string, seconds: string, fraction: string | undefined): number | string {
  const m = Number(minutes);
  const s = Number(seconds);
  if (hours !== undefined && m >= 60) return `minutes must be below 60 in "${hours}:${minutes}:${seconds}"`;
  if (s >= 60) return `seconds must be below 60 in "${minutes}:${seconds}"`;
  // "5" is 500 ms, "34" 340 ms, "345" 345 ms.
  const ms = fraction === undefined ? 0 : Number(fraction) * (fraction.length === 1 ? 100 : fraction.length === 2 ? 10 : 1);
  return ((hours === undefined ? 0 : Number(hours)) * 3600 + m * 60 + s) * 1000 + ms;
}

/** Leading spaces, tabs and full-width spaces. @internal */
export function leadingSpace(text: string, from = 0): number {
  let i = from;
  while (i < text.length && (text[i] === ' ' || text[i] === '\t' || text[i] === '\u3000')) i++;
  return i - from;
}

/**
 * Characters that take no space: zero-width spaces and joiners, direction marks and embeddings, a stray
 * byte order mark. Before a label or after its colon they are layout, not speech — and not indentation.
 */
const INVISIBLE = /[\u061c\u200b-\u200f\u202a-\u202e\u2060-\u2064\u2066-\u2069\ufeff]/;

/** Number of invisible characters (see above) at `from`. @internal */
export function invisibleRun(text: string, from = 0): number {
  let i = from;
  while (i < text.length && INVISIBLE.test(text.charAt(i))) i++;
  return i - from;
}

/** Length of `text` without trailing spaces, tabs and full-width spaces. @internal */
export function trimmedEnd(text: string): number {
  let end = text.length;
  while (end > 0 && (text[end - 1] === ' ' || text[end - 1] === '\t' || text[end - 1] === '\u3000')) end--;
  return end;
}
