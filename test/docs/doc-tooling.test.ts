import { describe, expect, it } from 'vitest';
import { guideSummary, guideTitle, indexDocument, orderGuides, relativiseSiteLinks } from '../../scripts/build-docs.js';
import { chainSnippets, checkedSnippets, entryFromExports, extractFencedBlocks, hasImports, rewriteKefuImports } from '../../scripts/check-doc-snippets.js';
import { readFileSync } from 'node:fs';
import {
  anchor,
  describeDefault,
  describeDuration,
  describeLimit,
  describeSchemaType,
  describeWeek,
  renderCliPage,
  renderPresetsPage,
  renderRulesPage,
} from '../../scripts/gen-reference.js';
import { commands } from '../../src/cli/commands/index.js';
import { BUILTIN_RULES, recommended, resolveConfig } from '../../src/phrases/index.js';
import { PRESET_IDS, presets } from '../../src/presets/index.js';

const GUIDE = [
  '# A guide',
  '',
  '```ts',
  "import { dueAt } from 'kefu/sla';",
  'const a = 1;',
  '```',
  '',
  '````md',
  '```ts',
  'not a block of its own',
  '```',
  '````',
  '',
  '```ts no-check',
  'fragment(',
  '```',
  '',
  '  ~~~typescript',
  '  const b = a + 1;',
  '  ~~~',
  '```sh',
  'npx kefu --help',
  '```',
].join('\n');

describe('snippet extraction', () => {
  it('finds every fenced block with its language, flags and first code line', () => {
    const blocks = extractFencedBlocks(GUIDE, 'guide.md');
    expect(blocks.map((b) => [b.lang, b.flags, b.line])).toEqual([
      ['ts', [], 4],
      ['md', [], 9],
      ['ts', ['no-check'], 15],
      ['typescript', [], 19],
      ['sh', [], 22],
    ]);
    expect(blocks[1]?.code).toBe('```ts\nnot a block of its own\n```');
    expect(blocks[3]?.code).toBe('const b = a + 1;');
  });

  it('checks ts blocks unless marked no-check', () => {
    expect(checkedSnippets(GUIDE, 'guide.md').map((b) => b.code)).toEqual(["import { dueAt } from 'kefu/sla';\nconst a = 1;", 'const b = a + 1;']);
  });

  it('rewrites kefu imports, and only those', () => {
    const code = [
      "import { a } from 'kefu';",
      'import { b } from "kefu/sla";',
      "import 'kefu/phrases';",
      "const c = await import('kefu/presets');",
      "import * as z from 'zod';",
      "import { x } from 'kefu-other';",
    ].join('\n');
    expect(rewriteKefuImports(code, (sub) => `/src/${sub === '' ? 'index' : sub}.js`)).toBe(
      [
        "import { a } from '/src/index.js';",
        'import { b } from "/src/sla.js";',
        "import '/src/phrases.js';",
        "const c = await import('/src/presets.js');",
        "import * as z from 'zod';",
        "import { x } from 'kefu-other';",
      ].join('\n'),
    );
  });

  it('maps package subpaths to their source entries through the exports map', () => {
    const manifest = JSON.parse(readFileSync(new URL('../../package.json', import.meta.url), 'utf8')) as { exports: Record<string, unknown> };
    expect(entryFromExports(manifest.exports, '')).toBe('src/index.js');
    expect(entryFromExports(manifest.exports, 'sla')).toBe('src/sla/index.js');
    expect(entryFromExports(manifest.exports, 'not-a-module')).toBeUndefined();
    expect(rewriteKefuImports("import { x } from 'kefu/phrases/traditional';", (sub) => `<${sub}>`)).toBe("import { x } from '<phrases/traditional>';");
  });

  it('checks a block after the blocks above it, imports merged at the top', () => {
    const snippets = checkedSnippets(GUIDE, 'guide.md');
    expect(hasImports(snippets[0]?.code ?? '')).toBe(true);
    expect(hasImports(snippets[1]?.code ?? '')).toBe(false);
    const chained = chainSnippets(snippets);
    expect(chained[0]).toMatchObject({ code: snippets[0]?.code, prefixLines: 0 });
    expect(chained[1]?.code).toBe('import { dueAt } from "kefu/sla";\nconst a = 1;\nconst b = a + 1;');
    expect(chained[1]?.prefixLines).toBe(2);
  });

  it('lets a later declaration win and never imports a name twice', () => {
    const blocks = [
      "import { createChecker, type Checker } from 'kefu/phrases';\nconst checker: Checker = createChecker();",
      "import { createChecker } from 'kefu/phrases';\nimport * as z from 'zod';\nconst checker = createChecker({});\nconst schema = z.string();",
      'const other = checker;',
    ].map((code, i) => ({ file: 'g.md', line: i * 10, lang: 'ts', flags: [], code }));
    const chained = chainSnippets(blocks);
    // Block 2 redeclares `checker`: block 1 is left out, so nothing clashes.
    expect(chained[1]?.prefixLines).toBe(0);
    // Block 3 continues block 2 only (block 1's `checker` is shadowed by block 2's).
    expect(chained[2]?.code).toBe(
      [
        'import { createChecker } from "kefu/phrases";',
        'import * as z from "zod";',
        'const checker = createChecker({});',
        'const schema = z.string();',
        'const other = checker;',
      ].join('\n'),
    );
  });
});

describe('site build helpers', () => {
  it('orders guides for a newcomer, unknown ones last and alphabetical', () => {
    expect(orderGuides(['tips', 'zeta', 'getting-started', 'alpha', 'cli', 'calendars'])).toEqual(['getting-started', 'calendars', 'tips', 'cli', 'alpha', 'zeta']);
  });

  it('titles a guide by front matter, else by the English part of its heading', () => {
    expect(guideTitle('---\ntitle: "Getting started"\n---\n# x', 'f')).toBe('Getting started');
    expect(guideTitle('# Business calendars (工作日历、节假日与时限)\n', 'f')).toBe('Business calendars');
    expect(guideTitle('# `kefu lint`\n', 'f')).toBe('kefu lint');
    expect(guideTitle('no heading', 'fallback')).toBe('fallback');
  });

  it('summarises a guide by its first sentence of prose', () => {
    expect(guideSummary('# T\n\n```ts\ncode\n```\n\nFirst sentence here. Second one.\n')).toBe('First sentence here.');
  });

  it('makes an index document whose children are the pages, linked relatively', () => {
    const doc = indexDocument('Guides', 'Intro.', [{ title: 'Getting started', path: '/r/docs/guides/getting-started.md', summary: 'Install.' }], '/tmp/x');
    expect(doc).toContain('children:\n  "Getting started": "../../r/docs/guides/getting-started.md"');
    expect(doc).toContain('- [Getting started](../../r/docs/guides/getting-started.md) — Install.');
  });

  it('rewrites site: links relative to the page depth', () => {
    expect(relativiseSiteLinks('<a href="site:playground/index.html">', 0)).toBe('<a href="playground/index.html">');
    expect(relativiseSiteLinks('<a href="site:playground/index.html">', 2)).toBe('<a href="../../playground/index.html">');
  });
});

describe('generated rule reference', () => {
  it('lists every built-in rule with its default severity and DOMAIN rule IDs (rule: PHR-FORBID)', () => {
    const page = renderRulesPage(BUILTIN_RULES);
    for (const rule of BUILTIN_RULES) {
      expect(page).toContain(`## ${rule.meta.id}\n`);
      const entry = resolveConfig(recommended).rules[rule.meta.id];
      expect(page).toContain(`- Default severity: **${entry === undefined ? 'off' : typeof entry === 'string' ? entry : entry[0]}**`);
      for (const id of rule.meta.domainRules) expect(page).toContain(`\`${id}\``);
    }
  });

  it('describes option types and defaults readably (rule: HOT-SLA-3)', () => {
    expect(describeSchemaType({ type: 'number', exclusiveMinimum: 0 })).toBe('number > 0');
    expect(describeSchemaType({ type: 'array', items: { type: 'string' }, minItems: 1 })).toBe('string[] (≥ 1)');
    expect(describeSchemaType({ enum: ['a', 'b'] })).toBe('"a" | "b"');
    expect(describeDefault(180_000)).toBe('`180_000`');
    expect(describeDefault(['贵姓', '怎么称呼'])).toBe('`贵姓`, `怎么称呼`');
    expect(describeDefault([{ template: '您好' }])).toBe('`您好`');
    expect(describeDefault(undefined)).toBe('—');
    expect(anchor('call-length')).toBe('call-length');
  });
});

describe('command-line docs', () => {
  it('generates the verbatim help of every command', async () => {
    const page = await renderCliPage('guide.md');
    expect(page).toContain('Usage: kefu <command> [options]');
    for (const command of commands) {
      expect(page).toContain(`## kefu ${command.name}\n`);
      expect(page).toContain(command.usage.split('\n')[0]);
    }
  });

  it('has a section of the CLI guide for every command', () => {
    const guide = readFileSync(new URL('../../docs/guides/cli.md', import.meta.url), 'utf8');
    for (const command of commands) expect(guide).toMatch(new RegExp(`^## \`kefu ${command.name}\``, 'm'));
  });
});

describe('generated preset reference', () => {
  it('lists every preset with its policies, rules and the DOMAIN rule of each target (rule: HOT-SLA-1)', () => {
    const all = PRESET_IDS.map((id) => presets[id]);
    const page = renderPresetsPage(all, BUILTIN_RULES);
    for (const p of all) {
      expect(page).toContain(`## ${p.id}\n`);
      expect(page).toContain(p.name.zh);
      for (const policy of p.sla.policies) expect(page).toContain(`\`${policy.id}\``);
    }
    expect(page).toMatch(/`gas-hotline\/repair`.*\| 6 hours, calendar clock \| HOT-SLA-1 \|/);
  });

  it('describes limits and weeks in words (rule: HALL-SLA-2)', () => {
    expect(describeLimit({ duration: { days: 3 }, clock: 'calendar', counting: 'civil-code' })).toBe('3 days, calendar clock, Civil-Code days');
    expect(describeLimit({ from: 'estimatedMinutes', clock: 'business' })).toBe("from the task's `estimatedMinutes` (business clock)");
    expect(describeDuration({ weeks: 1, workingDays: 2 })).toBe('1 week 2 working days');
    const weekday = ['08:00-17:00'];
    expect(describeWeek({ week: { mon: weekday, tue: weekday, wed: weekday, thu: weekday, fri: weekday } })).toBe('mon–fri 08:00-17:00; sat–sun closed');
  });
});
