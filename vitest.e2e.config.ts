import { fileURLToPath, URL } from 'node:url'

import { defineConfig } from 'vitest/config'

// End-to-end tests: a real Chromium (playwright-core + Debian's chromium) against `vite preview`.
// tests/e2e/global-setup.ts builds dist/ if needed and starts/stops the preview server.
export default defineConfig({
  resolve: {
    alias: { '@': fileURLToPath(new URL('./src', import.meta.url)) },
  },
  test: {
    name: 'e2e',
    environment: 'node',
    include: ['tests/e2e/**/*.spec.ts'],
    globalSetup: ['tests/e2e/global-setup.ts'],
    // One browser, one preview server: run spec files one after another.
    fileParallelism: false,
    testTimeout: 60_000,
    hookTimeout: 120_000,
    teardownTimeout: 30_000,
  },
})
