import { STANDARD_AGENT_CUES } from '../agent-cues.js';
import type { PresetData } from '../preset.js';
import { gasHotlineScripts } from '../gas-hotline/scripts.js';

/**
 * Classification data of The equipment after-sales desk (S3 appended pages): reply within 24 h of a service request and on
 * site by the customer's time (SUP-SLA-1), respond within 10 minutes and answer within 3 rings
 * (SUP-SLA-2), phone support escalated after 4 h and on-site cases solved within 48 h (SUP-SLA-3).
 *
 * The SLA policy of each task kind is derived from the preset's SLA policies when the preset is assembled.
 * The seed gives this organisation no call scripts of its own, so the deriver listens for the S0 call-flow
 * sentences (greeting, record confirmation, “anything else”, closing) of the standard CALL-8 quotes.
 *
 * @example
 * ```ts
 * import { createEventDeriver } from 'kefu/classify';
 * import { equipmentSupport } from 'kefu/presets';
 * const deriver = createEventDeriver({ preset: equipmentSupport.classify });
 * ```
 */
export const equipmentSupportClassifyData: PresetData['classify'] = {
  id: 'equipment-support',
  description: { zh: '设备售后服务来电分类', en: 'Equipment after-sales desk call classification (S3 appended)' },
  lexicon: {
    cues: {
      repair: [
        { text: '设备', weight: 0.5 },
        { text: '机器', weight: 0.5 },
        { text: '死机', weight: 2 },
        { text: '不工作', weight: 2 },
        { text: '技术支持', weight: 2 },
        { text: '上门维修', weight: 2 },
      ],
      consultation: [
        { text: '保修', weight: 1 },
        { text: '操作', weight: 0.5 },
      ],
      appointment: [
        { text: '上门调试', weight: 2 },
        { text: '安装调试', weight: 2 },
      ],
      emergency: [{ text: '机房', weight: 0.5 }],
    },
  },
  machine: { maxRings: 3, replyWithinMinutes: 24 * 60, consultationCallbackWithinMinutes: null },
  agentCues: STANDARD_AGENT_CUES,
  steps: {
    greet: [gasHotlineScripts['gas-greet']],
    verify: [gasHotlineScripts['gas-verify']],
    'anything-else': [gasHotlineScripts['gas-anything-else']],
    close: [gasHotlineScripts['gas-close']],
  },
};
