import { defineConfig } from 'tsup';

export const entries = {
  index: 'src/index.ts',
  'model/index': 'src/model/index.ts',
  'text/index': 'src/text/index.ts',
  'text/traditional': 'src/text/traditional.ts',
  'sla/index': 'src/sla/index.ts',
  'sla/zone': 'src/sla/zone.ts',
  'sla/kpi': 'src/sla/kpi.ts',
  'scripts/index': 'src/scripts/index.ts',
  'transcripts/index': 'src/transcripts/index.ts',
  'classify/index': 'src/classify/index.ts',
  'classify/model': 'src/classify/model.ts',
  'phrases/index': 'src/phrases/index.ts',
  'presets/index': 'src/presets/index.ts',
};

export default defineConfig([
  {
    entry: entries,
    format: ['esm', 'cjs'],
    dts: true,
    splitting: true,
    treeshake: true,
    sourcemap: false,
    target: 'es2022',
    outDir: 'dist',
  },
  {
    entry: { 'cli/index': 'src/cli/index.ts' },
    format: ['esm'],
    dts: false,
    splitting: false,
    treeshake: true,
    target: 'es2022',
    outDir: 'dist',
    banner: { js: '#!/usr/bin/env node' },
  },
]);
