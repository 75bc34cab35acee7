import { STANDARD_AGENT_CUES } from '../agent-cues.js';
import type { PresetData } from '../preset.js';
import { gasHotlineScripts } from '../gas-hotline/scripts.js';

/**
 * Classification data of Property management (S1 template 3): complaints fixed within 1 working day (major) or 3 (general)
 * with a callback within 1 or 2 weeks (PM-SLA-1, PM-SLA-2), repairs of the estate, and the emergencies
 * the template names (水浸, 火警).
 *
 * The SLA policy of each task kind is derived from the preset's SLA policies when the preset is assembled.
 * The seed gives this organisation no call scripts of its own, so the deriver listens for the S0 call-flow
 * sentences (greeting, record confirmation, “anything else”, closing) of the standard CALL-8 quotes.
 *
 * @example
 * ```ts
 * import { createEventDeriver } from 'kefu/classify';
 * import { propertyManagement } from 'kefu/presets';
 * const deriver = createEventDeriver({ preset: propertyManagement.classify });
 * ```
 */
export const propertyManagementClassifyData: PresetData['classify'] = {
  id: 'property-management',
  description: { zh: '物业服务来电分类', en: 'Property management call classification (S1 t3)' },
  lexicon: {
    cues: {
      emergency: [
        { text: '水浸', weight: 3 },
        { text: '电梯困人', weight: 3 },
        { text: '困在电梯', weight: 3 },
      ],
      repair: [
        { text: '电梯', weight: 1 },
        { text: '门禁', weight: 1 },
        { text: '楼道灯', weight: 1 },
        { text: '下水道', weight: 1 },
        { text: '水管', weight: 1 },
      ],
      complaint: [
        { text: '保安', weight: 1 },
        { text: '保洁', weight: 1 },
        { text: '噪音', weight: 2 },
        { text: '乱停车', weight: 2 },
      ],
      business: [
        { text: '物业费', weight: 1 },
        { text: '停车费', weight: 1 },
      ],
    },
  },
  machine: { consultationCallbackWithinMinutes: null },
  agentCues: STANDARD_AGENT_CUES,
  steps: {
    greet: [gasHotlineScripts['gas-greet']],
    verify: [gasHotlineScripts['gas-verify']],
    'anything-else': [gasHotlineScripts['gas-anything-else']],
    close: [gasHotlineScripts['gas-close']],
  },
};
