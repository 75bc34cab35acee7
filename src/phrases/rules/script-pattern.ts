import * as z from 'zod/mini';
import { hasKeptCharacters } from '../../text/skip.js';
import { assembleTemplate, templatePieces, type TemplatePiece } from '../../text/recognise.js';
import { SLOT_PATTERN } from '../../text/template.js';
import type { LintSettings, PhraseHit, PhraseSetHandle, RuleContext, RuleSetup } from './types.js';

// Scripts reach the checker as data (a preset passes its scripts). They are read by the one template
// engine of kefu/text; only the automaton differs: here every clause goes into the checker's one shared
// automaton, so a check scans each turn once for all rules.

/**
 * A slot constraint, as `SlotSpec` of `kefu/scripts`.
 *
 * @example
 * ```ts
 * const title: ScriptSlotSpec = { values: ['先生', '女士'] };
 * ```
 */
export interface ScriptSlotSpec {
  readonly values?: readonly string[];
  readonly maxLength?: number;
  readonly gloss?: string;
}

/**
 * A script template as the checker's rules take it: structurally a `Script` of `kefu/scripts` (extra
 * fields such as `quote` and `source` are allowed and ignored).
 *
 * @example
 * ```ts
 * const greet: ScriptSpec = { id: 'gas-greet', template: '您好，{company}{agentNo}号客服员为您服务' };
 * ```
 */
export interface ScriptSpec {
  readonly id: string;
  readonly template: string;
  readonly rule?: string;
  readonly slots?: Readonly<Record<string, ScriptSlotSpec | undefined>>;
}

/**
 * zod schema of a {@link ScriptSpec} inside rule options.
 *
 * @internal
 * @example
 * ```ts
 * ScriptSpecSchema.parse({ id: 'x', template: '您好，{company}' });
 * ```
 */
export const ScriptSpecSchema = /* @__PURE__ */ z.looseObject({
  id: z.string().check(z.minLength(1)),
  template: z.string().check(
    z.minLength(1),
    z.refine((t) => !/[{}]/.test(t.replace(SLOT_PATTERN, '')), { error: 'has a malformed slot; write slots as {name}' }),
    z.refine((t) => hasKeptCharacters(t.replace(SLOT_PATTERN, '')), { error: 'has no fixed words to recognise' }),
  ),
  rule: z.exactOptional(z.string()),
  slots: z.exactOptional(
    z.record(
      z.string(),
      z.optional(
        z.looseObject({
          values: z.exactOptional(z.array(z.string().check(z.minLength(1))).check(z.minLength(1))),
          maxLength: z.exactOptional(z.int().check(z.positive())),
          gloss: z.exactOptional(z.string()),
        }),
      ),
    ),
  ),
});

/**
 * The value a slot takes from the settings, if any: `company`, `hotline`, `brand`, `centre` (also for
 * `dealer`), then `settings.slots`.
 *
 * @internal
 * @example
 * ```ts
 * slotValue({ company: '燃气公司' }, 'company'); // '燃气公司'
 * ```
 */
export function slotValue(settings: LintSettings, name: string): string | undefined {
  const own = settings.slots?.[name];
  if (own !== undefined) return own;
  switch (name) {
    case 'company':
      return settings.company;
    case 'hotline':
      return settings.hotline;
    case 'brand':
      return settings.brand;
    case 'centre':
    case 'dealer':
      return settings.centre;
    default:
      return undefined;
  }
}

interface CompiledScript {
  readonly id: string;
  readonly set: PhraseSetHandle;
  readonly pieces: readonly TemplatePiece[];
  /** The clause each registered pattern id stands for. */
  readonly pieceOf: ReadonlyMap<string, number>;
}

/**
 * Where a script was found in a turn.
 *
 * @internal
 * @example
 * ```ts
 * const found: ScriptFound = { scriptId: 'gas-close', start: 0, end: 24 };
 * ```
 */
export interface ScriptFound {
  readonly scriptId: string;
  readonly start: number;
  readonly end: number;
}

/**
 * Scripts compiled into the checker's phrase registry.
 *
 * @internal
 * @example
 * ```ts
 * // const greet = compileScriptPatterns(options.scripts, setup);
 * // const found = greet.find(ctx, 0);
 * ```
 */
export interface ScriptPatterns {
  readonly ids: readonly string[];
  /** The first script occurrence in the turn (earliest start), or `undefined`. */
  find(ctx: RuleContext, turn: number): ScriptFound | undefined;
}

function compileOne(script: ScriptSpec, setup: RuleSetup, fillerBudget: number): CompiledScript {
  const known: Record<string, string | undefined> = {};
  for (const [, name] of script.template.matchAll(SLOT_PATTERN)) if (name !== undefined) known[name] = slotValue(setup.settings, name);
  const pieces = templatePieces(script, { slots: known, fillerBudget }, ['scripts', script.id, 'template']);
  const patterns: { id: string; text: string }[] = [];
  const pieceOf = new Map<string, number>();
  pieces.forEach((piece, i) =>
    piece.alternatives.forEach((text, a) => {
      const id = `${i}.${a}`;
      patterns.push({ id, text });
      pieceOf.set(id, i);
    }),
  );
  return { id: script.id, set: setup.phrases(patterns), pieces, pieceOf };
}

function findIn(script: CompiledScript, hits: readonly PhraseHit[], text: string): ScriptFound | undefined {
  const byPiece: PhraseHit[][] = script.pieces.map(() => []);
  for (const hit of hits) {
    const i = script.pieceOf.get(hit.id);
    if (i !== undefined) byPiece[i]?.push(hit);
  }
  const first = assembleTemplate(script.pieces, byPiece, text)[0];
  return first === undefined ? undefined : { scriptId: script.id, start: first.first.start, end: first.last.end };
}

/**
 * Register scripts in the checker's phrase registry (at rule creation) and return a finder for checks.
 * Slots take their value from the settings when set; otherwise a closed slot (`values`) matches one of its
 * values and an open slot is a gap of at most `maxLength` kept characters; `fillerBudget` extra characters
 * are tolerated between clauses.
 *
 * @internal
 * @example
 * ```ts
 * // in create(options, setup): const close = compileScriptPatterns(options.scripts, setup);
 * // in the check: close.find(ctx, lastAgentTurn);
 * ```
 */
export function compileScriptPatterns(scripts: readonly ScriptSpec[], setup: RuleSetup, fillerBudget = 2): ScriptPatterns {
  const compiled = scripts.map((s) => compileOne(s, setup, fillerBudget));
  return {
    ids: compiled.map((c) => c.id),
    find(ctx, turn) {
      const text = ctx.turns[turn]?.text;
      if (text === undefined) return undefined;
      let best: ScriptFound | undefined;
      for (const c of compiled) {
        const found = findIn(c, ctx.hits(c.set, turn), text);
        if (found !== undefined && (best === undefined || found.start < best.start)) best = found;
      }
      return best;
    },
  };
}

/**
 * A script's words for a suggestion: slots the settings know are filled in, the others stay `{name}`.
 *
 * @internal
 * @example
 * ```ts
 * scriptSuggestion({ id: 'g', template: '您好，{company}{agentNo}号客服员为您服务' }, { company: '燃气公司' });
 * // { zh: '您好，燃气公司{agentNo}号客服员为您服务', en: 'Say the standard script: 您好，燃气公司{agentNo}号客服员为您服务' }
 * ```
 */
export function scriptSuggestion(script: ScriptSpec, settings: LintSettings): { zh: string; en: string } {
  const zh = script.template.replace(SLOT_PATTERN, (whole, name: string) => slotValue(settings, name) ?? whole);
  return { zh, en: `Say the standard script: ${zh}` };
}
