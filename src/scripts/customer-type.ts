/**
 * Which of the six customer types of the appendix 服务技巧 (rules: TIP-1 … TIP-6) a customer is,
 * inferred from their title and occupation, with the reason.
 *
 * @module
 */
import { KefuError } from '../model/error.js';
import { CustomerType } from '../model/enums.js';
import type { Customer } from '../model/customer.js';
import type { ToSimplified } from '../text/normalize.js';
import { DEFAULT_CUSTOMER_TYPE_KEYWORDS, simplifyTitleChars, type CustomerTypeKeywords } from './customer-type-keywords.js';

export { DEFAULT_CUSTOMER_TYPE_KEYWORDS, type CustomerTypeKeywords };

/**
 * Why a type was chosen: the field and keyword that decided it, or `given` when the customer
 * record already had a type, or `default` when nothing matched (TIP-6 ordinary household).
 *
 * @example
 * ```ts
 * const reason: CustomerTypeReason = { source: 'title', keyword: '局长', value: '副局长' };
 * ```
 */
export type CustomerTypeReason =
  { readonly source: 'given' } | { readonly source: 'title' | 'occupation'; readonly keyword: string; readonly value: string } | { readonly source: 'default' };

/**
 * The inferred type with its reason in both languages.
 *
 * @example
 * ```ts
 * const result: CustomerTypeInference = inferCustomerType({ title: '会计' });
 * result.type; // 'finance'
 * ```
 */
export interface CustomerTypeInference {
  readonly type: CustomerType;
  readonly reason: CustomerTypeReason;
  readonly explanation: { readonly zh: string; readonly en: string };
}

/**
 * Options of {@link inferCustomerType}.
 *
 * @example
 * ```ts
 * const options: InferCustomerTypeOptions = { keywords: [{ type: 'technician', keywords: ['工艺员'] }] };
 * ```
 */
export interface InferCustomerTypeOptions {
  /** Extra keywords, checked with (and before, on ties) the shipped ones. */
  readonly keywords?: readonly CustomerTypeKeywords[];
  /** Replace the shipped mapping instead of extending it. */
  readonly replaceDefaults?: boolean;
  /**
   * A traditional→simplified converter (e.g. from `kefu/text/traditional`) applied to the title and
   * occupation before matching. Without it, the traditional forms of the shipped keywords' characters
   * (處長, 總經理, 會計) are still read.
   */
  readonly toSimplified?: ToSimplified;
}

const FIELD_ZH = { title: '职务', occupation: '职业' } as const;

const LATIN = /^[a-z0-9 ]+$/;
const WORD_CHAR = /[a-z0-9]/;

// Where the last match of `keyword` ends in `haystack`, or -1. Latin keywords are words: `cto` must not
// be found inside `director`, nor `hr` inside `three`.
function lastEnd(haystack: string, keyword: string): number {
  const latin = LATIN.test(keyword);
  for (let at = haystack.lastIndexOf(keyword); at !== -1; at = at === 0 ? -1 : haystack.lastIndexOf(keyword, at - 1)) {
    const end = at + keyword.length;
    if (!latin || (!WORD_CHAR.test(haystack.charAt(at - 1)) && !WORD_CHAR.test(haystack.charAt(end)))) return end;
  }
  return -1;
}

// Chinese titles are head-final: in 董事长司机 the person is the driver, in 财务科长 the section chief. So
// the keyword that ends last names the person; among those, the longest (财务总监 over 总监); among
// equally long ones, the earlier entry of the mapping.
function bestKeyword(haystack: string, mapping: readonly CustomerTypeKeywords[]): { type: CustomerType; keyword: string } | undefined {
  let best: { type: CustomerType; keyword: string; end: number } | undefined;
  for (const entry of mapping) {
    for (const keyword of entry.keywords) {
      const needle = simplifyTitleChars(keyword);
      if (needle === '') continue;
      const end = lastEnd(haystack, needle);
      if (end !== -1 && (best === undefined || end > best.end || (end === best.end && keyword.length > best.keyword.length))) {
        best = { type: entry.type, keyword, end };
      }
    }
  }
  return best === undefined ? undefined : { type: best.type, keyword: best.keyword };
}

function validateMapping(mapping: unknown): readonly CustomerTypeKeywords[] {
  if (!Array.isArray(mapping))
    throw new KefuError('invalid_input', 'keywords must be an array', [{ path: ['keywords'], message: 'must be an array of { type, keywords }', value: mapping }]);
  mapping.forEach((entry: unknown, i) => {
    const e = entry as { type?: unknown; keywords?: unknown } | null;
    if (typeof e !== 'object' || e === null || !CustomerType.safeParse(e.type).success) {
      throw new KefuError('invalid_input', `keywords[${i}].type is not a customer type`, [
        { path: ['keywords', i, 'type'], message: `must be one of ${CustomerType.options.join(', ')}`, value: e?.type },
      ]);
    }
    if (!Array.isArray(e.keywords) || !e.keywords.every((k) => typeof k === 'string' && k.trim() !== '')) {
      throw new KefuError('invalid_input', `keywords[${i}].keywords must be non-empty strings`, [
        { path: ['keywords', i, 'keywords'], message: 'must be an array of non-empty strings', value: e.keywords },
      ]);
    }
  });
  return mapping as readonly CustomerTypeKeywords[];
}

/**
 * Infer a customer's type from their title, then their occupation (rules: TIP-1 … TIP-6): 局长/主任/处长 →
 * official, 老板/董事长 → owner, 总经理/经理 → manager, 会计/出纳/财务 → finance, 工程师/技术员 →
 * technician, 司机/医生/客户经理 or nothing → household. A type already on the record is kept. The
 * keyword that ends last wins (titles are head-final), then the longest; hosts add their own keywords.
 *
 * @param customer - a customer (only `type`, `title` and `occupation` are read)
 * @param options - extra keywords, or a replacement mapping
 * @returns the type and why it was chosen
 * @throws KefuError `invalid_input` when the customer or the keywords are malformed
 * @example
 * ```ts
 * import { inferCustomerType, tipsFor } from 'kefu/scripts';
 * const { type, explanation } = inferCustomerType({ title: '财务科长', occupation: '会计' });
 * type; // 'official' — the title 科长 decides before the occupation
 * explanation.en; // 'title "财务科长" contains "科长"'
 * tipsFor(type).service.zh;
 * ```
 */
export function inferCustomerType(customer: Pick<Customer, 'type' | 'title' | 'occupation'>, options: InferCustomerTypeOptions = {}): CustomerTypeInference {
  if (typeof customer !== 'object' || customer === null) {
    throw new KefuError('invalid_input', 'customer must be an object', [{ path: ['customer'], message: 'must be an object', value: customer }]);
  }
  if (customer.type !== undefined) {
    if (!CustomerType.safeParse(customer.type).success) {
      throw new KefuError('invalid_input', 'customer.type is not a customer type', [
        { path: ['customer', 'type'], message: `must be one of ${CustomerType.options.join(', ')}`, value: customer.type },
      ]);
    }
    return { type: customer.type, reason: { source: 'given' }, explanation: { zh: '客户档案已标明类型', en: 'the customer record names the type' } };
  }
  const { toSimplified } = options;
  if (toSimplified !== undefined && typeof toSimplified !== 'function') {
    throw new KefuError('invalid_input', 'toSimplified must be a function', [{ path: ['toSimplified'], message: 'must be a function (text) => text', value: toSimplified }]);
  }
  const extra = options.keywords === undefined ? [] : validateMapping(options.keywords);
  const mapping = options.replaceDefaults === true ? extra : [...extra, ...DEFAULT_CUSTOMER_TYPE_KEYWORDS];
  for (const field of ['title', 'occupation'] as const) {
    const value = customer[field];
    if (value === undefined) continue;
    if (typeof value !== 'string') {
      throw new KefuError('invalid_input', `customer.${field} must be a string`, [{ path: ['customer', field], message: 'must be a string', value }]);
    }
    const hit = bestKeyword(simplifyTitleChars(toSimplified === undefined ? value : toSimplified(value)), mapping);
    if (hit !== undefined) {
      return {
        type: hit.type,
        reason: { source: field, keyword: hit.keyword, value },
        explanation: { zh: `${FIELD_ZH[field]}“${value}”含“${hit.keyword}”`, en: `${field} "${value}" contains "${hit.keyword}"` },
      };
    }
  }
  return {
    type: 'household',
    reason: { source: 'default' },
    explanation: { zh: '职务和职业未匹配，按一般用户对待', en: 'no title or occupation keyword matched; treated as an ordinary household' },
  };
}
