import { fileURLToPath, URL } from 'node:url'

import react from '@vitejs/plugin-react'
import { defineConfig } from 'vitest/config'

const alias = { '@': fileURLToPath(new URL('./src', import.meta.url)) }

export default defineConfig({
  plugins: [react()],
  resolve: { alias },
  test: {
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
          ],
        },
      },
      {
        extends: true,
        test: {
          name: 'ui',
          environment: 'jsdom',
          setupFiles: ['tests/setup.ts'],
          include: [
            'tests/features/**/*.test.{ts,tsx}',
            'tests/state/**/*.test.{ts,tsx}',
            'tests/app/**/*.test.{ts,tsx}',
            'tests/components/**/*.test.{ts,tsx}',
            'tests/lib/**/*.test.{ts,tsx}',
          ],
        },
      },
    ],
  },
})
