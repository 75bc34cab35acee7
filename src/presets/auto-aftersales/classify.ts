import { STANDARD_AGENT_CUES } from '../agent-cues.js';
import type { PresetData } from '../preset.js';
import { ADOPTED_SUGGESTION_PRICE_FACTOR, SATISFACTION_SCALE, autoAftersalesScripts } from './scripts.js';

/**
 * Classification data of The car dealer's after-sales centre (S3): appointments in six steps (phone and plate, time and
 * needs, read back — SCR-AUTO), repairs, and the 3-day callback with the five-level scale (AUTO-SLA-4),
 * where an adopted suggestion earns 20% off the next visit (S3 六3).
 *
 * The SLA policy of each task kind is derived from the preset's SLA policies when the preset is assembled.
 *
 * @example
 * ```ts
 * import { createEventDeriver } from 'kefu/classify';
 * import { autoAftersales } from 'kefu/presets';
 * const deriver = createEventDeriver({ preset: autoAftersales.classify });
 * ```
 */
export const autoAftersalesClassifyData: PresetData['classify'] = {
  id: 'auto-aftersales',
  description: { zh: '汽车售后来电分类', en: 'Car dealer after-sales call classification (S3)' },
  lexicon: {
    cues: {
      appointment: [
        { text: '保养', weight: 1 },
        { text: '首保', weight: 1 },
        { text: '换机油', weight: 1 },
        { text: '四轮定位', weight: 1 },
        { text: '来店', weight: 1 },
      ],
      repair: [
        { text: '故障灯', weight: 3 },
        { text: '抛锚', weight: 3 },
        { text: '刹车', weight: 1 },
        { text: '变速箱', weight: 1 },
        { text: '发动机', weight: 1 },
        { text: '打不着车', weight: 3 },
      ],
      emergency: [
        { text: '自燃', weight: 3 },
        { text: '车着火', weight: 3 },
      ],
      complaint: [
        { text: '返修', weight: 2 },
        { text: '划痕', weight: 3 },
      ],
      invitation: [{ text: '活动', weight: 1 }],
    },
  },
  machine: { consultationCallbackWithinMinutes: null, requiredFields: { appointment: ['phone', 'plate', 'time', 'needs'] } },
  // 8折 on the next visit for an adopted suggestion (S3 六3); the five-level scale of S3 六2.
  callback: { adoptedSuggestionDiscount: Math.round((1 - ADOPTED_SUGGESTION_PRICE_FACTOR) * 100) / 100, scale: SATISFACTION_SCALE },
  agentCues: STANDARD_AGENT_CUES,
  steps: { greet: [autoAftersalesScripts['auto-appt-greet']], close: [autoAftersalesScripts['auto-appt-thanks'], autoAftersalesScripts['auto-farewell']] },
};
