/**
 * `inferCustomerType` on customer records written independently of kefu, per writer and pooled, with
 * the confusion matrix (rows: the writer's label; columns: kefu's). Writer a tunes; writer b is held back.
 *
 * Run: npm run eval:customer-types [-- --misses]
 */
import { CUSTOMER_TYPES } from '../src/model/index.js';
import { CUSTOMER_TUNING, CUSTOMER_WRITERS, evaluateCustomerTypes, loadCustomerWriter, type CustomerEvaluation } from './customer-type-writers.js';

const pct = (n: number, d: number) => (d === 0 ? '—' : `${((100 * n) / d).toFixed(1)}%`);

function print(label: string, e: CustomerEvaluation): void {
  console.log(`\n${label}: ${e.correct}/${e.total} = ${pct(e.correct, e.total)}`);
  console.log(['label \\ kefu', ...CUSTOMER_TYPES].map((s) => s.padStart(11)).join(''));
  for (const a of CUSTOMER_TYPES) console.log([a, ...CUSTOMER_TYPES.map((p) => String(e.matrix[a][p]))].map((s) => s.padStart(11)).join(''));
  if (process.argv.includes('--misses'))
    for (const m of e.misses)
      console.log(
        `  ${JSON.stringify({ title: m.record.title, occupation: m.record.occupation })} ${m.record.type} → ${m.got}${m.record.note === undefined ? '' : `  (${m.record.note})`}`,
      );
}

for (const w of CUSTOMER_WRITERS) print(`writer ${w} (${CUSTOMER_TUNING.includes(w) ? 'tuning' : 'held back'})`, evaluateCustomerTypes(loadCustomerWriter(w)));
print('pooled', evaluateCustomerTypes(CUSTOMER_WRITERS.flatMap((w) => loadCustomerWriter(w))));
