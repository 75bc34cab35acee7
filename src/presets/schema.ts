/**
 * The schema of a preset: the one source of the `Preset` type and the check a host's own preset passes
 * at the edge (`parsePreset`). Parts whose shape another module owns (the SLA set, the checker
 * configuration, a script) are checked by that module's own rules or for their outline here.
 *
 * @module
 */
import * as z from 'zod/mini';
import { CallKind, TaskKind } from '../model/enums.js';
import { parseWith } from '../model/zod-error.js';
import { AGENT_CUE_ROLES, COLLECT_FIELDS, SCRIPT_STEPS } from '../classify/index.js';
import type { LintConfig } from '../phrases/checker-config.js';
import { validateLintConfig } from '../phrases/checker-config.js';
import type { Script } from '../scripts/index.js';
import type { SlaPreset } from '../sla/policy-preset.js';

const text = /* @__PURE__ */ z.string().check(z.minLength(1));
const texts = /* @__PURE__ */ z.readonly(z.array(text));
const isRecord = (value: unknown): value is Readonly<Record<string, unknown>> => typeof value === 'object' && value !== null && !Array.isArray(value);

const BilingualSchema = /* @__PURE__ */ z.readonly(z.object({ zh: z.string(), en: z.string() }));

const ScriptSchema = /* @__PURE__ */ z.custom<Script>(
  (value: unknown) =>
    isRecord(value) &&
    ['id', 'rule', 'template', 'quote', 'source', 'gloss'].every((key) => typeof value[key] === 'string' && value[key] !== '') &&
    (value['slots'] === undefined || isRecord(value['slots'])),
  { message: 'must be a script { id, rule, template, quote, source, gloss, slots? }' },
);

const SlaSchema = /* @__PURE__ */ z.custom<SlaPreset>(
  (value: unknown) => isRecord(value) && isRecord(value['calendar']) && ['policies', 'callPolicies', 'kpiTargets', 'notes'].every((key) => Array.isArray(value[key])),
  { message: 'must be an SLA set { calendar, policies, callPolicies, kpiTargets, notes }' },
);

const LintSchema = /* @__PURE__ */ z.custom<LintConfig>(
  (value: unknown) => {
    try {
      validateLintConfig(value);
      return true;
    } catch {
      return false;
    }
  },
  { message: 'must be a checker configuration (see validateLintConfig)' },
);

const CueSchema = /* @__PURE__ */ z.union([text, z.readonly(z.strictObject({ text, weight: z.exactOptional(z.number().check(z.positive())) }))]);
const LexiconSchema = /* @__PURE__ */ z.readonly(
  z.strictObject({
    cues: z.exactOptional(z.readonly(z.partialRecord(CallKind, z.readonly(z.array(CueSchema))))),
    negators: z.exactOptional(texts),
    hedges: z.exactOptional(texts),
    resolvers: z.exactOptional(texts),
    neutral: z.exactOptional(texts),
    inquiries: z.exactOptional(texts),
    hypotheticals: z.exactOptional(texts),
    major: z.exactOptional(texts),
    hazards: z.exactOptional(
      z.readonly(
        z.array(
          z.readonly(
            z.strictObject({
              id: text,
              hazard: texts,
              context: texts,
              window: z.exactOptional(z.int().check(z.nonnegative())),
            }),
          ),
        ),
      ),
    ),
  }),
);

const MachineSchema = /* @__PURE__ */ z.readonly(
  z.strictObject({
    replyWithinMinutes: z.exactOptional(z.number().check(z.positive())),
    consultationCallbackWithinMinutes: z.exactOptional(z.nullable(z.number().check(z.positive()))),
    maxRings: z.exactOptional(z.int().check(z.positive())),
    requiredFields: z.exactOptional(z.readonly(z.partialRecord(z.enum(['report', 'complaint', 'appointment']), z.readonly(z.array(z.enum(COLLECT_FIELDS)))))),
  }),
);

const CallbackSchema = /* @__PURE__ */ z.readonly(
  z.strictObject({
    adoptedSuggestionDiscount: z.exactOptional(z.number().check(z.gt(0), z.lt(1))),
    scale: z.exactOptional(z.readonly(z.array(z.readonly(z.object({ zh: text, en: z.exactOptional(z.string()) }))).check(z.length(5)))),
  }),
);

const PolicyMapSchema = /* @__PURE__ */ z.readonly(z.partialRecord(TaskKind, text));

const ClassifySchema = /* @__PURE__ */ z.readonly(
  z.strictObject({
    id: text,
    description: BilingualSchema,
    lexicon: LexiconSchema,
    policies: PolicyMapSchema,
    machine: z.exactOptional(MachineSchema),
    callback: z.exactOptional(CallbackSchema),
    agentCues: z.readonly(z.partialRecord(z.enum(AGENT_CUE_ROLES), texts)),
    steps: z.readonly(z.partialRecord(z.enum(SCRIPT_STEPS), z.readonly(z.array(ScriptSchema)))),
  }),
);

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
export const PresetSchema = /* @__PURE__ */ z
  .readonly(
    z.strictObject({
      /** A shipped preset's id, or the id of a host's own organisation (e.g. `water-hotline`). */
      id: text,
      name: BilingualSchema,
      /** Which source document describes the organisation, e.g. `S0 客户服务管理办法`. */
      source: z.string(),
      sla: SlaSchema,
      lint: LintSchema,
      /** The organisation's scripts by id (the key is the script's id). */
      scripts: z.readonly(z.record(z.string(), ScriptSchema)),
      /** Classification data; `policies` is derived from `sla.policies` so the two can never disagree. */
      classify: ClassifySchema,
    }),
  )
  .check(
    z.superRefine((preset, ctx) => {
      for (const [key, script] of Object.entries(preset.scripts)) {
        if (script.id !== key) ctx.addIssue({ code: 'custom', path: ['scripts', key, 'id'], message: `must equal its key "${key}"`, input: script.id });
      }
      if (preset.classify.id !== preset.id)
        ctx.addIssue({ code: 'custom', path: ['classify', 'id'], message: `must equal the preset id "${preset.id}"`, input: preset.classify.id });
      const policyIds = new Set(preset.sla.policies.map((p) => p.id));
      for (const [kind, id] of Object.entries(preset.classify.policies)) {
        if (!policyIds.has(id)) ctx.addIssue({ code: 'custom', path: ['classify', 'policies', kind], message: 'must name a policy of sla.policies', input: id });
      }
    }),
  );

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
