import { gzipSync } from 'node:zlib';
import { build } from 'esbuild';
import { describe, expect, it } from 'vitest';
import * as sla from '../src/sla/index.js';

/**
 * Size budgets, measured the way a host's bundler sees kefu: each entry bundled with its dependencies
 * (zod, date-fns, ts-pattern), minified, tree-shaken, then gzipped. Ceilings in bytes come from the
 * issues that own each module; `undefined` means the size is recorded but not yet bounded.
 */
const budgets: { name: string; code: string; ceiling: number | undefined }[] = [
  { name: 'kefu (root, everything)', code: "export * from './src/index.ts';", ceiling: undefined },
  { name: 'kefu/model', code: "export * from './src/model/index.ts';", ceiling: 40_000 },
  { name: 'kefu/model parseTask only', code: "export { parseTask } from './src/model/index.ts';", ceiling: 30_000 },
  { name: 'kefu/sla', code: "export * from './src/sla/index.ts';", ceiling: undefined },
  // Issue budget: kefu/sla without the holiday data ≤ 8 KB; the 2020–2026 data ≤ 2 KB.
  { name: 'kefu/sla without holidays', code: slaWithout(['cnHolidays']), ceiling: 8 * 1024 },
  { name: 'kefu/sla/zone', code: "export * from './src/sla/zone.ts';", ceiling: undefined },
  { name: 'kefu/sla/kpi', code: "export * from './src/sla/kpi.ts';", ceiling: undefined },
  { name: 'cnHolidays data', code: "export { cnHolidays } from './src/sla/holidays-cn.ts';", ceiling: 2 * 1024 },
  { name: 'kefu/classify', code: "export * from './src/classify/index.ts';", ceiling: undefined },
  { name: 'kefu/classify/model', code: "export * from './src/classify/model.ts';", ceiling: undefined },
  { name: 'kefu/scripts', code: "export * from './src/scripts/index.ts';", ceiling: undefined },
  { name: 'kefu/phrases', code: "export * from './src/phrases/index.ts';", ceiling: undefined },
  // A browser host that checks calls with one organisation's rules: issue budget ≤ 40 KB (zod/mini,
  // flow-order opt-in, presets' constants droppable).
  {
    name: 'browser: createChecker + a preset',
    code: "export { createChecker } from './src/phrases/index.ts'; export { gasHotlineLint } from './src/presets/index.ts';",
    ceiling: 40 * 1024,
  },
  { name: 'kefu/presets', code: "export * from './src/presets/index.ts';", ceiling: undefined },
];

function slaWithout(names: string[]): string {
  const keep = Object.keys(sla).filter((n) => !names.includes(n));
  return `export { ${keep.join(', ')} } from './src/sla/index.ts';`;
}

async function gzippedSize(code: string): Promise<number> {
  const result = await build({
    stdin: { contents: code, resolveDir: process.cwd(), loader: 'ts' },
    bundle: true,
    minify: true,
    treeShaking: true,
    format: 'esm',
    platform: 'neutral',
    mainFields: ['module', 'main'],
    write: false,
    logLevel: 'silent',
  });
  return gzipSync(result.outputFiles[0]!.contents, { level: 9 }).length;
}

describe('size budgets (min+gzip, dependencies included)', () => {
  it.each(budgets)('$name', async ({ name, code, ceiling }) => {
    const size = await gzippedSize(code);
    console.log(`size: ${name.padEnd(28)} ${(size / 1024).toFixed(2)} KB${ceiling === undefined ? '' : ` (ceiling ${(ceiling / 1024).toFixed(1)} KB)`}`);
    expect(size).toBeGreaterThan(0);
    if (ceiling !== undefined) expect(size).toBeLessThanOrEqual(ceiling);
  });
});
