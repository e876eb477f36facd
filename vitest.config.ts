import { availableParallelism } from 'node:os'
import { fileURLToPath, URL } from 'node:url'

import react from '@vitejs/plugin-react'
import { defineConfig } from 'vitest/config'

const alias = { '@': fileURLToPath(new URL('./src', import.meta.url)) }

/**
 * Tests outside tests/engine that need no DOM: the features' view models, the store slices, the
 * pure lib helpers and the app wiring tested against a store. They run under node, where a file
 * costs a fraction of what jsdom costs to set up. A test that needs `document`, `window` or
 * `localStorage` goes in the ui project (and outside these paths).
 */
const DOM_FREE_TESTS = [
  'tests/features/**/model/**/*.test.ts',
  'tests/features/economics/economics-sync.test.ts',
  'tests/features/presentation/freeze.test.ts',
  'tests/state/**/*.test.ts',
  'tests/app/compare-sync.test.ts',
  'tests/app/outlook-sync.test.ts',
  'tests/app/frontier-sync.test.ts',
  'tests/lib/format.test.ts',
  'tests/lib/field-message.test.ts',
  'tests/lib/export/json.test.ts',
  'tests/lib/export/provenance.test.ts',
  'tests/lib/persistence/**/*.test.ts',
]

export default defineConfig({
  plugins: [react()],
  resolve: { alias },
  test: {
    // Worker threads start faster than child processes, and nothing here needs a process of its own.
    pool: 'threads',
    // One worker per core. Vitest's default leaves a core for its main thread (cores − 1), which on
    // a two-core machine is one worker and ~120 % CPU; the main thread mostly waits on the workers.
    maxWorkers: Math.max(2, availableParallelism()),
    projects: [
      {
        extends: true,
        test: {
          name: 'engine',
          environment: 'node',
          include: [
            'tests/engine/**/*.test.ts',
            'tests/worker/**/*.test.ts',
            'tests/scripts/**/*.test.ts',
            'tests/tooling/**/*.test.ts',
            ...DOM_FREE_TESTS,
          ],
          // The engine is pure (no module-level mutable state, enforced by lint), so the files of
          // this project can share one module graph per worker: the engine, zod and the catalogue
          // are loaded once per worker, not once per file. Each test builds its own store.
          isolate: false,
          // The claim-verdict and roadmap-check tests run whole analyses (an exact Shapley table of
          // 2^17 evaluations): 3 s alone, 5–6 s on a loaded two-core machine, past the 5 s default.
          testTimeout: 15_000,
        },
      },
      {
        extends: true,
        test: {
          name: 'ui',
          environment: 'jsdom',
          // The view tests type into fields with user-event; on a loaded two-core machine one such test
          // takes 5–7 s (assumptions-view, presentation-controls), past the 5 s default.
          testTimeout: 15_000,
          setupFiles: ['tests/setup.ts'],
          // One module graph (React, recharts, the engine) per worker instead of one per file: the
          // import and environment set-up were most of this project's time. What a file leaves behind
          // is reset in tests/setup.ts (DOM, storage, location); every test builds its own store.
          isolate: false,
          include: [
            'tests/features/**/*.test.{ts,tsx}',
            'tests/state/**/*.test.{ts,tsx}',
            'tests/app/**/*.test.{ts,tsx}',
            'tests/components/**/*.test.{ts,tsx}',
            'tests/lib/**/*.test.{ts,tsx}',
          ],
          exclude: DOM_FREE_TESTS,
        },
      },
    ],
  },
})
