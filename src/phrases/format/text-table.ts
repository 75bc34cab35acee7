/**
 * Columns a string takes in a terminal: East Asian wide and full-width characters take two, combining
 * marks and zero-width characters none, everything else one. Enough to line up Chinese messages.
 * @internal
 */
export function displayWidth(text: string): number {
  let width = 0;
  for (const char of text) {
    const c = char.codePointAt(0) ?? 0;
    if ((c >= 0x300 && c <= 0x36f) || (c >= 0x200b && c <= 0x200f) || c === 0xfe0f) continue;
    width += isWide(c) ? 2 : 1;
  }
  return width;
}

function isWide(c: number): boolean {
  return (
    (c >= 0x1100 && c <= 0x115f) ||
    (c >= 0x2e80 && c <= 0x303e) ||
    (c >= 0x3041 && c <= 0x33ff) ||
    (c >= 0x3400 && c <= 0x4dbf) ||
    (c >= 0x4e00 && c <= 0x9fff) ||
    (c >= 0xa000 && c <= 0xa4cf) ||
    (c >= 0xac00 && c <= 0xd7a3) ||
    (c >= 0xf900 && c <= 0xfaff) ||
    (c >= 0xfe30 && c <= 0xfe4f) ||
    (c >= 0xff00 && c <= 0xff60) ||
    (c >= 0xffe0 && c <= 0xffe6) ||
    (c >= 0x1f300 && c <= 0x1f64f) ||
    (c >= 0x20000 && c <= 0x3fffd)
  );
}

/** Pad to a display width on the right (`end`) or left (`start`). @internal */
export function pad(text: string, width: number, side: 'end' | 'start' = 'end'): string {
  const fill = ' '.repeat(Math.max(0, width - displayWidth(text)));
  return side === 'end' ? text + fill : fill + text;
}

/** ANSI styles, or identity functions when colour is off. @internal */
export interface Styles {
  readonly red: (s: string) => string;
  readonly yellow: (s: string) => string;
  readonly green: (s: string) => string;
  readonly dim: (s: string) => string;
  readonly bold: (s: string) => string;
  readonly underline: (s: string) => string;
}

const plain = (s: string): string => s;
const wrap =
  (open: number, close: number) =>
  (s: string): string =>
    `\u001b[${open}m${s}\u001b[${close}m`;

/** @internal */
export function styles(color: boolean): Styles {
  return color
    ? { red: wrap(31, 39), yellow: wrap(33, 39), green: wrap(32, 39), dim: wrap(2, 22), bold: wrap(1, 22), underline: wrap(4, 24) }
    : { red: plain, yellow: plain, green: plain, dim: plain, bold: plain, underline: plain };
}

/**
 * Lay out rows as aligned columns (widths measured in terminal columns), two spaces apart, each cell
 * styled after padding so escape codes do not upset the alignment. Trailing spaces are trimmed.
 * @internal
 */
export function table(
  rows: readonly (readonly string[])[],
  options: { readonly align?: readonly ('left' | 'right')[]; readonly indent?: string; readonly style?: readonly (((s: string) => string) | undefined)[] } = {},
): string[] {
  const widths: number[] = [];
  for (const row of rows) row.forEach((cell, i) => (widths[i] = Math.max(widths[i] ?? 0, displayWidth(cell))));
  return rows.map((row) => {
    const cells = row.map((cell, i) => {
      const last = i === row.length - 1;
      const align = options.align?.[i] ?? 'left';
      const padded = last && align === 'left' ? cell : pad(cell, widths[i] ?? 0, align === 'left' ? 'end' : 'start');
      const style = options.style?.[i];
      if (style === undefined || cell === '') return padded;
      // Style the text only, keep the padding outside the escape codes.
      const at = padded.indexOf(cell);
      return padded.slice(0, at) + style(cell) + padded.slice(at + cell.length);
    });
    return `${options.indent ?? ''}${cells.join('  ')}`.trimEnd();
  });
}
