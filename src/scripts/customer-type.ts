/**
 * Which of the six customer types of the appendix 服务技巧 (rules: TIP-1 … TIP-6) a customer is,
 * inferred from their title and occupation, with the reason.
 *
 * @module
 */
import { KefuError } from '../model/error.js';
import { CustomerType } from '../model/enums.js';
import type { Customer } from '../model/customer.js';

/**
 * Keywords that mark a customer type in a title (职务) or occupation (职业).
 *
 * @example
 * ```ts
 * const rule: CustomerTypeKeywords = { type: 'technician', keywords: ['工艺员'] };
 * ```
 */
export interface CustomerTypeKeywords {
  readonly type: CustomerType;
  readonly keywords: readonly string[];
}

/**
 * The shipped mapping, in priority order (used to break ties between equally long keywords). The
 * longest matching keyword wins, so 董事长 (owner) beats 董事 (manager) and 总经理 beats 经理.
 *
 * @example
 * ```ts
 * DEFAULT_CUSTOMER_TYPE_KEYWORDS.find((k) => k.type === 'finance')?.keywords.includes('会计'); // true
 * ```
 */
export const DEFAULT_CUSTOMER_TYPE_KEYWORDS: readonly CustomerTypeKeywords[] = [
  {
    type: 'official',
    keywords: [
      '局长',
      '处长',
      '科长',
      '主任',
      '厅长',
      '市长',
      '县长',
      '区长',
      '镇长',
      '乡长',
      '书记',
      '秘书长',
      '干部',
      '公务员',
      '领导',
      '人大代表',
      '政协委员',
      '名人',
      '明星',
      '著名',
    ],
  },
  { type: 'owner', keywords: ['老板', '老板娘', '董事长', '企业主', '个体户', '店主', '创始人', '法人', '法定代表人', '合伙人', 'owner', 'founder'] },
  { type: 'manager', keywords: ['总经理', '经理', '总监', '总裁', '副总', '厂长', '主管', '高管', '董事', 'ceo', 'manager', 'director'] },
  { type: 'finance', keywords: ['会计', '出纳', '财务', '审计', '行政', '文员', '人事', '后勤', 'accountant', 'cashier'] },
  { type: 'technician', keywords: ['工程师', '技术员', '技师', '技工', '技术', '程序员', '设计师', '电工', '焊工', '研发', 'engineer', 'technician'] },
];

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
}

const FIELD_ZH = { title: '职务', occupation: '职业' } as const;

function bestKeyword(value: string, mapping: readonly CustomerTypeKeywords[]): { type: CustomerType; keyword: string } | undefined {
  const haystack = value.toLowerCase();
  let best: { type: CustomerType; keyword: string } | undefined;
  for (const entry of mapping) {
    for (const keyword of entry.keywords) {
      if (keyword !== '' && haystack.includes(keyword.toLowerCase()) && (best === undefined || keyword.length > best.keyword.length)) {
        best = { type: entry.type, keyword };
      }
    }
  }
  return best;
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
 * technician, nothing → household. A type already on the record is kept. The longest matching
 * keyword wins; hosts add their own keywords.
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
  const extra = options.keywords === undefined ? [] : validateMapping(options.keywords);
  const mapping = options.replaceDefaults === true ? extra : [...extra, ...DEFAULT_CUSTOMER_TYPE_KEYWORDS];
  for (const field of ['title', 'occupation'] as const) {
    const value = customer[field];
    if (value === undefined) continue;
    if (typeof value !== 'string') {
      throw new KefuError('invalid_input', `customer.${field} must be a string`, [{ path: ['customer', field], message: 'must be a string', value }]);
    }
    const hit = bestKeyword(value, mapping);
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
