import { STANDARD_AGENT_CUES } from '../agent-cues.js';
import type { PresetData } from '../preset.js';
import { gasServiceHallScripts } from './scripts.js';

/**
 * Classification data of The gas utility's walk-in hall (S2): gas-fee payment, account business (开户, 过户, 销户, 补卡),
 * appliance sales and complaints answered within 3 days with an opinion within 5 (HALL-SLA-2). No
 * rings and no 48-hour consultation callback.
 *
 * The SLA policy of each task kind is derived from the preset's SLA policies when the preset is assembled.
 *
 * @example
 * ```ts
 * import { createEventDeriver } from 'kefu/classify';
 * import { gasServiceHall } from 'kefu/presets';
 * const deriver = createEventDeriver({ preset: gasServiceHall.classify });
 * ```
 */
export const gasServiceHallClassifyData: PresetData['classify'] = {
  id: 'gas-service-hall',
  description: { zh: '燃气营业厅业务分类', en: 'Gas service hall business classification (S2)' },
  lexicon: {
    cues: {
      business: [
        { text: '燃气具', weight: 1 },
        { text: '买灶', weight: 2 },
        { text: '圈存', weight: 2 },
        { text: '营业厅', weight: 0.5 },
        { text: '气费', weight: 1 },
        { text: '燃气卡', weight: 1 },
      ],
      complaint: [
        { text: '排队', weight: 1 },
        { text: '等了这么久', weight: 2 },
      ],
      emergency: [{ text: '瓦斯味', weight: 3 }],
    },
  },
  machine: { consultationCallbackWithinMinutes: null },
  agentCues: STANDARD_AGENT_CUES,
  steps: { greet: [gasServiceHallScripts['hall-greet'], gasServiceHallScripts['hall-welcome']], close: [gasServiceHallScripts['hall-farewell']] },
};
