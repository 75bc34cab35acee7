import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { createClassifier } from '../../src/classify/classifier.js';
import { CallKind } from '../../src/model/enums.js';

interface Item {
  readonly id: string;
  readonly kind: CallKind;
  readonly text: string;
}

const load = (name: string): Item[] => (JSON.parse(readFileSync(new URL(`../fixtures/intents/${name}.json`, import.meta.url), 'utf8')) as { items: Item[] }).items;
const tuning = load('tuning');
const heldout = load('heldout');

/** Floors stated before the held-out half was first evaluated. */
const FLOOR = { overallAccuracy: 0.8, emergencyRecall: 1 } as const;

function evaluate(items: readonly Item[]) {
  const classifier = createClassifier();
  const predictions = items.map((item) => ({ item, predicted: classifier.classify(item.text).kind }));
  const rows = CallKind.options
    .map((kind) => {
      const tp = predictions.filter((p) => p.item.kind === kind && p.predicted === kind).length;
      const labelled = predictions.filter((p) => p.item.kind === kind).length;
      const predicted = predictions.filter((p) => p.predicted === kind).length;
      return { kind, labelled, predicted, precision: predicted === 0 ? 1 : tp / predicted, recall: labelled === 0 ? 1 : tp / labelled };
    })
    .filter((r) => r.labelled > 0 || r.predicted > 0);
  const accuracy = predictions.filter((p) => p.predicted === p.item.kind).length / items.length;
  return { rows, accuracy, predictions };
}

const pct = (x: number): string => `${(x * 100).toFixed(1)}%`.padStart(7);

describe('intent classifier accuracy (rules: CALL-1, CALL-2)', () => {
  it('has at least 300 labelled utterances, split into tuning and held-back halves with no shared text', () => {
    expect(tuning.length + heldout.length).toBeGreaterThanOrEqual(300);
    const tuningTexts = new Set(tuning.map((i) => i.text));
    expect(heldout.filter((i) => tuningTexts.has(i.text))).toEqual([]);
    for (const item of [...tuning, ...heldout]) expect(CallKind.options).toContain(item.kind);
  });

  it('reports per-kind precision and recall on the held-back half; emergency recall is 100% (CALL-2)', () => {
    const { rows, accuracy, predictions } = evaluate(heldout);
    const table = [
      'kind          n   pred  precision  recall',
      ...rows.map((r) => `${r.kind.padEnd(12)} ${String(r.labelled).padStart(3)} ${String(r.predicted).padStart(5)}   ${pct(r.precision)} ${pct(r.recall)}`),
      `overall accuracy ${pct(accuracy)} on ${heldout.length} held-back utterances`,
    ].join('\n');
    console.log(`\nHeld-back intent accuracy\n${table}`);
    const emergency = rows.find((r) => r.kind === 'emergency');
    const missed = predictions.filter((p) => p.item.kind === 'emergency' && p.predicted !== 'emergency').map((p) => p.item.id);
    expect(missed).toEqual([]);
    expect(emergency?.recall).toBe(FLOOR.emergencyRecall);
    expect(accuracy).toBeGreaterThanOrEqual(FLOOR.overallAccuracy);
  });

  it('classifies the tuning half it was tuned on', () => {
    const { accuracy } = evaluate(tuning);
    expect(accuracy).toBeGreaterThanOrEqual(0.95);
  });
});
