import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { createCallMachine } from '../../src/classify/call-machine.js';
import { DIAGRAMS } from './diagrams.js';

const doc = readFileSync(new URL('../../docs/guides/call-machine.md', import.meta.url), 'utf8');

function between(name: string): string | undefined {
  const start = `<!-- mermaid:${name}:start -->`;
  const end = `<!-- mermaid:${name}:end -->`;
  const i = doc.indexOf(start);
  const j = doc.indexOf(end);
  return i < 0 || j < i ? undefined : doc.slice(i + start.length, j);
}

describe('docs/guides/call-machine.md diagrams match the machines (rule: CALL-8)', () => {
  for (const [name, generate] of Object.entries(DIAGRAMS)) {
    it(`${name} diagram is in sync with the code`, () => {
      // Prettier keeps a blank line on each side of the block inside the markers.
      expect(between(name), `regenerate the ${name} diagram between its markers`).toBe(`\n\n\`\`\`mermaid\n${generate()}\`\`\`\n\n`);
    });
  }

  it('is a stateDiagram-v2 that names every state of the call machine', () => {
    const full = createCallMachine().toMermaid();
    expect(full.startsWith('stateDiagram-v2\n')).toBe(true);
    for (const name of createCallMachine().states) expect(full).toContain(name.includes('.') || name.includes('-') ? `"${name}"` : name);
  });
});
