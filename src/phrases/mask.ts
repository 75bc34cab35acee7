// rule: REC-2 — customer data is confidential, so excerpts that leave the checker hide phone and ID numbers.

// Mainland ID card: 6-digit region, 8-digit birth date (19xx/20xx), 3-digit sequence, check digit or X.
const ID_CARD = /(?<![0-9A-Za-z])[1-9]\d{5}(?:19|20)\d{2}(?:0[1-9]|1[0-2])(?:0[1-9]|[12]\d|3[01])\d{3}[\dXx](?![0-9A-Za-z])/g;
// Mobile numbers, optionally with +86 and spaces or hyphens between the 3-4-4 groups.
const MOBILE = /(?<![0-9])(?:\+?86[ -]?)?1[3-9]\d[ -]?\d{4}[ -]?\d{4}(?![0-9])/g;
// Landlines with an area code: 0571-87654321, (010)62345678, 010 62345678.
const LANDLINE = /(?<![0-9])(?:\(0\d{2,3}\)|0\d{2,3})[ -]?[2-9]\d{6,7}(?![0-9])/g;

function isDigitLike(ch: string): boolean {
  return (ch >= '0' && ch <= '9') || ch === 'X' || ch === 'x';
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
  const prefix = /^\+?86[ -]?(?=1[3-9])/.exec(match)?.[0] ?? '';
  const national = match.slice(prefix.length);
  return prefix.length > 0 && national.replace(/\D/g, '').length === 11 ? prefix + maskDigits(national) : maskDigits(match);
}

function maskLandline(match: string): string {
  // The area code only names a city; mask the local number except its last four digits.
  const area = /^(?:\(0\d{2,3}\)|0\d{2,3})[ -]?/.exec(match)?.[0] ?? '';
  const local = match.slice(area.length);
  return area + '*'.repeat(local.length - 4) + local.slice(-4);
}

/**
 * Hide phone numbers (mobile, landline) and mainland ID-card numbers in a text: every digit but the first
 * three and the last four becomes `*`. The result has the same length as the input, so offsets into the
 * original text stay valid (rule: REC-2).
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
  // Cheap exit: most turns carry no digits at all.
  if (!/\d/.test(text)) return text;
  return text.replace(ID_CARD, maskDigits).replace(MOBILE, maskMobile).replace(LANDLINE, maskLandline);
}
