// Type-check every ```ts block inside an `@example` tag of the TSDoc comments in src/, so the API
// reference (generated from those comments) cannot show code that no longer compiles.
// Run: npx tsx scripts/check-tsdoc-examples.ts [--by-file] [--implicit]
//
// What is checked
// - Every TSDoc comment (`/** … */`) of an exported declaration of a file under src/ (not .d.ts): a
//   top-level statement with `export` (functions and their overloads, classes, interfaces, types, enums,
//   namespaces, `const`s), `export default`, a local later named in `export { … }`, and any comment
//   nested inside such a declaration (class members, interface members, object properties). A comment
//   that carries `@module` or `@packageDocumentation` (a module's own documentation) is checked too.
// - Inside such a comment, the fenced blocks of language `ts` or `typescript` that sit in an `@example`
//   tag, i.e. after `@example` and before the next block tag (`@param`, `@returns`, …) outside a fence.
//   A block opts out with ```ts no-check (for deliberate fragments only), as in the guides.
//   Not checked (counted in the summary): blocks outside `@example`, examples of declarations that are
//   not exported or are marked `@internal` (typedoc leaves them out of the reference, and no public
//   import can reach them), and `@example` tags without a fenced block (inline `code`).
//
// How
// - Each block becomes its own virtual module (so blocks never share names) under .tsdoc-examples/,
//   which exists only in memory. All of them are type-checked in ONE program (one ts.createProgram over
//   a custom CompilerHost) with the compiler options of tsconfig.json, whose `paths` map `kefu` and
//   `kefu/*` to the sources. Blocks are statements: `dueAt(…); // '2026-…'` and unused values are fine.
// - Examples import the public API: an import whose specifier is relative (`./x.js`, `../src/…`) or
//   names src/ is an error ("non-public import"). `kefu`, `kefu/<module>` and third-party packages are fine.
//
// The implicit-import rule (so existing examples that use their own module's names stay practical)
// - The file's public entry is: the file itself when it is the source of a subpath export of
//   package.json (src/index.ts is `kefu`, src/text/traditional.ts is `kefu/text/traditional`); else, for
//   src/<module>/…, the entry `kefu/<module>` when package.json exports `./<module>`; else none (src/cli).
// - Every name that entry exports, except the names the block itself declares or imports at its top
//   level, is imported into the block from that entry (`import { type T, v } from 'kefu/<module>'`,
//   appended after the block, so line numbers are untouched; type-only exports are imported as types).
// - A name the block uses and obtains that way is an "implicit import": counted and listed with
//   --implicit, not an error. A name that is neither declared, imported, global, nor exported by the
//   file's own entry is an error ("unknown name"), and so is a name imported from an entry that does
//   not export it ("import").
// - The entry's export list is read from the sources' syntax (following `export * from`) before the
//   program is built, then verified against the type checker's view; a mismatch is an internal error.
//
// Output: one `file:line: [kind] TSnnnn message` per error, the line being the source line inside the
// TSDoc comment, then a summary. Exit 1 when any example has an error, 2 on an internal error.
import { readFileSync, readdirSync, statSync } from 'node:fs';
import { dirname, join, resolve, sep } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import ts from 'typescript';

/** One ```ts block of an `@example` tag. */
export interface ExampleBlock {
  /** The source file, as given to the extractor (repo-relative, `/`-separated, in the checker). */
  readonly file: string;
  /** The exported declaration the comment documents (`Outer.member` for nested ones, `(module)` for module docs). */
  readonly declaration: string;
  /** 1-based line in the source file of the block's first code line. */
  readonly line: number;
  readonly code: string;
}

/** What the extractor saw but does not check, for the summary. */
export interface Unchecked {
  /** ```ts blocks in a TSDoc comment but outside an `@example` tag. */
  outsideExample: number;
  /** ```ts blocks in `@example` tags of declarations that are not exported. */
  notExported: number;
  /** `@example` tags with no fenced block (e.g. inline `code`). */
  withoutBlock: number;
  /** ```ts blocks in `@example` tags of declarations marked `@internal` (not in the API reference). */
  internal: number;
  /** Blocks marked ```ts no-check. */
  noCheck: number;
}

const TS_LANGS = new Set(['ts', 'typescript']);
const MODULE_DOC_TAG = /@(module|packageDocumentation)\b/;
const INTERNAL_TAG = /(^|\s)@internal\b/;

/** The name(s) a top-level statement declares, or undefined when it declares none. */
function declaredNames(statement: ts.Statement): string[] {
  if (ts.isVariableStatement(statement)) {
    const names = new Set<string>();
    for (const d of statement.declarationList.declarations) collectBindingNames(d.name, names);
    return [...names];
  }
  if (
    (ts.isFunctionDeclaration(statement) ||
      ts.isClassDeclaration(statement) ||
      ts.isInterfaceDeclaration(statement) ||
      ts.isTypeAliasDeclaration(statement) ||
      ts.isEnumDeclaration(statement) ||
      ts.isModuleDeclaration(statement)) &&
    statement.name !== undefined &&
    (ts.isIdentifier(statement.name) || ts.isStringLiteral(statement.name))
  ) {
    return [statement.name.text];
  }
  return [];
}

function collectBindingNames(name: ts.BindingName, into: Set<string>): void {
  if (ts.isIdentifier(name)) {
    into.add(name.text);
    return;
  }
  for (const element of name.elements) if (!ts.isOmittedExpression(element)) collectBindingNames(element.name, into);
}

function hasExportModifier(statement: ts.Statement): boolean {
  return ts.canHaveModifiers(statement) && (ts.getModifiers(statement) ?? []).some((m) => m.kind === ts.SyntaxKind.ExportKeyword);
}

/** Names a file exports through `export { a, b as c }` without a module specifier (locals). */
function locallyExportedNames(source: ts.SourceFile): Set<string> {
  const names = new Set<string>();
  for (const statement of source.statements) {
    if (!ts.isExportDeclaration(statement) || statement.moduleSpecifier !== undefined || statement.exportClause === undefined) continue;
    if (!ts.isNamedExports(statement.exportClause)) continue;
    for (const element of statement.exportClause.elements) names.add((element.propertyName ?? element.name).text);
  }
  return names;
}

/** The `/** … *\/` comments directly before a node (leading comments, in order). */
function jsDocRanges(text: string, pos: number): ts.CommentRange[] {
  return (ts.getLeadingCommentRanges(text, pos) ?? []).filter(
    (r) => r.kind === ts.SyntaxKind.MultiLineCommentTrivia && text.startsWith('/**', r.pos) && !text.startsWith('/**/', r.pos),
  );
}

interface CommentBlock {
  readonly line: number;
  readonly code: string;
  readonly inExample: boolean;
  readonly noCheck: boolean;
}

/**
 * The fenced ts blocks of one TSDoc comment, each with whether it sits in an `@example` tag, and the
 * number of `@example` tags that hold no fenced block. `firstLine` is the comment's 1-based line.
 */
export function readComment(comment: string, firstLine: number): { blocks: CommentBlock[]; examplesWithoutBlock: number } {
  const lines = comment.split(/\r?\n/);
  const blocks: CommentBlock[] = [];
  let tag: string | undefined;
  let exampleHasBlock = false;
  let examplesWithoutBlock = 0;
  let fence: { marker: string; indent: number; lang: string; noCheck: boolean; start: number; body: string[] } | undefined;
  const closeTag = (): void => {
    if (tag === 'example' && !exampleHasBlock) examplesWithoutBlock += 1;
  };
  const openFence = (rest: string, index: number, indent: number): boolean => {
    const start = /^(`{3,}|~{3,})\s*([^\s`]*)\s*(.*)$/.exec(rest);
    if (start === null) return false;
    const [, marker = '', lang = '', flags = ''] = start;
    fence = { marker, indent, lang: lang.toLowerCase(), noCheck: flags.split(/\s+/).includes('no-check'), start: index, body: [] };
    if (tag === 'example') exampleHasBlock = true;
    return true;
  };
  for (let index = 0; index < lines.length; index += 1) {
    let line = lines[index] ?? '';
    if (index === 0) line = line.replace(/^\s*\/\*\*/, '');
    if (index === lines.length - 1) line = line.replace(/\*\/\s*$/, '');
    line = line.replace(/^\s*\*(?!\/) ?/, '');
    if (fence !== undefined) {
      const close = /^(\s*)(`{3,}|~{3,})\s*$/.exec(line);
      if (close !== null && close[2]?.[0] === fence.marker[0] && (close[2]?.length ?? 0) >= fence.marker.length) {
        if (TS_LANGS.has(fence.lang)) blocks.push({ line: firstLine + fence.start + 1, code: fence.body.join('\n'), inExample: tag === 'example', noCheck: fence.noCheck });
        fence = undefined;
        continue;
      }
      const strip = Math.min(fence.indent, line.length - line.trimStart().length);
      fence.body.push(line.slice(strip));
      continue;
    }
    const indent = line.length - line.trimStart().length;
    const blockTag = /^\s*@([A-Za-z]+)\b\s*(.*)$/.exec(line);
    if (blockTag !== null) {
      closeTag();
      tag = blockTag[1];
      exampleHasBlock = false;
      // `@example` may carry a title; a fence may also open on the tag's own line.
      openFence(blockTag[2] ?? '', index, indent);
      continue;
    }
    openFence(line.trimStart(), index, indent);
  }
  // An unclosed fence runs to the end of the comment (CommonMark).
  const open = fence as { lang: string; start: number; body: string[]; noCheck: boolean } | undefined;
  if (open !== undefined && TS_LANGS.has(open.lang))
    blocks.push({ line: firstLine + open.start + 1, code: open.body.join('\n'), inExample: tag === 'example', noCheck: open.noCheck });
  closeTag();
  // A tag that starts only mid-line (`/** A turn. @example \`…\` *\/`) is an inline example without a block.
  if (tag === undefined && /(^|\s)@example\b/.test(comment)) examplesWithoutBlock += 1;
  return { blocks, examplesWithoutBlock };
}

/** Every checked example block of one source file, and what was seen but not checked. */
export function extractExamples(sourceText: string, file: string): { examples: ExampleBlock[]; unchecked: Unchecked } {
  const source = ts.createSourceFile(file, sourceText, ts.ScriptTarget.ES2022, true, ts.ScriptKind.TS);
  const exportedLocals = locallyExportedNames(source);
  const examples: ExampleBlock[] = [];
  const unchecked: Unchecked = { outsideExample: 0, notExported: 0, withoutBlock: 0, internal: 0, noCheck: 0 };
  const seen = new Set<number>();

  const takeComment = (range: ts.CommentRange, declaration: string, exported: boolean): void => {
    if (seen.has(range.pos)) return;
    seen.add(range.pos);
    const comment = sourceText.slice(range.pos, range.end);
    const isModuleDoc = MODULE_DOC_TAG.test(comment);
    const label = isModuleDoc ? '(module)' : declaration;
    const { blocks, examplesWithoutBlock } = readComment(comment, source.getLineAndCharacterOfPosition(range.pos).line + 1);
    if (exported || isModuleDoc) unchecked.withoutBlock += examplesWithoutBlock;
    for (const block of blocks) {
      if (!block.inExample) unchecked.outsideExample += 1;
      else if (!exported && !isModuleDoc) unchecked.notExported += 1;
      else if (INTERNAL_TAG.test(comment)) unchecked.internal += 1;
      else if (block.noCheck) unchecked.noCheck += 1;
      else examples.push({ file, declaration: label, line: block.line, code: block.code });
    }
  };

  const visitNested = (node: ts.Node, outer: string): void => {
    ts.forEachChild(node, (child) => {
      const name = (child as { name?: ts.Node }).name;
      const label = name !== undefined && (ts.isIdentifier(name) || ts.isStringLiteral(name) || ts.isPrivateIdentifier(name)) ? `${outer}.${name.text}` : outer;
      for (const range of jsDocRanges(sourceText, child.pos)) takeComment(range, label, true);
      visitNested(child, label);
    });
  };

  for (const statement of source.statements) {
    const names = declaredNames(statement);
    const exported = hasExportModifier(statement) || ts.isExportAssignment(statement) || names.some((n) => exportedLocals.has(n));
    const label = ts.isExportAssignment(statement) ? 'default' : names.length > 0 ? names.join(', ') : '(statement)';
    // Leading comments in order: the last one documents the statement; earlier ones are detached, and
    // count only when they are a module's documentation.
    const ranges = jsDocRanges(sourceText, statement.pos);
    ranges.forEach((range, index) => {
      const documents = index === ranges.length - 1;
      takeComment(range, documents ? label : '(detached)', documents && exported);
    });
    if (exported) visitNested(statement, label);
  }
  return { examples, unchecked };
}

/** The names a block declares or imports at its top level (they are never imported implicitly). */
export function topLevelNames(code: string): Set<string> {
  const source = ts.createSourceFile('block.ts', code, ts.ScriptTarget.ES2022, true, ts.ScriptKind.TS);
  const names = new Set<string>();
  for (const statement of source.statements) {
    if (ts.isImportDeclaration(statement) || ts.isImportEqualsDeclaration(statement)) {
      if (ts.isImportEqualsDeclaration(statement)) {
        names.add(statement.name.text);
        continue;
      }
      const clause = statement.importClause;
      if (clause?.name !== undefined) names.add(clause.name.text);
      const bindings = clause?.namedBindings;
      if (bindings !== undefined && ts.isNamespaceImport(bindings)) names.add(bindings.name.text);
      if (bindings !== undefined && ts.isNamedImports(bindings)) for (const e of bindings.elements) names.add(e.name.text);
      continue;
    }
    for (const name of declaredNames(statement)) names.add(name);
  }
  return names;
}

/** The module specifiers of a block's imports (static, `import('…')` and `import x = require('…')`). */
export function importSpecifiers(code: string): { specifier: string; line: number }[] {
  const source = ts.createSourceFile('block.ts', code, ts.ScriptTarget.ES2022, true, ts.ScriptKind.TS);
  const found: { specifier: string; line: number }[] = [];
  const visit = (node: ts.Node): void => {
    let spec: ts.Expression | undefined;
    if ((ts.isImportDeclaration(node) || ts.isExportDeclaration(node)) && node.moduleSpecifier !== undefined) spec = node.moduleSpecifier;
    else if (ts.isCallExpression(node) && node.expression.kind === ts.SyntaxKind.ImportKeyword) spec = node.arguments[0];
    else if (ts.isImportTypeNode(node) && ts.isLiteralTypeNode(node.argument)) spec = node.argument.literal;
    else if (ts.isExternalModuleReference(node)) spec = node.expression;
    if (spec !== undefined && ts.isStringLiteral(spec)) found.push({ specifier: spec.text, line: source.getLineAndCharacterOfPosition(spec.getStart()).line });
    ts.forEachChild(node, visit);
  };
  visit(source);
  return found;
}

/** Whether an example may import this specifier: anything but relative paths and the sources. */
export function isPublicSpecifier(specifier: string): boolean {
  return !(specifier.startsWith('.') || specifier.startsWith('/') || /(^|\/)src(\/|$)/.test(specifier));
}

/** The subpath exports of package.json as `kefu…` specifier → source file (repo-relative). */
export function entriesFromExports(exports: Record<string, unknown>, exists: (file: string) => boolean): Map<string, string> {
  const entries = new Map<string, string>();
  for (const key of Object.keys(exports)) {
    if (key !== '.' && !key.startsWith('./')) continue;
    const sub = key === '.' ? '' : key.slice(2);
    if (sub === 'package.json' || sub.includes('*')) continue;
    const candidates = sub === '' ? ['src/index.ts'] : [`src/${sub}.ts`, `src/${sub}/index.ts`];
    const source = candidates.find(exists);
    if (source !== undefined) entries.set(sub === '' ? 'kefu' : `kefu/${sub}`, source);
  }
  return entries;
}

/** The entry whose exports a file's examples may use without importing them (see the header). */
export function entryForFile(file: string, entries: ReadonlyMap<string, string>): string | undefined {
  for (const [specifier, source] of entries) if (source === file) return specifier;
  const module = /^src\/([^/]+)\//.exec(file)?.[1];
  if (module === undefined) return undefined;
  return entries.has(`kefu/${module}`) ? `kefu/${module}` : undefined;
}

export type ExportKind = 'type' | 'value';

/**
 * The names a source module exports, with whether each is type-only, from syntax alone: `export`
 * declarations, `export { … }` (with or without `from`), `export * as ns from` and `export * from`
 * (followed into relative `.js` → `.ts` files through `read`). Explicit exports win over star exports.
 */
export function exportedNames(file: string, read: (file: string) => string | undefined, seen: Set<string> = new Set()): Map<string, ExportKind> {
  const result = new Map<string, ExportKind>();
  if (seen.has(file)) return result;
  seen.add(file);
  const text = read(file);
  if (text === undefined) return result;
  const source = ts.createSourceFile(file, text, ts.ScriptTarget.ES2022, true, ts.ScriptKind.TS);
  const localKinds = new Map<string, ExportKind>();
  for (const statement of source.statements) {
    const kind: ExportKind = ts.isInterfaceDeclaration(statement) || ts.isTypeAliasDeclaration(statement) ? 'type' : 'value';
    for (const name of declaredNames(statement)) if (localKinds.get(name) !== 'value') localKinds.set(name, kind);
  }
  const localImports = new Map<string, ExportKind>();
  for (const statement of source.statements) {
    if (!ts.isImportDeclaration(statement)) continue;
    const bindings = statement.importClause?.namedBindings;
    if (bindings !== undefined && ts.isNamedImports(bindings))
      for (const e of bindings.elements) localImports.set(e.name.text, statement.importClause?.isTypeOnly === true || e.isTypeOnly ? 'type' : 'value');
  }
  const add = (name: string, kind: ExportKind): void => {
    if (result.get(name) !== 'value') result.set(name, kind);
  };
  const stars: string[] = [];
  const resolveRelative = (spec: string): string | undefined => {
    if (!spec.startsWith('.')) return undefined;
    const base = join(dirname(file), spec).split(sep).join('/');
    const candidates = [base.replace(/\.js$/, '.ts'), `${base}.ts`, `${base}/index.ts`];
    return candidates.find((c) => read(c) !== undefined);
  };
  for (const statement of source.statements) {
    if (ts.isExportDeclaration(statement)) {
      const clause = statement.exportClause;
      const spec = statement.moduleSpecifier !== undefined && ts.isStringLiteral(statement.moduleSpecifier) ? statement.moduleSpecifier.text : undefined;
      if (clause === undefined) {
        if (spec !== undefined) stars.push(spec);
        continue;
      }
      if (ts.isNamespaceExport(clause)) {
        add(clause.name.text, statement.isTypeOnly ? 'type' : 'value');
        continue;
      }
      for (const element of clause.elements) {
        const typeOnly = statement.isTypeOnly || element.isTypeOnly;
        if (typeOnly) {
          add(element.name.text, 'type');
          continue;
        }
        const original = (element.propertyName ?? element.name).text;
        if (spec === undefined) {
          add(element.name.text, localKinds.get(original) ?? localImports.get(original) ?? 'value');
          continue;
        }
        const target = resolveRelative(spec);
        const targetKind = target === undefined ? undefined : exportedNames(target, read, new Set()).get(original);
        add(element.name.text, targetKind ?? 'value');
      }
      continue;
    }
    if (hasExportModifier(statement) && !ts.isExportAssignment(statement)) {
      const modifiers = ts.canHaveModifiers(statement) ? (ts.getModifiers(statement) ?? []) : [];
      const defaultExport = modifiers.some((m) => m.kind === ts.SyntaxKind.DefaultKeyword);
      if (defaultExport) continue;
      for (const name of declaredNames(statement)) add(name, localKinds.get(name) ?? 'value');
    }
  }
  for (const spec of stars) {
    const target = resolveRelative(spec);
    if (target === undefined) continue;
    for (const [name, kind] of exportedNames(target, read, seen)) if (!result.has(name) && name !== 'default') result.set(name, kind);
  }
  return result;
}

/** The text of a block's virtual module: the block, then its implicit import, then `export {}`. */
export function virtualModule(code: string, entry: string | undefined, exports: ReadonlyMap<string, ExportKind> | undefined): { text: string; implicit: string[] } {
  const own = topLevelNames(code);
  const implicit = [...(exports?.keys() ?? [])].filter((n) => !own.has(n)).sort();
  const specifiers = implicit.map((n) => (exports?.get(n) === 'type' ? `type ${n}` : n));
  const importLine = entry === undefined || implicit.length === 0 ? '' : `import { ${specifiers.join(', ')} } from '${entry}';\n`;
  return { text: `${code}\n;\n${importLine}export {};\n`, implicit: entry === undefined ? [] : implicit };
}

export type ErrorKind = 'syntax' | 'unknown name' | 'import' | 'non-public import' | 'type';

export interface ExampleError {
  readonly file: string;
  readonly line: number;
  readonly kind: ErrorKind;
  readonly message: string;
}

export interface CheckResult {
  readonly errors: ExampleError[];
  /** Per block that used any: the names it obtained through the implicit import. */
  readonly implicit: { readonly example: ExampleBlock; readonly names: string[] }[];
  /** Problems of the checker itself (e.g. export lists that disagree with the type checker). */
  readonly internal: string[];
}

const UNKNOWN_NAME = new Set([2304, 2552, 2503, 2582, 2592, 2580, 18004, 2663]);
const IMPORT = new Set([2305, 2307, 2724, 2614, 2459, 2460, 1484, 1485, 2613, 2834, 2835]);

function kindOf(code: number, syntactic: boolean): ErrorKind {
  if (syntactic) return 'syntax';
  if (UNKNOWN_NAME.has(code)) return 'unknown name';
  if (IMPORT.has(code)) return 'import';
  return 'type';
}

const here = dirname(fileURLToPath(import.meta.url));
export const repo = resolve(here, '..');

function compilerOptions(): ts.CompilerOptions {
  const configPath = join(repo, 'tsconfig.json');
  const read = ts.readConfigFile(configPath, (p) => ts.sys.readFile(p));
  if (read.error !== undefined) throw new Error(ts.flattenDiagnosticMessageText(read.error.messageText, '\n'));
  const parsed = ts.parseJsonConfigFileContent(read.config, ts.sys, repo, undefined, configPath);
  return { ...parsed.options, noEmit: true };
}

function readRepoFile(file: string): string | undefined {
  try {
    return readFileSync(join(repo, file), 'utf8');
  } catch {
    return undefined;
  }
}

/** The public entries of the package (`kefu…` → source file), from package.json `exports`. */
export function packageEntries(): Map<string, string> {
  const manifest = JSON.parse(readFileSync(join(repo, 'package.json'), 'utf8')) as { exports?: Record<string, unknown> };
  return entriesFromExports(manifest.exports ?? {}, (f) => readRepoFile(f) !== undefined);
}

/** Type-check the blocks, all in one program. Files of the blocks are repo-relative, `/`-separated. */
export function checkExamples(examples: readonly ExampleBlock[]): CheckResult {
  const entries = packageEntries();
  const exportsOf = new Map<string, Map<string, ExportKind>>();
  for (const [specifier, source] of entries) exportsOf.set(specifier, exportedNames(source, readRepoFile));

  const errors: ExampleError[] = [];
  const internal: string[] = [];
  const virtual = new Map<string, { example: ExampleBlock; text: string; codeLines: number; entry: string | undefined; implicit: string[] }>();
  examples.forEach((example, index) => {
    for (const { specifier, line } of importSpecifiers(example.code))
      if (!isPublicSpecifier(specifier))
        errors.push({
          file: example.file,
          line: example.line + line,
          kind: 'non-public import',
          message: `examples import the public API ('kefu' or 'kefu/<module>'), not '${specifier}'`,
        });
    const entry = entryForFile(example.file, entries);
    const { text, implicit } = virtualModule(example.code, entry, entry === undefined ? undefined : exportsOf.get(entry));
    const stem = example.file.replace(/^src\//, '').replace(/\.ts$/, '');
    const name = join(repo, '.tsdoc-examples', `${stem}.L${example.line}.${index}.ts`);
    virtual.set(name, { example, text, codeLines: example.code.split('\n').length, entry, implicit });
  });

  const options = compilerOptions();
  const host = ts.createCompilerHost(options, true);
  const getSourceFile = host.getSourceFile.bind(host);
  const fileExists = host.fileExists.bind(host);
  const readFile = host.readFile.bind(host);
  host.getSourceFile = (fileName, languageVersion, onError, shouldCreate) => {
    const entry = virtual.get(resolve(fileName));
    return entry !== undefined
      ? ts.createSourceFile(fileName, entry.text, languageVersion, true, ts.ScriptKind.TS)
      : getSourceFile(fileName, languageVersion, onError, shouldCreate);
  };
  host.fileExists = (fileName) => virtual.has(resolve(fileName)) || fileExists(fileName);
  host.readFile = (fileName) => virtual.get(resolve(fileName))?.text ?? readFile(fileName);

  // The entries are roots too, so their export lists can be verified even when no block imports them.
  const program = ts.createProgram({ rootNames: [...virtual.keys(), ...[...entries.values()].map((source) => join(repo, source))], options, host });
  const checker = program.getTypeChecker();

  for (const d of [...program.getOptionsDiagnostics(), ...program.getGlobalDiagnostics()]) internal.push(ts.flattenDiagnosticMessageText(d.messageText, '\n'));

  // The syntactic export lists must agree with the type checker's, or the implicit imports are wrong.
  for (const [specifier, source] of entries) {
    const file = program.getSourceFile(join(repo, source));
    const symbol = file === undefined ? undefined : checker.getSymbolAtLocation(file);
    if (symbol === undefined) {
      internal.push(`${specifier}: ${source} is not in the program`);
      continue;
    }
    const actual = new Map<string, ExportKind>();
    for (const s of checker.getExportsOfModule(symbol)) {
      if (s.name === 'default') continue;
      const target = s.flags & ts.SymbolFlags.Alias ? checker.getAliasedSymbol(s) : s;
      const typeOnly = isTypeOnlyExport(s, checker) || (target.flags & ts.SymbolFlags.Value) === 0;
      actual.set(s.name, typeOnly ? 'type' : 'value');
    }
    const expected = exportsOf.get(specifier) ?? new Map<string, ExportKind>();
    const differences = [...new Set([...actual.keys(), ...expected.keys()])].filter((n) => actual.get(n) !== expected.get(n));
    if (differences.length > 0)
      internal.push(
        `${specifier}: export list read from syntax differs from the type checker for ${differences.map((n) => `${n} (${expected.get(n) ?? 'missing'} vs ${actual.get(n) ?? 'missing'})`).join(', ')}`,
      );
  }

  const implicit: CheckResult['implicit'] = [];
  for (const [name, { example, codeLines, implicit: offered }] of virtual) {
    const source = program.getSourceFile(name);
    if (source === undefined) {
      internal.push(`${name} is not in the program`);
      continue;
    }
    const syntactic = program.getSyntacticDiagnostics(source);
    const diagnostics = syntactic.length > 0 ? syntactic : program.getSemanticDiagnostics(source);
    for (const d of diagnostics) {
      const at = d.start === undefined ? 0 : source.getLineAndCharacterOfPosition(d.start).line;
      const inImplicit = at >= codeLines;
      const message = `TS${d.code} ${ts.flattenDiagnosticMessageText(d.messageText, ' ')}${inImplicit ? ` (in the implicit import from '${entryForFile(example.file, entries) ?? ''}')` : ''}`;
      errors.push({ file: example.file, line: example.line + (inImplicit ? 0 : at), kind: kindOf(d.code, syntactic.length > 0), message });
    }
    if (offered.length === 0 || syntactic.length > 0) continue;
    const names = implicitlyUsed(source, checker, codeLines);
    if (names.length > 0) implicit.push({ example, names });
  }
  errors.sort((a, b) => (a.file === b.file ? a.line - b.line : a.file < b.file ? -1 : 1));
  return { errors, implicit, internal };
}

/** Whether an exported symbol reaches its declaration through an `export type` somewhere on the way. */
function isTypeOnlyExport(symbol: ts.Symbol, checker: ts.TypeChecker): boolean {
  const seen = new Set<ts.Symbol>();
  for (let s: ts.Symbol | undefined = symbol; s !== undefined && (s.flags & ts.SymbolFlags.Alias) !== 0 && !seen.has(s); s = checker.getImmediateAliasedSymbol(s)) {
    seen.add(s);
    for (const d of s.declarations ?? []) {
      if (ts.isExportSpecifier(d) && (d.isTypeOnly || d.parent.parent.isTypeOnly)) return true;
      if (ts.isImportSpecifier(d) && (d.isTypeOnly || d.parent.parent.isTypeOnly)) return true;
    }
  }
  return false;
}

/** The names of the appended implicit import that the block's own lines use. */
function implicitlyUsed(source: ts.SourceFile, checker: ts.TypeChecker, codeLines: number): string[] {
  const codeEnd = source.getPositionOfLineAndCharacter(Math.min(codeLines, source.getLineStarts().length - 1), 0);
  const offered = new Map<ts.Symbol, string>();
  for (const statement of source.statements) {
    if (statement.getStart() < codeEnd || !ts.isImportDeclaration(statement)) continue;
    const bindings = statement.importClause?.namedBindings;
    if (bindings === undefined || !ts.isNamedImports(bindings)) continue;
    for (const e of bindings.elements) {
      const symbol = checker.getSymbolAtLocation(e.name);
      if (symbol !== undefined) offered.set(symbol, e.name.text);
    }
  }
  const used = new Set<string>();
  const visit = (node: ts.Node): void => {
    if (node.getStart() >= codeEnd) return;
    if (ts.isIdentifier(node)) {
      const symbol =
        ts.isShorthandPropertyAssignment(node.parent) && node.parent.name === node ? checker.getShorthandAssignmentValueSymbol(node.parent) : checker.getSymbolAtLocation(node);
      const name = symbol === undefined ? undefined : offered.get(symbol);
      if (name !== undefined) used.add(name);
    }
    ts.forEachChild(node, visit);
  };
  ts.forEachChild(source, visit);
  return [...used].sort();
}

/** The TypeScript sources under a folder (not declaration files), repo-relative and `/`-separated. */
export function sourceFiles(folder = 'src'): string[] {
  const found: string[] = [];
  const walk = (dir: string): void => {
    for (const name of readdirSync(join(repo, dir)).sort()) {
      const path = `${dir}/${name}`;
      if (statSync(join(repo, path)).isDirectory()) walk(path);
      else if (name.endsWith('.ts') && !name.endsWith('.d.ts')) found.push(path);
    }
  };
  walk(folder);
  return found;
}

function countBy<T>(items: readonly T[], key: (item: T) => string): [string, number][] {
  const counts = new Map<string, number>();
  for (const item of items) counts.set(key(item), (counts.get(key(item)) ?? 0) + 1);
  return [...counts].sort((a, b) => b[1] - a[1] || (a[0] < b[0] ? -1 : 1));
}

function main(): void {
  const args = new Set(process.argv.slice(2));
  const examples: ExampleBlock[] = [];
  const unchecked: Unchecked = { outsideExample: 0, notExported: 0, withoutBlock: 0, internal: 0, noCheck: 0 };
  for (const file of sourceFiles()) {
    const found = extractExamples(readFileSync(join(repo, file), 'utf8'), file);
    examples.push(...found.examples);
    for (const key of Object.keys(unchecked) as (keyof Unchecked)[]) unchecked[key] += found.unchecked[key];
  }
  const { errors, implicit, internal } = checkExamples(examples);
  for (const e of errors) console.error(`${e.file}:${e.line}: [${e.kind}] ${e.message}`);
  for (const problem of internal) console.error(`internal: ${problem}`);
  if (args.has('--implicit')) for (const { example, names } of implicit) console.log(`${example.file}:${example.line}: implicit import of ${names.join(', ')}`);
  const implicitNames = implicit.reduce((n, i) => n + i.names.length, 0);
  const failing = new Set(errors.map((e) => `${e.file}:${e.line}`)).size;
  console.log(
    `tsdoc examples: ${examples.length} checked in ${new Set(examples.map((e) => e.file)).size} files; ${errors.length} error(s)` +
      (errors.length > 0
        ? ` (${countBy(errors, (e) => e.kind)
            .map(([k, n]) => `${k}: ${n}`)
            .join(', ')})`
        : '') +
      `; ${implicitNames} implicit import(s) in ${implicit.length} example(s)` +
      `; not checked: ${unchecked.outsideExample} block(s) outside @example, ${unchecked.notExported} of unexported declarations, ${unchecked.internal} of @internal ones, ${unchecked.withoutBlock} @example(s) without a block, ${unchecked.noCheck} marked no-check`,
  );
  if (errors.length > 0) console.log(`examples with errors: ${failing}`);
  if (args.has('--by-file')) for (const [file, n] of countBy(errors, (e) => e.file)) console.log(`${String(n).padStart(5)} ${file}`);
  if (internal.length > 0) process.exitCode = 2;
  else if (errors.length > 0) process.exitCode = 1;
}

if (process.argv[1] !== undefined && import.meta.url === pathToFileURL(resolve(process.argv[1])).href) main();
