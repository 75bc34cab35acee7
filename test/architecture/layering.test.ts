import { readdirSync, readFileSync, statSync } from 'node:fs';
import { dirname, join, relative, resolve, sep } from 'node:path';
import { describe, expect, it } from 'vitest';

/**
 * The module order of the architecture: a module imports only from modules of an earlier rank.
 * Modules of one rank (sla, scripts, transcripts) are peers and do not import each other.
 */
const RANK: Readonly<Record<string, number>> = {
  model: 0,
  text: 1,
  sla: 2,
  scripts: 2,
  transcripts: 2,
  classify: 3,
  phrases: 4,
  presets: 5,
  index: 6,
  cli: 7,
};
const MECHANISMS = ['model', 'text', 'sla', 'scripts', 'transcripts', 'classify', 'phrases'];
const ORGANISATIONS = /gas-hotline|gas-service-hall|auto-aftersales|property-management|enterprise-hotline|equipment-support/;

const SRC = resolve('src');

function filesUnder(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    return statSync(path).isDirectory() ? filesUnder(path) : path.endsWith('.ts') ? [path] : [];
  });
}

function moduleOf(file: string): string {
  const [first = '', second] = relative(SRC, file).split(sep);
  return second === undefined ? first.replace(/\.ts$/, '') : first;
}

const IMPORT = /(?:^|[\s;])(?:import|export)\s[^'"]*?from\s*['"]([^'"]+)['"]|import\(\s*['"]([^'"]+)['"]\s*\)/g;

function relativeImports(file: string): string[] {
  const text = readFileSync(file, 'utf8');
  const found: string[] = [];
  for (const m of text.matchAll(IMPORT)) {
    const spec = m[1] ?? m[2];
    if (spec?.startsWith('.')) found.push(resolve(dirname(file), spec));
  }
  return found;
}

describe('architecture', () => {
  const files = filesUnder(SRC);

  it('every file belongs to a ranked module', () => {
    expect(files.map(moduleOf).filter((m) => RANK[m] === undefined)).toEqual([]);
  });

  it('imports only go from a later module to an earlier one (model → text → sla/scripts/transcripts → classify → phrases → presets → cli)', () => {
    const violations: string[] = [];
    for (const file of files) {
      const from = moduleOf(file);
      for (const target of relativeImports(file)) {
        const to = moduleOf(target);
        const ok = to === from || (RANK[to] ?? Infinity) < (RANK[from] ?? -Infinity);
        if (!ok) violations.push(`${relative(SRC, file)} → ${relative(SRC, target)}`);
      }
    }
    expect(violations).toEqual([]);
  });

  it('the CLI imports only public entries of the library', () => {
    const publicEntries = new Set(['index.ts', ...Object.keys(RANK).map((m) => `${m}/index.ts`), 'text/traditional.ts', 'sla/zone.ts', 'sla/kpi.ts', 'classify/model.ts']);
    const violations: string[] = [];
    for (const file of files.filter((f) => moduleOf(f) === 'cli')) {
      for (const target of relativeImports(file)) {
        const rel = relative(SRC, target).replace(/\.js$/, '.ts');
        if (moduleOf(target) !== 'cli' && !publicEntries.has(rel)) violations.push(`${relative(SRC, file)} → ${rel}`);
      }
    }
    expect(violations).toEqual([]);
  });

  it('no mechanism module names an organisation (organisations live in src/presets)', () => {
    const hits = files
      .filter((f) => MECHANISMS.includes(moduleOf(f)))
      .flatMap((f) =>
        readFileSync(f, 'utf8')
          .split('\n')
          .flatMap((line, i) => (ORGANISATIONS.test(line) ? [`${relative(SRC, f)}:${i + 1}`] : [])),
      );
    expect(hits).toEqual([]);
  });
});
