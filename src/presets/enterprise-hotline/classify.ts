import { STANDARD_AGENT_CUES } from '../agent-cues.js';
import type { PresetData } from '../preset.js';
import { enterpriseHotlineScripts } from './scripts.js';

/**
 * Classification data of A company's customer-service hotline (S1 template 4, S0 客服工作规范): answered within 3 rings,
 * a question the agent cannot answer is escalated and answered within 30 minutes (ENT-SLA-1), and a
 * new request raised in a callback becomes a follow-up case linked to the original (REC-3).
 *
 * The SLA policy of each task kind is derived from the preset's SLA policies when the preset is assembled.
 *
 * @example
 * ```ts
 * import { createEventDeriver } from 'kefu/classify';
 * import { enterpriseHotline } from 'kefu/presets';
 * const deriver = createEventDeriver({ preset: enterpriseHotline.classify });
 * ```
 */
export const enterpriseHotlineClassifyData: PresetData['classify'] = {
  id: 'enterprise-hotline',
  description: { zh: '企业客服热线来电分类', en: 'Company customer-service hotline call classification (S1 t4)' },
  lexicon: {
    cues: {
      consultation: [
        { text: '返佣', weight: 1.5 },
        { text: '交易', weight: 0.5 },
      ],
      complaint: [{ text: '误会', weight: 1 }],
    },
  },
  machine: { maxRings: 3, replyWithinMinutes: 30, consultationCallbackWithinMinutes: null },
  agentCues: STANDARD_AGENT_CUES,
  steps: { greet: [enterpriseHotlineScripts['ent-greet']], close: [enterpriseHotlineScripts['ent-close-thanks-call'], enterpriseHotlineScripts['ent-close-thanks-notify']] },
};
