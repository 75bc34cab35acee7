/**
 * Intent classification throughput: kefu's classifier (normalisation, one automaton over the whole
 * lexicon, nesting and negation analysis, scoring), alone and with the shipped intent model, against two peers that only find the cues —
 * @monyone/aho-corasick over the same normalised cue texts, and a per-cue `includes` loop — on the
 * labelled utterances, all in one run.
 *
 * Run: npx tsx bench/classify.bench.ts
 */
import { readFileSync } from 'node:fs';
import { AhoCorasick } from '@monyone/aho-corasick';
import { bench, report } from './harness.js';
import { createClassifier } from '../src/classify/classifier.js';
import { loadIntentModel } from '../src/classify/intent-model.js';
import { DEFAULT_LEXICON } from '../src/classify/lexicon.js';
import { SHIPPED_INTENT_MODEL } from '../src/classify/model.js';
import { normalizeText } from '../src/text/normalize.js';

const load = (name: string): string[] =>
  (JSON.parse(readFileSync(new URL(`../test/fixtures/intents/${name}.json`, import.meta.url), 'utf8')) as { items: { text: string }[] }).items.map((i) => i.text);
const texts = [...load('tuning'), ...load('heldout')];
const cues = [
  ...new Set(
    Object.values(DEFAULT_LEXICON.cues)
      .flat()
      .map((c) => normalizeText(typeof c === 'string' ? c : c.text).text),
  ),
];

const classifier = createClassifier();
const withModel = createClassifier(undefined, { model: loadIntentModel(SHIPPED_INTENT_MODEL) });
const monyone = new AhoCorasick(cues);

const rows = [
  bench('kefu classify', () => {
    let n = 0;
    for (const t of texts) n += classifier.classify(t).evidence.length;
    return n;
  }),
  bench('kefu classify + shipped model', () => {
    let n = 0;
    for (const t of texts) n += withModel.classify(t).evidence.length;
    return n;
  }),
  bench('monyone aho-corasick, cues only (peer)', () => {
    let n = 0;
    for (const t of texts) n += monyone.matchInText(normalizeText(t).text).length;
    return n;
  }),
  bench('includes loop, cues only (peer)', () => {
    let n = 0;
    for (const t of texts) {
      const s = normalizeText(t).text;
      for (const c of cues) if (s.includes(c)) n++;
    }
    return n;
  }),
  bench('kefu createClassifier (compile)', () => createClassifier(), { samples: 9 }),
  bench('kefu loadIntentModel (shipped model)', () => loadIntentModel(SHIPPED_INTENT_MODEL), { samples: 9 }),
];
report(`${texts.length} utterances per run (median of 15 samples); ratios vs the aho-corasick peer`, rows, 'monyone aho-corasick, cues only (peer)');
const perText = (rows[0]?.medianNs ?? 0) / texts.length;
console.log(`  kefu: ${(perText / 1000).toFixed(2)} µs per utterance, ${Math.round(1e9 / perText).toLocaleString('en-US')} utterances/s`);
const perTextModel = (rows[1]?.medianNs ?? 0) / texts.length;
console.log(`  kefu + model: ${(perTextModel / 1000).toFixed(2)} µs per utterance, ${Math.round(1e9 / perTextModel).toLocaleString('en-US')} utterances/s`);

// Linear growth: 100 KB and 1 MB of text that is all matches — the shapes that were quadratic before
// (questions everywhere, negated cues, cues nested in neutral phrases) — and of ordinary calls.
const sized = (unit: string, length: number): string => unit.repeat(Math.ceil(length / unit.length)).slice(0, length);
const shapes: [string, string][] = [
  ['ordinary utterances', texts.join('。')],
  ['请问 everywhere', '请问'],
  ['negated cues (不漏气)', '不漏气'],
  ['emergency cues (煤气味)', '我闻到煤气味'],
  ['questions about danger', '请问如果漏气怎么办'],
];
console.log('\nGrowth, classifier with the shipped model (median of 3 runs; steps from countSteps)');
for (const [label, unit] of shapes) {
  const [small, large] = [100_000, 1_000_000].map((n) => sized(unit, n));
  const time = (text: string): number => {
    const runs = [0, 1, 2].map(() => {
      const start = performance.now();
      withModel.classify(text);
      return performance.now() - start;
    });
    return runs.sort((a, b) => a - b)[1] ?? 0;
  };
  const [t1, t2] = [time(small ?? ''), time(large ?? '')];
  const [s1, s2] = [withModel.countSteps(small ?? ''), withModel.countSteps(large ?? '')];
  console.log(`  ${label.padEnd(26)} 100 KB ${t1.toFixed(1).padStart(7)} ms → 1 MB ${t2.toFixed(1).padStart(7)} ms (×${(t2 / t1).toFixed(1)}); steps ×${(s2 / s1).toFixed(2)}`);
}
