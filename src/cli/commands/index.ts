import type { Command } from '../io.js';

/** The subcommand table. Each later module adds its command here. @internal */
export const commands: readonly Command[] = [];
