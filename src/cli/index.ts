import { readdir, readFile } from 'node:fs/promises';
import { join, sep } from 'node:path';
import { runCli } from './main.js';
import type { CliIO } from './io.js';

async function readStdin(): Promise<string> {
  const chunks: Buffer[] = [];
  for await (const chunk of process.stdin) chunks.push(Buffer.isBuffer(chunk) ? chunk : Buffer.from(String(chunk)));
  return Buffer.concat(chunks).toString('utf8');
}

/** Turn a glob (`*`, `**`, `?`, `{a,b}`) into a RegExp over '/'-separated relative paths. */
function globToRegExp(pattern: string): RegExp {
  let re = '';
  for (let i = 0; i < pattern.length; i++) {
    const c = pattern.charAt(i);
    if (c === '*') {
      if (pattern[i + 1] === '*') {
        re += pattern[i + 2] === '/' ? '(?:.*/)?' : '.*';
        i += pattern[i + 2] === '/' ? 2 : 1;
      } else re += '[^/]*';
    } else if (c === '?') re += '[^/]';
    else if (c === '{') {
      const end = pattern.indexOf('}', i);
      re += `(?:${pattern
        .slice(i + 1, end)
        .split(',')
        .map((s) => s.replace(/[.+^$()|[\]\\]/g, '\\$&'))
        .join('|')})`;
      i = end;
    } else re += /[.+^$()|[\]\\]/.test(c) ? `\\${c}` : c;
  }
  return new RegExp(`^${re}$`);
}

async function glob(pattern: string): Promise<string[]> {
  const parts = pattern.split('/');
  const firstWild = parts.findIndex((p) => /[*?{]/.test(p));
  const base = parts.slice(0, firstWild).join('/') || '.';
  const matcher = globToRegExp(parts.slice(firstWild).join('/'));
  let entries: string[] = [];
  try {
    entries = (await readdir(base, { recursive: true, withFileTypes: true }))
      .filter((e) => e.isFile())
      .map((e) => join(e.parentPath ?? (e as unknown as { path: string }).path, e.name));
  } catch {
    return [];
  }
  const prefix = base === '.' ? '' : `${base}/`;
  return entries
    .map((f) => f.split(sep).join('/'))
    .map((f) => (base === '.' ? f.replace(/^\.\//, '') : f))
    .filter((f) => matcher.test(base === '.' ? f : f.slice(prefix.length)))
    .sort();
}

async function expandFiles(patterns: readonly string[]): Promise<string[]> {
  const out: string[] = [];
  for (const pattern of patterns) {
    if (pattern === '-' || !/[*?[\]{}]/.test(pattern)) {
      out.push(pattern);
      continue;
    }
    const found = await glob(pattern);
    found.sort();
    out.push(...(found.length > 0 ? found : [pattern]));
  }
  return out;
}

const io: CliIO = {
  stdout: (text) => process.stdout.write(text),
  stderr: (text) => process.stderr.write(text),
  readFile: (path) => readFile(path, 'utf8'),
  readStdin,
  expandFiles,
  stdoutIsTTY: process.stdout.isTTY === true,
  stderrIsTTY: process.stderr.isTTY === true,
};

process.exitCode = await runCli(process.argv.slice(2), io);
