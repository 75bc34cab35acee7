import { createCallMachine } from '../../src/classify/call-machine.js';
import { createCallbackMachine } from '../../src/classify/callback-machine.js';

/** The diagrams the guide shows, generated from the transition tables. */
export const DIAGRAMS = {
  call: () => createCallMachine().toMermaid({ omitEvents: ['hold', 'resume', 'transfer', 'hang-up'], omitSelfLoops: true }),
  'call-interruptions': () =>
    createCallMachine().toMermaid({
      omitEvents: [
        'ring',
        'answer',
        'greet',
        'identify',
        'verify',
        'classify',
        'defer',
        'collect',
        'dispatch',
        'self-serve',
        'forward',
        'hand-over',
        'book',
        'ask-anything-else',
        'close',
      ],
    }),
  callback: () => createCallbackMachine().toMermaid(),
} as const;
