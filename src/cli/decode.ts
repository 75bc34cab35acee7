/**
 * Reading transcript files in the encodings Chinese call centres export: UTF-8, UTF-16 (with a byte
 * order mark, or detected by its zero bytes) and GB18030 (which contains GBK and GB2312). A file in
 * none of them is an input error that says so, never text read wrongly.
 *
 * @internal
 * @module
 */
import { KefuError } from '../model/index.js';

/** Encodings `--encoding` accepts (TextDecoder labels). */
export const ENCODINGS = ['utf-8', 'utf-16le', 'utf-16be', 'gb18030', 'gbk'] as const;

const strict = (label: string, bytes: Uint8Array): string | undefined => {
  try {
    return new TextDecoder(label, { fatal: true, ignoreBOM: false }).decode(bytes);
  } catch {
    return undefined;
  }
};

/** UTF-16 without a byte order mark: text whose even (or odd) bytes are mostly zero. */
function utf16Guess(bytes: Uint8Array): 'utf-16le' | 'utf-16be' | undefined {
  if (bytes.length < 4 || bytes.length % 2 !== 0) return undefined;
  let evenZeros = 0;
  let oddZeros = 0;
  for (let i = 0; i < bytes.length; i += 2) {
    if (bytes[i] === 0) evenZeros++;
    if (bytes[i + 1] === 0) oddZeros++;
  }
  const pairs = bytes.length / 2;
  if (oddZeros > pairs * 0.3 && evenZeros === 0) return 'utf-16le';
  if (evenZeros > pairs * 0.3 && oddZeros === 0) return 'utf-16be';
  return undefined;
}

/**
 * Decode a file's bytes: as `encoding` when given, else by its byte order mark, else as UTF-16 when its
 * zero bytes say so, else UTF-8, else GB18030 (UTF-8 before GB18030: GB18030 decodes almost anything).
 *
 * @throws KefuError `invalid_input` when the bytes are not text in the given or any detected encoding
 */
export function decodeText(bytes: Uint8Array, encoding?: string): string {
  if (encoding !== undefined) {
    const text = strict(encoding, bytes);
    if (text === undefined)
      throw new KefuError('invalid_input', `the file is not valid ${encoding} text`, [{ path: ['encoding'], message: `does not decode the file`, value: encoding }]);
    return text;
  }
  const [a, b, c] = bytes;
  const byMark = a === 0xef && b === 0xbb && c === 0xbf ? 'utf-8' : a === 0xff && b === 0xfe ? 'utf-16le' : a === 0xfe && b === 0xff ? 'utf-16be' : undefined;
  for (const label of byMark === undefined ? [utf16Guess(bytes), 'utf-8', 'gb18030'] : [byMark]) {
    const text = label === undefined ? undefined : strict(label, bytes);
    if (text !== undefined) return text;
  }
  throw new KefuError('invalid_input', 'the file is not UTF-8, UTF-16 or GB18030 text (name its encoding with --encoding)', [
    { path: ['encoding'], message: 'could not be detected', value: undefined },
  ]);
}
