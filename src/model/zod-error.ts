import * as z from 'zod/mini';
import { KefuError, type KefuIssue } from './error.js';
import type { Result } from './result.js';
import { ISSUE_MESSAGES, issueMessage } from './zod-messages.js';

function toIssues(issues: readonly z.core.$ZodIssue[], at: readonly (string | number)[] = []): KefuIssue[] {
  return issues.flatMap((issue): KefuIssue[] => {
    const path = [...at, ...issue.path.filter((k): k is string | number => typeof k !== 'symbol')];
    if (issue.code === 'unrecognized_keys') {
      // Name each unknown key rather than dumping the whole object.
      const { input } = issue;
      return issue.keys.map((key) => ({ path: [...path, key], message: 'unknown field', value: input?.[key] }));
    }
    if (issue.code === 'invalid_union') {
      // A tag no form has ({ type: 'mute' }): one issue at the tag, naming every form's value.
      const tags = issue.errors.map((branch) => branch.find((i) => i.code === 'invalid_value' && i.path.length === 1));
      const tag = tags[0];
      if (tag !== undefined && tags.every((t) => t !== undefined && t.path[0] === tag.path[0])) {
        const values = tags.flatMap((t) => (t?.code === 'invalid_value' ? t.values : []));
        return [
          {
            path: [...path, ...tag.path.filter((k): k is string | number => typeof k !== 'symbol')],
            message: issueMessage({ code: 'invalid_value', values, input: tag.input }),
            value: tag.input,
          },
        ];
      }
      // Else the form the value came closest to (fewest problems, when one is closest) says what is
      // wrong: { type: 'hang-up', by: 'x' } is a hang-up whose `by` is wrong.
      const fewest = Math.min(...issue.errors.map((branch) => branch.length));
      const closest = issue.errors.filter((branch) => branch.length === fewest);
      if (closest.length === 1 && closest[0] !== undefined) return toIssues(closest[0], path);
    }
    return 'input' in issue ? [{ path, message: issue.message, value: issue.input }] : [{ path, message: issue.message }];
  });
}

/**
 * Validate `input` with a zod schema and return a `Result` whose error is a `KefuError` naming every
 * failing path and value. The input is never mutated (zod returns a new value).
 *
 * @param schema - the zod schema to apply
 * @param input - untrusted data
 * @param what - the name used in the error headline, e.g. `'Customer'`
 * @example
 * ```ts
 * import { Customer, safeParseWith } from 'kefu/model';
 * const result = safeParseWith(Customer, { id: '' }, 'Customer');
 * if (!result.ok) console.log(result.error.message);
 * ```
 */
export function safeParseWith<S extends z.core.$ZodType>(schema: S, input: unknown, what: string): Result<z.output<S>> {
  const parsed = z.safeParse(schema, input, { reportInput: true, error: ISSUE_MESSAGES });
  if (parsed.success) return { ok: true, value: parsed.data };
  const issues = toIssues(parsed.error.issues);
  return { ok: false, error: new KefuError('invalid_input', `Invalid ${what}: ${issues.length} problem${issues.length === 1 ? '' : 's'}`, issues) };
}

/**
 * Validate `input` with a zod schema; return the typed value or throw `KefuError`.
 *
 * @example
 * ```ts
 * import { Agent, parseWith } from 'kefu/model';
 * const agent = parseWith(Agent, { id: 'a1', agentNo: '012' }, 'Agent');
 * ```
 */
export function parseWith<S extends z.core.$ZodType>(schema: S, input: unknown, what: string): z.output<S> {
  const result = safeParseWith(schema, input, what);
  if (result.ok) return result.value;
  throw result.error;
}
