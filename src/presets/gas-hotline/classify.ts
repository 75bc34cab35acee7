import { STANDARD_AGENT_CUES } from '../agent-cues.js';
import type { PresetData } from '../preset.js';
import { gasHotlineScripts } from './scripts.js';

/**
 * Classification data of The gas utility hotline (S0): consultation, repair, emergency, complaint and callback calls
 * (第三条, 第十三–十六条). Repairs and emergencies run under HOT-SLA-1 (6 h to handle, 24 h to repair,
 * round the clock), deferred consultations are answered within 24 h (HOT-SLA-4) and consultations get
 * a random callback within 48 h (HOT-SLA-5); the phone is answered within 3 rings (HOT-SLA-2).
 *
 * The SLA policy of each task kind is derived from the preset's SLA policies when the preset is assembled.
 *
 * @example
 * ```ts
 * import { createEventDeriver } from 'kefu/classify';
 * import { gasHotline } from 'kefu/presets';
 * const deriver = createEventDeriver({ preset: gasHotline.classify });
 * ```
 */
export const gasHotlineClassifyData: PresetData['classify'] = {
  id: 'gas-hotline',
  description: { zh: '燃气热线来电分类', en: 'Gas utility hotline call classification (S0)' },
  lexicon: {
    cues: {
      emergency: [
        { text: '瓦斯味', weight: 3 },
        { text: '调压箱漏', weight: 3 },
        { text: '调压柜漏', weight: 3 },
        { text: '管网泄漏', weight: 3 },
        { text: '抢险', weight: 3 },
      ],
      repair: [
        { text: '燃气表', weight: 0.5 },
        { text: '自闭阀', weight: 2 },
        { text: 'ic卡', weight: 1 },
        { text: '壁挂炉', weight: 1 },
        { text: '热水器', weight: 0.5 },
        { text: '灶具', weight: 0.5 },
      ],
      consultation: [
        { text: '阶梯气价', weight: 2 },
        { text: '气价', weight: 1 },
        { text: '停气', weight: 1.5 },
        { text: '安全用气', weight: 1.5 },
      ],
      business: [
        { text: '气费', weight: 1 },
        { text: '燃气卡', weight: 1 },
        { text: '通气', weight: 1 },
      ],
    },
  },
  machine: { maxRings: 3, replyWithinMinutes: 24 * 60, consultationCallbackWithinMinutes: 48 * 60 },
  agentCues: STANDARD_AGENT_CUES,
  steps: {
    greet: [gasHotlineScripts['gas-greet']],
    verify: [gasHotlineScripts['gas-verify']],
    'anything-else': [gasHotlineScripts['gas-anything-else']],
    close: [gasHotlineScripts['gas-close']],
  },
};
