import { describe, expect, it } from 'vitest';
import { KefuError, parseCustomer, phoneKind, safeParseCustomer } from '../../src/model/index.js';

const wang = {
  id: 'c-001',
  name: '王明',
  surname: '王',
  honorific: '先生',
  phones: ['13800138000', '0571-87654321'],
  address: { community: '幸福小区', building: '3', unit: '2', room: '401', text: '解放路88号' },
  type: 'technician',
  occupation: '工程师',
  tags: ['老客户'],
};

function issuePaths(input: unknown): (string | number)[][] {
  const result = safeParseCustomer(input);
  if (result.ok) throw new Error('expected a failure');
  return result.error.issues.map((i) => [...i.path]);
}

describe('Customer (rules: PHR-ADDR, SCR-VERIFY, TIP-1…6)', () => {
  it('accepts a household customer with a Chinese name, phones and a structured 小区/楼/单元/号 address', () => {
    expect(parseCustomer(wang)).toEqual(wang);
  });

  it('applies defaults for phones and tags', () => {
    expect(parseCustomer({ id: 'c2', name: '李静', surname: '李', honorific: '女士' })).toEqual({
      id: 'c2',
      name: '李静',
      surname: '李',
      honorific: '女士',
      phones: [],
      tags: [],
    });
  });

  it('accepts mobile numbers with +86 and spaces, landlines with area codes, service numbers', () => {
    expect(phoneKind('+86 138 0013 8000')).toBe('mobile');
    expect(phoneKind('15912345678')).toBe('mobile');
    expect(phoneKind('010-62345678')).toBe('landline');
    expect(phoneKind('(0571)87654321')).toBe('landline');
    expect(phoneKind('0571-87654321转123')).toBe('landline');
    expect(phoneKind('400-123-4567')).toBe('service');
    expect(phoneKind('96777')).toBe('service');
    expect(phoneKind('12345678901')).toBeUndefined(); // 12x is no mobile prefix
    expect(phoneKind('1380013800')).toBeUndefined(); // ten digits
    expect(phoneKind('010-02345678')).toBeUndefined(); // local numbers never start with 0
  });

  it('names every failing path: bad phone, wrong honorific, empty id, empty address, unknown field', () => {
    expect(issuePaths({ id: '', honorific: '老师', phones: ['13800138000', '123'], address: {}, nickname: '小王' })).toEqual([
      ['id'],
      ['honorific'],
      ['phones', 1],
      ['address'],
      ['nickname'],
    ]);
  });

  it('rejects a wrong customer type with the value in the message', () => {
    const result = safeParseCustomer({ id: 'c', type: 'vip' });
    expect(result.ok).toBe(false);
    if (result.ok) return;
    expect(result.error).toBeInstanceOf(KefuError);
    expect(result.error.code).toBe('invalid_input');
    expect(result.error.issues).toEqual([expect.objectContaining({ path: ['type'], value: 'vip' })]);
    expect(result.error.message).toContain('type:');
    expect(result.error.message).toContain('"vip"');
  });

  it('rejects a surname that does not start the name', () => {
    expect(issuePaths({ id: 'c', name: '王明', surname: '李' })).toEqual([['surname']]);
  });

  it('reports a missing id', () => {
    expect(issuePaths({ name: '王明' })).toEqual([['id']]);
  });

  it('throws KefuError from parseCustomer and names the field', () => {
    expect(() => parseCustomer({ id: 'c', phones: ['abc'] })).toThrowError(/phones\[0\]: not a mainland mobile, landline or service number \(got "abc"\)/);
  });

  it('round-trips through JSON and never mutates its input', () => {
    const input = structuredClone(wang);
    const frozen = Object.freeze({ ...input, phones: Object.freeze([...input.phones]) });
    const parsed = parseCustomer(frozen);
    expect(parseCustomer(JSON.parse(JSON.stringify(parsed)))).toEqual(parsed);
    expect(frozen).toEqual(wang);
  });
});
