// Build the documentation site into docs/api/: type-check the guides' code, generate the reference pages,
// run typedoc (API reference + guides + reference), and bundle the playground into docs/api/playground/.
// Run: npm run docs   (or: npx tsx scripts/build-docs.ts)
import { spawnSync } from 'node:child_process';
import { copyFileSync, existsSync, mkdirSync, mkdtempSync, readFileSync, readdirSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join, relative, resolve, sep } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { build } from 'esbuild';
import { checkMarkdownSnippets, checkPlayground } from './check-doc-snippets.js';
import { writeReference } from './gen-reference.js';

const repo = resolve(dirname(fileURLToPath(import.meta.url)), '..');
const out = join(repo, 'docs', 'api');
const guidesDir = join(repo, 'docs', 'guides');

/** The order a newcomer reads the guides in; guides not listed follow alphabetically. */
export const GUIDE_ORDER = ['getting-started', 'calendars', 'sla', 'presets', 'phrases', 'checker', 'lint-cli', 'call-machine', 'tips', 'cli'];

/** Guide file stems in reading order. */
export function orderGuides(stems: readonly string[]): string[] {
  const known = GUIDE_ORDER.filter((s) => stems.includes(s));
  const rest = stems.filter((s) => !GUIDE_ORDER.includes(s)).sort();
  return [...known, ...rest];
}

/** A guide's navigation title: its front matter `title`, else its first `#` heading without markup. */
export function guideTitle(markdown: string, fallback: string): string {
  const front = /^---\r?\n([\s\S]*?)\r?\n---/.exec(markdown);
  const title = front?.[1] === undefined ? undefined : /^title:\s*(.+)$/m.exec(front[1])?.[1];
  if (title !== undefined) return title.trim().replace(/^['"]|['"]$/g, '');
  const heading = /^#\s+(.+)$/m.exec(markdown)?.[1];
  if (heading === undefined) return fallback;
  // The navigation has little room: the English part of a bilingual heading, without markup.
  const plain = heading.replace(/`/g, '').trim();
  const english = plain.replace(/\s*[(（][^)）]*[\u3400-\u9fff][^)）]*[)）]\s*$/u, '').trim();
  return english === '' ? plain : english;
}

/** The first paragraph of prose after the first heading, for the guides' index page. */
export function guideSummary(markdown: string): string {
  const body = markdown.replace(/^---\r?\n[\s\S]*?\r?\n---\r?\n/, '');
  const afterHeading = body.split(/^#\s+.+$/m)[1] ?? body;
  const paragraph = afterHeading
    .split(/\r?\n\s*\r?\n/)
    .map((p) => p.trim())
    .find((p) => p !== '' && !p.startsWith('```') && !p.startsWith('#') && !p.startsWith('|'));
  if (paragraph === undefined) return '';
  const flat = paragraph.replace(/\s*\r?\n\s*/g, ' ');
  const sentence = /^(.+?[.。])(\s|$)/.exec(flat)?.[1] ?? flat;
  return sentence.length > 240 ? `${sentence.slice(0, 237)}…` : sentence;
}

/** A document whose `children` front matter makes the given pages its sub-pages, in order. */
export function indexDocument(title: string, intro: string, pages: readonly { title: string; path: string; summary: string }[], from: string): string {
  const link = (path: string): string => relative(from, path).split(sep).join('/');
  return [
    '---',
    'children:',
    ...pages.map((p) => `  ${JSON.stringify(p.title)}: ${JSON.stringify(link(p.path))}`),
    '---',
    `# ${title}`,
    '',
    intro,
    '',
    ...pages.map((p) => `- [${p.title}](${link(p.path)})${p.summary === '' ? '' : ` — ${p.summary}`}`),
    '',
  ].join('\n');
}

/** Rewrite `site:<path>` links (navigation links typedoc leaves as written) relative to each page. */
export function relativiseSiteLinks(html: string, depth: number): string {
  const up = '../'.repeat(depth);
  return html.replace(/(href|src)="site:([^"]*)"/g, (_all, attr: string, path: string) => `${attr}="${up}${path}"`);
}

function htmlFiles(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    if (statSync(path).isDirectory()) return htmlFiles(path);
    return name.endsWith('.html') ? [path] : [];
  });
}

/** A failure already explained on the console: reported as one line. */
class BuildError extends Error {}

function fail(message: string): never {
  console.error(message);
  process.exit(1);
}

async function main(): Promise<void> {
  // 1. The guides' code must compile against the library as it is (`--skip-check` while drafting only).
  if (process.argv.includes('--skip-check')) {
    console.warn('docs: snippet check skipped (--skip-check)');
  } else {
    const snippets = checkMarkdownSnippets();
    const playgroundProblems = checkPlayground();
    for (const p of [...snippets.problems, ...playgroundProblems]) console.error(`${p.where}: ${p.message}`);
    if (snippets.problems.length > 0 || playgroundProblems.length > 0) fail('docs: code in the guides or the playground does not type-check');
    console.log(`docs: ${snippets.checked} guide snippets and the playground type-check`);
  }

  // 2. Generated pages live outside the repository; typedoc reads them while converting.
  const work = mkdtempSync(join(tmpdir(), 'kefu-docs-'));
  try {
    const referenceDir = join(work, 'reference');
    const reference = (await writeReference(referenceDir)).map((path) => {
      const text = readFileSync(path, 'utf8');
      return { title: guideTitle(text, path), path, summary: guideSummary(text) };
    });
    const stems = existsSync(guidesDir)
      ? readdirSync(guidesDir)
          .filter((n) => n.endsWith('.md'))
          .map((n) => n.slice(0, -3))
      : [];
    const guides = orderGuides(stems).map((stem) => {
      const path = join(guidesDir, `${stem}.md`);
      const text = readFileSync(path, 'utf8');
      return { title: guideTitle(text, stem), path, summary: guideSummary(text) };
    });
    const guidesIndex = join(work, 'Guides.md');
    const referenceIndex = join(work, 'Reference.md');
    writeFileSync(
      guidesIndex,
      indexDocument(
        'Guides',
        'Task-oriented guides, in the order a newcomer reads them. Every TypeScript example on these pages is type-checked against the library in CI.',
        guides,
        work,
      ),
    );
    writeFileSync(
      referenceIndex,
      indexDocument('Reference', 'Pages generated from the code itself when the site is built: they always match the library version they document.', reference, work),
    );

    // 3. typedoc: API reference, home page, guides and reference pages; warnings are errors. Arguments
    //    after `--` go to typedoc as they are.
    const dashes = process.argv.indexOf('--');
    const typedocArgs = dashes < 0 ? [] : process.argv.slice(dashes + 1);
    const typedoc = spawnSync(
      process.execPath,
      [join(repo, 'node_modules', 'typedoc', 'bin', 'typedoc'), '--projectDocuments', guidesIndex, '--projectDocuments', referenceIndex, ...typedocArgs],
      {
        cwd: repo,
        stdio: 'inherit',
      },
    );
    // Thrown, not exited, so the temporary folder is removed on the way out.
    if (typedoc.status !== 0) throw new BuildError('docs: typedoc failed');
  } finally {
    rmSync(work, { recursive: true, force: true });
  }

  // 4. The playground: one classic script (file:// does not load ES modules) next to its page.
  const playgroundSrc = join(repo, 'docs', 'playground');
  const playgroundOut = join(out, 'playground');
  mkdirSync(playgroundOut, { recursive: true });
  await build({
    entryPoints: [join(playgroundSrc, 'main.ts')],
    outfile: join(playgroundOut, 'playground.js'),
    bundle: true,
    format: 'iife',
    platform: 'browser',
    target: 'es2020',
    minify: true,
    charset: 'utf8',
    legalComments: 'none',
    logLevel: 'warning',
  });
  for (const name of readdirSync(playgroundSrc)) {
    if (name.endsWith('.html') || name.endsWith('.css')) copyFileSync(join(playgroundSrc, name), join(playgroundOut, name));
  }

  // 5. Navigation links written as site:<path> become relative to each page, so the site works offline.
  for (const file of htmlFiles(out)) {
    const depth = relative(out, file).split(sep).length - 1;
    const html = readFileSync(file, 'utf8');
    const fixed = relativiseSiteLinks(html, depth);
    if (fixed !== html) writeFileSync(file, fixed);
  }
  console.log(
    `docs: site written to ${relative(repo, out)}/ (open ${relative(repo, join(out, 'index.html'))}; playground at ${relative(repo, join(playgroundOut, 'index.html'))})`,
  );
}

if (process.argv[1] !== undefined && import.meta.url === pathToFileURL(resolve(process.argv[1])).href) {
  main().catch((error: unknown) => fail(error instanceof BuildError ? error.message : error instanceof Error ? (error.stack ?? error.message) : String(error)));
}
