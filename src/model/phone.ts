import * as z from 'zod/mini';

const MOBILE = /^(?:\+?86[ -]?)?1[3-9]\d[ -]?\d{4}[ -]?\d{4}$/;
const LANDLINE = /^(?:\+?86[ -]?)?(?:\(0\d{2,3}\)|0\d{2,3})[ -]?[2-9]\d{6,7}(?:[ -]?(?:转|ext\.?|#|-)\s?\d{1,6})?$/;
const SHORT = /^(?:95\d{3,6}|96\d{3,6}|400[ -]?\d{3}[ -]?\d{4}|800[ -]?\d{3}[ -]?\d{4}|1\d{4})$/;

/**
 * How a phone number is written: mainland mobile, landline with area code, or a service number
 * (400/800, 95xxx/96xxx hotlines such as 96777).
 *
 * @example
 * ```ts
 * phoneKind('138 0013 8000'); // 'mobile'
 * phoneKind('0571-87654321'); // 'landline'
 * phoneKind('12'); // undefined
 * ```
 */
export function phoneKind(text: string): 'mobile' | 'landline' | 'service' | undefined {
  const t = text.trim();
  if (MOBILE.test(t)) return 'mobile';
  if (LANDLINE.test(t)) return 'landline';
  if (SHORT.test(t)) return 'service';
  return undefined;
}

/**
 * A mainland China phone number: mobile (`13800138000`, `+86 138 0013 8000`), landline with area code
 * (`0571-87654321`, `(010)12345678` is rejected because local numbers do not start with 0 or 1), or a
 * service number (`400-123-4567`, `96777`).
 *
 * @example
 * ```ts
 * Phone.parse('0571-87654321');
 * ```
 */
export const Phone = /* @__PURE__ */ z.string().check(
  z.trim(),
  z.refine((t) => phoneKind(t) !== undefined, { error: 'not a mainland mobile, landline or service number' }),
);
/** A phone number. @example `const p: Phone = '13800138000';` */
export type Phone = z.infer<typeof Phone>;
