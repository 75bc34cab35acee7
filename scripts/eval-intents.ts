/**
 * Intent-classifier accuracy on caller utterances written independently of kefu, split by writer.
 * Writers a and b are the tuning groups; c, d and e are held back (see
 * test/fixtures/intents/writers/README.md). Prints, per group and pooled over the held-back groups:
 * accuracy, emergency recall and precision, per-kind precision and recall, and the confusion matrix.
 *
 * Run: npx tsx scripts/eval-intents.ts [--json]
 */
import { readFileSync } from 'node:fs';
import { classifyIntent } from '../src/classify/index.js';
import { CALL_KINDS, type CallKind } from '../src/model/index.js';
import { getPreset, PRESET_IDS, type PresetId } from '../src/presets/index.js';

interface Utterance {
  readonly id: string;
  readonly org: PresetId;
  readonly kind: CallKind;
  readonly text: string;
}

const WRITERS = ['a', 'b', 'c', 'd', 'e'] as const;
const TUNING: readonly string[] = ['a', 'b'];

function isUtterance(value: unknown): value is Utterance {
  if (typeof value !== 'object' || value === null) return false;
  const { id, org, kind, text } = value as Record<string, unknown>;
  return typeof id === 'string' && typeof text === 'string' && PRESET_IDS.some((p) => p === org) && CALL_KINDS.some((k) => k === kind);
}

function load(writer: string): Utterance[] {
  const url = new URL(`../test/fixtures/intents/writers/writer-${writer}.jsonl`, import.meta.url);
  return readFileSync(url, 'utf8')
    .split('\n')
    .filter((line) => line.trim() !== '')
    .map((line, i) => {
      const value: unknown = JSON.parse(line);
      if (!isUtterance(value)) throw new Error(`writer-${writer}.jsonl line ${i + 1} is not { id, org, kind, text } with a known org and kind`);
      return value;
    });
}

type Matrix = Record<CallKind, Record<CallKind, number>>;

const emptyMatrix = (): Matrix => Object.fromEntries(CALL_KINDS.map((k) => [k, Object.fromEntries(CALL_KINDS.map((p) => [p, 0]))])) as Matrix;

function evaluate(items: readonly Utterance[]): Matrix {
  const matrix = emptyMatrix();
  for (const u of items) {
    const predicted = classifyIntent(u.text, { preset: getPreset(u.org).classify }).kind;
    matrix[u.kind][predicted]++;
  }
  return matrix;
}

function stats(m: Matrix) {
  let total = 0;
  let right = 0;
  const perKind = CALL_KINDS.map((k) => {
    const tp = m[k][k];
    const actual = CALL_KINDS.reduce((n, p) => n + m[k][p], 0);
    const predicted = CALL_KINDS.reduce((n, a) => n + m[a][k], 0);
    total += actual;
    right += tp;
    return { kind: k, n: actual, precision: predicted === 0 ? null : tp / predicted, recall: actual === 0 ? null : tp / actual };
  });
  return { total, accuracy: total === 0 ? null : right / total, perKind };
}

const pct = (x: number | null): string => (x === null ? '   —' : `${(100 * x).toFixed(0).padStart(3)}%`);

function print(name: string, m: Matrix): void {
  const s = stats(m);
  const e = s.perKind.find((k) => k.kind === 'emergency');
  console.log(`\n${name}: ${s.total} utterances, accuracy ${pct(s.accuracy)}, emergency recall ${pct(e?.recall ?? null)}, precision ${pct(e?.precision ?? null)}`);
  console.log(`  ${'kind'.padEnd(13)}    n  prec  recall`);
  for (const k of s.perKind) console.log(`  ${k.kind.padEnd(13)} ${String(k.n).padStart(4)}  ${pct(k.precision)}  ${pct(k.recall)}`);
}

function printMatrix(m: Matrix): void {
  const short = (k: string): string => k.slice(0, 6).padStart(7);
  console.log(`\n  actual \\ predicted${CALL_KINDS.map(short).join('')}`);
  for (const a of CALL_KINDS) console.log(`  ${a.padEnd(18)}${CALL_KINDS.map((p) => String(m[a][p]).padStart(7)).join('')}`);
}

const byWriter = Object.fromEntries(WRITERS.map((w) => [w, evaluate(load(w))])) as Record<(typeof WRITERS)[number], Matrix>;
const pooled = emptyMatrix();
for (const w of WRITERS) if (!TUNING.includes(w)) for (const a of CALL_KINDS) for (const p of CALL_KINDS) pooled[a][p] += byWriter[w][a][p];

if (process.argv.includes('--json')) {
  console.log(JSON.stringify({ byWriter: Object.fromEntries(WRITERS.map((w) => [w, stats(byWriter[w])])), heldBackPooled: stats(pooled), confusion: pooled }, null, 2));
} else {
  console.log('Intent classifier on independently written utterances (tuning groups: a, b; held back: c, d, e)');
  for (const w of WRITERS) print(`writer ${w}${TUNING.includes(w) ? ' (tuning)' : ' (held back)'}`, byWriter[w]);
  print('held back, pooled (c + d + e)', pooled);
  printMatrix(pooled);
}
