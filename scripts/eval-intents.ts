/**
 * Intent-classifier accuracy on caller utterances written independently of kefu, split by writer.
 * Writers a, b, f and g are the tuning groups; c, d and e are held back (test/fixtures/intents/writers/README.md).
 *
 * Three classifiers, each with the organisation's preset lexicon:
 * - `lexicon`: the lexicon alone (no model);
 * - `model (a+b)`: with a model trained on the tuning writers only — the figure that counts, reported
 *   on the held-back writers, which neither the training nor any setting saw;
 * - `leave one writer out`: for each writer, a model trained on all the others (a second estimate).
 * The training settings and the emergency threshold were chosen by training on a and testing on b and
 * the reverse (`--choose` prints that table).
 *
 * Run: npx tsx scripts/eval-intents.ts [--json] [--choose]
 */
import { CALL_KINDS } from '../src/model/index.js';
import {
  add,
  ANSWERS,
  emptyMatrix,
  evaluate,
  HELD_BACK,
  loadWriter,
  SHIPPED_TRAINING,
  stats,
  trainOn,
  TUNING,
  WRITERS,
  type Matrix,
  type Utterance,
  type Writer,
} from './intent-writers.js';

const data = Object.fromEntries(WRITERS.map((w) => [w, loadWriter(w)])) as Record<Writer, Utterance[]>;

const pct = (x: number | null): string => (x === null ? '    —' : `${(100 * x).toFixed(1).padStart(5)}%`);

function print(name: string, m: Matrix): void {
  const s = stats(m);
  const e = s.perKind.find((k) => k.kind === 'emergency');
  console.log(
    `\n${name}: ${s.total} utterances, accuracy ${pct(s.accuracy)}, emergency recall ${pct(e?.recall ?? null)}, precision ${pct(e?.precision ?? null)}, unknown ${s.unknown}`,
  );
  console.log(`  ${'kind'.padEnd(13)}    n    prec  recall`);
  for (const k of s.perKind) console.log(`  ${k.kind.padEnd(13)} ${String(k.n).padStart(4)}  ${pct(k.precision)}  ${pct(k.recall)}`);
}

function printMatrix(m: Matrix): void {
  const short = (k: string): string => k.slice(0, 6).padStart(7);
  console.log(`\n  actual \\ predicted${ANSWERS.map(short).join('')}`);
  for (const a of CALL_KINDS) console.log(`  ${a.padEnd(18)}${ANSWERS.map((p) => String(m[a][p]).padStart(7)).join('')}`);
}

if (process.argv.includes('--choose')) {
  // Settings chosen on the tuning writers only: train on one, test on the other.
  const er = (s: ReturnType<typeof stats>) => s.perKind.find((k) => k.kind === 'emergency')?.recall ?? null;
  const ep = (s: ReturnType<typeof stats>) => s.perKind.find((k) => k.kind === 'emergency')?.precision ?? null;
  const row = (label: string, training: Partial<typeof SHIPPED_TRAINING>, threshold: number, floor: number): void => {
    const ab = stats(evaluate(data.b, trainOn(['a'], training), { emergencyThreshold: threshold, emergencyCueFloor: floor }));
    const ba = stats(evaluate(data.a, trainOn(['b'], training), { emergencyThreshold: threshold, emergencyCueFloor: floor }));
    console.log(`${label}: a→b ${pct(ab.accuracy)} (emergency recall ${pct(er(ab))}, precision ${pct(ep(ab))}), b→a ${pct(ba.accuracy)} (${pct(er(ba))}, ${pct(ep(ba))})`);
  };
  for (const order of [1, 2, 3])
    for (const smoothing of [0.1, 0.2, 0.5])
      for (const minCount of [1, 2]) row(`order ${order} smoothing ${smoothing} minCount ${minCount}`, { order, smoothing, minCount }, 0.1, 1e-4);
  // floor 1 all but turns the lexicon's emergency cues off; floor 0 lets every asserted cue through.
  for (const threshold of [0.05, 0.1, 0.2, 0.5])
    for (const floor of [1, 1e-3, 1e-4, 0]) row(`${JSON.stringify(SHIPPED_TRAINING)} threshold ${threshold} floor ${floor}`, SHIPPED_TRAINING, threshold, floor);
  process.exit(0);
}

const lexicon = Object.fromEntries(WRITERS.map((w) => [w, evaluate(data[w], undefined)])) as Record<Writer, Matrix>;
const tuned = trainOn(TUNING);
const withModel = Object.fromEntries(HELD_BACK.map((w) => [w, evaluate(data[w], tuned)])) as Record<Writer, Matrix>;
const lowo = Object.fromEntries(WRITERS.map((w) => [w, evaluate(data[w], trainOn(WRITERS.filter((o) => o !== w)))])) as Record<Writer, Matrix>;
const pool = (parts: Partial<Record<Writer, Matrix>>, writers: readonly Writer[]): Matrix => writers.reduce((m, w) => add(m, parts[w] ?? emptyMatrix()), emptyMatrix());

if (process.argv.includes('--json')) {
  const summary = (parts: Partial<Record<Writer, Matrix>>, writers: readonly Writer[]) => ({
    byWriter: Object.fromEntries(writers.map((w) => [w, stats(parts[w] ?? emptyMatrix())])),
    pooled: stats(pool(parts, writers)),
    confusion: pool(parts, writers),
  });
  console.log(JSON.stringify({ lexicon: summary(lexicon, HELD_BACK), modelTrainedOnTuning: summary(withModel, HELD_BACK), leaveOneWriterOut: summary(lowo, WRITERS) }, null, 2));
} else {
  console.log(`Intent classifier on independently written utterances (tuning writers: ${TUNING.join(', ')}; held back: ${HELD_BACK.join(', ')})`);
  console.log('\n=== lexicon alone ===');
  for (const w of HELD_BACK) print(`writer ${w}`, lexicon[w]);
  print(`held back, pooled`, pool(lexicon, HELD_BACK));
  console.log(`\n=== lexicon + model trained on writers ${TUNING.join(' + ')} ===`);
  for (const w of HELD_BACK) print(`writer ${w}`, withModel[w]);
  const pooled = pool(withModel, HELD_BACK);
  print('held back, pooled', pooled);
  printMatrix(pooled);
  console.log('\n=== leave one writer out (model trained on all the other writers) ===');
  for (const w of WRITERS) print(`writer ${w}`, lowo[w]);
  print('all writers, pooled', pool(lowo, WRITERS));
}
