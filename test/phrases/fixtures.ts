import { readFileSync, readdirSync } from 'node:fs';
import type { CallKind } from '../../src/model/enums.js';
import type { Transcript } from '../../src/model/transcript.js';
import type { LintConfig } from '../../src/phrases/checker-config.js';
import { autoAftersalesLint } from '../../src/presets/auto-aftersales/lint.js';
import { enterpriseHotlineLint } from '../../src/presets/enterprise-hotline/lint.js';
import { equipmentSupportLint } from '../../src/presets/equipment-support/lint.js';
import { gasHotlineLint } from '../../src/presets/gas-hotline/lint.js';
import { gasServiceHallLint } from '../../src/presets/gas-service-hall/lint.js';
import { propertyManagementLint } from '../../src/presets/property-management/lint.js';
import type { PresetId } from '../../src/presets/ids.js';

const DIR = new URL('../fixtures/transcripts/', import.meta.url);

export const LINT_BY_PRESET: Readonly<Record<PresetId, LintConfig>> = {
  'gas-hotline': gasHotlineLint,
  'gas-service-hall': gasServiceHallLint,
  'auto-aftersales': autoAftersalesLint,
  'property-management': propertyManagementLint,
  'enterprise-hotline': enterpriseHotlineLint,
  'equipment-support': equipmentSupportLint,
};

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
