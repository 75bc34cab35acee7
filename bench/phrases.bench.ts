/**
 * Phrase matching benchmark: kefu's matcher (normalisation included) against @monyone/aho-corasick,
 * a per-pattern indexOf loop and one RegExp alternation of escaped literals, on the same catalog and
 * the same text in one run: one 10 MB text, and 200,000 short turns. Then the growth of kefu's scan
 * from 100 KB to 1 MB of adversarial near-matches.
 *
 * Run: npx tsx bench/phrases.bench.ts
 */
import { AhoCorasick } from '@monyone/aho-corasick';
import { AhoCorasick as FastAhoCorasick } from '@monyone/aho-corasick/fast';
import { bench, formatNs, report, type BenchResult } from './harness.js';
import { compileMatcher } from '../src/text/matcher.js';
import { normalizeText } from '../src/text/normalize.js';
import { PHRASE_CATALOG } from '../src/phrases/catalog/entries.js';
import { ALL_SCRIPTS } from '../src/presets/scripts.js';

// ── The catalog: every entry text and variant, normalised so all four matchers look for the same strings.
const keywords = [...new Set(PHRASE_CATALOG.flatMap((e) => [e.text, ...(e.variants ?? [])]).map((t) => normalizeText(t).text))];
const patterns = keywords.map((text, i) => ({ id: `k${i}`, text }));
const kefu = compileMatcher(patterns);
const monyone = new AhoCorasick(keywords);
const monyoneFast = new FastAhoCorasick(keywords);
const escaped = [...keywords].sort((a, b) => b.length - a.length).map((k) => k.replace(/[.*+?^${}()|[\]\\]/g, '\\$&'));
const alternation = new RegExp(escaped.join('|'), 'gu');

// ── Deterministic text: catalog phrases and script lines mixed with ordinary words, no punctuation
// inside the phrases (so the peers, which do not normalise, find the same occurrences).
function lcg(seed: number): () => number {
  let state = seed >>> 0;
  return () => {
    state = (Math.imul(state, 1664525) + 1013904223) >>> 0;
    return state / 2 ** 32;
  };
}
const filler = ['您的燃气表', '已经登记', '维修人员', '明天上午', '小区', '号楼', '单元', '缴费', '工单', '地址', '电话号码', '好的', '稍后', '师傅'];
const scriptLines = ALL_SCRIPTS.map((s) => normalizeText(s.template.replace(/\{[A-Za-z]+\}/g, '张')).text);
function turn(random: () => number): string {
  let text = '';
  const parts = 2 + Math.floor(random() * 4);
  for (let p = 0; p < parts; p++) {
    const r = random();
    const pool = r < 0.25 ? keywords : r < 0.35 ? scriptLines : filler;
    text += pool[Math.floor(random() * pool.length)];
    text += random() < 0.5 ? '，' : '';
  }
  return `${text}。`;
}
const random = lcg(42);
const turns: string[] = [];
for (let i = 0; i < 200_000; i++) turns.push(turn(random));
let big = '';
{
  const chunks: string[] = [];
  let length = 0;
  const r = lcg(7);
  while (length < 5_000_000) {
    const t = turn(r);
    chunks.push(t);
    length += t.length;
  }
  big = chunks.join(''); // ~5M UTF-16 code units of CJK = 10 MB
}

// ── The four contenders, each returning its match count.
const countKefu = (text: string): number => kefu.scan(text).length;
const countKefuVisit = (text: string): number => {
  let n = 0;
  kefu.forEachMatch(text, () => {
    n++;
  });
  return n;
};
const countMonyone = (text: string): number => monyone.matchInText(text).length;
const countMonyoneFast = (text: string): number => monyoneFast.matchInText(text).length;
const countIndexOf = (text: string): number => {
  let n = 0;
  for (const k of keywords) for (let at = text.indexOf(k); at !== -1; at = text.indexOf(k, at + 1)) n++;
  return n;
};
const countRegExp = (text: string): number => {
  let n = 0;
  alternation.lastIndex = 0;
  while (alternation.exec(text) !== null) n++;
  return n;
};

const contenders: [string, (text: string) => number][] = [
  ['kefu scan (array of matches)', countKefu],
  ['kefu forEachMatch (no array)', countKefuVisit],
  ['@monyone/aho-corasick', countMonyone],
  ['@monyone/aho-corasick/fast', countMonyoneFast],
  ['indexOf per pattern', countIndexOf],
  ['RegExp alternation', countRegExp],
];

console.log(`catalog: ${keywords.length} phrases, automaton: ${kefu.representation}`);
console.log(
  `10 MB text: ${big.length.toLocaleString('en')} code units (${(Buffer.byteLength(big, 'utf8') / 1e6).toFixed(1)} MB UTF-8, ${((big.length * 2) / 1e6).toFixed(1)} MB UTF-16)`,
);
for (const [name, count] of contenders) console.log(`  matches found by ${name}: ${count(big).toLocaleString('en')}`);

const bigResults: BenchResult[] = contenders.map(([name, count]) => bench(name, () => count(big), { samples: 9, warmupMs: 300, sampleMs: 200 }));
report('One 10 MB text (median per scan; ratio = times slower than kefu)', bigResults, contenders[0]![0]);

const turnResults: BenchResult[] = contenders.map(([name, count]) =>
  bench(
    name,
    () => {
      let n = 0;
      for (const t of turns) n += count(t);
      return n;
    },
    { samples: 7, warmupMs: 300, sampleMs: 200 },
  ),
);
report('200,000 short turns (median per pass over all turns)', turnResults, contenders[0]![0]);

const kefuBig = bigResults[0]!.medianNs;
const kefuTurns = turnResults[0]!.medianNs;
console.log('\nSpeed-up of kefu scan (peer median / kefu scan median; the peers also return arrays):');
for (let i = 2; i < contenders.length; i++) {
  console.log(
    `  vs ${contenders[i]![0].padEnd(28)} 10 MB: ×${(bigResults[i]!.medianNs / kefuBig).toFixed(2).padStart(6)}   200k turns: ×${(turnResults[i]!.medianNs / kefuTurns).toFixed(2).padStart(6)}`,
  );
}
console.log(
  `  kefu forEachMatch vs RegExp alternation (neither keeps its matches): 10 MB ×${(bigResults[5]!.medianNs / bigResults[1]!.medianNs).toFixed(2)}, 200k turns ×${(turnResults[5]!.medianNs / turnResults[1]!.medianNs).toFixed(2)}`,
);
console.log(`  kefu throughput on the 10 MB text: ${((big.length * 2) / 1e6 / (kefuBig / 1e9)).toFixed(0)} MB/s (UTF-16)`);

// ── Linear growth on adversarial near-matches.
const adversarial = compileMatcher([{ id: 'long', text: `${'不'.repeat(64)}知道` }, { id: 'short', text: '不不知' }, ...patterns]);
const sparse = compileMatcher(adversarial.patterns, { representation: 'sparse' });
console.log('\nAdversarial near-matches (不 repeated), 100 KB → 1 MB:');
for (const [label, m] of [
  ['dense', adversarial],
  ['sparse', sparse],
] as const) {
  const small = '不'.repeat(50_000);
  const large = '不'.repeat(500_000);
  const ts = bench(`${label} 100 KB`, () => m.scan(small), { samples: 9 }).medianNs;
  const tl = bench(`${label} 1 MB`, () => m.scan(large), { samples: 9 }).medianNs;
  const ss = m.countSteps(small);
  const sl = m.countSteps(large);
  console.log(
    `  ${label.padEnd(6)} time ${formatNs(ts)} → ${formatNs(tl)} (×${(tl / ts).toFixed(1)}), steps ${ss.toLocaleString('en')} → ${sl.toLocaleString('en')} (×${(sl / ss).toFixed(1)})`,
  );
}
