import { describe, expect, it } from 'vitest';
import { isSurname, readSurname } from '../../src/text/surname.js';

describe('surnames in an address (rule: PHR-ADDR)', () => {
  it('reads the listed surname nearest the title, one to three characters back', () => {
    expect(readSurname('王先生，您好')).toBe('王');
    expect(readSurname('您是幸福小区3号楼王明先生吗')).toBe('明');
    expect(readSurname('张伟女士您好')).toBe('张');
    expect(readSurname('李小姐')).toBe('李');
  });

  it('never reads a third party, a pronoun or a greeting as a surname', () => {
    expect(readSurname('那位先生刚走')).toBeUndefined();
    expect(readSurname('这位女士请稍等')).toBeUndefined();
    expect(readSurname('您好先生')).toBeUndefined();
    expect(readSurname('请问您贵姓')).toBeUndefined();
  });

  it('takes the first address that carries a surname', () => {
    expect(readSurname('那位先生和赵女士')).toBe('赵');
  });

  it('isSurname checks one character against the 百家姓 list', () => {
    expect([isSurname('王'), isSurname('欧'), isSurname('那'), isSurname('您')]).toEqual([true, true, false, false]);
  });
});
