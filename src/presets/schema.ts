/**
 * The schema of a preset: the one source of the `Preset` type and the check a host's own preset passes
 * at the edge (`parsePreset`). Parts whose shape another module owns (the SLA set, the checker
 * configuration, a script) are checked by that module's own rules or for their outline here.
 *
 * @module
 */
import * as z from 'zod';
import { CallKind, TaskKind } from '../model/enums.js';
import { parseWith } from '../model/zod-error.js';
import { AGENT_CUE_ROLES, COLLECT_FIELDS, SCRIPT_STEPS } from '../classify/index.js';
import type { LintConfig } from '../phrases/checker-config.js';
import { validateLintConfig } from '../phrases/checker-config.js';
import type { Script } from '../scripts/index.js';
import type { SlaPreset } from '../sla/policy-preset.js';

const text = z.string().min(1);
const texts = z.array(text).readonly();
const isRecord = (value: unknown): value is Readonly<Record<string, unknown>> => typeof value === 'object' && value !== null && !Array.isArray(value);

const BilingualSchema = z.object({ zh: z.string(), en: z.string() }).readonly();

const ScriptSchema = z.custom<Script>(
  (value) =>
    isRecord(value) &&
    ['id', 'rule', 'template', 'quote', 'source', 'gloss'].every((key) => typeof value[key] === 'string' && value[key] !== '') &&
    (value['slots'] === undefined || isRecord(value['slots'])),
  { message: 'must be a script { id, rule, template, quote, source, gloss, slots? }' },
);

const SlaSchema = z.custom<SlaPreset>(
  (value) => isRecord(value) && isRecord(value['calendar']) && ['policies', 'callPolicies', 'kpiTargets', 'notes'].every((key) => Array.isArray(value[key])),
  { message: 'must be an SLA set { calendar, policies, callPolicies, kpiTargets, notes }' },
);

const LintSchema = z.custom<LintConfig>(
  (value) => {
    try {
      validateLintConfig(value);
      return true;
    } catch {
      return false;
    }
  },
  { message: 'must be a checker configuration (see validateLintConfig)' },
);

const CueSchema = z.union([text, z.object({ text, weight: z.number().positive().exactOptional() }).strict().readonly()]);
const LexiconSchema = z
  .object({
    cues: z.partialRecord(CallKind, z.array(CueSchema).readonly()).readonly().exactOptional(),
    negators: texts.exactOptional(),
    hedges: texts.exactOptional(),
    resolvers: texts.exactOptional(),
    neutral: texts.exactOptional(),
    inquiries: texts.exactOptional(),
  })
  .strict()
  .readonly();

const MachineSchema = z
  .object({
    replyWithinMinutes: z.number().positive().exactOptional(),
    consultationCallbackWithinMinutes: z.number().positive().nullable().exactOptional(),
    maxRings: z.number().int().positive().exactOptional(),
    requiredFields: z
      .partialRecord(z.enum(['report', 'complaint', 'appointment']), z.array(z.enum(COLLECT_FIELDS)).readonly())
      .readonly()
      .exactOptional(),
  })
  .strict()
  .readonly();

const CallbackSchema = z
  .object({
    adoptedSuggestionDiscount: z.number().gt(0).lt(1).exactOptional(),
    scale: z
      .array(z.object({ zh: text, en: z.string().exactOptional() }).readonly())
      .length(5)
      .readonly()
      .exactOptional(),
  })
  .strict()
  .readonly();

const PolicyMapSchema = z.partialRecord(TaskKind, text).readonly();

const ClassifySchema = z
  .object({
    id: text,
    description: BilingualSchema,
    lexicon: LexiconSchema,
    policies: PolicyMapSchema,
    machine: MachineSchema.exactOptional(),
    callback: CallbackSchema.exactOptional(),
    agentCues: z.partialRecord(z.enum(AGENT_CUE_ROLES), texts).readonly(),
    steps: z.partialRecord(z.enum(SCRIPT_STEPS), z.array(ScriptSchema).readonly()).readonly(),
  })
  .strict()
  .readonly();

/**
 * The schema of one organisation's preset: ONE data object with its SLA set (calendar, task policies,
 * call limits, KPI targets), its checker configuration (rules and phrase additions over `recommended`),
 * its scripts by id, and its classification data (lexicon cues, policy per task kind, machine limits,
 * callback options, agent cues and the scripts marking each step of the call flow).
 *
 * @example
 * ```ts
 * import { PresetSchema, presets } from 'kefu/presets';
 * PresetSchema.safeParse(presets['gas-hotline']).success; // true
 * ```
 */
export const PresetSchema = z
  .object({
    /** A shipped preset's id, or the id of a host's own organisation (e.g. `water-hotline`). */
    id: text,
    name: BilingualSchema,
    /** Which source document describes the organisation, e.g. `S0 客户服务管理办法`. */
    source: z.string(),
    sla: SlaSchema,
    lint: LintSchema,
    /** The organisation's scripts by id (the key is the script's id). */
    scripts: z.record(z.string(), ScriptSchema).readonly(),
    /** Classification data; `policies` is derived from `sla.policies` so the two can never disagree. */
    classify: ClassifySchema,
  })
  .strict()
  .readonly()
  .superRefine((preset, ctx) => {
    for (const [key, script] of Object.entries(preset.scripts)) {
      if (script.id !== key) ctx.addIssue({ code: 'custom', path: ['scripts', key, 'id'], message: `must equal its key "${key}"`, input: script.id });
    }
    if (preset.classify.id !== preset.id) ctx.addIssue({ code: 'custom', path: ['classify', 'id'], message: `must equal the preset id "${preset.id}"`, input: preset.classify.id });
    const policyIds = new Set(preset.sla.policies.map((p) => p.id));
    for (const [kind, id] of Object.entries(preset.classify.policies)) {
      if (!policyIds.has(id)) ctx.addIssue({ code: 'custom', path: ['classify', 'policies', kind], message: 'must name a policy of sla.policies', input: id });
    }
  });

/**
 * One organisation of the source standards (or a host's own) as ready-made data. Every part is plain
 * data a host can read, copy, override and serialise.
 *
 * @example
 * ```ts
 * import { presets, type Preset } from 'kefu/presets';
 * const hotline: Preset = presets['gas-hotline'];
 * console.log(hotline.name.zh, hotline.sla.policies.map((p) => p.id));
 * ```
 */
export type Preset = z.infer<typeof PresetSchema>;

/**
 * Check a host's preset (e.g. read from JSON) and return it typed; the first problems are named by
 * path in one `KefuError`.
 *
 * @param input - a preset as plain data
 * @returns the preset
 * @throws KefuError `invalid_input` naming the field and the value
 * @example
 * ```ts
 * import { parsePreset, presets } from 'kefu/presets';
 * const copy = parsePreset(JSON.parse(JSON.stringify(presets['gas-hotline'])));
 * copy.id; // 'gas-hotline'
 * ```
 */
export function parsePreset(input: unknown): Preset {
  return parseWith(PresetSchema, input, 'preset');
}
