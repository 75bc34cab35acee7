// Type-check every ```ts block of README.md and docs/guides/*.md against the library's sources, and the
// playground's TypeScript (with the DOM library). A guide whose example no longer compiles fails CI, so
// the docs cannot drift from the API. Run: npx tsx scripts/check-doc-snippets.ts
//
// Each block is checked after the blocks above it in the same file (see chainSnippets), so a guide can
// build on its earlier examples. A name no block defines is declared in the block that uses it
// (`declare const transcript: Transcript;`). A block opts out with ```ts no-check — for deliberate
// fragments only.
import { mkdtempSync, readFileSync, readdirSync, rmSync, symlinkSync, writeFileSync, existsSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join, relative, resolve, sep } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import ts from 'typescript';

/** One fenced code block of a markdown file. */
export interface Snippet {
  /** The markdown file, as given. */
  readonly file: string;
  /** 1-based line in the markdown file of the block's first code line. */
  readonly line: number;
  /** The fence's language, lower-cased (`ts`, `sh`, …); empty when none. */
  readonly lang: string;
  /** Words after the language on the fence line, e.g. `['no-check']`. */
  readonly flags: readonly string[];
  readonly code: string;
}

const TS_LANGS = new Set(['ts', 'typescript', 'mts']);

/**
 * Every fenced code block (``` or ~~~, three or more) of a markdown text, in order. A fence closes only
 * on a line of the same character at least as long, as CommonMark says, so a block may show fences.
 */
export function extractFencedBlocks(markdown: string, file: string): Snippet[] {
  const lines = markdown.split(/\r?\n/);
  const blocks: Snippet[] = [];
  let open: { fence: string; indent: number; lang: string; flags: string[]; startLine: number; body: string[] } | undefined;
  for (let index = 0; index < lines.length; index += 1) {
    const line = lines[index] ?? '';
    if (open === undefined) {
      const start = /^( {0,3})(`{3,}|~{3,})\s*([^\s`]*)\s*(.*)$/.exec(line);
      if (start === null) continue;
      const [, indent = '', fence = '', lang = '', rest = ''] = start;
      open = { fence, indent: indent.length, lang: lang.toLowerCase(), flags: rest.split(/\s+/).filter((w) => w !== ''), startLine: index + 2, body: [] };
      continue;
    }
    const close = /^ {0,3}(`{3,}|~{3,})\s*$/.exec(line);
    if (close !== null && close[1]?.[0] === open.fence[0] && (close[1]?.length ?? 0) >= open.fence.length) {
      blocks.push({ file, line: open.startLine, lang: open.lang, flags: open.flags, code: open.body.join('\n') });
      open = undefined;
      continue;
    }
    const strip = Math.min(open.indent, line.length - line.trimStart().length);
    open.body.push(line.slice(strip));
  }
  // An unclosed fence runs to the end of the document (CommonMark).
  if (open !== undefined) blocks.push({ file, line: open.startLine, lang: open.lang, flags: open.flags, code: open.body.join('\n') });
  return blocks;
}

/** The TypeScript blocks that are type-checked: language ts/typescript, without the `no-check` flag. */
export function checkedSnippets(markdown: string, file: string): Snippet[] {
  return extractFencedBlocks(markdown, file).filter((b) => TS_LANGS.has(b.lang) && !b.flags.includes('no-check'));
}

/**
 * Rewrite `'kefu'` and `'kefu/<module>'` module specifiers (in `from`, bare `import '…'` and `import('…')`)
 * with `resolveEntry(subpath)`, where subpath is `''` for the root entry. Other specifiers are untouched.
 */
export function rewriteKefuImports(code: string, resolveEntry: (subpath: string) => string): string {
  return code.replace(
    /(\bfrom\s*|\bimport\s*\(\s*|\bimport\s+)(['"])kefu((?:\/[a-z0-9-]+)*)\2/g,
    (_all, lead: string, quote: string, sub: string) => `${lead}${quote}${resolveEntry(sub === '' ? '' : sub.slice(1))}${quote}`,
  );
}

/** A snippet without import or export is a script; make it a module so blocks never share globals. */
export function asModule(code: string): string {
  return `${code}\nexport {};\n`;
}

/** Whether a block imports anything. */
export function hasImports(code: string): boolean {
  return readBlock(code).imports.length > 0;
}

interface ImportBinding {
  readonly local: string;
  /** The exported name when renamed (`a as b`). */
  readonly imported?: string;
  readonly typeOnly: boolean;
}

interface ImportInfo {
  readonly module: string;
  readonly typeOnly: boolean;
  readonly defaultName?: string;
  readonly namespace?: string;
  readonly named: readonly ImportBinding[];
}

/** A block's import declarations, its code without them, and the names it declares at top level. */
export function readBlock(code: string): { imports: ImportInfo[]; body: string; declared: Set<string> } {
  const source = ts.createSourceFile('block.ts', code, ts.ScriptTarget.ES2022, true, ts.ScriptKind.TS);
  const imports: ImportInfo[] = [];
  const declared = new Set<string>();
  const cuts: [number, number][] = [];
  for (const statement of source.statements) {
    if (ts.isImportDeclaration(statement) && ts.isStringLiteral(statement.moduleSpecifier)) {
      const clause = statement.importClause;
      const bindings = clause?.namedBindings;
      imports.push({
        module: statement.moduleSpecifier.text,
        typeOnly: clause?.isTypeOnly ?? false,
        ...(clause?.name === undefined ? {} : { defaultName: clause.name.text }),
        ...(bindings !== undefined && ts.isNamespaceImport(bindings) ? { namespace: bindings.name.text } : {}),
        named:
          bindings !== undefined && ts.isNamedImports(bindings)
            ? bindings.elements.map((e) => ({ local: e.name.text, ...(e.propertyName === undefined ? {} : { imported: e.propertyName.text }), typeOnly: e.isTypeOnly }))
            : [],
      });
      cuts.push([statement.getFullStart(), statement.getEnd()]);
      continue;
    }
    if (ts.isVariableStatement(statement)) {
      for (const d of statement.declarationList.declarations) collectNames(d.name, declared);
    } else if (
      (ts.isFunctionDeclaration(statement) ||
        ts.isClassDeclaration(statement) ||
        ts.isInterfaceDeclaration(statement) ||
        ts.isTypeAliasDeclaration(statement) ||
        ts.isEnumDeclaration(statement)) &&
      statement.name !== undefined
    ) {
      declared.add(statement.name.text);
    }
  }
  let body = '';
  let at = 0;
  for (const [from, to] of cuts) {
    body += code.slice(at, from);
    at = to;
  }
  body += code.slice(at);
  return { imports, body: body.replace(/^\s*\n/, ''), declared };
}

function collectNames(name: ts.BindingName, into: Set<string>): void {
  if (ts.isIdentifier(name)) {
    into.add(name.text);
    return;
  }
  for (const element of name.elements) if (!ts.isOmittedExpression(element)) collectNames(element.name, into);
}

function boundNames(info: ImportInfo): string[] {
  return [...(info.defaultName === undefined ? [] : [info.defaultName]), ...(info.namespace === undefined ? [] : [info.namespace]), ...info.named.map((n) => n.local)];
}

/** Import declarations for `infos`, leaving out every name in `taken` (and adding what they bind to it). */
function renderImports(infos: readonly ImportInfo[], taken: Set<string>): string[] {
  const lines: string[] = [];
  for (const info of infos) {
    const keepDefault = info.defaultName !== undefined && !taken.has(info.defaultName) ? info.defaultName : undefined;
    const keepNamespace = info.namespace !== undefined && !taken.has(info.namespace) ? info.namespace : undefined;
    const keepNamed = info.named.filter((n) => !taken.has(n.local));
    for (const name of [keepDefault, keepNamespace, ...keepNamed.map((n) => n.local)]) if (name !== undefined) taken.add(name);
    const type = info.typeOnly ? 'type ' : '';
    const from = JSON.stringify(info.module);
    if (boundNames(info).length === 0) {
      lines.push(`import ${from};`);
      continue;
    }
    if (keepNamespace !== undefined) lines.push(`import ${type}* as ${keepNamespace} from ${from};`);
    const named = keepNamed.map((n) => `${n.typeOnly ? 'type ' : ''}${n.imported === undefined ? n.local : `${n.imported} as ${n.local}`}`);
    const parts = [...(keepDefault === undefined ? [] : [keepDefault]), ...(named.length === 0 ? [] : [`{ ${named.join(', ')} }`])];
    if (parts.length > 0) lines.push(`import ${type}${parts.join(', ')} from ${from};`);
  }
  return lines;
}

/**
 * The module text of each block. A guide is a narrative — "build a calendar", then "ask it for a due
 * date" — so each block is checked after the blocks above it in the same file: their imports are merged
 * at the top and their code comes first, except a block that declares a name again (a later block's
 * declaration wins, as a reader expects). The block itself comes last and unchanged; `prefixLines` counts
 * the lines before it, so problems are reported in the block's own lines only.
 */
export function chainSnippets(snippets: readonly Snippet[]): { snippet: Snippet; code: string; prefixLines: number }[] {
  const read = snippets.map((s) => readBlock(s.code));
  return snippets.map((snippet, index) => {
    const own = read[index] ?? { imports: [], body: '', declared: new Set<string>() };
    const taken = new Set<string>([...own.declared, ...own.imports.flatMap(boundNames)]);
    const included: number[] = [];
    const later = new Set<string>(taken);
    for (let i = index - 1; i >= 0; i -= 1) {
      const block = read[i];
      if (block === undefined || [...block.declared].some((name) => later.has(name))) continue;
      included.unshift(i);
      for (const name of block.declared) later.add(name);
    }
    const hoisted = renderImports(
      included.flatMap((i) => read[i]?.imports ?? []),
      new Set([...taken, ...included.flatMap((i) => [...(read[i]?.declared ?? [])])]),
    );
    const prefix = [...hoisted, ...included.map((i) => read[i]?.body ?? '')].join('\n');
    const code = prefix === '' ? snippet.code : `${prefix}\n${snippet.code}`;
    return { snippet, code, prefixLines: prefix === '' ? 0 : prefix.split('\n').length };
  });
}

interface Problem {
  readonly where: string;
  readonly message: string;
}

const here = dirname(fileURLToPath(import.meta.url));
const repo = resolve(here, '..');

function repoOptions(): ts.CompilerOptions {
  const configPath = join(repo, 'tsconfig.json');
  const read = ts.readConfigFile(configPath, (p) => ts.sys.readFile(p));
  if (read.error !== undefined) throw new Error(ts.flattenDiagnosticMessageText(read.error.messageText, '\n'));
  const parsed = ts.parseJsonConfigFileContent(read.config, ts.sys, repo, undefined, configPath);
  return { ...parsed.options, noEmit: true, typeRoots: [join(repo, 'node_modules', '@types')] };
}

function format(diagnostic: ts.Diagnostic, locate: (file: string, line: number) => string | undefined): Problem {
  const message = ts.flattenDiagnosticMessageText(diagnostic.messageText, '\n');
  if (diagnostic.file === undefined || diagnostic.start === undefined) return { where: '(program)', message };
  const { line, character } = diagnostic.file.getLineAndCharacterOfPosition(diagnostic.start);
  const where = locate(diagnostic.file.fileName, line) ?? `${relative(repo, diagnostic.file.fileName)}:${line + 1}:${character + 1}`;
  return { where, message };
}

/**
 * The source file behind a subpath of the package (`''` for the root): its `exports` entry's ESM file
 * under dist/, mapped back to src/ (the TypeScript resolver finds the .ts file behind the .js name).
 */
export function entryFromExports(exports: Record<string, unknown>, subpath: string): string | undefined {
  const branch = exports[subpath === '' ? '.' : `./${subpath}`];
  const target = typeof branch === 'object' && branch !== null ? (branch as { import?: { default?: unknown } }).import?.default : undefined;
  if (typeof target !== 'string' || !target.startsWith('./dist/')) return undefined;
  return `src/${target.slice('./dist/'.length)}`;
}

function sourceEntry(subpath: string): string | undefined {
  const manifest = JSON.parse(readFileSync(join(repo, 'package.json'), 'utf8')) as { exports?: Record<string, unknown> };
  const entry = entryFromExports(manifest.exports ?? {}, subpath);
  return entry === undefined ? undefined : join(repo, entry);
}

function snippetSources(): string[] {
  const guides = join(repo, 'docs', 'guides');
  const files = [join(repo, 'README.md')];
  if (existsSync(guides)) {
    for (const name of readdirSync(guides).sort()) if (name.endsWith('.md')) files.push(join(guides, name));
  }
  return files;
}

/** Type-check the markdown snippets; returns the problems and how many blocks were checked. */
export function checkMarkdownSnippets(files: readonly string[] = snippetSources()): { problems: Problem[]; checked: number; skipped: number } {
  const work = mkdtempSync(join(tmpdir(), 'kefu-doc-snippets-'));
  try {
    // ESM scope like the repo, and the repo's packages (zod, …) visible from the temporary folder.
    writeFileSync(join(work, 'package.json'), JSON.stringify({ type: 'module', private: true }));
    symlinkSync(join(repo, 'node_modules'), join(work, 'node_modules'), 'junction');
    const origin = new Map<string, { snippet: Snippet; prefixLines: number }>();
    let skipped = 0;
    for (const file of files) {
      const markdown = readFileSync(file, 'utf8');
      const all = extractFencedBlocks(markdown, relative(repo, file));
      skipped += all.filter((b) => TS_LANGS.has(b.lang) && b.flags.includes('no-check')).length;
      const stem = relative(repo, file).replace(/[\\/]/g, '__').replace(/\.md$/, '');
      chainSnippets(checkedSnippets(markdown, relative(repo, file))).forEach(({ snippet, code: source, prefixLines }, index) => {
        const target = join(work, `${stem}__${index + 1}.ts`);
        const code = rewriteKefuImports(source, (sub) => {
          const entry = sourceEntry(sub);
          // A subpath the package does not export stays as written, so the check reports it.
          if (entry === undefined) return sub === '' ? 'kefu' : `kefu/${sub}`;
          const rel = relative(work, entry).split(sep).join('/');
          return rel.startsWith('.') ? rel : `./${rel}`;
        });
        writeFileSync(target, asModule(code));
        origin.set(target, { snippet, prefixLines });
      });
    }
    if (origin.size === 0) return { problems: [], checked: 0, skipped };
    const program = ts.createProgram([...origin.keys()], repoOptions());
    const problems = ts
      .getPreEmitDiagnostics(program)
      .filter((d) => d.category === ts.DiagnosticCategory.Error)
      // Only the snippets' own problems: the library's are the typecheck step's business. A problem in
      // lines inherited from an earlier block is that block's, already reported there.
      .filter((d) => {
        const entry = d.file === undefined ? undefined : origin.get(resolve(d.file.fileName));
        if (d.file !== undefined && entry === undefined) return false;
        if (entry === undefined || d.start === undefined || d.file === undefined) return true;
        return d.file.getLineAndCharacterOfPosition(d.start).line >= entry.prefixLines;
      })
      .map((d) =>
        format(d, (fileName, line) => {
          const entry = origin.get(resolve(fileName));
          return entry === undefined ? undefined : `${entry.snippet.file}:${entry.snippet.line + line - entry.prefixLines}`;
        }),
      );
    return { problems, checked: origin.size, skipped };
  } finally {
    rmSync(work, { recursive: true, force: true });
  }
}

/** Type-check the playground's sources with the DOM library (they are outside the repo's tsconfig). */
export function checkPlayground(): Problem[] {
  const folder = join(repo, 'docs', 'playground');
  if (!existsSync(folder)) return [];
  const roots = readdirSync(folder)
    .filter((n) => n.endsWith('.ts'))
    .map((n) => join(folder, n));
  const options: ts.CompilerOptions = { ...repoOptions(), lib: ['lib.es2022.d.ts', 'lib.dom.d.ts', 'lib.dom.iterable.d.ts'], types: [] };
  const program = ts.createProgram(roots, options);
  return ts
    .getPreEmitDiagnostics(program)
    .filter((d) => d.category === ts.DiagnosticCategory.Error && (d.file === undefined || resolve(d.file.fileName).startsWith(folder)))
    .map((d) => format(d, () => undefined));
}

function main(): void {
  const { problems, checked, skipped } = checkMarkdownSnippets();
  const playground = checkPlayground();
  for (const p of [...problems, ...playground]) console.error(`${p.where}: ${p.message}`);
  console.log(`doc snippets: ${checked} checked, ${skipped} marked no-check, ${problems.length} problem(s); playground: ${playground.length} problem(s)`);
  if (problems.length > 0 || playground.length > 0) process.exitCode = 1;
}

if (process.argv[1] !== undefined && import.meta.url === pathToFileURL(resolve(process.argv[1])).href) main();
