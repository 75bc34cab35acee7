// ESLint flat config. Type-aware rules for all TypeScript (through the TypeScript project service, so each
// file is linted with the tsconfig.json that owns it: the root one, or docs/playground's with the DOM
// library); plain JavaScript files get the untyped rules only. Formatting is Prettier's job, so
// eslint-config-prettier comes last and switches off every stylistic rule that would fight it.
import { fileURLToPath } from 'node:url';
import js from '@eslint/js';
import prettier from 'eslint-config-prettier';
import { defineConfig, globalIgnores } from 'eslint/config';
import globals from 'globals';
import tseslint from 'typescript-eslint';

export default defineConfig(
  globalIgnores(['dist/', 'docs/api/', 'node_modules/', 'coverage/', 'artifacts/', '.vitest/', 'test/fixtures/', 'bench/results/']),
  {
    linterOptions: { reportUnusedDisableDirectives: 'error' },
    languageOptions: { globals: { ...globals.node } },
  },
  js.configs.recommended,
  {
    files: ['**/*.ts', '**/*.mts', '**/*.cts'],
    extends: [tseslint.configs.recommendedTypeChecked],
    languageOptions: {
      parserOptions: {
        projectService: true,
        tsconfigRootDir: fileURLToPath(new URL('.', import.meta.url)),
      },
    },
    rules: {
      // From strict-type-checked and beyond: the ones that matter for a published library.
      '@typescript-eslint/no-unnecessary-type-assertion': 'error',
      '@typescript-eslint/no-non-null-assertion': 'error',
      // `const { dropped: _dropped, ...rest } = value` is how a field is left out without mutating the input.
      '@typescript-eslint/no-unused-vars': ['error', { ignoreRestSiblings: true }],
      // verbatimModuleSyntax keeps every import that is not marked `type`; marking type-only imports keeps
      // runtime modules out of the bundles. Inline `type` specifiers are the style of this codebase.
      '@typescript-eslint/consistent-type-imports': ['error', { fixStyle: 'inline-type-imports' }],
      // Every union is matched exhaustively (see ARCHITECTURE.md): a `default` does not excuse a missing member.
      '@typescript-eslint/switch-exhaustiveness-check': ['error', { considerDefaultExhaustiveForUnions: false, requireDefaultForNonUnion: false }],
    },
  },
  {
    // With noUncheckedIndexedAccess, `list[0]!` in a test or a benchmark states what the test just built;
    // the library code (src/) keeps the rule: there a wrong assertion crashes a host's app.
    files: ['test/**', 'bench/**', 'examples/**', 'scripts/**', 'docs/**'],
    // Test fakes implement async interfaces with values at hand.
    rules: { '@typescript-eslint/no-non-null-assertion': 'off', '@typescript-eslint/require-await': 'off' },
  },
  prettier,
);
