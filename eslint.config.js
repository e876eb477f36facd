// @ts-check
// ESLint flat config. The dependency direction of house-style §2 is enforced here:
//   engine ← worker ← app → state → features → components/ui, lib
// Layer rules use two mechanisms, so that each violation is reported once:
//   - import-x/no-restricted-paths: which *files* a layer may import (relative or `@/` alias,
//     resolved through eslint-import-resolver-typescript);
//   - @typescript-eslint/no-restricted-imports: which *packages* a layer may import, and the
//     "engine types only" rule (allowTypeImports), which no-restricted-paths cannot express.
import fs from 'node:fs'
import path from 'node:path'

import js from '@eslint/js'
import vitest from '@vitest/eslint-plugin'
import { defineConfig, globalIgnores } from 'eslint/config'
import { createTypeScriptImportResolver } from 'eslint-import-resolver-typescript'
import checkFile from 'eslint-plugin-check-file'
import importX from 'eslint-plugin-import-x'
import jestDom from 'eslint-plugin-jest-dom'
import reactHooks from 'eslint-plugin-react-hooks'
import testingLibrary from 'eslint-plugin-testing-library'
import globals from 'globals'
import tseslint from 'typescript-eslint'

const ROOT = import.meta.dirname

const TS_FILES = ['**/*.{ts,tsx,mts,cts}']
const JS_FILES = ['**/*.{js,mjs,cjs}']
const SRC_FILES = ['src/**/*.{ts,tsx}']
const TEST_FILES = ['tests/**/*.{ts,tsx}']
const NODE_FILES = ['scripts/**/*.{ts,js,mjs}', '*.config.{ts,js,mjs}', 'tests/e2e/**/*.ts']
// Tests that run in the jsdom project (see vitest.config.ts) plus shared render helpers.
// (tests/setup.ts is left out: it must call cleanup() itself, since Vitest runs without globals.)
const DOM_TEST_FILES = ['tests/{features,state,app,components,lib,helpers}/**/*.{ts,tsx}']

// ---------------------------------------------------------------------------------------------
// Layer boundaries
// ---------------------------------------------------------------------------------------------

/** Import specifier of a module inside src/engine: `@/engine…`, `../engine…`, `…/src/engine…`. */
const ENGINE_SPECIFIER = '^(@/engine|(\\.\\./)+engine|.*/src/engine)(/|$)'
const TYPES_ONLY_MESSAGE = 'engine modules may be imported as types only here (`import type …`).'

/**
 * The engine functions that resolve (and so validate) a scenario: the page runs them only in the
 * worker. Features check an input through the app's port (components/ui/scenario-check.ts, the
 * worker's `check`) and read resolved facts from a result or a worker reply; app/ sends requests
 * through the engine client. Components and lib see the engine through types only, so they cannot
 * import these either (ENGINE_SPECIFIER below). tests/tooling/engine-door.test.ts plants violations.
 */
const MAIN_THREAD_RESOLVE_NAMES = ['resolveScenario', 'runScenario']
const MAIN_THREAD_RESOLVE_MESSAGE =
  'the page does not resolve or validate scenarios on its main thread: check an input through the app\'s port (useScenarioCheck, components/ui/scenario-check.ts) and read resolved facts from a worker reply (see docs/architecture.md, "One door").'
const mainThreadResolve = {
  regex: '^(@/engine|(\\.\\./)+engine|.*/src/engine)(/index(\\.ts)?)?$',
  importNames: MAIN_THREAD_RESOLVE_NAMES,
  message: MAIN_THREAD_RESOLVE_MESSAGE,
}

/** One zone per folder in src/features, read when the config loads: features/<x> ↛ features/<y>. */
const featuresDir = path.join(ROOT, 'src/features')
const featureNames = fs.existsSync(featuresDir)
  ? fs
      .readdirSync(featuresDir, { withFileTypes: true })
      .filter((entry) => entry.isDirectory())
      .map((entry) => entry.name)
  : []
const crossFeatureZones = featureNames.map((name) => ({
  target: `./src/features/${name}`,
  from: './src/features',
  except: [`./${name}`],
  message: `features/${name} may not import another feature. Move shared code to components/ui or lib, or share it through state.`,
}))

/** `no-restricted-paths` with a fixed basePath, so linting from another cwd behaves the same. */
const restrictedPaths = (/** @type {Array<Record<string, unknown>>} */ zones) => [
  'error',
  { basePath: ROOT, zones },
]

const layers = defineConfig(
  {
    name: 'layers/engine',
    files: ['src/engine/**/*.{ts,tsx}'],
    rules: {
      'import-x/no-restricted-paths': restrictedPaths([
        {
          target: './src/engine',
          from: '.',
          except: ['./src/engine', './node_modules'],
          message: 'src/engine may import only src/engine (it runs in the worker, Node and tests).',
        },
      ]),
      '@typescript-eslint/no-restricted-imports': [
        'error',
        {
          patterns: [
            {
              // Any bare package except zod. Relative and `@/` imports are checked by the zone above.
              regex: '^(?!\\.{1,2}(/|$)|@/|zod(/|$))',
              message:
                'src/engine is pure TypeScript: no react, react-dom, zustand, recharts, @tanstack/*, comlink or node:* (zod is allowed).',
            },
          ],
        },
      ],
      'no-restricted-globals': [
        'error',
        ...['window', 'document', 'self', 'localStorage', 'navigator'].map((name) => ({
          name,
          message: `${name} is a browser global; the engine is pure and runs outside the DOM.`,
        })),
        { name: 'performance', message: 'time is an input; the worker measures computeMs.' },
        { name: 'crypto', message: 'randomness comes only from engine/rng.ts (seeded).' },
      ],
      'no-restricted-properties': [
        'error',
        { object: 'Math', property: 'random', message: 'use createRng(seed) from engine/rng.ts.' },
        { object: 'Date', property: 'now', message: 'time is an input: pass it in the scenario.' },
      ],
      'no-restricted-syntax': [
        'error',
        {
          selector: "NewExpression[callee.name='Date'][arguments.length=0]",
          message: 'new Date() reads the clock; pass the reference date in the scenario.',
        },
        {
          selector: "CallExpression[callee.name='Date']",
          message: 'Date() reads the clock; pass the reference date in the scenario.',
        },
        {
          selector: 'ImportExpression',
          message: 'the engine is synchronous: no dynamic import().',
        },
        {
          selector:
            ":matches(Program, Program > ExportNamedDeclaration) > VariableDeclaration[kind!='const']",
          message: 'no module-level mutable state in the engine (house style §3); use const.',
        },
      ],
    },
  },
  {
    name: 'layers/worker',
    files: ['src/worker/**/*.{ts,tsx}'],
    rules: {
      'import-x/no-restricted-paths': restrictedPaths([
        {
          target: './src/worker',
          from: '.',
          except: ['./src/engine', './src/worker', './node_modules'],
          message: 'src/worker may import only src/engine (and itself).',
        },
      ]),
      '@typescript-eslint/no-restricted-imports': [
        'error',
        {
          patterns: [
            {
              regex: '^(?!\\.{1,2}(/|$)|@/|comlink(/|$))',
              message:
                'src/worker is a thin comlink shim: it may import only the engine and comlink.',
            },
          ],
        },
      ],
    },
  },
  {
    name: 'layers/state',
    files: ['src/state/**/*.{ts,tsx}'],
    rules: {
      'import-x/no-restricted-paths': restrictedPaths([
        {
          target: './src/state',
          from: ['./src/app', './src/features', './src/components'],
          message:
            'state may not import worker, app, features or components (app/ wires state to the worker).',
        },
        {
          // The wire types (worker/protocol.ts) are what state stores; the rest of the worker is not.
          target: './src/state',
          from: './src/worker',
          except: ['./protocol.ts'],
          message:
            'state may not import worker, app, features or components (app/ wires state to the worker).',
        },
      ]),
      '@typescript-eslint/no-restricted-imports': [
        'error',
        {
          patterns: [
            {
              regex: ENGINE_SPECIFIER,
              allowTypeImports: true,
              message: `state sees the engine through types only; ${TYPES_ONLY_MESSAGE} Results arrive via app/engine-sync.`,
            },
            { regex: '^comlink(/|$)', message: 'worker wiring lives in app/, not in state.' },
            {
              regex: '^(@/worker|(\\.\\./)+worker)/protocol$',
              allowTypeImports: true,
              message: "state stores the worker's replies: their types only (`import type …`).",
            },
          ],
        },
      ],
    },
  },
  {
    name: 'layers/features',
    files: ['src/features/**/*.{ts,tsx}'],
    rules: {
      'import-x/no-restricted-paths': restrictedPaths([
        {
          target: './src/features',
          from: ['./src/app', './src/worker'],
          message: 'features may not import app or worker; read state through selectors.',
        },
        ...crossFeatureZones,
      ]),
      '@typescript-eslint/no-restricted-imports': [
        'error',
        {
          patterns: [
            { regex: '^comlink(/|$)', message: 'worker wiring lives in app/, not in features.' },
            mainThreadResolve,
          ],
        },
      ],
    },
  },
  {
    // app/ wires the page to the workers: it asks them, it does not run the engine's checks itself.
    name: 'layers/app',
    files: ['src/app/**/*.{ts,tsx}', 'src/main.tsx'],
    rules: {
      '@typescript-eslint/no-restricted-imports': ['error', { patterns: [mainThreadResolve] }],
    },
  },
  {
    name: 'layers/components-lib',
    files: ['src/{components,lib,utils}/**/*.{ts,tsx}'],
    rules: {
      'import-x/no-restricted-paths': restrictedPaths([
        {
          target: ['./src/components', './src/lib', './src/utils'],
          from: ['./src/state', './src/features', './src/app', './src/worker'],
          message: 'components/ui and lib are shared and dumb: no state, features, app or worker.',
        },
      ]),
      '@typescript-eslint/no-restricted-imports': [
        'error',
        {
          patterns: [
            { regex: ENGINE_SPECIFIER, allowTypeImports: true, message: TYPES_ONLY_MESSAGE },
            {
              regex: '^(comlink|zustand)(/|$)',
              message: 'components/ui and lib take data as props/arguments; no store or worker.',
            },
          ],
        },
      ],
    },
  },
)

// ---------------------------------------------------------------------------------------------
// One door into the engine
// ---------------------------------------------------------------------------------------------

/**
 * A deep import into src/engine (anything but its index.ts): `@/engine/kernel`,
 * `../engine/catalog/models`, `../../src/engine/validation/run`. `@/engine/index` and `@/engine`
 * pass. Exported so tests/tooling/engine-door.test.ts can check the pattern itself.
 */
export const DEEP_ENGINE_IMPORT =
  '^(?:@/engine|(?:\\.{1,2}/)+(?:src/)?engine|.*/src/engine)/(?!index(?:\\.ts)?$)'
export const ENGINE_DOOR_MESSAGE =
  'import the engine through its one door, `@/engine/index` (src/engine/index.ts); export what you need there.'

const engineDoor = defineConfig({
  // Core `no-restricted-imports`, so that it adds to (and does not replace) the per-layer
  // `@typescript-eslint/no-restricted-imports` options above. It applies to value and type imports.
  //
  // tests/engine/** is left out on purpose: those are the engine's own white-box unit tests
  // (sumLinear in physics/decode, compileLever in levers/apply, the Shapley partials …). Exporting
  // every internal function from index.ts for them would turn the door into a wall of holes.
  // Everything else, scripts/ (validate, bench, golden) and the feature tests included, goes
  // through the door.
  name: 'layers/engine-door',
  files: ['src/**/*.{ts,tsx}', 'scripts/**/*.{ts,js,mjs}', 'tests/**/*.{ts,tsx}'],
  ignores: ['src/engine/**', 'tests/engine/**'],
  rules: {
    'no-restricted-imports': [
      'error',
      { patterns: [{ regex: DEEP_ENGINE_IMPORT, message: ENGINE_DOOR_MESSAGE }] },
    ],
  },
})

// ---------------------------------------------------------------------------------------------
// Tests
// ---------------------------------------------------------------------------------------------

const FOCUS_OR_SKIP = '^(it|test|describe|suite|bench)$'
const tests = defineConfig(
  {
    name: 'tests/vitest',
    files: TEST_FILES,
    extends: [vitest.configs.recommended],
    languageOptions: { globals: { ...globals.node, ...globals.browser } },
    rules: {
      // Replaced by the no-restricted-syntax entries below (one report each, always an error,
      // and they also catch xit/fit).
      'vitest/no-focused-tests': 'off',
      'vitest/no-disabled-tests': 'off',
      // Type tests (*.test-d.ts) assert with expectTypeOf / assertType.
      'vitest/expect-expect': [
        'error',
        { assertFunctionNames: ['expect', 'expectTypeOf', 'assert', 'assertType'] },
      ],
      'no-restricted-syntax': [
        'error',
        {
          // Also catches chains such as it.only.each / describe.skip.each.
          selector: `MemberExpression[object.name=/${FOCUS_OR_SKIP}/][property.name=/^(only|skip)$/]`,
          message: 'no focused or skipped tests in the repository (.only / .skip).',
        },
        {
          selector: 'CallExpression[callee.name=/^(xit|xtest|xdescribe|fit|fdescribe|ftest)$/]',
          message: 'no focused or skipped tests in the repository (xit / fit / xdescribe …).',
        },
      ],
    },
  },
  {
    name: 'tests/dom',
    files: DOM_TEST_FILES,
    extends: [testingLibrary.configs['flat/react'], jestDom.configs['flat/recommended']],
  },
)

// ---------------------------------------------------------------------------------------------
// Everything together
// ---------------------------------------------------------------------------------------------

export default defineConfig(
  globalIgnores([
    'dist/',
    'dist-*/',
    'coverage/',
    'node_modules/',
    'public/',
    'scripts/gpu/',
    'test-results/',
    'tmp/',
    '.vite/',
  ]),

  { name: 'js/recommended', ...js.configs.recommended },
  { linterOptions: { reportUnusedDisableDirectives: 'error' } },

  {
    name: 'typescript',
    files: TS_FILES,
    extends: [tseslint.configs.recommendedTypeChecked],
    languageOptions: {
      parserOptions: { projectService: true, tsconfigRootDir: ROOT },
    },
    rules: {
      '@typescript-eslint/no-explicit-any': 'error',
      '@typescript-eslint/consistent-type-imports': [
        'error',
        { prefer: 'type-imports', fixStyle: 'separate-type-imports' },
      ],
      // With verbatimModuleSyntax, `import { type A } from 'm'` still loads 'm' at runtime.
      '@typescript-eslint/no-import-type-side-effects': 'error',
      '@typescript-eslint/no-unused-vars': [
        'error',
        {
          argsIgnorePattern: '^_',
          varsIgnorePattern: '^_',
          caughtErrorsIgnorePattern: '^_',
          destructuredArrayIgnorePattern: '^_',
        },
      ],
    },
  },

  {
    name: 'imports',
    files: [...TS_FILES, ...JS_FILES],
    plugins: { 'import-x': importX },
    settings: {
      // Without these, import-x does not parse .ts dependencies and no-cycle finds nothing.
      'import-x/extensions': ['.ts', '.tsx', '.cts', '.mts', '.js', '.jsx', '.cjs', '.mjs'],
      'import-x/external-module-folders': ['node_modules', 'node_modules/@types'],
      'import-x/parsers': { '@typescript-eslint/parser': ['.ts', '.tsx', '.cts', '.mts'] },
      'import-x/internal-regex': '^@/',
      'import-x/resolver-next': [
        createTypeScriptImportResolver({
          alwaysTryTypes: true,
          project: path.join(ROOT, 'tsconfig.base.json'),
        }),
      ],
    },
    rules: {
      'import-x/no-cycle': ['error', { ignoreExternal: true }],
      'import-x/no-duplicates': 'error',
      'import-x/order': [
        'error',
        {
          groups: ['builtin', 'external', 'internal', 'parent', 'sibling', 'index'],
          'newlines-between': 'always',
          alphabetize: { order: 'asc', caseInsensitive: true },
        },
      ],
    },
  },

  {
    name: 'react-hooks',
    files: [...SRC_FILES, ...TEST_FILES],
    extends: [reactHooks.configs.flat['recommended-latest']],
    rules: {
      // Warnings fail CI (--max-warnings=0), so each rule is either an error or off.
      'react-hooks/exhaustive-deps': 'error',
      'react-hooks/unsupported-syntax': 'error',
      // Informational only for the React Compiler, which this project does not run; it would
      // flag every TanStack Table hook call.
      'react-hooks/incompatible-library': 'off',
    },
  },

  {
    name: 'naming',
    files: [...SRC_FILES, ...TEST_FILES],
    plugins: { 'check-file': checkFile },
    rules: {
      'check-file/filename-naming-convention': [
        'error',
        { '**/*.{ts,tsx}': 'KEBAB_CASE' },
        { ignoreMiddleExtensions: true },
      ],
      'check-file/folder-naming-convention': [
        'error',
        { 'src/**/': 'KEBAB_CASE', 'tests/**/': 'KEBAB_CASE' },
      ],
    },
  },
  {
    // House style §1: no barrel files inside src/, except the engine's public surface.
    name: 'naming/no-barrels',
    files: SRC_FILES,
    ignores: ['src/engine/index.ts'],
    plugins: { 'check-file': checkFile },
    rules: {
      'check-file/no-index': [
        'error',
        { errorMessage: 'no barrel files in src/ (house style §1); only src/engine/index.ts.' },
      ],
    },
  },

  {
    // The engine gets no environment globals at all (ES builtins only); the worker gets its own.
    name: 'globals/browser',
    files: SRC_FILES,
    ignores: ['src/engine/**', 'src/worker/**'],
    languageOptions: { globals: globals.browser },
  },
  {
    name: 'globals/worker',
    files: ['src/worker/**/*.{ts,tsx}'],
    languageOptions: { globals: globals.worker },
  },
  { name: 'globals/node', files: NODE_FILES, languageOptions: { globals: globals.node } },
  { name: 'globals/js-files', files: JS_FILES, languageOptions: { globals: globals.node } },

  layers,
  engineDoor,
  tests,
)
