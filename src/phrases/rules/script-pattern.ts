import * as z from 'zod';
import type { LintSettings, PhraseHit, PhraseSetHandle, RuleContext, RuleSetup } from './types.js';

// Scripts reach the checker as data (a preset passes the templates of kefu/scripts). The phrases module
// must not import kefu/scripts (scripts builds on the phrase matcher), so the checker recognises templates
// itself, with the same reading: clauses cut at punctuation and slots, slots as bounded gaps, closed slots
// as alternatives — and with every clause in the checker's one shared automaton.

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

const SLOT = /\{([A-Za-z][A-Za-z0-9]*)\}/g;

/**
 * zod schema of a {@link ScriptSpec} inside rule options.
 *
 * @internal
 * @example
 * ```ts
 * ScriptSpecSchema.parse({ id: 'x', template: '您好，{company}' });
 * ```
 */
export const ScriptSpecSchema = z
  .looseObject({
    id: z.string().min(1),
    template: z
      .string()
      .min(1)
      .refine((t) => !/[{}]/.test(t.replace(SLOT, '')), { error: 'has a malformed slot; write slots as {name}' })
      .refine((t) => t.replace(SLOT, '').replace(/[\p{P}\p{Z}\p{C}]/gu, '') !== '', { error: 'has no fixed words to recognise' }),
    rule: z.string().optional(),
    slots: z
      .record(
        z.string(),
        z.looseObject({ values: z.array(z.string().min(1)).min(1).optional(), maxLength: z.number().int().positive().optional(), gloss: z.string().optional() }).optional(),
      )
      .optional(),
  })
  .transform((s) => s as ScriptSpec);

// The same slot defaults kefu/scripts documents for its templates.
const DEFAULT_SLOTS: Readonly<Record<string, ScriptSlotSpec>> = {
  company: { maxLength: 24 },
  agentNo: { maxLength: 8 },
  agentName: { maxLength: 8 },
  surname: { maxLength: 4 },
  fullName: { maxLength: 8 },
  name: { maxLength: 8 },
  address: { maxLength: 40 },
  hotline: { maxLength: 16 },
  title: { values: ['先生', '女士', '小姐'] },
  brand: { maxLength: 12 },
  dealer: { maxLength: 16 },
  items: { maxLength: 40 },
};
const DEFAULT_SLOT_MAX = 16;
const CLAUSE_BREAK = /[\p{P}\p{Z}\p{C}]+/u;
const SKIPPED = /[\p{P}\p{Z}\p{C}]/u;

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

interface Piece {
  /** Pattern ids of this piece's alternatives. */
  readonly ids: readonly string[];
  /** Most normalised characters allowed between the previous piece and this one. */
  readonly maxGap: number;
}

interface CompiledScript {
  readonly id: string;
  readonly set: PhraseSetHandle;
  readonly pieces: readonly Piece[];
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

/** Characters the phrase normaliser keeps in `text[from, to)`: the size of a gap as the template measures it. */
function keptLength(text: string, from: number, to: number): number {
  let count = 0;
  for (let i = from; i < to; i++) {
    const c = text.charCodeAt(i);
    if ((c >= 0x4e00 && c <= 0x9fff) || (c >= 0x30 && c <= 0x39) || ((c | 0x20) >= 0x61 && (c | 0x20) <= 0x7a)) count++;
    else if (c >= 0xdc00 && c <= 0xdfff) continue;
    else if (!SKIPPED.test(text.charAt(i))) count++;
  }
  return count;
}

function compileOne(script: ScriptSpec, setup: RuleSetup, fillerBudget: number): CompiledScript {
  const pieces: { alternatives: string[]; maxGap: number }[] = [];
  let pendingMax = 0;
  const push = (alternatives: string[]): void => {
    pieces.push({ alternatives, maxGap: pieces.length === 0 ? 0 : pendingMax + fillerBudget });
    pendingMax = 0;
  };
  let last = 0;
  const template = script.template;
  const literal = (text: string): void => {
    for (const clause of text.split(CLAUSE_BREAK)) if (clause !== '') push([clause]);
  };
  for (const m of template.matchAll(SLOT)) {
    literal(template.slice(last, m.index));
    last = m.index + m[0].length;
    const name = m[1] as string;
    const known = slotValue(setup.settings, name);
    const spec = script.slots?.[name] ?? DEFAULT_SLOTS[name] ?? {};
    if (known !== undefined && known.replace(/[\p{P}\p{Z}\p{C}]/gu, '') !== '') push([known]);
    else if (spec.values !== undefined && spec.values.length > 0) push([...spec.values]);
    else pendingMax += spec.maxLength ?? DEFAULT_SLOT_MAX;
  }
  literal(template.slice(last));
  // A clause of punctuation only (e.g. "！") was dropped by the split; a known slot may still be empty
  // after normalisation, which the matcher rejects — keep only alternatives with kept characters.
  const kept = pieces
    .map((p) => ({ ...p, alternatives: p.alternatives.filter((a) => keptLength(a, 0, a.length) > 0) }))
    .filter((p) => p.alternatives.length > 0);
  const patterns: { id: string; text: string }[] = [];
  const pieceOf = new Map<string, number>();
  const compiledPieces: Piece[] = kept.map((p, i) => {
    const ids = p.alternatives.map((text, a) => {
      const id = `${i}.${a}`;
      patterns.push({ id, text });
      pieceOf.set(id, i);
      return id;
    });
    return { ids, maxGap: p.maxGap };
  });
  return { id: script.id, set: setup.phrases(patterns), pieces: compiledPieces, pieceOf };
}

function findIn(script: CompiledScript, hits: readonly PhraseHit[], text: string): ScriptFound | undefined {
  const n = script.pieces.length;
  if (hits.length < n) return undefined;
  const byPiece: PhraseHit[][] = script.pieces.map(() => []);
  for (const h of hits) {
    const i = script.pieceOf.get(h.id);
    if (i !== undefined) (byPiece[i] as PhraseHit[]).push(h);
  }
  // Earliest start of a chain ending at each occurrence of the current piece.
  let reach: { hit: PhraseHit; first: number }[] = (byPiece[0] as PhraseHit[]).map((hit) => ({ hit, first: hit.start }));
  for (let j = 1; j < n && reach.length > 0; j++) {
    const maxGap = (script.pieces[j] as Piece).maxGap;
    const next: { hit: PhraseHit; first: number }[] = [];
    for (const hit of byPiece[j] as PhraseHit[]) {
      let best = -1;
      for (const r of reach) {
        if (r.hit.end > hit.start) continue;
        if (keptLength(text, r.hit.end, hit.start) > maxGap) continue;
        if (best < 0 || r.first < best) best = r.first;
      }
      if (best >= 0) next.push({ hit, first: best });
    }
    reach = next;
  }
  let found: ScriptFound | undefined;
  for (const r of reach) {
    if (found === undefined || r.first < found.start || (r.first === found.start && r.hit.end < found.end)) {
      found = { scriptId: script.id, start: r.first, end: r.hit.end };
    }
  }
  return found;
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
  const zh = script.template.replace(SLOT, (whole, name: string) => slotValue(settings, name) ?? whole);
  return { zh, en: `Say the standard script: ${zh}` };
}
