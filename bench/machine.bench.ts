/**
 * Call machine throughput: kefu's table-driven `transition` (event validation, time check, cell decision
 * with ts-pattern, effects as data) against a hand-written `switch` reducer over the same standard call
 * with no validation and no effects — the least a host could write. Reports transitions per second.
 *
 * Run: npx tsx bench/machine.bench.ts
 */
import { bench, formatNs, report } from './harness.js';
import { createCallMachine, type CallEvent, type CallState } from '../src/classify/call-machine.js';

const base = Date.parse('2026-09-30T16:00:00+08:00');
const at = (s: number): string => new Date(base + s * 1000).toISOString();
const call: CallEvent[] = [
  { type: 'ring', at: at(0), callId: 'c-1' },
  { type: 'ring', at: at(2) },
  { type: 'answer', at: at(4) },
  { type: 'greet', at: at(5) },
  { type: 'identify', at: at(10), surname: '王' },
  { type: 'verify', at: at(20) },
  { type: 'classify', at: at(30), kind: 'repair' },
  { type: 'collect', at: at(31), field: 'name' },
  { type: 'collect', at: at(32), field: 'address' },
  { type: 'collect', at: at(33), field: 'phone' },
  { type: 'collect', at: at(34), field: 'content' },
  { type: 'dispatch', at: at(60) },
  { type: 'ask-anything-else', at: at(70) },
  { type: 'close', at: at(75) },
  { type: 'hang-up', at: at(78), by: 'customer' },
];
const machine = createCallMachine({ policies: { repair: 'gas-hotline/repair' } });

const kefu = (): CallState => {
  let state = machine.initial();
  for (const event of call) {
    const result = machine.transition(state, event);
    if (result.ok) state = result.state;
  }
  return state;
};

type Plain = { name: string; rings: number; collected: number };
/** The peer: a plain switch over the same steps, no validation, no time check, no effects. */
const switchReducer = (): Plain => {
  let s: Plain = { name: 'idle', rings: 0, collected: 0 };
  for (const e of call) {
    switch (e.type) {
      case 'ring':
        s = { ...s, name: 'ringing', rings: s.rings + 1 };
        break;
      case 'answer':
        s = { ...s, name: 'answered' };
        break;
      case 'greet':
        s = { ...s, name: 'greeted' };
        break;
      case 'identify':
        s = { ...s, name: 'identified' };
        break;
      case 'verify':
        s = { ...s, name: 'verified' };
        break;
      case 'classify':
        s = { ...s, name: `${e.kind}.collecting` };
        break;
      case 'collect':
        s = { ...s, collected: s.collected + 1 };
        break;
      case 'dispatch':
        s = { ...s, name: 'repair.dispatched' };
        break;
      case 'ask-anything-else':
        s = { ...s, name: 'wrap-up' };
        break;
      case 'close':
        s = { ...s, name: 'closing' };
        break;
      case 'hang-up':
        s = { ...s, name: 'ended' };
        break;
      case 'book':
      case 'defer':
      case 'forward':
      case 'hand-over':
      case 'hold':
      case 'resume':
      case 'self-serve':
      case 'transfer':
        break;
    }
  }
  return s;
};

if (kefu().name !== 'ended' || switchReducer().name !== 'ended') throw new Error('bench call did not end');
const rows = [bench('kefu transition', kefu, { samples: 21 }), bench('switch reducer (peer)', switchReducer, { samples: 21 })];
report(`Standard repair call, ${call.length} events per run (median of 21 samples)`, rows, 'switch reducer (peer)');
for (const r of rows)
  console.log(`  ${r.name}: ${formatNs(r.medianNs / call.length)} per transition, ${Math.round((1e9 / r.medianNs) * call.length).toLocaleString('en-US')} transitions/s`);
