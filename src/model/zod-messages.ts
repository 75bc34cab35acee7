/**
 * kefu's own wording of schema issues, passed to each parse. zod/mini loads no locale — that is what
 * keeps it small — and configuring one globally would be global state; zod's English locale would
 * also cost a browser host a kilobyte for the dozens of string formats kefu never checks. So each
 * parse carries this map: a short English phrase per issue kind, read after the field path
 * (`id: expected string, received number`). Internal: not exported from `kefu/model`.
 *
 * @module
 */
import type * as z from 'zod/mini';

const received = (input: unknown): string => (input === null ? 'null' : Array.isArray(input) ? 'array' : typeof input);

// Lengths of strings and arrays; values of numbers.
function bound(origin: string, comparison: string, limit: number | bigint): string {
  const unit = origin === 'string' ? ' characters' : origin === 'array' ? ' items' : '';
  return `must ${unit === '' ? 'be' : 'have'} ${comparison} ${String(limit)}${unit}`;
}

/**
 * The wording of one issue. The issue kinds kefu's schemas raise are worded; the others (a refine
 * without its own message among them) read "is invalid".
 */
export function issueMessage(issue: z.core.$ZodRawIssue): string {
  switch (issue.code) {
    case 'invalid_type':
      return `expected ${issue.expected}, received ${received(issue.input)}`;
    case 'too_small':
      return bound(issue.origin, issue.exact === true ? 'exactly' : issue.inclusive === false ? 'more than' : 'at least', issue.minimum);
    case 'too_big':
      return bound(issue.origin, issue.exact === true ? 'exactly' : issue.inclusive === false ? 'less than' : 'at most', issue.maximum);
    case 'invalid_value':
      return `must be one of ${issue.values.map((v) => JSON.stringify(v)).join(', ')}`;
    case 'unrecognized_keys':
      return `unknown field ${issue.keys.join(', ')}`;
    case 'invalid_union':
      return 'matches no allowed form';
    case 'invalid_format':
    case 'not_multiple_of':
    case 'invalid_key':
    case 'invalid_element':
    case 'custom':
      return 'is invalid';
  }
}

/** The message map kefu's parses pass to zod (schema-level messages, as written in kefu's schemas, win). */
export const ISSUE_MESSAGES: z.core.$ZodErrorMap = issueMessage;
