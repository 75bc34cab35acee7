/**
 * kefu — Chinese customer-service standards as code. The root entry re-exports every module; import a
 * subpath (`kefu/sla`, `kefu/phrases`, …) to ship only what you use.
 *
 * @example
 * ```ts
 * import { parseTask, getPreset, createChecker, classifyIntent } from 'kefu';
 * ```
 * @module kefu
 */
export * from './model/index.js';
export * from './text/index.js';
export * from './sla/index.js';
export * from './sla/kpi.js';
export * from './transcripts/index.js';
export * from './classify/index.js';
export * from './scripts/index.js';
export * from './phrases/index.js';
export * from './presets/index.js';
