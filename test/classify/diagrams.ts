import { CALL_EVENT_TYPES, createCallMachine } from '../../src/classify/call-machine.js';
import { createCallbackMachine } from '../../src/classify/callback-machine.js';

/** The events that can interrupt a call in any state; the main diagram leaves them out, the second shows only them. */
const INTERRUPTIONS = ['hold', 'resume', 'transfer', 'hang-up'] as const;
const isInterruption = (event: string): boolean => INTERRUPTIONS.some((e) => e === event);

/** The diagrams the guide shows, generated from the transition tables. */
export const DIAGRAMS = {
  call: () => createCallMachine().toMermaid({ omitEvents: [...INTERRUPTIONS], omitSelfLoops: true }),
  'call-interruptions': () => createCallMachine().toMermaid({ omitEvents: CALL_EVENT_TYPES.filter((e) => !isInterruption(e)) }),
  callback: () => createCallbackMachine().toMermaid(),
} as const;
