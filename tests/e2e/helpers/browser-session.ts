import type { Browser, BrowserContext, Page } from 'playwright-core'
import { afterAll, beforeAll } from 'vitest'

import { BASE_URL, collectConsoleErrors, launchBrowser } from './browser'

interface SessionOptions {
  /** When the page counts as open: at `load`, or at `networkidle` once lazy views have arrived too. */
  readonly waitUntil: 'load' | 'networkidle'
  /** Whether tests may take downloads (exports, scenario files); Playwright's default otherwise. */
  readonly acceptDownloads?: boolean
}

interface OpenOptions {
  /** Runs in the page before any of its own scripts (a test hook, a broken storage, a listener). */
  readonly init?: () => void
  /** Sees the new context before its page opens, e.g. to record every request it makes. */
  readonly onContext?: (context: BrowserContext) => void
}

interface OpenPage {
  readonly page: Page
  /** Console errors and uncaught exceptions, filled as the page runs (see collectConsoleErrors). */
  readonly errors: string[]
}

interface BrowserSession {
  /** A page at `url` in a fresh 1440×900 context: no storage or service worker from earlier tests. */
  readonly open: (url?: string, options?: OpenOptions) => Promise<OpenPage>
  /** Ends the context `open` made; each test calls it when done. */
  readonly close: () => Promise<void>
}

/**
 * One browser for the describe block this is called in (launched before its tests, closed after
 * them) and a new context for each test, so the tests share the launch cost but no state.
 */
export function browserSession({ waitUntil, acceptDownloads }: SessionOptions): BrowserSession {
  let browser: Browser | undefined
  let context: BrowserContext | undefined

  beforeAll(async () => {
    browser = await launchBrowser()
  })

  afterAll(async () => {
    await browser?.close()
  })

  return {
    async open(url = BASE_URL, { init, onContext } = {}) {
      if (!browser) throw new Error('browser did not launch')
      context = await browser.newContext({
        viewport: { width: 1440, height: 900 },
        acceptDownloads,
      })
      if (init) await context.addInitScript(init)
      onContext?.(context)
      const page = await context.newPage()
      const errors = collectConsoleErrors(page)
      await page.goto(url, { waitUntil })
      return { page, errors }
    },
    async close() {
      await context?.close()
      context = undefined
    },
  }
}
