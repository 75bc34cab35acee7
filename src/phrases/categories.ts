import * as z from 'zod/mini';
import { CallKind } from '../model/enums.js';
import { KefuError } from '../model/error.js';
import type { Turn } from '../model/transcript.js';
import { safeParseWith } from '../model/zod-error.js';
import { hasKeptCharacters } from '../text/skip.js';
import { compileScriptPatterns, type ScriptPatterns } from './rules/script-pattern.js';
import { PhraseList, WORDING_MESSAGE, callSpan, registerTexts } from './rules/shared.js';
import { ruleDocsUrl } from './rules/types.js';
import type { AnyRule, PhraseSetHandle, RuleContext, RuleSetup } from './rules/types.js';

// A refine rather than z.regex: the same test, without a string-format check kind in a browser bundle.
const CategoryId = /* @__PURE__ */ z.string().check(z.refine((id) => /^[a-z0-9][a-z0-9-]*$/.test(id), { message: 'must be lower-case letters, digits and dashes' }));

const CategoryWindowSchema: z.ZodMiniType<CategoryWindow> = /* @__PURE__ */ z.union([
  z.strictObject({ firstTurns: z.int().check(z.positive()) }),
  z.strictObject({ lastTurns: z.int().check(z.positive()) }),
  z.strictObject({ firstSeconds: z.number().check(z.positive()) }),
  z.strictObject({ lastSeconds: z.number().check(z.positive()) }),
  z.strictObject({ after: CategoryId }),
  z.strictObject({ before: CategoryId }),
]);

const Criterion = /* @__PURE__ */ z
  .strictObject({
    phrases: z.optional(PhraseList.check(z.minLength(1))),
    script: z.optional(z.string().check(z.refine((t) => hasKeptCharacters(t.replace(/\{[A-Za-z][A-Za-z0-9]*\}/g, '')), { error: 'has no fixed words to recognise' }))),
    speaker: z._default(z.enum(['agent', 'customer', 'any']), 'agent'),
    window: z.optional(CategoryWindowSchema),
  })
  .check(z.refine((c) => (c.phrases === undefined) !== (c.script === undefined), { error: 'needs exactly one of phrases or script' }));

const Text = /* @__PURE__ */ z.strictObject({ zh: z.string().check(z.minLength(1)), en: z.string().check(z.minLength(1)) });

/**
 * zod schema of a host-defined category (see {@link CategoryDefinition}).
 *
 * @example
 * ```ts
 * CategoryDefinitionSchema.parse({
 *   id: 'safety-advice', mode: 'must-include',
 *   criteria: [{ phrases: ['关闭阀门', '开窗通风'], speaker: 'agent' }],
 * });
 * ```
 */
export const CategoryDefinitionSchema = /* @__PURE__ */ z.strictObject({
  id: CategoryId,
  name: z.optional(Text),
  /** `must-include`: the call must contain the criteria; `must-not-include`: it must not. */
  mode: z.enum(['must-include', 'must-not-include']),
  /** How criteria combine: `any` (one is enough) or `all` (every one). */
  match: z._default(z.enum(['all', 'any']), 'any'),
  criteria: z.array(Criterion).check(z.minLength(1)),
  severity: z._default(z.enum(['warn', 'error']), 'warn'),
  domainRules: z._default(z.array(z.string().check(z.minLength(1))), []),
  /** Only calls of these kinds are judged (a call without a kind is then skipped). */
  callKinds: z.optional(z.array(CallKind).check(z.minLength(1))),
  suggestions: z._default(z.array(Text), []),
});

/**
 * A host's own category, defined as data (like the categories of contact-centre analytics products):
 * criteria — a phrase list or a script template, a speaker filter (`agent`, `customer`, `any`) and a
 * window (first/last N turns of that speaker, first/last N seconds of the call, or before/after the
 * first hit of another category) — combined with `all` or `any`, and a mode: `must-include` reports
 * a missing criterion (once, for the whole call), `must-not-include` reports every hit with its turn,
 * range and excerpt. Each category runs as a rule `category/<id>`.
 *
 * @example
 * ```ts
 * const noPromises: CategoryDefinition = {
 *   id: 'no-compensation-promise', mode: 'must-not-include', match: 'any', severity: 'error', domainRules: [], suggestions: [],
 *   name: { zh: '不得承诺赔偿', en: 'Never promise compensation' },
 *   criteria: [{ phrases: ['保证赔偿', '一定赔'], speaker: 'agent' }],
 * };
 * ```
 */
export type CategoryDefinition = z.output<typeof CategoryDefinitionSchema>;

/**
 * A category as a host writes it (defaults not yet applied).
 *
 * @example
 * ```ts
 * const input: CategoryDefinitionInput = { id: 'greet-first', mode: 'must-include', criteria: [{ phrases: ['您好'], window: { firstTurns: 1 } }] };
 * ```
 */
export type CategoryDefinitionInput = z.input<typeof CategoryDefinitionSchema>;

/** A window of a category criterion. @example `const w: CategoryWindow = { lastTurns: 2 };` */
export type CategoryWindow =
  | { readonly firstTurns: number }
  | { readonly lastTurns: number }
  | { readonly firstSeconds: number }
  | { readonly lastSeconds: number }
  | { readonly after: string }
  | { readonly before: string };

const CATEGORY_MESSAGES = {
  missing: { zh: '缺少：{{label}}', en: 'Missing: {{label}}' },
  found: { zh: '{{name}}：“{{words}}”', en: '{{name}}: {{words}}' },
  wording: WORDING_MESSAGE,
};

function windowAnchor(window: CategoryWindow | undefined): string | undefined {
  if (window === undefined) return undefined;
  if ('after' in window) return window.after;
  if ('before' in window) return window.before;
  return undefined;
}

/**
 * Validate category definitions: each with its schema, ids unique, every before/after window naming a
 * known category, and no cycle of windows. Throws `KefuError` naming the field, e.g.
 * `categories[1].criteria[0].window.after`.
 *
 * @param input - the host's definitions
 * @param where - the field name used in errors (`categories`)
 * @returns the definitions with defaults applied
 * @example
 * ```ts
 * import { validateCategories } from 'kefu/phrases';
 * validateCategories([{ id: 'greet', mode: 'must-include', criteria: [{ phrases: ['您好'] }] }]);
 * ```
 */
export function validateCategories(input: unknown, where = 'categories'): CategoryDefinition[] {
  const result = safeParseWith(z.array(CategoryDefinitionSchema), input, where);
  if (!result.ok) {
    const issues = result.error.issues.map((i) => ({ ...i, path: [where, ...i.path] }));
    throw new KefuError('invalid_input', `Invalid ${where}: ${issues.length} problem${issues.length === 1 ? '' : 's'}`, issues);
  }
  const defs = result.value;
  const ids = new Map<string, number>();
  defs.forEach((d, i) => {
    if (ids.has(d.id)) throw new KefuError('invalid_input', `${where}[${i}].id "${d.id}" is used twice`, [{ path: [where, i, 'id'], message: 'is used twice', value: d.id }]);
    ids.set(d.id, i);
  });
  defs.forEach((d, i) =>
    d.criteria.forEach((c, k) => {
      const anchor = windowAnchor(c.window);
      if (anchor === undefined) return;
      const key = c.window !== undefined && 'after' in c.window ? 'after' : 'before';
      const path = [where, i, 'criteria', k, 'window', key];
      if (!ids.has(anchor))
        throw new KefuError('invalid_input', `${where}[${i}].criteria[${k}].window.${key} names no category`, [{ path, message: 'names no category', value: anchor }]);
    }),
  );
  // Windows must not chase each other round a cycle.
  const state = new Map<string, 'visiting' | 'done'>();
  const visit = (id: string, trail: string[]): void => {
    if (state.get(id) === 'done') return;
    if (state.get(id) === 'visiting') {
      const i = ids.get(id) ?? -1;
      throw new KefuError('invalid_input', `${where}[${i}] windows form a cycle: ${[...trail, id].join(' → ')}`, [
        { path: [where, i, 'criteria'], message: `windows form a cycle: ${[...trail, id].join(' → ')}`, value: id },
      ]);
    }
    state.set(id, 'visiting');
    const def = defs[ids.get(id) ?? -1];
    if (def === undefined) return;
    for (const c of def.criteria) {
      const anchor = windowAnchor(c.window);
      if (anchor !== undefined) visit(anchor, [...trail, id]);
    }
    state.set(id, 'done');
  };
  for (const d of defs) visit(d.id, []);
  return defs;
}

interface Position {
  readonly turn: number;
  readonly start: number;
  readonly end: number;
}

interface CompiledCriterion {
  readonly speaker: 'agent' | 'customer' | 'any';
  readonly window: CategoryWindow | undefined;
  readonly phrases: PhraseSetHandle | undefined;
  readonly script: ScriptPatterns | undefined;
}

interface Engine {
  readonly criteria: ReadonlyMap<string, readonly CompiledCriterion[]>;
  /** Per check (keyed by the check's context): hits of each criterion of each category. */
  readonly memo: WeakMap<RuleContext, Map<string, Position[][]>>;
}

function compare(a: Position, b: Position): number {
  return a.turn - b.turn || a.start - b.start;
}

function eligibleTurns(turns: readonly Turn[], criterion: CompiledCriterion): number[] {
  const speakerTurns: number[] = [];
  for (let i = 0; i < turns.length; i++) {
    const s = turns[i]?.speaker;
    if (criterion.speaker === 'any' ? s !== 'system' : s === criterion.speaker) speakerTurns.push(i);
  }
  const w = criterion.window;
  if (w === undefined || 'after' in w || 'before' in w) return speakerTurns;
  if ('firstTurns' in w) return speakerTurns.slice(0, w.firstTurns);
  if ('lastTurns' in w) return speakerTurns.slice(Math.max(0, speakerTurns.length - w.lastTurns));
  const span = callSpan(turns);
  if (span === undefined) return [];
  if ('firstSeconds' in w) {
    return speakerTurns.filter((i) => {
      const start = turns[i]?.start;
      return start !== undefined && start < span.start + w.firstSeconds * 1000;
    });
  }
  return speakerTurns.filter((i) => {
    const t = turns[i];
    const at = t?.end ?? t?.start;
    return at !== undefined && at > span.end - w.lastSeconds * 1000;
  });
}

function criterionHits(engine: Engine, ctx: RuleContext, id: string): Position[][] {
  let perCheck = engine.memo.get(ctx);
  if (perCheck === undefined) {
    perCheck = new Map();
    engine.memo.set(ctx, perCheck);
  }
  const cached = perCheck.get(id);
  if (cached !== undefined) return cached;
  const result = (engine.criteria.get(id) ?? []).map((criterion) => {
    const anchorId = windowAnchor(criterion.window);
    let anchor: Position | undefined;
    if (anchorId !== undefined) {
      anchor = criterionHits(engine, ctx, anchorId).flat().sort(compare)[0];
      // Nothing to be after: the window is empty. Nothing to be before: it is the whole call.
      if (anchor === undefined && criterion.window !== undefined && 'after' in criterion.window) return [];
    }
    const isAfter = criterion.window !== undefined && 'after' in criterion.window;
    const hits: Position[] = [];
    for (const turn of eligibleTurns(ctx.turns, criterion)) {
      const found: Position[] = [];
      if (criterion.phrases !== undefined) for (const h of ctx.hits(criterion.phrases, turn)) found.push({ turn, start: h.start, end: h.end });
      if (criterion.script !== undefined) {
        const f = criterion.script.find(ctx, turn);
        if (f !== undefined) found.push({ turn, start: f.start, end: f.end });
      }
      for (const p of found) {
        if (anchor !== undefined) {
          const ok = isAfter
            ? p.turn > anchor.turn || (p.turn === anchor.turn && p.start >= anchor.end)
            : p.turn < anchor.turn || (p.turn === anchor.turn && p.end <= anchor.start);
          if (!ok) continue;
        }
        hits.push(p);
      }
    }
    return hits.sort(compare);
  });
  perCheck.set(id, result);
  return result;
}

function buildEngine(defs: readonly CategoryDefinition[], setup: RuleSetup): Engine {
  const criteria = new Map<string, CompiledCriterion[]>();
  for (const def of defs) {
    criteria.set(
      def.id,
      def.criteria.map((c, k) => ({
        speaker: c.speaker,
        window: c.window,
        phrases: c.phrases === undefined ? undefined : registerTexts(setup, `${def.id}-${k}`, c.phrases),
        script: c.script === undefined ? undefined : compileScriptPatterns([{ id: `${def.id}-${k}`, template: c.script }], setup),
      })),
    );
  }
  return { criteria, memo: new WeakMap() };
}

/**
 * Turn validated category definitions into checker rules `category/<id>`. All categories share one set
 * of compiled phrases per checker, so a before/after window reads the other category's hits without
 * scanning again.
 *
 * @param defs - definitions from {@link validateCategories}
 * @returns one rule per category
 * @example
 * ```ts
 * import { compileCategories, validateCategories } from 'kefu/phrases';
 * const rules = compileCategories(validateCategories([{ id: 'greet', mode: 'must-include', criteria: [{ phrases: ['您好'] }] }]));
 * rules[0]?.meta.id; // 'category/greet'
 * ```
 */
export function compileCategories(defs: readonly CategoryDefinition[]): AnyRule[] {
  // One engine per checker: keyed by the setup object each checker passes to its rules.
  const engines = new WeakMap<RuleSetup, Engine>();
  const engineFor = (setup: RuleSetup): Engine => {
    let engine = engines.get(setup);
    if (engine === undefined) {
      engine = buildEngine(defs, setup);
      engines.set(setup, engine);
    }
    return engine;
  };
  return defs.map((def): AnyRule => {
    const name = def.name ?? { zh: def.id, en: def.id };
    const suggest = def.suggestions.map((wording) => ({ messageId: 'wording', data: { wording } }));
    return {
      meta: {
        id: `category/${def.id}`,
        type: 'problem',
        domainRules: def.domainRules,
        description: name,
        // Categories are a host's data: they share one page that explains how they are judged.
        docs: { url: ruleDocsUrl('category') },
        messages: CATEGORY_MESSAGES,
        hasSuggestions: def.suggestions.length > 0,
        options: z.strictObject({}),
      },
      create(_options: unknown, setup: RuleSetup) {
        const engine = engineFor(setup);
        return (ctx: RuleContext) => {
          if (def.callKinds !== undefined && (ctx.callKind === undefined || !def.callKinds.includes(ctx.callKind))) return;
          const hits = criterionHits(engine, ctx, def.id);
          if (def.mode === 'must-include') {
            const missing = hits.map((h, k) => (h.length === 0 ? k : -1)).filter((k) => k >= 0);
            const failed = def.match === 'all' ? missing : missing.length === hits.length ? missing.slice(0, 1) : [];
            for (const k of failed) {
              const c = def.criteria[k];
              const what = c?.phrases?.join('、') ?? c?.script ?? '';
              const label = def.match === 'any' && hits.length > 1 ? name : { zh: `${name.zh}（${what}）`, en: `${name.en} (${what})` };
              ctx.report({ messageId: 'missing', data: { label }, suggest });
            }
            return;
          }
          if (def.match === 'all' && hits.some((h) => h.length === 0)) return;
          for (const p of hits.flat().sort(compare)) {
            const words = ctx.turns[p.turn]?.text.slice(p.start, p.end) ?? '';
            ctx.report({ messageId: 'found', data: { name, words }, turn: p.turn, range: { start: p.start, end: p.end }, suggest });
          }
        };
      },
    };
  });
}
