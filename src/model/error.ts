/**
 * What went wrong, in a form a program can branch on.
 *
 * - `invalid_input`: a value handed to kefu does not have the shape kefu needs.
 * - `invalid_calendar`: a calendar definition cannot work (bad zone, overlapping hours, no working time).
 * - `invalid_policy`: an SLA policy or target is malformed.
 * - `invalid_timeline`: a task's or call's events contradict each other (time runs backwards, stop before start).
 * - `unknown_year`: a date falls in a year the holiday data does not cover.
 * - `parse_error`: a transcript or file could not be read (line and column in the issues).
 * - `missing_slot`: a script template was rendered without a value for one of its slots.
 * - `invalid_state`: a state machine snapshot or event is not one the machine knows.
 * - `unknown_preset`: a preset id that kefu does not ship.
 */
export type KefuErrorCode =
  'invalid_input' | 'invalid_calendar' | 'invalid_policy' | 'invalid_timeline' | 'unknown_year' | 'parse_error' | 'missing_slot' | 'invalid_state' | 'unknown_preset';

/**
 * One problem found in an input: where it is (`path`), what is wrong (`message`) and the offending value.
 *
 * @example
 * ```ts
 * const issue: KefuIssue = { path: ['phones', 0], message: 'not a mainland mobile or landline number', value: '123' };
 * ```
 */
export interface KefuIssue {
  /** Path from the input's root to the bad value, e.g. `['address', 'room']`. Empty for the root. */
  readonly path: readonly (string | number)[];
  /** What is wrong, in English. */
  readonly message: string;
  /** The offending value, when there is one. */
  readonly value?: unknown;
  /** 1-based line in a text input, when the input had lines. */
  readonly line?: number;
  /** 1-based column in a text input, when the input had lines. */
  readonly column?: number;
}

/**
 * The one error class kefu throws. Its message names every failing path and value in readable form;
 * `issues` carries the same information as data.
 *
 * @example
 * ```ts
 * import { KefuError, parseCustomer } from 'kefu/model';
 * try {
 *   parseCustomer({ id: 'c1', name: '王明', phones: ['123'] });
 * } catch (error) {
 *   if (error instanceof KefuError) console.log(error.code, error.issues[0]?.path); // 'invalid_input' ['phones', 0]
 * }
 * ```
 */
export class KefuError extends Error {
  // `declare`: assigned in the constructor, so no separate field initialisers are emitted.
  /** Machine-readable category of the failure. */
  declare readonly code: KefuErrorCode;
  /** Every problem found, with its path and value. */
  declare readonly issues: readonly KefuIssue[];

  /**
   * @param code - category of the failure
   * @param message - the headline; the issues are appended to it, one per line
   * @param issues - the problems found
   */
  constructor(code: KefuErrorCode, message: string, issues: readonly KefuIssue[] = []) {
    super(issues.length === 0 ? message : `${message}\n${issues.map(formatIssue).join('\n')}`);
    this.name = 'KefuError';
    this.code = code;
    this.issues = issues;
  }
}

/**
 * Render a value for an error message: strings quoted, long values cut, never throws.
 *
 * @example
 * ```ts
 * describeValue('25:00'); // '"25:00"'
 * describeValue(undefined); // 'undefined'
 * ```
 */
export function describeValue(value: unknown): string {
  let text: string;
  try {
    // JSON quotes strings and shows objects; String takes what JSON cannot write (undefined, NaN, a
    // function, a symbol). A bigint keeps its `n`; a Date says that it is one.
    text =
      typeof value === 'bigint'
        ? `${value}n`
        : value instanceof Date
          ? `Date(${Number.isNaN(value.getTime()) ? 'Invalid' : value.toISOString()})`
          : typeof value === 'number'
            ? String(value)
            : (JSON.stringify(value) ?? String(value));
  } catch {
    text = Object.prototype.toString.call(value);
  }
  return text.length > 80 ? `${text.slice(0, 77)}...` : text;
}

/**
 * Format a path the way a reader writes it: `phones[0]`, `address.room`, `(root)`.
 *
 * @example
 * ```ts
 * formatPath(['timeline', 2, 'at']); // 'timeline[2].at'
 * ```
 */
export function formatPath(path: readonly (string | number)[]): string {
  if (path.length === 0) return '(root)';
  let out = '';
  for (const key of path) out += typeof key === 'number' ? `[${key}]` : out === '' ? key : `.${key}`;
  return out;
}

function formatIssue(issue: KefuIssue): string {
  const where = issue.line === undefined ? '' : ` (line ${issue.line}${issue.column === undefined ? '' : `, column ${issue.column}`})`;
  const value = 'value' in issue ? ` (got ${describeValue(issue.value)})` : '';
  return `  ✖ ${formatPath(issue.path)}: ${issue.message}${value}${where}`;
}

/**
 * Build a `KefuError` about a single field.
 *
 * @example
 * ```ts
 * throw invalidField('invalid_calendar', 'timeZone', 'Mars/Olympus', 'is not an IANA time zone');
 * // KefuError: timeZone is not an IANA time zone
 * //   ✖ timeZone: is not an IANA time zone (got "Mars/Olympus")
 * ```
 */
export function invalidField(code: KefuErrorCode, path: string | readonly (string | number)[], value: unknown, message: string): KefuError {
  const p = typeof path === 'string' ? path.split('.') : path;
  return new KefuError(code, `${formatPath(p)} ${message}`, [{ path: p, message, value }]);
}
