/**
 * Typed models (zod 4) for customers, agents, calls, transcripts and tasks, the one error class
 * `KefuError`, and parse helpers that throw it or return a `Result`.
 *
 * @example
 * ```ts
 * import { parseCustomer } from 'kefu/model';
 * const customer = parseCustomer({ id: 'c1', name: '王明', surname: '王', honorific: '先生', phones: ['13800138000'] });
 * ```
 * @module model
 */
export * from './enums.js';
export * from './common.js';
export { INSTANT_PATTERN, formatInstant, instantMs, instantOffset, isInstantText, parseInstant } from './instant.js';
export * from './phone.js';
export * from './customer.js';
export * from './agent.js';
export * from './transcript.js';
export * from './call.js';
export * from './task.js';
export * from './error.js';
export * from './result.js';
export * from './freeze.js';
export * from './zod-error.js';
export * from './json-schema.js';
