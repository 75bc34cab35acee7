import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { decodeText } from '../../src/cli/decode.js';
import { expandFiles } from '../../src/cli/files.js';
import { runCli } from '../../src/cli/main.js';
import { KefuError } from '../../src/model/error.js';
import { fakeIO } from '../helpers/fake-io.js';

// Chinese call centres export GBK/GB18030 and UTF-16 as often as UTF-8: every one is read as written.
const CALL = '客服：您好\n客户：我不知道\n';
const utf16be = (text: string): Uint8Array => {
  const le = Buffer.from(text, 'utf16le');
  for (let i = 0; i < le.length; i += 2) [le[i], le[i + 1]] = [le[i + 1] ?? 0, le[i] ?? 0];
  return le;
};
// 客服：您好 / 客户：我不知道 in GBK, byte by byte.
const GBK = Uint8Array.from([
  0xbf, 0xcd, 0xb7, 0xfe, 0xa3, 0xba, 0xc4, 0xfa, 0xba, 0xc3, 0x0a, 0xbf, 0xcd, 0xbb, 0xa7, 0xa3, 0xba, 0xce, 0xd2, 0xb2, 0xbb, 0xd6, 0xaa, 0xb5, 0xc0, 0x0a,
]);

describe('decodeText', () => {
  it.each([
    ['UTF-8', Buffer.from(CALL, 'utf8')],
    ['UTF-8 with a byte order mark', Buffer.concat([Buffer.from([0xef, 0xbb, 0xbf]), Buffer.from(CALL, 'utf8')])],
    ['UTF-16LE with a byte order mark', Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from(CALL, 'utf16le')])],
    ['UTF-16BE with a byte order mark', Buffer.concat([Buffer.from([0xfe, 0xff]), utf16be(CALL)])],
    ['GBK', GBK],
  ])('%s', (_, bytes) => {
    expect(decodeText(bytes)).toBe(CALL);
  });

  it('UTF-16 without a mark is found by its zero bytes (ASCII labels)', () => {
    expect(decodeText(Buffer.from('Agent: hello\nCustomer: hi\n', 'utf16le'))).toBe('Agent: hello\nCustomer: hi\n');
  });

  it('a forced encoding that does not fit, or bytes in no encoding, is an input error that says so', () => {
    expect(decodeText(GBK, 'gbk')).toBe(CALL);
    expect(() => decodeText(GBK, 'utf-8')).toThrowError(/not valid utf-8 text/);
    expect(() => decodeText(Uint8Array.from([0x81, 0x30, 0xff, 0xff, 0x00]))).toThrowError(KefuError);
  });
});

describe('expandFiles', () => {
  const dir = mkdtempSync(join(tmpdir(), 'kefu-files-'));
  mkdirSync(join(dir, 'd', 'e'), { recursive: true });
  for (const f of ['a.txt', 'b.txt', join('d', 'e', 'c.txt'), 'x.vtt']) writeFileSync(join(dir, f), CALL);

  it('expands globs in a stable order and keeps paths and - as given', async () => {
    expect(await expandFiles([`${dir}/**/*.txt`, '-', 'plain.txt'])).toEqual([`${dir}/a.txt`, `${dir}/b.txt`, `${dir}/d/e/c.txt`, '-', 'plain.txt']);
    expect(await expandFiles([`${dir}/{a,x}.*`])).toEqual([`${dir}/a.txt`, `${dir}/x.vtt`]);
  });

  it('an unbalanced brace is a literal that matches nothing, not a loop', async () => {
    expect(await expandFiles([`${dir}/a{b`])).toEqual([`${dir}/a{b`]);
  });
});

describe('kefu lint input', () => {
  it('an empty file is an input error (exit 2), not a perfect score', async () => {
    const io = fakeIO({ 'empty.txt': '', 'call.txt': CALL });
    expect(await runCli(['lint', 'empty.txt', 'call.txt'], io)).toBe(2);
    expect(io.err).toBe('kefu: empty.txt: no turns to check: the file is empty or holds no speech\n');
  });

  it('--encoding must be one it knows', async () => {
    const io = fakeIO({ 'call.txt': CALL });
    expect(await runCli(['lint', '--encoding', 'latin-9', 'call.txt'], io)).toBe(2);
    expect(io.err).toMatch(/--encoding must be one of utf-8, utf-16le, utf-16be, gb18030, gbk/);
  });
});
