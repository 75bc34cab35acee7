/**
 * A tiny benchmark harness: warm up, take N timed samples of a batch of calls, report the median time per
 * call and ratios against a named peer. Plain tsx scripts import it:
 *
 * ```ts
 * import { bench, report } from './harness.js';
 * const rows = [bench('kefu', () => work()), bench('peer', () => peerWork())];
 * report('my comparison', rows, 'kefu');
 * ```
 */
import { performance } from 'node:perf_hooks';

export interface BenchOptions {
  /** Timed samples taken after warm-up (default 15). */
  readonly samples?: number;
  /** Wall time to spend warming up, in ms (default 200). */
  readonly warmupMs?: number;
  /** Target duration of one sample, in ms; the batch size is calibrated to it (default 50). */
  readonly sampleMs?: number;
}

export interface BenchResult {
  readonly name: string;
  /** Median time per call, in nanoseconds. */
  readonly medianNs: number;
  /** Calls per sample after calibration. */
  readonly batch: number;
  /** Every sample's time per call, in nanoseconds. */
  readonly samplesNs: readonly number[];
}

/** Results land here so the engine cannot drop the calls as dead code. */
let sink: unknown;

/** The median of a list of numbers. */
export function median(values: readonly number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  const mid = sorted.length >> 1;
  return sorted.length % 2 === 1 ? sorted[mid]! : (sorted[mid - 1]! + sorted[mid]!) / 2;
}

/** Time `fn`: warm up, calibrate a batch size, then take `samples` timed batches. */
export function bench(name: string, fn: () => unknown, options: BenchOptions = {}): BenchResult {
  const { samples = 15, warmupMs = 200, sampleMs = 50 } = options;
  let batch = 1;
  const warmupEnd = performance.now() + warmupMs;
  while (performance.now() < warmupEnd) {
    const t0 = performance.now();
    for (let i = 0; i < batch; i++) sink = fn();
    const elapsed = performance.now() - t0;
    if (elapsed < sampleMs / 4) batch *= 2;
  }
  const samplesNs: number[] = [];
  for (let s = 0; s < samples; s++) {
    const t0 = performance.now();
    for (let i = 0; i < batch; i++) sink = fn();
    samplesNs.push(((performance.now() - t0) * 1e6) / batch);
  }
  return { name, medianNs: median(samplesNs), batch, samplesNs };
}

/** Human-readable duration of a nanosecond figure. */
export function formatNs(ns: number): string {
  if (ns >= 1e6) return `${(ns / 1e6).toFixed(2)} ms`;
  if (ns >= 1e3) return `${(ns / 1e3).toFixed(2)} µs`;
  return `${ns.toFixed(0)} ns`;
}

/** Print a table of medians with each row's ratio to `baseline` (how many times slower than it). */
export function report(title: string, results: readonly BenchResult[], baseline: string): void {
  const base = results.find((r) => r.name === baseline);
  if (!base) throw new Error(`no result named ${baseline}`);
  console.log(`\n${title}`);
  const width = Math.max(...results.map((r) => r.name.length));
  for (const r of results) {
    const ratio = r.medianNs / base.medianNs;
    console.log(`  ${r.name.padEnd(width)}  median ${formatNs(r.medianNs).padStart(10)}  ×${ratio.toFixed(1).padStart(7)} vs ${baseline}`);
  }
  if (sink === Symbol.for('never')) console.log('');
}
