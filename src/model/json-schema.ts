import * as z from 'zod/mini';
import { Agent } from './agent.js';
import { Call } from './call.js';
import { Customer } from './customer.js';
import { Task } from './task.js';
import { Transcript, Turn } from './transcript.js';

/** Names of the models that have a JSON Schema. @example `const name: ModelName = 'Task';` */
export type ModelName = 'Customer' | 'Agent' | 'Call' | 'Transcript' | 'Turn' | 'Task';

/**
 * JSON Schema (draft 2020-12) of every model, for hosts not written in TypeScript. The same documents
 * ship as `dist/schemas/<Name>.json`. Schemas describe the input side (defaults optional).
 *
 * @example
 * ```ts
 * import { modelJsonSchemas } from 'kefu/model';
 * const { Task } = modelJsonSchemas();
 * console.log(Task.required); // ['id', 'kind', 'createdAt']
 * ```
 */
export function modelJsonSchemas(): Record<ModelName, Record<string, unknown>> {
  const toJson = (schema: z.core.$ZodType): Record<string, unknown> => z.toJSONSchema(schema, { io: 'input', unrepresentable: 'any' });
  return { Customer: toJson(Customer), Agent: toJson(Agent), Call: toJson(Call), Transcript: toJson(Transcript), Turn: toJson(Turn), Task: toJson(Task) };
}
