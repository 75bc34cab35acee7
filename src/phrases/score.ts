import type { Diagnostic } from './types.js';

/**
 * How findings lower the 0–100 quality score. Each finding costs the points of its severity; one rule's
 * findings together cost at most that severity's cap, so a single noisy rule (ten 你 in one call) cannot
 * wipe out the score on its own; the score never drops below 0.
 *
 * @example
 * ```ts
 * const weights: ScoreWeights = { error: 10, warn: 3, errorCap: 30, warnCap: 9 };
 * ```
 */
export interface ScoreWeights {
  /** Points one `error` finding costs. Default 10. */
  readonly error: number;
  /** Points one `warn` finding costs. Default 3. */
  readonly warn: number;
  /** Most points the `error` findings of one rule can cost together. Default 30. */
  readonly errorCap: number;
  /** Most points the `warn` findings of one rule can cost together. Default 9. */
  readonly warnCap: number;
}

/**
 * The default weighting: an error costs 10 points (at most 30 per rule), a warning 3 (at most 9 per rule).
 *
 * @example
 * ```ts
 * import { DEFAULT_SCORE_WEIGHTS } from 'kefu/phrases';
 * DEFAULT_SCORE_WEIGHTS.error; // 10
 * ```
 */
export const DEFAULT_SCORE_WEIGHTS: ScoreWeights = Object.freeze({ error: 10, warn: 3, errorCap: 30, warnCap: 9 });

/**
 * Score a call's findings: `100 − Σ over rules of min(cap, count × weight)`, per severity, floored at 0 and
 * rounded to an integer. A call without findings scores 100.
 *
 * @param diagnostics - the findings of one check
 * @param weights - the weighting, {@link DEFAULT_SCORE_WEIGHTS} unless given
 * @returns the score, an integer from 0 to 100
 * @example
 * ```ts
 * import { scoreDiagnostics } from 'kefu/phrases';
 * const finding = { ruleId: 'forbidden-phrase', severity: 'error', domainRules: [], message: { zh: '', en: '' }, suggestions: [] } as const;
 * scoreDiagnostics([finding, finding]); // 80
 * scoreDiagnostics([]); // 100
 * ```
 */
export function scoreDiagnostics(diagnostics: readonly Diagnostic[], weights: ScoreWeights = DEFAULT_SCORE_WEIGHTS): number {
  if (diagnostics.length === 0) return 100;
  // Keyed by rule and severity: a rule whose severity differs between findings is capped per severity.
  const spent = new Map<string, number>();
  let penalty = 0;
  for (const d of diagnostics) {
    const isError = d.severity === 'error';
    const cost = isError ? weights.error : weights.warn;
    const cap = isError ? weights.errorCap : weights.warnCap;
    const key = `${d.severity}\u0000${d.ruleId}`;
    const before = spent.get(key) ?? 0;
    const after = Math.min(cap, before + cost);
    spent.set(key, after);
    penalty += after - before;
  }
  return Math.max(0, Math.round(100 - penalty));
}
