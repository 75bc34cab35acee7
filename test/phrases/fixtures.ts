import { readFileSync, readdirSync } from 'node:fs';
import type { CallKind } from '../../src/model/enums.js';
import type { Transcript } from '../../src/model/transcript.js';
import type { LintConfig } from '../../src/phrases/checker-config.js';
import { PRESET_IDS, presets, type PresetId } from '../../src/presets/index.js';

const DIR = new URL('../fixtures/transcripts/', import.meta.url);

export const LINT_BY_PRESET: Readonly<Record<PresetId, LintConfig>> = Object.fromEntries(PRESET_IDS.map((id) => [id, presets[id].lint])) as Record<PresetId, LintConfig>;

export function fixtureNames(): string[] {
  return readdirSync(DIR)
    .filter((f) => f.endsWith('.json'))
    .map((f) => f.slice(0, -'.json'.length))
    .sort();
}

export function loadFixture(name: string): Transcript {
  return JSON.parse(readFileSync(new URL(`${name}.json`, DIR), 'utf8')) as Transcript;
}

export interface FixtureCase {
  readonly preset: PresetId;
  readonly callKind: CallKind;
}
