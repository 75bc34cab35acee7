import * as z from 'zod/mini';
import { parseWith, safeParseWith } from './zod-error.js';
import type { Result } from './result.js';
import { Id } from './common.js';

/**
 * A customer-service agent. `agentNo` is the 工号 said in the greeting (rule: SCR-GREET), digits only
 * with leading zeros kept ("012").
 *
 * @example
 * ```ts
 * Agent.parse({ id: 'a-12', agentNo: '012', name: '李静' });
 * ```
 */
export const Agent = /* @__PURE__ */ z.strictObject({
  id: Id,
  agentNo: z.string().check(z.trim(), z.regex(/^\d{1,8}$/, 'agent number (工号) must be 1–8 digits, e.g. "012"')),
  name: z.optional(z.string().check(z.trim(), z.minLength(1), z.maxLength(64))),
});
/** An agent. @example `const a: Agent = { id: 'a1', agentNo: '012' };` */
export type Agent = z.infer<typeof Agent>;

/**
 * Validate a Agent: return the typed value (defaults applied) or throw `KefuError` naming every failing
 * path and value.
 *
 * @example
 * ```ts
 * import { parseAgent } from 'kefu/model';
 * const agent = parseAgent(JSON.parse('{"id":"a-12","agentNo":" 012 ","name":"李静"}'));
 * agent.agentNo; // '012'
 * ```
 */
export function parseAgent(input: unknown): Agent {
  return parseWith(Agent, input, 'Agent');
}

/**
 * Validate a Agent without throwing: `{ ok: true, value }` or `{ ok: false, error }` with a `KefuError`.
 *
 * @example
 * ```ts
 * import { safeParseAgent } from 'kefu/model';
 * const result = safeParseAgent({ id: 'a-12', agentNo: '12a' });
 * if (!result.ok) console.error(result.error.message);
 * // Invalid Agent: 1 problem
 * //   ✖ agentNo: agent number (工号) must be 1–8 digits, e.g. "012" (got "12a")
 * ```
 */
export function safeParseAgent(input: unknown): Result<Agent> {
  return safeParseWith(Agent, input, 'Agent');
}
