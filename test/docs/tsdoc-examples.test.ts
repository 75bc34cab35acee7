import { describe, expect, it } from 'vitest';
import {
  checkExamples,
  entriesFromExports,
  entryForFile,
  exportedNames,
  extractExamples,
  importSpecifiers,
  isPublicSpecifier,
  readComment,
  topLevelNames,
  virtualModule,
} from '../../scripts/check-tsdoc-examples.js';

const SOURCE = [
  '/**', // 1
  ' * kefu/demo — a module of its own.',
  ' *',
  ' * @example',
  ' * ```ts',
  " * import { shout } from 'kefu/demo';",
  ' * ```',
  ' * @module demo',
  ' */',
  "export { helper } from './helper.js';", // 10
  '',
  '/**',
  ' * Say it louder.',
  ' *',
  ' * ```ts',
  ' * // a block in the description: not an example',
  ' * ```',
  ' *',
  ' * @param text - what to say',
  ' * @example Shouting', // 20
  ' * ```ts',
  " * shout('hi'); // 'HI'",
  ' * if (true) {',
  " *   shout('indented');",
  ' * }',
  ' * ```',
  ' * @example',
  ' * ```ts no-check',
  ' * shout(',
  ' * ```', // 30
  ' * @returns the text, upper-cased',
  ' * ```ts',
  ' * // after @returns: not in the example tag',
  ' * ```',
  ' */',
  'export function shout(text: string): string {',
  '  return text.toUpperCase();',
  '}',
  '',
  '/**', // 40
  ' * @example',
  ' * ```ts',
  ' * whisper();',
  ' * ```',
  ' */',
  'function whisper(): void {}',
  '',
  '/**',
  ' * @internal',
  ' * @example', // 50
  ' * ```ts',
  ' * secret();',
  ' * ```',
  ' */',
  'export function secret(): void {}',
  '',
  '/** A local exported below. @example `const n = local;` */',
  'const local = 1;',
  'export { local };',
  '', // 60
  'export class Greeter {',
  '  /**',
  '   * @example',
  '   * ```typescript',
  "   * new Greeter().greet('王');",
  '   * ```',
  '   */',
  '  greet(name: string): string {',
  '    return `您好，${name}`;',
  '  }', // 70
  '}',
  'void whisper;',
].join('\n');

describe('extractExamples', () => {
  const { examples, unchecked } = extractExamples(SOURCE, 'src/demo/shout.ts');

  it('takes the ts blocks of @example tags of exported declarations, with the source line of their first code line', () => {
    expect(examples.map((e) => [e.declaration, e.line])).toEqual([
      ['(module)', 6],
      ['shout', 22],
      ['Greeter.greet', 65],
    ]);
  });

  it('keeps the code as written, relative indentation included', () => {
    expect(examples[1]?.code).toBe(["shout('hi'); // 'HI'", 'if (true) {', "  shout('indented');", '}'].join('\n'));
    expect(examples[2]?.code).toBe("new Greeter().greet('王');");
  });

  it('counts what it does not check', () => {
    expect(unchecked).toEqual({ outsideExample: 2, notExported: 1, withoutBlock: 1, internal: 1, noCheck: 1 });
  });

  it('finds nothing in a file without TSDoc examples', () => {
    expect(extractExamples('export const a = 1; // @example', 'src/x/a.ts').examples).toEqual([]);
  });
});

describe('readComment', () => {
  it('ends an example at the next block tag outside a fence, not at an @ inside one', () => {
    const comment = ['/**', ' * @example', ' * ```ts', ' * // @param is code here', ' * const a = 1;', ' * ```', ' * @see other', ' */'].join('\n');
    expect(readComment(comment, 10).blocks).toEqual([{ line: 13, code: '// @param is code here\nconst a = 1;', inExample: true, noCheck: false }]);
  });

  it('accepts longer and tilde fences, closed by the same character at least as long', () => {
    const comment = ['/**', ' * @example', ' * ~~~~ts', ' * const a = 1;', ' * ~~~', ' * ~~~~', ' */'].join('\n');
    expect(readComment(comment, 1).blocks.map((b) => b.code)).toEqual(['const a = 1;\n~~~']);
  });
});

describe('names and specifiers of a block', () => {
  it('lists the names a block declares or imports at top level, not nested ones', () => {
    const code = [
      "import { a, b as c } from 'kefu/sla';",
      "import * as ns from 'kefu';",
      'const { d, e: [f] } = g;',
      'function h() { const inner = 1; }',
      'type T = 1;',
      'interface I {}',
      'declare const j: T;',
    ].join('\n');
    expect([...topLevelNames(code)].sort()).toEqual(['I', 'T', 'a', 'c', 'd', 'f', 'h', 'j', 'ns']);
  });

  it('finds every kind of import specifier, with its line in the block', () => {
    const code = ["import { a } from 'kefu/sla';", "const m = await import('../src/sla/index.js');", "type X = import('zod').ZodType;"].join('\n');
    expect(importSpecifiers(code)).toEqual([
      { specifier: 'kefu/sla', line: 0 },
      { specifier: '../src/sla/index.js', line: 1 },
      { specifier: 'zod', line: 2 },
    ]);
  });

  it('lets examples import the package and third parties, not relative paths or the sources', () => {
    expect(['kefu', 'kefu/sla', 'zod', 'node:fs'].every(isPublicSpecifier)).toBe(true);
    expect(['./x.js', '../src/sla/index.js', '/abs/x.js', 'kefu/src/sla'].some(isPublicSpecifier)).toBe(false);
  });
});

describe('entries and their exports', () => {
  const files = new Map<string, string>([
    ['src/index.ts', "export * from './sla/index.js';"],
    [
      'src/sla/index.ts',
      "export type { Calendar } from './types.js';\nexport { dueAt, type DueAt } from './due.js';\nexport * from './more.js';\nexport * as units from './units.js';",
    ],
    ['src/sla/types.ts', 'export interface Calendar { readonly id: string }'],
    ['src/sla/due.ts', 'export interface DueAt { readonly at: Date }\nexport function dueAt(): DueAt { return { at: new Date(0) }; }'],
    ['src/sla/more.ts', 'export const Limit = 1;\nexport type Limit = number;\nexport type Only = string;\nexport default 3;'],
    ['src/sla/units.ts', 'export const day = 1;'],
    ['src/text/traditional.ts', 'export const t = 1;'],
    ['src/text/index.ts', 'export const normalize = 1;'],
  ]);
  const exists = (file: string): boolean => files.has(file);
  const entries = entriesFromExports({ '.': {}, './sla': {}, './text': {}, './text/traditional': {}, './package.json': './package.json' }, exists);

  it('maps subpath exports to their sources', () => {
    expect([...entries]).toEqual([
      ['kefu', 'src/index.ts'],
      ['kefu/sla', 'src/sla/index.ts'],
      ['kefu/text', 'src/text/index.ts'],
      ['kefu/text/traditional', 'src/text/traditional.ts'],
    ]);
  });

  it('gives a file the entry it is, else its module folder’s, else none', () => {
    expect(entryForFile('src/sla/due.ts', entries)).toBe('kefu/sla');
    expect(entryForFile('src/text/traditional.ts', entries)).toBe('kefu/text/traditional');
    expect(entryForFile('src/text/normalize.ts', entries)).toBe('kefu/text');
    expect(entryForFile('src/index.ts', entries)).toBe('kefu');
    expect(entryForFile('src/cli/main.ts', entries)).toBeUndefined();
  });

  it('reads export lists from syntax, following export * and telling types from values', () => {
    const names = exportedNames('src/index.ts', (f) => files.get(f));
    expect(Object.fromEntries([...names].sort())).toEqual({ Calendar: 'type', DueAt: 'type', Limit: 'value', Only: 'type', dueAt: 'value', units: 'value' });
  });

  it('imports the entry’s names the block does not declare itself, after the block', () => {
    const exports = new Map([
      ['dueAt', 'value'],
      ['Calendar', 'type'],
      ['Limit', 'value'],
    ] as const);
    const { text, implicit } = virtualModule("import { dueAt } from 'kefu/sla';\nconst Limit = 2;", 'kefu/sla', exports);
    expect(implicit).toEqual(['Calendar']);
    expect(text).toBe("import { dueAt } from 'kefu/sla';\nconst Limit = 2;\n;\nimport { type Calendar } from 'kefu/sla';\nexport {};\n");
    expect(virtualModule('const a = 1;', undefined, undefined)).toEqual({ text: 'const a = 1;\n;\nexport {};\n', implicit: [] });
  });
});

describe('checkExamples', () => {
  it('type-checks blocks in one program: implicit imports from the own entry pass, unknown names and non-public imports fail', () => {
    const result = checkExamples([
      {
        file: 'src/sla/fake.ts',
        declaration: 'a',
        line: 10,
        code: "const cal = createCalendar({ week: { mon: ['08:00-17:00'] } });\ndueAt(cal, '2026-09-30T16:00:00+08:00', { duration: { hours: 1 }, clock: 'business', counting: 'elapsed' });",
      },
      { file: 'src/sla/fake.ts', declaration: 'b', line: 20, code: "import type { Calendar } from 'kefu/sla';\ndeclare const cal: Calendar;\nnotAThing(cal);" },
      { file: 'src/sla/fake.ts', declaration: 'c', line: 30, code: "import { dueAt } from '../src/sla/index.js';\nvoid dueAt;" },
      { file: 'src/sla/fake.ts', declaration: 'd', line: 40, code: "const n: number = 'x';" },
      { file: 'src/cli/fake.ts', declaration: 'e', line: 50, code: 'dueAt;' },
    ]);
    expect(result.internal).toEqual([]);
    expect(result.errors.map((e) => [e.file, e.line, e.kind])).toEqual([
      ['src/cli/fake.ts', 50, 'unknown name'],
      ['src/sla/fake.ts', 22, 'unknown name'],
      ['src/sla/fake.ts', 30, 'non-public import'],
      ['src/sla/fake.ts', 30, 'import'],
      ['src/sla/fake.ts', 40, 'type'],
    ]);
    expect(result.errors[1]?.message).toContain("Cannot find name 'notAThing'");
    expect(result.implicit.map((i) => [i.example.declaration, i.names])).toEqual([['a', ['createCalendar', 'dueAt']]]);
  });
});
