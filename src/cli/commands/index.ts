import type { Command } from '../io.js';
import { classifyCommand } from './classify.js';
import { lintCommand } from './lint.js';
import { slaCommand } from './sla.js';

/** The subcommand table. Each later module adds its command here. @internal */
export const commands: readonly Command[] = [lintCommand, slaCommand, classifyCommand];
