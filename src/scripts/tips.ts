/**
 * Service tips for the six customer types of the hotline standard's appendix 服务技巧 (rules:
 * TIP-1 … TIP-6): who they are, their psychology (客户心理特征) and the service points (服务要点),
 * in the seed's exact words with an English gloss.
 *
 * @module
 */
import { match } from 'ts-pattern';
import { KefuError } from '../model/error.js';
import { CustomerType } from '../model/enums.js';

/**
 * One customer type's tips. `zh` fields are the seed's text verbatim (the seed's ASCII commas kept);
 * `en` fields are glosses.
 *
 * @example
 * ```ts
 * const tip: CustomerTip = tipsFor('finance');
 * tip.service.zh; // '耐心向他们解释各项燃气收费的相关规定'
 * ```
 */
export interface CustomerTip {
  readonly type: CustomerType;
  /** DOMAIN rule id, TIP-1 … TIP-6. */
  readonly rule: 'TIP-1' | 'TIP-2' | 'TIP-3' | 'TIP-4' | 'TIP-5' | 'TIP-6';
  /** The appendix's name for the type (客户类型). */
  readonly label: { readonly zh: string; readonly en: string };
  /** 客户心理特征 — what this customer cares about. */
  readonly psychology: { readonly zh: string; readonly en: string };
  /** 服务要点 — how to serve them. */
  readonly service: { readonly zh: string; readonly en: string };
  /** Where the text comes from. */
  readonly source: string;
}

const SOURCE = 'S0 附录 服务技巧';

/**
 * The six types' tips, in the appendix's order (TIP-1 … TIP-6).
 *
 * @example
 * ```ts
 * CUSTOMER_TIPS.map((t) => t.label.zh); // ['机关干部、上级领导、著名人士', '企业主、老板', …, '一般用户']
 * ```
 */
export const CUSTOMER_TIPS: readonly CustomerTip[] = [
  {
    type: 'official',
    rule: 'TIP-1',
    label: { zh: '机关干部、上级领导、著名人士', en: 'government officials, senior leaders, public figures' },
    psychology: {
      zh: '特别计较服务人员的服务态度,因其身份关系,希望得到服务人员的特别尊重,要求服务准时、服务周到,喜欢多听好话,服务质量要求高',
      en: 'Very particular about the staff’s attitude; because of their position they expect special respect, punctual and thorough service, like to hear pleasant words, and hold service to a high standard.',
    },
    service: {
      zh: '服务及时,尊重他们的意见,对他们提出的要求在不违反规定的情况下,要积极予以满足,态度和蔼,语言谨慎,绝对不能发火和粗鲁',
      en: 'Serve promptly and respect their opinions; meet their requests actively as long as no rule is broken; be kind and choose words carefully; never lose your temper or be rude.',
    },
    source: SOURCE,
  },
  {
    type: 'owner',
    rule: 'TIP-2',
    label: { zh: '企业主、老板', en: 'business owners, bosses' },
    psychology: {
      zh: '对燃气服务的效率和安全性要求高,特别珍惜生命,宁肯多花钱,要求确保用户安全。喜欢不懂装懂,喜欢提出一些奇谈怪论,要求为自己服务',
      en: 'Demand efficiency and safety from the gas service, value their life and will pay more to be sure they are safe; tend to pretend to know, like to raise odd theories, and expect to be served personally.',
    },
    service: {
      zh: '耐心向他们解释,如他们提出的要求符合规定,尽量满足,多做些设备安全检查,并向其提供一些确保安全的合理化建议',
      en: 'Explain patiently; satisfy requests that are within the rules; do extra safety checks on their equipment and offer sensible suggestions that keep them safe.',
    },
    source: SOURCE,
  },
  {
    type: 'manager',
    rule: 'TIP-3',
    label: { zh: '企业主要管理人员', en: 'senior managers of enterprises' },
    psychology: {
      zh: '对文字敏感,什么事都要求按规定办理,对服务人员仪表比较重视,不喜欢穿着肮脏的服务人员为他们服务,希望服务人员能懂一些外语,对服务人员素质要求比较高',
      en: 'Sensitive to wording, want everything done by the rules, pay attention to the staff’s appearance and dislike being served by untidy staff, hope staff know some foreign language, and expect well-qualified staff.',
    },
    service: {
      zh: '遵守各项规定,服务周到,举止文明,服装整洁,不卑不亢,维护尊严,尊重他们的习惯',
      en: 'Follow every rule, be thorough and courteous, dress neatly, be neither servile nor overbearing, keep your dignity and respect their habits.',
    },
    source: SOURCE,
  },
  {
    type: 'finance',
    rule: 'TIP-4',
    label: { zh: '财务、行政管理人员', en: 'finance and administrative staff' },
    psychology: {
      zh: '办事细腻、认真,对燃气费用非常敏感,害怕服务人员乱收费和不负责任',
      en: 'Meticulous and careful, very sensitive to gas charges, afraid of arbitrary fees and of staff who do not take responsibility.',
    },
    service: {
      zh: '耐心向他们解释各项燃气收费的相关规定',
      en: 'Explain the rules behind every gas charge patiently.',
    },
    source: SOURCE,
  },
  {
    type: 'technician',
    rule: 'TIP-5',
    label: { zh: '工程技术人员', en: 'engineers and technicians' },
    psychology: {
      zh: '对技术设备比较感兴趣,希望能获得相关知识',
      en: 'Interested in the technical equipment and hope to learn about it.',
    },
    service: {
      zh: '在向他们解释各项正常的燃气服务的同时,可以和他们多沟通一些有关燃气管道、设备方面的维修保养的专业知识',
      en: 'While explaining the regular gas services, share more professional knowledge about maintaining gas pipes and equipment.',
    },
    source: SOURCE,
  },
  {
    type: 'household',
    rule: 'TIP-6',
    label: { zh: '一般用户', en: 'ordinary households' },
    psychology: {
      zh: '因其经济关系,比较计较服务费用,往往对某项服务或某个零件的价格比较敏感,不求最好只求最廉,希望从最低限度满足其要求',
      en: 'For economic reasons they mind service fees, are sensitive to the price of a service or a part, want the cheapest rather than the best, and hope their needs are met at the lowest cost.',
    },
    service: {
      zh: '尽量提供最低价格的服务,不要因为客户用气量小而看不起客户,要尊重客户的自尊心,不能因收费低而改变服务态度',
      en: 'Offer the lowest-priced service you can; never look down on a customer who uses little gas; respect their self-esteem and never let a low fee change your attitude.',
    },
    source: SOURCE,
  },
];

/**
 * The tips for one customer type (rules: TIP-1 … TIP-6).
 *
 * @param type - one of `official`, `owner`, `manager`, `finance`, `technician`, `household`
 * @returns the type's label, psychology and service points, Chinese and English
 * @throws KefuError `invalid_input` when `type` is not a customer type
 * @example
 * ```ts
 * import { tipsFor } from 'kefu/scripts';
 * tipsFor('technician').service.en; // 'While explaining the regular gas services, share more …'
 * ```
 */
export function tipsFor(type: CustomerType): CustomerTip {
  const parsed = CustomerType.safeParse(type);
  if (!parsed.success) {
    throw new KefuError('invalid_input', `type is not a customer type; types: ${CustomerType.options.join(', ')}`, [
      { path: ['type'], message: `must be one of ${CustomerType.options.join(', ')}`, value: type },
    ]);
  }
  const index = match(parsed.data)
    .with('official', () => 0)
    .with('owner', () => 1)
    .with('manager', () => 2)
    .with('finance', () => 3)
    .with('technician', () => 4)
    .with('household', () => 5)
    .exhaustive(() => {
      throw new KefuError('invalid_input', 'type is not a customer type');
    });
  return CUSTOMER_TIPS[index] as CustomerTip;
}
