/**
 * The files a command line names: paths as given, globs expanded by tinyglobby (picomatch syntax), in
 * a stable order.
 *
 * @internal
 * @module
 */
import { isAbsolute } from 'node:path';
import { glob } from 'tinyglobby';

/**
 * Expand `patterns` (paths, globs, `-` for stdin): a glob that matches nothing stays as written, so the
 * command reports it as a file it cannot read.
 */
export async function expandFiles(patterns: readonly string[]): Promise<string[]> {
  const out: string[] = [];
  for (const pattern of patterns) {
    if (pattern === '-' || !/[*?[\]{}]/.test(pattern)) {
      out.push(pattern);
      continue;
    }
    // Globs are tinyglobby's (picomatch syntax): an unbalanced brace is a literal, not a loop.
    // Paths come back the way the pattern was written: absolute for an absolute pattern.
    const found = (await glob(pattern, { onlyFiles: true, expandDirectories: false, absolute: isAbsolute(pattern) })).sort();
    out.push(...(found.length > 0 ? found : [pattern]));
  }
  return out;
}
