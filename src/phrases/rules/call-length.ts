import * as z from 'zod/mini';
import { callSpan, formatDuration } from './shared.js';
import { defineRule, ruleDocsUrl } from './types.js';

/**
 * `call-length` — a call should be resolved within 3 minutes where possible (rule: HOT-SLA-3,
 * “尽量在3分钟内为客户解决问题”). Measured from the first timestamp to the last (turn end or hang-up);
 * calls without timestamps are not judged.
 *
 * Options: `maxMs` (default 180 000).
 *
 * @example
 * ```ts
 * import { createChecker } from 'kefu/phrases';
 * createChecker({ rules: { 'call-length': ['warn', { maxMs: 240000 }] } });
 * ```
 */
export const callLength = defineRule({
  meta: {
    id: 'call-length',
    type: 'suggestion',
    domainRules: ['HOT-SLA-3'],
    description: { zh: '尽量在3分钟内为客户解决问题', en: 'Resolve the call within 3 minutes where possible' },
    docs: { url: ruleDocsUrl('call-length') },
    messages: { tooLong: { zh: '通话时长{{took}}，超过{{limit}}', en: 'The call took {{took}}, over {{limit}}' } },
    options: /* @__PURE__ */ z.strictObject({ maxMs: z._default(z.number().check(z.positive()), 180_000) }),
  },
  create(options) {
    return (ctx) => {
      const span = callSpan(ctx.turns);
      if (span === undefined) return;
      const length = span.end - span.start;
      if (length <= options.maxMs) return;
      ctx.report({ messageId: 'tooLong', data: { took: formatDuration(length), limit: formatDuration(options.maxMs) }, time: span });
    };
  },
});
