/**
 * kefu — Chinese customer-service standards as code. The root entry re-exports every module; import a
 * subpath (`kefu/sla`, `kefu/phrases`, …) to ship only what you use.
 *
 * @example
 * ```ts
 * import { parseTask } from 'kefu';
 * ```
 * @module kefu
 */
export * from './model/index.js';
