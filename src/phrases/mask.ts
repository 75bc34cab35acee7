// rule: REC-2 — customer data is confidential, so excerpts that leave the checker hide phone and ID numbers.

// Mainland ID card: 6-digit region, 8-digit birth date (19xx/20xx), 3-digit sequence, check digit or X,
// optionally spaced in groups; and the 15-digit card of before 1999 (2-digit year, no check digit).
const ID_CARD =
  /(?<![0-9A-Za-z０-９])[1-9]\d{5} ?(?:19|20)\d{2}(?:0[1-9]|1[0-2])(?:0[1-9]|[12]\d|3[01]) ?\d{3}[\dXx](?![0-9A-Za-z])|(?<![0-9])[1-9]\d{7}(?:0[1-9]|1[0-2])(?:0[1-9]|[12]\d|3[01])\d{3}(?![0-9Xx])/g;
// Mobile numbers in any grouping (138 0013 8000, 1381 2345 678, 138.1234.5678, one digit at a time, a
// zero-width character slipped between), full-width, with +86 or a leading 0.
const MOBILE = /(?<![0-9０-９])(?:\+?86[ -]?|0)?[1１][ .\-\u200b-\u200d\u2060]?[3-9３-９](?:[ .\-\u200b-\u200d\u2060]?[0-9０-９]){9}(?![0-9０-９])/g;
// Landlines with an area code: 0571-87654321, (010)62345678, （010）62345678, 010 62345678.
const LANDLINE = /(?<![0-9])(?:[(（]0\d{2,3}[)）]|0\d{2,3})[ -]?[2-9]\d{6,7}(?![0-9])/g;
// Bank cards: 16 to 19 digits, often in groups of four.
const BANK_CARD = /(?<![0-9])[1-9]\d{3}(?:[ -]?\d{4}){3}(?:[ -]?\d{1,3})?(?![0-9])/g;
// E-mail addresses: the local part is masked.
const EMAIL = /[\w.+-]+(?=@[\w-]+(?:\.[\w-]+)+)/g;

function isDigitLike(ch: string): boolean {
  return /[0-9０-９Xx]/.test(ch);
}

function maskDigits(match: string): string {
  // Keep the first three and the last four digits so a reader can still tell numbers apart.
  let total = 0;
  for (const ch of match) if (isDigitLike(ch)) total += 1;
  let seen = 0;
  let out = '';
  for (const ch of match) {
    if (isDigitLike(ch)) {
      seen += 1;
      out += seen <= 3 || seen > total - 4 ? ch : '*';
    } else {
      out += ch;
    }
  }
  return out;
}

function maskMobile(match: string): string {
  // The country code is not personal; mask the national number only.
  const prefix = /^(?:\+?86[ -]?|0)(?=[1１])/.exec(match)?.[0] ?? '';
  return prefix + maskDigits(match.slice(prefix.length));
}

function maskLandline(match: string): string {
  // The area code only names a city; mask the local number except its last four digits.
  const area = /^(?:[(（]0\d{2,3}[)）]|0\d{2,3})[ -]?/.exec(match)?.[0] ?? '';
  const local = match.slice(area.length);
  return area + '*'.repeat(local.length - 4) + local.slice(-4);
}

// A card keeps only its last four digits; an address keeps the first character of its name.
const keepLast4 = (match: string): string => match.replace(/[0-9](?=(?:[^0-9]*[0-9]){4})/g, '*');
const maskLocalPart = (local: string): string => local.charAt(0) + '*'.repeat(local.length - 1);

/**
 * Hide personal numbers and addresses in a text (rule: REC-2): mobiles (in any grouping, full-width,
 * with +86 or a leading 0), landlines and mainland ID-card numbers keep their first three and last four
 * digits; bank cards keep their last four; an e-mail address keeps the first character of its name.
 * The result has the same length as the input, so offsets into the original text stay valid.
 *
 * @param text - any text, e.g. a turn of a transcript
 * @returns the text with the numbers masked
 * @example
 * ```ts
 * import { maskSensitive } from 'kefu/phrases';
 * maskSensitive('我的电话是13800138000'); // '我的电话是138****8000'
 * maskSensitive('身份证110101199003071234'); // '身份证110***********1234'
 * ```
 */
export function maskSensitive(text: string): string {
  // Cheap exit: most turns carry no number and no address.
  if (!/[\d０-９@]/.test(text)) return text;
  return text.replace(ID_CARD, maskDigits).replace(MOBILE, maskMobile).replace(LANDLINE, maskLandline).replace(BANK_CARD, keepLast4).replace(EMAIL, maskLocalPart);
}
