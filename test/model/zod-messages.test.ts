import * as z from 'zod/mini';
import { describe, expect, it } from 'vitest';
import { KefuError, safeParseTranscript, safeParseWith } from '../../src/model/index.js';

// kefu's parses word zod's issues themselves (zod/mini loads no locale): each kind, exactly.
function messagesOf(schema: z.core.$ZodType, input: unknown): string[] {
  const result = safeParseWith(schema, input, 'thing');
  if (result.ok) throw new Error('expected a failure');
  expect(result.error).toBeInstanceOf(KefuError);
  return result.error.issues.map((i) => `${i.path.join('.')}: ${i.message}`);
}

describe('issue wording of kefu parses', () => {
  it.each([
    [z.strictObject({ id: z.string() }), { id: 3 }, ['id: expected string, received number']],
    [z.strictObject({ id: z.string() }), { id: null }, ['id: expected string, received null']],
    [z.strictObject({ ids: z.array(z.string()) }), { ids: {} }, ['ids: expected array, received object']],
    [z.string().check(z.minLength(2)), 'a', [': must have at least 2 characters']],
    [z.array(z.number()).check(z.maxLength(1)), [1, 2], [': must have at most 1 items']],
    [z.number().check(z.gt(0)), 0, [': must be more than 0']],
    [z.number().check(z.lte(5)), 6, [': must be at most 5']],
    [z.string().check(z.length(3)), 'ab', [': must have exactly 3 characters']],
    [z.enum(['warn', 'error']), 'info', [': must be one of "warn", "error"']],
    [z.union([z.string(), z.number()]), true, [': matches no allowed form']],
    [z.string().check(z.refine(() => false)), 'x', [': is invalid']],
    [z.string().check(z.refine(() => false, { message: 'own words win' })), 'x', [': own words win']],
  ] as const)('%#', (schema, input, expected) => {
    expect(messagesOf(schema, input)).toEqual(expected);
  });

  it('names each unknown field with its value', () => {
    const result = safeParseWith(z.strictObject({ a: z.string() }), { a: 'x', b: 1 }, 'thing');
    expect(result.ok ? [] : result.error.issues).toEqual([{ path: ['b'], message: 'unknown field', value: 1 }]);
  });
});

describe('a value of no allowed form', () => {
  const issuesOf = (event: unknown) => {
    const result = safeParseTranscript({ turns: [{ speaker: 'agent', text: 'x', events: [event] }] });
    return result.ok ? [] : result.error.issues.map((i) => [i.path.join('.'), i.message]);
  };
  it('names the form it came closest to: a hang-up whose side is wrong', () => {
    expect(issuesOf({ type: 'hang-up', by: 'x' })).toEqual([['turns.0.events.0.by', 'must be one of "agent", "customer", "system"']]);
  });
  it('names every form’s tag when the tag matches none', () => {
    expect(issuesOf({ type: 'mute' })).toEqual([['turns.0.events.0.type', 'must be one of "hold-start", "hold-end", "transfer", "hang-up"']]);
  });
});
