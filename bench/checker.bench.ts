/**
 * Checker benchmark: a full `check` (input validation, every rule of the gas-hotline preset on, two host
 * categories, scoring, excerpts) of 1,000-character, 40-turn transcripts, against peers that only look
 * for the same phrases — @monyone/aho-corasick over every turn, and a per-phrase `indexOf` loop — so the
 * ratio shows what the rules, validation and reporting cost on top of bare phrase scanning. Also the same
 * check with zod validation of every transcript instead of the checker's fast path.
 *
 * Target: ≥ 20,000 full checks per second on one core.
 *
 * Run: npx tsx bench/checker.bench.ts
 */
import { AhoCorasick } from '@monyone/aho-corasick';
import { bench, formatNs, report } from './harness.js';
import { Transcript } from '../src/model/transcript.js';
import { PHRASE_CATALOG } from '../src/phrases/catalog/entries.js';
import { createChecker } from '../src/phrases/checker.js';
import { normalizeText } from '../src/text/normalize.js';
import { gasHotlineLint } from '../src/presets/gas-hotline/lint.js';

const checker = createChecker({
  preset: gasHotlineLint,
  categories: [
    { id: 'safety-advice', mode: 'must-include', criteria: [{ phrases: ['关闭阀门', '开窗通风'], speaker: 'agent' }], callKinds: ['emergency'] },
    { id: 'no-compensation', mode: 'must-not-include', criteria: [{ phrases: ['保证赔偿', '一定赔'], speaker: 'agent', window: { after: 'safety-advice' } }] },
  ],
});
console.log(`rules on: ${checker.rules.length} (${checker.rules.map((r) => r.id).join(', ')})`);

function lcg(seed: number): () => number {
  let state = seed >>> 0;
  return () => {
    state = (Math.imul(state, 1664525) + 1013904223) >>> 0;
    return state / 2 ** 32;
  };
}

// Lines of a well-run repair call, and lines that break a rule.
const AGENT = [
  '王先生您好，您是阳光小区3号楼2单元201室王明先生吗？',
  '我帮您查询一下燃气表的记录，请您稍等好吗？',
  '对不起，让您久等了，系统显示燃气表电池电量不足。',
  '您把表盖打开，换上两节五号电池就可以了。',
  '如果还有问题，我们安排维修人员上门检查。',
  '好的，维修人员明天上午会和您电话联系。',
];
const VIOLATIONS = ['这个我不知道，你找我没用，要解决就去找领导。', '嗯，我晕，你家的表又坏了，真是的。', '等我了解清楚再回复您。'];
const CUSTOMER = ['你好，我家燃气表不走了，气也打不着火。', '免贵姓王。', '对，是我，电话13800138000。', '好的，我试试。', '没有了，谢谢。', '那要多久才能修好？'];

/**
 * 40 turns of exactly 25 characters (1,000 in all): the greeting, then agent and customer lines, the
 * anything-else question and the closing; `violations` agent turns say something a rule forbids.
 */
function transcript(seed: number, violations: number): Transcript {
  const random = lcg(seed);
  const turns: { speaker: 'agent' | 'customer'; text: string; start: number; end: number }[] = [];
  let at = 0;
  const pad = (text: string, pool: readonly string[]): string => {
    let out = text;
    while (out.length < 25) out += pool[Math.floor(random() * pool.length)] as string;
    return out.slice(0, 25);
  };
  for (let i = 0; i < 40; i++) {
    const agent = i % 2 === 0;
    let text: string;
    if (i === 0) text = pad('您好，燃气公司012号客服员为您服务。请问您贵姓？', AGENT);
    else if (i === 36) text = pad('王先生，您还有其他问题吗？', AGENT);
    else if (i === 38) text = '感谢您的来电，如果有问题，请您与我们联系，再见！'.padEnd(25, '。');
    else if (agent && i <= violations * 4 && i % 4 === 2) text = pad(VIOLATIONS[((i / 4) % VIOLATIONS.length) | 0] as string, AGENT);
    else text = pad((agent ? AGENT : CUSTOMER)[Math.floor(random() * (agent ? AGENT : CUSTOMER).length)] as string, agent ? AGENT : CUSTOMER);
    const ms = Math.round((text.length * 60_000) / 130);
    turns.push({ speaker: agent ? 'agent' : 'customer', text, start: at, end: at + ms });
    at += ms + 300;
  }
  return { id: `bench-${seed}`, turns };
}
const corpus = Array.from({ length: 64 }, (_, i) => transcript(i + 1, i % 4 === 0 ? 1 : 0));
const heavy = Array.from({ length: 64 }, (_, i) => transcript(i + 1, 9));
const chars = corpus[0]?.turns.reduce((n, t) => n + t.text.length, 0);
const findings = (list: readonly Transcript[]): string => (list.reduce((n, t) => n + checker.check(t, { callKind: 'repair' }).diagnostics.length, 0) / list.length).toFixed(1);
console.log(`transcripts: ${corpus.length} × 40 turns × ${chars} characters; findings per call: ${findings(corpus)} (realistic), ${findings(heavy)} (violation-heavy)`);

// Peers: the same catalog phrases, found without any rule logic.
const keywords = [...new Set(PHRASE_CATALOG.flatMap((e) => [e.text, ...(e.variants ?? [])]).map((t) => normalizeText(t).text))];
const monyone = new AhoCorasick(keywords);

let cursor = 0;
const next = (): Transcript => corpus[cursor++ & 63] as Transcript;
const nextHeavy = (): Transcript => heavy[cursor++ & 63] as Transcript;
const results = [
  bench('kefu check (all rules)', () => checker.check(next(), { callKind: 'repair' })),
  bench('kefu check, violation-heavy calls', () => checker.check(nextHeavy(), { callKind: 'repair' })),
  bench('kefu check + zod parse', () => checker.check(Transcript.parse(next()), { callKind: 'repair' })),
  bench('@monyone/aho-corasick scan only', () => {
    let n = 0;
    for (const t of next().turns) n += monyone.matchInText(t.text).length;
    return n;
  }),
  bench('indexOf per phrase, scan only', () => {
    let n = 0;
    for (const t of next().turns) for (const k of keywords) if (t.text.indexOf(k) >= 0) n++;
    return n;
  }),
];
report('Full check of a 1,000-character, 40-turn transcript (median per call)', results, 'kefu check (all rules)');
const perSecond = 1e9 / (results[0]?.medianNs ?? Infinity);
console.log(`\nkefu: ${Math.round(perSecond).toLocaleString('en-US')} checks per second on one core (${formatNs(results[0]?.medianNs ?? 0)} each); target ≥ 20,000`);
