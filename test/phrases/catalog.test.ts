import { describe, it, expect } from 'vitest';
import { PHRASE_CATALOG } from '../../src/phrases/catalog/entries.js';
import { compileCatalog } from '../../src/phrases/catalog/compile.js';
import { extendCatalog, validateCatalog } from '../../src/phrases/catalog/extend.js';
import type { CatalogEntry } from '../../src/phrases/catalog/types.js';
import { KefuError } from '../../src/model/error.js';
import { normalizeText } from '../../src/text/normalize.js';

const byRule = (rule: string) => PHRASE_CATALOG.filter((e) => e.rule === rule);
const texts = (entries: readonly CatalogEntry[]) => entries.map((e) => e.text);
const forbidden = compileCatalog(PHRASE_CATALOG.filter((e) => e.kind === 'forbidden'));
const ids = (text: string) => forbidden.scan(text).map((m) => `${m.id}@${m.start}-${m.end}`);

describe('PHRASE_CATALOG', () => {
  it('is valid: schema, unique ids, nothing empty after normalisation', () => {
    expect(validateCatalog(PHRASE_CATALOG)).toHaveLength(PHRASE_CATALOG.length);
    expect(new Set(PHRASE_CATALOG.map((e) => e.id)).size).toBe(PHRASE_CATALOG.length);
  });

  it('PHR-STD: all 14 categories of 第四条 with their exact phrases', () => {
    const groups = [...new Set(byRule('PHR-STD').map((e) => e.group))];
    expect(groups).toEqual([
      'inquiry',
      'thanks',
      'response',
      'listening',
      'cannot-serve-now',
      'waiting',
      'apology',
      'customer-thanks',
      'customer-apology',
      'not-heard',
      'farewell',
      'interrupting',
      'handover',
      'request',
    ]);
    expect(texts(byRule('PHR-STD').filter((e) => e.group === 'inquiry'))).toEqual(['您需要办理什么业务', '有什么需要吗', '有什么可以帮到您']);
    expect(texts(byRule('PHR-STD').filter((e) => e.group === 'customer-apology'))).toEqual(['没有什么', '没有关系', '不要紧']);
    expect(texts(byRule('PHR-STD').filter((e) => e.group === 'request'))).toEqual(['请稍后', '打扰了']);
    expect(byRule('PHR-STD').find((e) => e.group === 'handover')?.quote).toBe('请稍等!我将与××部门联系,由他为您进行解释(答复)');
  });

  it('PHR-FORBID: the 15 groups of 第八条 with their exact strings, each an error with suggestions', () => {
    const entries = byRule('PHR-FORBID');
    expect([...new Set(entries.map((e) => e.group))]).toEqual(Array.from({ length: 15 }, (_, i) => String(i + 1).padStart(2, '0')));
    expect(texts(entries)).toEqual([
      '不知道',
      '不管',
      '找领导去',
      '你找我没用，要解决就去找领导',
      '不能办就是不能办，没有为什么，这是规矩',
      '不是告诉你了吗，怎么还问',
      '急也没用，我太忙了',
      '有意见，告去',
      '你尽管投诉好了',
      '我没工夫',
      '我就这态度',
      '你问我，我问谁',
      '快下班了，明天再来',
      '我解决不了',
      '我不是为你一个人服务的',
      '嫌贵，就别用',
      '现在才说，干吗不早说',
      '你怎么这么多毛病',
      '我们一向都是这样',
      '自己看着办',
      '没看到我在忙吗',
    ]);
    for (const e of entries) {
      expect(e.severity).toBe('error');
      expect(e.suggestions?.length).toBeGreaterThan(0);
    }
  });

  it('PHR-FORBID-2: bare refusals with the two replacements of 客服工作规范 3', () => {
    const entries = byRule('PHR-FORBID-2');
    expect(texts(entries)).toEqual(['不', '我不知道', '我不清楚', '我不想回答你的问题']);
    expect(entries.find((e) => e.text === '我不知道')?.suggestions?.map((s) => s.zh)).toEqual([
      '这个问题我帮您请更专业的人员回答好吗？',
      '具体情况我向当事人了解清楚再回复您，可以吗？',
    ]);
    expect(entries.find((e) => e.text === '不')).toMatchObject({ at: 'start', pauseAfter: true });
  });

  it('PHR-FILLER: verbal tics and opening fillers of 客服部服务标准规范 二4', () => {
    expect(texts(byRule('PHR-FILLER'))).toEqual(['我晕', '天啊', '怎么这样', '真是的', '啊', '嗯', '那']);
    expect(
      byRule('PHR-FILLER')
        .filter((e) => e.at === 'start')
        .map((e) => e.text),
    ).toEqual(['啊', '嗯', '那']);
  });

  it('PHR-TACT, PHR-ADDR, PHR-NIN, PHR-3-3-4 and PHR-COMPLAINT are present with the seeds’ words', () => {
    expect(texts(byRule('PHR-TACT'))).toEqual(['我会', '我理解', '您能', '我能做到的是']);
    expect(texts(byRule('PHR-ADDR'))).toEqual(['先生', '女士', '小姐', '那位先生', '那位小姐']);
    expect(texts(byRule('PHR-NIN').filter((e) => e.kind === 'recommended'))).toEqual(['您好', '请', '谢谢', '对不起', '再见', '您']);
    expect(byRule('PHR-3-3-4').map((e) => [e.text, e.at ?? 'anywhere'])).toEqual([
      ['请', 'start'],
      ['您', 'anywhere'],
      ['再见', 'end'],
    ]);
    expect(texts(byRule('PHR-COMPLAINT'))).toEqual(expect.arrayContaining(['真是不好意思', '让您生气了', '给您带来不便', '别着急', '我能理解']));
  });

  it('every entry has an English gloss and a source', () => {
    for (const e of PHRASE_CATALOG) {
      expect(e.gloss.trim()).not.toBe('');
      expect(e.source).toMatch(/^S[0-3] /);
    }
  });
});

describe('compileCatalog', () => {
  it('finds forbidden phrases with exact ranges in the original turn (rule: PHR-FORBID)', () => {
    expect(ids('对不起，快下班了，明天再来吧')).toEqual(['forbid-09-a@4-13']);
    expect(ids('这事 我不管。')).toEqual(['forbid-01-b@4-6']);
    // 我不知道 is one finding (refuse-02), not also the 不知道 (forbid-01-a) inside it.
    expect(ids('不，我不 知道')).toEqual(['refuse-01@0-1', 'refuse-02@2-7']);
  });

  it('reports a variant once, not nested inside the full sentence; a compiled catalog is one set of findings', () => {
    expect(ids('不是告诉你了吗？')).toEqual(['forbid-04-a@0-7']);
    expect(ids('不是告诉你了吗，怎么还问')).toEqual(['forbid-04-a@0-12']);
    // Scanned as a set of its own, 你 (PHR-NIN) is found inside the same words.
    const plainYou = compileCatalog(PHRASE_CATALOG.filter((e) => e.rule === 'PHR-NIN' && e.kind === 'forbidden'));
    expect(plainYou.scan('不是告诉你了吗？').map((m) => `${m.id}@${m.start}-${m.end}`)).toEqual(['nin-ni@4-5']);
  });

  it('applies at: start / end and pauseAfter', () => {
    const all = compileCatalog(PHRASE_CATALOG.filter((e) => e.rule === 'PHR-3-3-4'));
    const found = (t: string) => all.scan(t).map((m) => m.id);
    expect(found('请您稍等，好的，再见！')).toEqual(['sanyao-01', 'sanyao-02', 'sanyao-03']);
    expect(found('好的，请您稍等，再见了')).toEqual(['sanyao-02']);
    expect(ids('嗯，好的')).toEqual(['filler-02-b@0-1']);
    expect(ids('嗯')).toEqual(['filler-02-b@0-1']);
  });

  it('scanNormalized agrees with scan', () => {
    const t = '嗯，不知道。快下班了，明天再来！你怎么这么多毛病，再见';
    const all = compileCatalog(PHRASE_CATALOG);
    expect(all.scanNormalized(normalizeText(t))).toEqual(all.scan(t));
  });
});

describe('extendCatalog (hosts extend or override without forking)', () => {
  const acme: CatalogEntry = {
    id: 'acme-forbid-1',
    text: '没办法',
    gloss: 'nothing I can do',
    category: 'forbidden',
    rule: 'PHR-FORBID',
    source: 'ACME handbook',
    kind: 'forbidden',
    severity: 'warn',
  };

  it('adds, overrides and removes entries, leaving the base untouched', () => {
    const before = JSON.stringify(PHRASE_CATALOG);
    const ext = extendCatalog(PHRASE_CATALOG, { add: [acme], override: [{ id: 'nin-ni', severity: 'error' }], remove: ['filler-02-c'] });
    expect(ext).toHaveLength(PHRASE_CATALOG.length);
    expect(ext.find((e) => e.id === 'nin-ni')?.severity).toBe('error');
    expect(ext.find((e) => e.id === 'nin-ni')?.text).toBe('你');
    expect(ext.some((e) => e.id === 'filler-02-c')).toBe(false);
    expect(ext.at(-1)).toEqual(acme);
    expect(JSON.stringify(PHRASE_CATALOG)).toBe(before);
    expect(
      compileCatalog(ext)
        .scan('那，真没办法')
        .map((m) => m.id),
    ).toEqual(['acme-forbid-1']);
  });

  it('rejects unknown ids, duplicate additions and malformed entries, naming the field', () => {
    const fail = (f: () => unknown) => {
      try {
        f();
      } catch (error) {
        expect(error).toBeInstanceOf(KefuError);
        return (error as KefuError).issues.map((i) => i.path.join('.'));
      }
      throw new Error('expected a KefuError');
    };
    expect(fail(() => extendCatalog(PHRASE_CATALOG, { remove: ['nope'] }))).toEqual(['remove.0']);
    expect(fail(() => extendCatalog(PHRASE_CATALOG, { override: [{ id: 'nope', severity: 'off' }] }))).toEqual(['override.0.id']);
    expect(fail(() => extendCatalog(PHRASE_CATALOG, { add: [{ ...acme, id: 'forbid-01-a' }] }))).toEqual(['add.0.id']);
    expect(fail(() => extendCatalog(PHRASE_CATALOG, { add: [{ ...acme, text: '，。' }] }))).toEqual(['add.0.text']);
    expect(fail(() => extendCatalog(PHRASE_CATALOG, { add: [{ ...acme, severity: 'fatal' as 'warn' }] }))).toEqual(['add.0.severity']);
    expect(fail(() => extendCatalog(PHRASE_CATALOG, { override: [{ id: 'nin-ni', category: 'rude' as 'filler' }] }))).toEqual(['override.0.category']);
    expect(fail(() => validateCatalog([acme, acme]))).toEqual(['catalog.1.id']);
  });

  it('a removed entry may be re-added under the same id', () => {
    const ext = extendCatalog(PHRASE_CATALOG, { remove: ['forbid-01-a'], add: [{ ...acme, id: 'forbid-01-a' }] });
    expect(ext.find((e) => e.id === 'forbid-01-a')?.text).toBe('没办法');
  });
});
