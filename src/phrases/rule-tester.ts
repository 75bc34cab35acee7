import type { CallKind } from '../model/enums.js';
import type { Transcript } from '../model/transcript.js';
import { parseTextTranscript } from '../transcripts/index.js';
import { buildChecker } from './checker.js';
import { applyFixes, applySuggestion } from './fix.js';
import type { AnyRule, LintSettings, MessageData, RuleReport } from './rules/types.js';
import type { Bilingual, Diagnostic, TextRange } from './types.js';

/**
 * A call the rule must find nothing in: a transcript, or its text with speaker labels (`客服：…` /
 * `客户：…`, parsed as `kefu lint` parses text files).
 *
 * @example
 * ```ts
 * import type { ValidCase } from 'kefu/phrases';
 * const c: ValidCase = { text: '客服：您好，请问有什么可以帮您？', callKind: 'consultation' };
 * ```
 */
export type ValidCase =
  | string
  | {
      /** A name for the test; default the text or the turns' text. */
      readonly name?: string;
      readonly text?: string;
      readonly transcript?: Transcript;
      /** The rule's options, validated by its schema. */
      readonly options?: unknown;
      readonly settings?: LintSettings;
      readonly callKind?: CallKind;
    };

/**
 * What one suggestion of an expected finding must be: its messageId and data, and the turns' text
 * after applying it alone.
 *
 * @example
 * ```ts
 * import type { SuggestionExpectation } from 'kefu/phrases';
 * const s: SuggestionExpectation = { messageId: 'standardWording', output: ['这个问题我帮您请更专业的人员回答好吗？'] };
 * ```
 */
export interface SuggestionExpectation {
  readonly messageId?: string;
  readonly data?: MessageData;
  readonly message?: Partial<Bilingual>;
  /** Every turn's text after applying this suggestion; `null` when it must carry no edits. */
  readonly output?: readonly string[] | null;
}

/**
 * What one expected finding must be; only the fields given are compared.
 *
 * @example
 * ```ts
 * import type { ErrorExpectation } from 'kefu/phrases';
 * const e: ErrorExpectation = { messageId: 'useNin', data: { text: '你' }, turn: 0, range: { start: 0, end: 1 } };
 * ```
 */
export interface ErrorExpectation {
  readonly messageId?: string;
  readonly data?: MessageData;
  readonly message?: Partial<Bilingual>;
  /** The turn, or `null` for a finding about the whole call. */
  readonly turn?: number | null;
  readonly range?: TextRange;
  readonly entryId?: string;
  readonly domainRules?: readonly string[];
  /** The finding's suggestions in order; `[]` when it must have none. `data` is compared key by key. */
  readonly suggestions?: readonly SuggestionExpectation[];
}

/**
 * A call the rule must find exactly `errors` in (a count, or one expectation per finding in order of
 * position). `output` is every turn's text after one pass of fixes (as `applyFixes`: a fix touching one
 * already taken waits for the next pass); it is required when the rule fixes anything, and `null`
 * asserts that it fixes nothing.
 *
 * @example
 * ```ts
 * import type { InvalidCase } from 'kefu/phrases';
 * const c: InvalidCase = { text: '客服：你好', errors: [{ messageId: 'useNin' }], output: ['您好'] };
 * ```
 */
export type InvalidCase = Exclude<ValidCase, string> & {
  readonly errors: number | readonly ErrorExpectation[];
  readonly output?: readonly string[] | null;
};

/**
 * The test functions of the host's framework (vitest, jest, mocha, node:test). Without them,
 * `RuleTester.run` runs every case at once and throws on the first failure.
 *
 * @example
 * ```ts
 * import { describe, it } from 'vitest';
 * import type { RuleTesterHooks } from 'kefu/phrases';
 * const hooks: RuleTesterHooks = { describe, it };
 * ```
 */
export interface RuleTesterHooks {
  /** Groups the cases of one rule (vitest's or mocha's `describe`). */
  readonly describe: (name: string, body: () => void) => unknown;
  /** Runs one case (vitest's or mocha's `it`). */
  readonly it: (name: string, body: () => void) => unknown;
}

/** A failed expectation; the message says which case, which finding and what differed. */
class RuleTesterError extends Error {
  override readonly name = 'RuleTesterError';
}

function canonical(value: unknown): string {
  if (Array.isArray(value)) return `[${value.map(canonical).join(',')}]`;
  if (typeof value === 'object' && value !== null) {
    const entries = Object.entries(value).filter(([, v]) => v !== undefined);
    entries.sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0));
    return `{${entries.map(([k, v]) => `${JSON.stringify(k)}:${canonical(v)}`).join(',')}}`;
  }
  return JSON.stringify(value) ?? 'undefined';
}

/** Only the keys the expectation names are compared, so a test states the data it cares about. */
function expectDataIncludes(actual: MessageData | undefined, expected: MessageData, what: string): void {
  const given = actual ?? {};
  for (const [key, value] of Object.entries(expected)) expectEqual(Object.hasOwn(given, key) ? given[key] : undefined, value, `${what}.${key}`);
}

function expectEqual(actual: unknown, expected: unknown, what: string): void {
  if (canonical(actual) !== canonical(expected)) throw new RuleTesterError(`${what}: expected ${canonical(expected)}, got ${canonical(actual)}`);
}

function transcriptOf(c: Exclude<ValidCase, string>): Transcript {
  if (c.transcript !== undefined) return c.transcript;
  if (c.text !== undefined) return parseTextTranscript(c.text).transcript;
  throw new RuleTesterError('a case needs `text` or `transcript`');
}

function caseName(c: ValidCase): string {
  if (typeof c === 'string') return c;
  return c.name ?? c.text ?? c.transcript?.turns.map((t) => t.text).join(' / ') ?? '(no input)';
}

interface Observed {
  readonly report: RuleReport;
  readonly diagnostic: Diagnostic;
}

/**
 * Tests a checker rule with valid and invalid calls, as ESLint's RuleTester: each case runs the rule
 * alone (at `error`, with the case's options and settings) through a real checker, and the findings are
 * compared with the expectations — messageIds (which must be declared in `meta.messages`), data, turns,
 * ranges, messages with no placeholder left unfilled, fix output and suggestion output. A rule that
 * reports a fix without `meta.fixable`, or suggestions without `meta.hasSuggestions`, fails.
 *
 * Framework-agnostic: give it your framework's `describe` and `it` and each case becomes a test; without
 * them `run` checks every case at once and throws a `RuleTesterError` on the first failure.
 *
 * @example
 * ```ts
 * import { describe, it } from 'vitest';
 * import { RuleTester, honorificNin } from 'kefu/phrases';
 * new RuleTester({ describe, it }).run('honorific-nin', honorificNin, {
 *   valid: ['客服：您好，请问您家地址是？'],
 *   invalid: [{ text: '客服：你好', errors: [{ messageId: 'useNin', data: { text: '你' }, turn: 0, range: { start: 0, end: 1 } }], output: ['您好'] }],
 * });
 * ```
 */
export class RuleTester {
  readonly #hooks: RuleTesterHooks | undefined;
  readonly #settings: LintSettings | undefined;

  /**
   * @param options - the host's `describe` / `it`, and settings shared by every case (a case's own win)
   */
  constructor(options: Partial<RuleTesterHooks> & { readonly settings?: LintSettings } = {}) {
    const { describe, it, settings } = options;
    this.#hooks = describe !== undefined && it !== undefined ? { describe, it } : undefined;
    this.#settings = settings;
  }

  /**
   * Run the cases of one rule.
   *
   * @param name - the suite's name, usually the rule id
   * @param rule - the rule under test
   * @param cases - calls it must pass (`valid`) and calls with their expected findings (`invalid`)
   * @throws RuleTesterError when a case fails and no `it` was given
   */
  run(name: string, rule: AnyRule, cases: { readonly valid?: readonly ValidCase[]; readonly invalid?: readonly InvalidCase[] }): void {
    const valid = (cases.valid ?? []).map((c) => [caseName(c), () => this.#runValid(rule, typeof c === 'string' ? { text: c } : c)] as const);
    const invalid = (cases.invalid ?? []).map((c) => [caseName(c), () => this.#runInvalid(rule, c)] as const);
    const hooks = this.#hooks;
    if (hooks === undefined) {
      for (const [caseTitle, body] of [...valid, ...invalid]) {
        try {
          body();
        } catch (error) {
          throw new RuleTesterError(`${name} › ${caseTitle}: ${error instanceof Error ? error.message : String(error)}`);
        }
      }
      return;
    }
    hooks.describe(name, () => {
      if (valid.length > 0) hooks.describe('valid', () => valid.forEach(([title, body]) => hooks.it(title, body)));
      if (invalid.length > 0) hooks.describe('invalid', () => invalid.forEach(([title, body]) => hooks.it(title, body)));
    });
  }

  #check(rule: AnyRule, c: Exclude<ValidCase, string>): { transcript: Transcript; observed: Observed[] } {
    const transcript = transcriptOf(c);
    const observed: Observed[] = [];
    const settings = this.#settings === undefined && c.settings === undefined ? undefined : { ...this.#settings, ...c.settings };
    const checker = buildChecker(
      { rules: { [rule.meta.id]: c.options === undefined ? 'error' : ['error', c.options] }, ...(settings === undefined ? {} : { settings }) },
      [rule],
      undefined,
      (report, diagnostic) => observed.push({ report, diagnostic }),
    );
    const result = checker.check(transcript, c.callKind === undefined ? undefined : { callKind: c.callKind });
    // A failing rule leaves a finding without a report: show its reason rather than a count mismatch.
    const failed = result.diagnostics.find((d) => d.messageId === undefined);
    if (failed !== undefined) throw new RuleTesterError(failed.message.en);
    const order = new Map(result.diagnostics.map((d, i) => [d, i]));
    observed.sort((a, b) => (order.get(a.diagnostic) ?? 0) - (order.get(b.diagnostic) ?? 0));
    for (const { report, diagnostic } of observed) {
      for (const text of [diagnostic.message.zh, diagnostic.message.en, ...diagnostic.suggestions.flatMap((s) => [s.zh, s.en])]) {
        if (/\{\{\s*[A-Za-z_$][\w$]*\s*\}\}/.test(text)) throw new RuleTesterError(`message "${text}" of ${report.messageId} has a placeholder without data`);
      }
      if (report.fix !== undefined && rule.meta.fixable !== 'text') throw new RuleTesterError('the rule reported a fix but meta.fixable is not "text"');
      if (report.suggest !== undefined && report.suggest.length > 0 && rule.meta.hasSuggestions !== true)
        throw new RuleTesterError('the rule reported suggestions but meta.hasSuggestions is not true');
    }
    return { transcript, observed };
  }

  #runValid(rule: AnyRule, c: Exclude<ValidCase, string>): void {
    const { observed } = this.#check(rule, c);
    if (observed.length > 0) {
      const found = observed.map((o) => `${o.report.messageId} at turn ${o.diagnostic.turn ?? '-'}`).join(', ');
      throw new RuleTesterError(`expected no finding, got ${observed.length}: ${found}`);
    }
  }

  #runInvalid(rule: AnyRule, c: InvalidCase): void {
    const { transcript, observed } = this.#check(rule, c);
    const expected = c.errors;
    const count = typeof expected === 'number' ? expected : expected.length;
    if (count === 0) throw new RuleTesterError('an invalid case needs at least one expected finding (use valid for none)');
    if (observed.length !== count) {
      const found = observed.map((o) => `${o.report.messageId} at turn ${o.diagnostic.turn ?? '-'}`).join(', ');
      throw new RuleTesterError(`expected ${count} finding(s), got ${observed.length}${found === '' ? '' : `: ${found}`}`);
    }
    if (typeof expected !== 'number') {
      expected.forEach((e, i) => {
        const o = observed[i];
        if (o !== undefined) compareFinding(rule, transcript, o, e, `finding ${i}`);
      });
    }
    const fixes = observed.filter((o) => o.diagnostic.fix !== undefined);
    if (c.output === undefined) {
      if (fixes.length > 0) throw new RuleTesterError('the rule fixed the call; add `output` (the turns’ text after the fixes)');
      return;
    }
    if (c.output === null) {
      if (fixes.length > 0) throw new RuleTesterError(`expected no fix, got ${fixes.length}`);
      return;
    }
    const fixed = applyFixes(
      transcript,
      observed.map((o) => o.diagnostic),
    ).transcript;
    expectEqual(
      fixed.turns.map((t) => t.text),
      c.output,
      'output',
    );
  }
}

function compareFinding(rule: AnyRule, transcript: Transcript, o: Observed, e: ErrorExpectation, what: string): void {
  const { report, diagnostic } = o;
  if (e.messageId !== undefined) {
    if (!Object.hasOwn(rule.meta.messages, e.messageId)) throw new RuleTesterError(`${what}: messageId "${e.messageId}" is not declared in meta.messages`);
    expectEqual(report.messageId, e.messageId, `${what} messageId`);
  }
  if (e.data !== undefined) expectDataIncludes(report.data, e.data, `${what} data`);
  if (e.message?.zh !== undefined) expectEqual(diagnostic.message.zh, e.message.zh, `${what} message.zh`);
  if (e.message?.en !== undefined) expectEqual(diagnostic.message.en, e.message.en, `${what} message.en`);
  if (e.turn !== undefined) expectEqual(diagnostic.turn ?? null, e.turn, `${what} turn`);
  if (e.range !== undefined) expectEqual(diagnostic.range, e.range, `${what} range`);
  if (e.entryId !== undefined) expectEqual(diagnostic.entryId, e.entryId, `${what} entryId`);
  if (e.domainRules !== undefined) expectEqual(diagnostic.domainRules, e.domainRules, `${what} domainRules`);
  if (e.suggestions === undefined) return;
  const suggest = report.suggest ?? [];
  expectEqual(suggest.length, e.suggestions.length, `${what} number of suggestions`);
  e.suggestions.forEach((s, k) => {
    const given = suggest[k];
    const shown = diagnostic.suggestions[k];
    if (given === undefined || shown === undefined) return;
    if (s.messageId !== undefined) expectEqual(given.messageId, s.messageId, `${what} suggestion ${k} messageId`);
    if (s.data !== undefined) expectDataIncludes(given.data, s.data, `${what} suggestion ${k} data`);
    if (s.message?.zh !== undefined) expectEqual(shown.zh, s.message.zh, `${what} suggestion ${k} message.zh`);
    if (s.message?.en !== undefined) expectEqual(shown.en, s.message.en, `${what} suggestion ${k} message.en`);
    if (s.output === null) expectEqual(shown.fix ?? [], [], `${what} suggestion ${k} edits`);
    else if (s.output !== undefined)
      expectEqual(
        applySuggestion(transcript, shown).turns.map((t) => t.text),
        s.output,
        `${what} suggestion ${k} output`,
      );
  });
}
