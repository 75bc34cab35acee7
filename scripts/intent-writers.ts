/**
 * The independently written caller utterances of test/fixtures/intents/writers, read for training and
 * evaluation. Writers a and b are the tuning groups; c, d and e are held back.
 */
import { readFileSync } from 'node:fs';
import { CALL_KINDS, type CallKind } from '../src/model/index.js';
import { PRESET_IDS, type PresetId } from '../src/presets/index.js';

export interface Utterance {
  readonly id: string;
  readonly org: PresetId;
  readonly kind: CallKind;
  readonly text: string;
}

export const WRITERS = ['a', 'b', 'c', 'd', 'e'] as const;
export type Writer = (typeof WRITERS)[number];
export const TUNING: readonly Writer[] = ['a', 'b'];
export const HELD_BACK: readonly Writer[] = WRITERS.filter((w) => !TUNING.includes(w));

/** The training settings of the shipped model, chosen by training on one tuning writer and testing on the other. */
export const SHIPPED_TRAINING: { readonly order: number; readonly smoothing: number; readonly minCount: number } = { order: 2, smoothing: 0.1, minCount: 1 };

function isUtterance(value: unknown): value is Utterance {
  if (typeof value !== 'object' || value === null) return false;
  const { id, org, kind, text } = value as Record<string, unknown>;
  return typeof id === 'string' && typeof text === 'string' && PRESET_IDS.some((p) => p === org) && CALL_KINDS.some((k) => k === kind);
}

export function loadWriter(writer: Writer): Utterance[] {
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
