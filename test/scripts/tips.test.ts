import { describe, expect, it } from 'vitest';
import { inferCustomerType } from '../../src/scripts/customer-type.js';
import { CUSTOMER_TIPS, tipsFor } from '../../src/scripts/tips.js';
import { CustomerType } from '../../src/model/enums.js';
import { KefuError } from '../../src/model/error.js';

describe('customer-type tips (rules: TIP-1 … TIP-6)', () => {
  it('covers the six types in the appendix order with rule ids', () => {
    expect(CUSTOMER_TIPS.map((t) => [t.rule, t.type, t.label.zh])).toEqual([
      ['TIP-1', 'official', '机关干部、上级领导、著名人士'],
      ['TIP-2', 'owner', '企业主、老板'],
      ['TIP-3', 'manager', '企业主要管理人员'],
      ['TIP-4', 'finance', '财务、行政管理人员'],
      ['TIP-5', 'technician', '工程技术人员'],
      ['TIP-6', 'household', '一般用户'],
    ]);
    expect(new Set(CUSTOMER_TIPS.map((t) => t.type))).toEqual(new Set(CustomerType.options));
  });

  it('quotes the seed’s psychology and service points exactly', () => {
    expect(tipsFor('finance').psychology.zh).toBe('办事细腻、认真,对燃气费用非常敏感,害怕服务人员乱收费和不负责任');
    expect(tipsFor('finance').service.zh).toBe('耐心向他们解释各项燃气收费的相关规定');
    expect(tipsFor('official').service.zh).toBe('服务及时,尊重他们的意见,对他们提出的要求在不违反规定的情况下,要积极予以满足,态度和蔼,语言谨慎,绝对不能发火和粗鲁');
    expect(tipsFor('household').service.zh).toBe('尽量提供最低价格的服务,不要因为客户用气量小而看不起客户,要尊重客户的自尊心,不能因收费低而改变服务态度');
    for (const tip of CUSTOMER_TIPS) {
      expect(tip.psychology.en.length).toBeGreaterThan(20);
      expect(tip.service.en.length).toBeGreaterThan(20);
      expect(tip.source).toBe('S0 附录 服务技巧');
    }
  });

  it('rejects an unknown type with KefuError', () => {
    expect(() => tipsFor('alien' as never)).toThrowError(KefuError);
  });
});

describe('inferCustomerType', () => {
  const infer = (title?: string, occupation?: string) => inferCustomerType({ ...(title === undefined ? {} : { title }), ...(occupation === undefined ? {} : { occupation }) });

  it.each([
    ['副局长', undefined, 'official', '局长'],
    ['办公室主任', undefined, 'official', '主任'],
    ['处长', undefined, 'official', '处长'],
    ['董事长', undefined, 'owner', '董事长'],
    ['老板', undefined, 'owner', '老板'],
    ['总经理', undefined, 'manager', '总经理'],
    ['销售经理', undefined, 'manager', '经理'],
    [undefined, '会计', 'finance', '会计'],
    [undefined, '出纳', 'finance', '出纳'],
    [undefined, '财务', 'finance', '财务'],
    [undefined, '高级工程师', 'technician', '工程师'],
    [undefined, '技术员', 'technician', '技术员'],
  ] as const)('title %s / occupation %s → %s (keyword %s)', (title, occupation, type, keyword) => {
    const result = infer(title, occupation);
    expect(result.type).toBe(type);
    expect(result.reason).toMatchObject({ keyword, source: title === undefined ? 'occupation' : 'title' });
  });

  it('the longest keyword wins (董事长 over 董事), the title before the occupation', () => {
    expect(infer('董事长').type).toBe('owner');
    expect(infer('董事').type).toBe('manager');
    expect(infer('总经理', '工程师').type).toBe('manager');
  });

  it('explains its choice in both languages', () => {
    expect(infer('财务科长', '会计').explanation).toEqual({ zh: '职务“财务科长”含“科长”', en: 'title "财务科长" contains "科长"' });
  });

  it('falls back to household (TIP-6) and keeps a type already on the record', () => {
    expect(infer('', '退休').reason).toEqual({ source: 'default' });
    expect(infer(undefined, '退休').type).toBe('household');
    expect(inferCustomerType({ type: 'technician', title: '局长' })).toMatchObject({ type: 'technician', reason: { source: 'given' } });
  });

  // Issue cases: celebrities are 著名人士 (TIP-1); sole traders and contractors own their business (TIP-2);
  // a company rank named with its function goes to the function (TIP-4, TIP-5); trades and IT roles are
  // technical staff (TIP-5); traditional characters read as simplified.
  it.each([
    ['歌手', 'official', '歌手'],
    ['演员', 'official', '演员'],
    ['电视台主持人', 'official', '主持人'],
    ['网红', 'official', '网红'],
    ['个体工商户', 'owner', '个体工商户'],
    ['包工头', 'owner', '包工头'],
    ['财务总监', 'finance', '财务总监'],
    ['技术总监', 'technician', '技术总监'],
    ['销售总监', 'manager', '总监'],
    ['电工', 'technician', '电工'],
    ['水暖工', 'technician', '水暖工'],
    ['燃气安装工', 'technician', '安装工'],
    ['修车师傅', 'technician', '修车师傅'],
    ['IT运维', 'technician', '运维'],
    ['Java开发', 'technician', '开发'],
    ['處長', 'official', '处长'],
    ['總經理', 'manager', '总经理'],
    ['會計', 'finance', '会计'],
    ['CTO', 'technician', 'cto'],
    ['Sales Director', 'manager', 'director'],
  ] as const)('occupation %s → %s (keyword %s)', (occupation, type, keyword) => {
    expect(infer(undefined, occupation)).toMatchObject({ type, reason: { source: 'occupation', keyword, value: occupation } });
  });

  it('Latin keywords match whole words only: cto is not inside director, hr not inside three', () => {
    expect(infer('Art Director').type).toBe('manager');
    expect(infer('three kids').type).toBe('household');
  });

  it('takes a traditional→simplified converter, and rejects one that is not a function', () => {
    const toSimplified = (text: string) => text.replaceAll('碼', '码').replaceAll('農', '农');
    expect(inferCustomerType({ title: '碼農' }, { toSimplified, keywords: [{ type: 'technician', keywords: ['码农'] }] }).type).toBe('technician');
    expect(() => inferCustomerType({ title: 'x' }, { toSimplified: 'yes' as never })).toThrowError(/toSimplified must be a function/);
  });

  it('hosts extend or replace the mapping', () => {
    expect(inferCustomerType({ occupation: '工艺员' }, { keywords: [{ type: 'technician', keywords: ['工艺员'] }] }).type).toBe('technician');
    expect(inferCustomerType({ title: '局长' }, { keywords: [{ type: 'manager', keywords: ['长'] }], replaceDefaults: true }).type).toBe('manager');
    expect(() => inferCustomerType({ title: 'x' }, { keywords: [{ type: 'boss' as never, keywords: ['x'] }] })).toThrowError(/keywords\[0\]\.type/);
  });
});
