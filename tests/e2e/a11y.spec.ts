import { readFile } from 'node:fs/promises'
import path from 'node:path'

import type { Browser, Page } from 'playwright-core'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'

import { BASE_URL, collectConsoleErrors, launchBrowser } from './helpers/browser'

const AXE_PATH = path.resolve(import.meta.dirname, '../../node_modules/axe-core/axe.min.js')

interface Violation {
  readonly id: string
  readonly impact: string | null
  readonly help: string
  readonly nodes: readonly string[]
}

/** axe-core's serious and critical violations on the page as it is now. */
async function seriousViolations(page: Page): Promise<Violation[]> {
  // Injected through the DevTools protocol, not a <script> tag, which the page's
  // Content-Security-Policy (no inline scripts) refuses.
  if (!(await page.evaluate('typeof window.axe !== "undefined"')))
    await page.evaluate(await readFile(AXE_PATH, 'utf8'))
  const violations = await page.evaluate<
    Violation[]
  >(`axe.run(document, { resultTypes: ['violations'] }).then((r) => r.violations.map((v) => ({
    id: v.id,
    impact: v.impact,
    help: v.help,
    nodes: v.nodes.slice(0, 5).map((n) => n.target.join(' ') + ' :: ' + (n.failureSummary || '').split('\\n').slice(0, 2).join(' ')),
  })))`)
  return violations.filter((v) => v.impact === 'serious' || v.impact === 'critical')
}

/**
 * Waits until the view has rendered and its numbers have arrived: nothing says "Loading" or
 * "Computing" and nothing is dimmed as pending. (If that never happens, axe checks the page as it is.)
 */
async function settle(page: Page): Promise<void> {
  await page.waitForLoadState('networkidle')
  await page
    // A function, not a string: the page's Content-Security-Policy forbids eval.
    .waitForFunction(
      () =>
        !/Loading|Computing/.test(document.querySelector('main')?.innerText ?? '') &&
        !document.querySelector('[data-pending="true"], [aria-busy="true"]'),
      undefined,
      { timeout: 20_000 },
    )
    .catch(() => undefined)
  await page.waitForTimeout(400)
}

describe('accessibility (axe-core)', () => {
  let browser: Browser | undefined

  beforeAll(async () => {
    browser = await launchBrowser()
  })

  afterAll(async () => {
    await browser?.close()
  })

  async function open(): Promise<{ page: Page; errors: string[] }> {
    if (!browser) throw new Error('browser did not launch')
    const page = await browser.newPage({ viewport: { width: 1440, height: 900 } })
    const errors = collectConsoleErrors(page)
    await page.goto(BASE_URL, { waitUntil: 'networkidle' })
    await settle(page)
    return { page, errors }
  }

  it('every view has no serious or critical violations', async () => {
    const { page, errors } = await open()
    const tabs = page.getByRole('tablist', { name: 'Views' }).getByRole('tab')
    const count = await tabs.count()
    expect(count).toBeGreaterThan(0)
    const found: Record<string, Violation[]> = {}
    for (let i = 0; i < count; i++) {
      const tab = tabs.nth(i)
      const name = (await tab.innerText()).trim()
      await tab.click()
      await settle(page)
      const violations = await seriousViolations(page)
      if (violations.length) found[name] = violations
    }
    expect(found).toEqual({})
    expect(errors).toEqual([])
    await page.close()
  })

  it('presentation mode, its dialogs and the story editor have no serious or critical violations', async () => {
    const { page, errors } = await open()
    const found: Record<string, Violation[]> = {}
    const check = async (label: string) => {
      await settle(page)
      const violations = await seriousViolations(page)
      if (violations.length) found[label] = violations
    }
    await page.getByRole('button', { name: 'Story', exact: true }).click()
    await check('story editor (default story)')
    await page.getByRole('button', { name: 'Make my own copy' }).click()
    await check('story editor (own story)')
    await page.getByRole('button', { name: 'Handout (print or PDF)' }).click()
    await page.locator('.handout-pages[data-ready="true"]').waitFor()
    await check('handout')
    await page.keyboard.press('Escape')

    await page.evaluate('document.activeElement?.blur()')
    await page.keyboard.press('p')
    await check('presentation, not started')
    for (let step = 1; step <= 3; step++) {
      await page.keyboard.press('ArrowRight')
      await check(`presentation, step ${step}`)
    }
    await page.keyboard.press('f')
    await page.keyboard.press('?')
    await check('presentation, frozen, shortcut legend open')
    expect(found).toEqual({})
    expect(errors).toEqual([])
    await page.close()
  })

  it('every slider has an accessible name and says its value in words', async () => {
    const { page, errors } = await open()
    const sliders = await page.evaluate<
      { name: string; valueText: string }[]
    >(`[...document.querySelectorAll('input[type=range], [role=slider]')].map((el) => ({
      name: el.getAttribute('aria-label') || (el.labels && el.labels[0] && el.labels[0].innerText) || (el.getAttribute('aria-labelledby') && document.getElementById(el.getAttribute('aria-labelledby'))?.innerText) || '',
      valueText: el.getAttribute('aria-valuetext') || '',
    }))`)
    expect(sliders.length).toBeGreaterThan(0)
    expect(sliders.filter((s) => s.name.trim() === '')).toEqual([])
    expect(sliders.filter((s) => s.valueText.trim() === '')).toEqual([])
    expect(errors).toEqual([])
    await page.close()
  })
})
