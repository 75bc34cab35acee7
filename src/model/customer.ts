import * as z from 'zod/mini';
import { parseWith, safeParseWith } from './zod-error.js';
import type { Result } from './result.js';
import { Id } from './common.js';
import { CustomerType, Honorific } from './enums.js';
import { Phone } from './phone.js';

/**
 * A structured mainland address as the hotline confirms it (rule: SCR-VERIFY): 小区 community,
 * 楼 building, 单元 unit, 号 room, plus free text for anything else. At least one part is required.
 *
 * @example
 * ```ts
 * Address.parse({ community: '幸福小区', building: '3', unit: '2', room: '401' });
 * ```
 */
export const Address = /* @__PURE__ */ z
  .strictObject({
    /** 小区 / community or estate name. */
    community: z.optional(z.string().check(z.trim(), z.minLength(1))),
    /** 楼 / building number or name. */
    building: z.optional(z.string().check(z.trim(), z.minLength(1))),
    /** 单元 / unit (stairwell). */
    unit: z.optional(z.string().check(z.trim(), z.minLength(1))),
    /** 号 / room number. */
    room: z.optional(z.string().check(z.trim(), z.minLength(1))),
    /** Anything else: street, district, landmarks. */
    text: z.optional(z.string().check(z.trim(), z.minLength(1))),
  })
  .check(z.refine((a) => Object.values(a).some((v) => v !== undefined), { error: 'an address needs at least one part' }));
/** A structured address. @example `const a: Address = { text: '解放路 88 号' };` */
export type Address = z.infer<typeof Address>;

/**
 * A customer: who they are, how to reach them, where they live, and which of the six TIP types they
 * are (rules: PHR-ADDR, SCR-VERIFY, TIP-1 … TIP-6).
 *
 * @example
 * ```ts
 * const customer = Customer.parse({
 *   id: 'c-1', name: '王明', surname: '王', honorific: '先生',
 *   phones: ['13800138000'], address: { community: '幸福小区', building: '3', unit: '2', room: '401' },
 * });
 * ```
 */
export const Customer = /* @__PURE__ */ z
  .strictObject({
    id: Id,
    /** Full name as the customer gives it, e.g. 王明. */
    name: z.optional(z.string().check(z.trim(), z.minLength(1), z.maxLength(64))),
    /** Surname used in address forms (王先生), 1–2 characters for Chinese names. */
    surname: z.optional(z.string().check(z.trim(), z.minLength(1), z.maxLength(8))),
    honorific: z.optional(Honorific),
    phones: z._default(z.array(Phone), []),
    address: z.optional(Address),
    type: z.optional(CustomerType),
    /** Occupation, e.g. 会计, 工程师. */
    occupation: z.optional(z.string().check(z.trim(), z.minLength(1))),
    /** Title, e.g. 局长, 董事长. */
    title: z.optional(z.string().check(z.trim(), z.minLength(1))),
    tags: z._default(z.array(z.string().check(z.trim(), z.minLength(1))), []),
  })
  .check(
    z.refine((c) => c.surname === undefined || c.name === undefined || c.name.startsWith(c.surname), {
      error: 'surname must be the start of name',
      path: ['surname'],
    }),
  );
/** A customer. @example `const c: Customer = { id: 'c1', phones: [], tags: [] };` */
export type Customer = z.infer<typeof Customer>;

/**
 * Validate a Customer: return the typed value (defaults applied) or throw `KefuError` naming every failing
 * path and value.
 *
 * @example
 * ```ts
 * import { parseCustomer } from 'kefu/model';
 * const customer = parseCustomer(JSON.parse('{"id":"c-1","name":"王明","surname":"王","honorific":"先生","phones":["13800138000"]}'));
 * customer.tags; // [] (the default)
 * ```
 */
export function parseCustomer(input: unknown): Customer {
  return parseWith(Customer, input, 'Customer');
}

/**
 * Validate a Customer without throwing: `{ ok: true, value }` or `{ ok: false, error }` with a `KefuError`.
 *
 * @example
 * ```ts
 * import { safeParseCustomer } from 'kefu/model';
 * const result = safeParseCustomer({ id: 'c-1', name: '王明', phones: ['123'] });
 * if (!result.ok) console.error(result.error.message);
 * // Invalid Customer: 1 problem
 * //   ✖ phones[0]: not a mainland mobile, landline or service number (got "123")
 * ```
 */
export function safeParseCustomer(input: unknown): Result<Customer> {
  return safeParseWith(Customer, input, 'Customer');
}
