/**
 * Debian's Chromium driven by playwright-core: the browser of the e2e tests (tests/e2e) and of
 * the browser benchmark (scripts/bench-browser.ts). Not a Playwright-downloaded browser:
 * `npx playwright install` cannot reach the network on our machines (house style §7). `.ci/run`
 * installs it; override the path with CHROMIUM_PATH.
 */
import { chromium, type Browser } from 'playwright-core'

export const CHROMIUM_PATH = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium'

/** Headless, no sandbox (containers), no GPU, and nothing that talks to the network on its own. */
export const CHROMIUM_FLAGS: readonly string[] = [
  '--headless',
  '--no-sandbox',
  '--disable-gpu',
  '--disable-background-networking',
  '--disable-component-update',
  '--no-first-run',
  '--disable-sync',
  '--disable-quic',
]

export function launchChromium(extraFlags: readonly string[] = []): Promise<Browser> {
  return chromium.launch({
    executablePath: CHROMIUM_PATH,
    args: [...CHROMIUM_FLAGS, ...extraFlags],
  })
}
