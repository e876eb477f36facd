import type { Browser, Page } from 'playwright-core'

import { launchChromium } from '../../../scripts/lib/chromium'

/**
 * Port and host must match tests/e2e/global-setup.ts (and `preview` in vite.config.ts). E2E_PORT and
 * E2E_DIST let several engineers run the browser tests side by side on one machine.
 */
export const PREVIEW_PORT = Number(process.env.E2E_PORT ?? 4173)
/** Build output the e2e run serves. */
export const DIST_DIR = process.env.E2E_DIST ?? 'dist'
export const BASE_URL = `http://127.0.0.1:${PREVIEW_PORT}`

/**
 * Debian's chromium with the flags of scripts/lib/chromium.ts (shared with the browser benchmark),
 * not a Playwright-downloaded browser: `npx playwright install` cannot reach the network on our
 * machines (house style §7). `.ci/run` installs it; override with CHROMIUM_PATH.
 */
export function launchBrowser(): Promise<Browser> {
  return launchChromium()
}

/**
 * Starts recording console errors and uncaught exceptions of `page`. Call it before `page.goto`;
 * the returned array fills as the page runs, so assert `expect(errors).toEqual([])` at the end.
 */
export function collectConsoleErrors(page: Page): string[] {
  const errors: string[] = []
  page.on('console', (message) => {
    if (message.type() !== 'error') return
    const { url } = message.location()
    // The browser asks for /favicon.ico on its own; a 404 there is not an app error.
    if (url.endsWith('/favicon.ico')) return
    errors.push(`console.error: ${message.text()}${url ? ` (${url})` : ''}`)
  })
  page.on('pageerror', (error) => {
    errors.push(`uncaught: ${error.stack ?? error.message}`)
  })
  return errors
}
