// A short tour of kefu's main jobs. Run it with `npm run demo`.
import { KefuError, parseCall, parseCustomer, parseTask } from '../src/index.js';

function section(title: string): void {
  console.log(`\n── ${title} ${'─'.repeat(Math.max(0, 60 - title.length))}`);
}

section('1. Models: validate a customer, a call and a task');
const customer = parseCustomer({
  id: 'c-001',
  name: '王明',
  surname: '王',
  honorific: '先生',
  phones: ['13800138000'],
  address: { community: '幸福小区', building: '3', unit: '2', room: '401' },
  occupation: '工程师',
});
console.log('customer', customer);

const call = parseCall({
  id: 'call-001',
  direction: 'inbound',
  kind: 'repair',
  offeredAt: '2026-09-30T16:00:00+08:00',
  answeredAt: '2026-09-30T16:00:08+08:00',
  endedAt: '2026-09-30T16:02:30+08:00',
  rings: 2,
  hungUpBy: 'customer',
  agent: { id: 'a-12', agentNo: '012', name: '李静' },
  customer,
});
console.log('call', { id: call.id, kind: call.kind, rings: call.rings, hungUpBy: call.hungUpBy });

const task = parseTask({
  id: 'T-001',
  kind: 'repair',
  createdAt: '2026-09-30T16:00:00+08:00',
  policyId: 'gas-hotline/repair',
  links: { callId: call.id, customerId: customer.id },
  timeline: [
    { type: 'created', at: '2026-09-30T16:00:00+08:00' },
    { type: 'dispatched', at: '2026-09-30T16:05:00+08:00' },
  ],
});
console.log('task', task);

try {
  parseCustomer({ id: 'c-002', phones: ['123'], honorific: '老师' });
} catch (error) {
  if (error instanceof KefuError) console.log(`\nbad input is named, field by field:\n${error.message}`);
}
