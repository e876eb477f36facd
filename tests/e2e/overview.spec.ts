import type { Browser, Page } from 'playwright-core'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'

import { BASE_URL, collectConsoleErrors, launchBrowser } from './helpers/browser'

const COST_OUTPUT = '[data-kpi="cost-output"] .kpi-value .num'

/** Waits until the KPI text has stopped tweening and differs from `previous`. */
async function settledText(page: Page, selector: string, previous?: string): Promise<string> {
  await page.waitForFunction(
    ([sel, prev]) => {
      const text = document.querySelector(sel ?? '')?.textContent ?? ''
      return text.startsWith('$') && text !== prev
    },
    [selector, previous] as const,
    { timeout: 15_000 },
  )
  // The tween takes ~200 ms; read once it is over.
  await page.waitForTimeout(400)
  return (await page.locator(selector).textContent()) ?? ''
}

describe('overview (first page)', () => {
  let browser: Browser | undefined

  beforeAll(async () => {
    browser = await launchBrowser()
  })

  afterAll(async () => {
    await browser?.close()
  })

  it('shows the KPIs on first load and recomputes them through the worker when the model changes', async () => {
    if (!browser) throw new Error('browser did not launch')
    const page = await browser.newPage({ viewport: { width: 1440, height: 900 } })
    const errors = collectConsoleErrors(page)

    const response = await page.goto(BASE_URL, { waitUntil: 'networkidle' })
    expect(response?.status()).toBe(200)

    const first = await settledText(page, COST_OUTPUT)
    expect(first).toMatch(/^\$\d/)
    expect(await page.locator('[data-kpi="energy"]').innerText()).toMatch(/J[\s\S]*boundary/)

    // The overview view draws its charts (three breakdowns and the roofline), each with its bars or
    // lines and points.
    await page.locator('.phase-breakdown svg.overview-chart').first().waitFor({ state: 'visible' })
    expect(await page.locator('.phase-breakdown svg.overview-chart').count()).toBe(3)
    expect(
      await page.locator('.phase-breakdown svg.overview-chart rect[fill^="var(--cat"]').count(),
    ).toBeGreaterThan(4)
    expect(await page.locator('.roofline svg.overview-chart').count()).toBe(1)
    expect(await page.locator('.roofline svg.overview-chart polyline').count()).toBe(2)
    expect(await page.locator('.bindings').innerText()).toMatch(/Prefill is \w/)

    // The engine runs in a worker, not on the page.
    expect(
      await page.evaluate(() =>
        performance.getEntriesByType('resource').some((e) => e.name.includes('engine.worker')),
      ),
    ).toBe(true)

    await page.getByRole('combobox', { name: 'Model', exact: true }).selectOption('llama-3.1-8b')
    const second = await settledText(page, COST_OUTPUT, first)
    expect(second).toMatch(/^\$\d/)
    expect(second).not.toBe(first)
    expect(await page.locator('.kpi-scenario').innerText()).toContain('Llama 3.1 8B')

    expect(errors).toEqual([])
    await page.close()
  })

  it('answers "where is this heading by 2030" on first paint, and one click applies a preset', async () => {
    if (!browser) throw new Error('browser did not launch')
    const page = await browser.newPage({ viewport: { width: 1440, height: 900 } })
    const errors = collectConsoleErrors(page)
    await page.goto(BASE_URL, { waitUntil: 'networkidle' })
    const outlook = page.getByRole('region', { name: '2030 outlook' })
    await outlook.waitFor({ state: 'visible', timeout: 15_000 })
    // The three headline presets (besides the baseline toggle).
    const points = outlook.getByRole('button', { name: /: all levers|Aggressive|Conservative/ })
    expect(await points.count()).toBe(3)
    const article = outlook.getByRole('button', { name: /Article: all levers/ })
    expect(await article.innerText()).toMatch(/\$[\d.]+\/M[\s\S]*\d+× cheaper/)
    // Visible without scrolling at 1440×900, above the views.
    const box = await outlook.boundingBox()
    expect(box && box.y + box.height).toBeLessThan(900)

    const before = await settledText(page, COST_OUTPUT)
    await article.click()
    await settledText(page, COST_OUTPUT, before)
    expect(await article.getAttribute('aria-pressed')).toBe('true')
    expect(await page.locator('.kpi-scenario').innerText()).toContain('2030')
    expect(errors).toEqual([])
    await page.close()
  })

  it('shows a field message for an invalid token count and keeps the figures', async () => {
    if (!browser) throw new Error('browser did not launch')
    const page = await browser.newPage({ viewport: { width: 1440, height: 900 } })
    const errors = collectConsoleErrors(page)
    await page.goto(BASE_URL, { waitUntil: 'networkidle' })
    const before = await settledText(page, COST_OUTPUT)

    await page.getByText('Advanced', { exact: true }).click()
    const input = page.getByRole('textbox', { name: 'Input tokens' })
    await input.fill('0')
    // Under the field and in the banner above the figures, both in the field's own words.
    await page
      .getByRole('region', { name: 'Scenario' })
      .getByText('Input tokens must be at least 1 (got 0)')
      .waitFor({ state: 'visible' })
    await page
      .getByRole('alert')
      .filter({ hasText: 'This scenario cannot run' })
      .getByText('Input tokens must be at least 1 (got 0)')
      .waitFor()
    expect(await input.getAttribute('aria-invalid')).toBe('true')
    expect(await page.locator(COST_OUTPUT).textContent()).toBe(before)
    expect(await page.getByText('Last valid scenario').isVisible()).toBe(true)

    expect(errors).toEqual([])
    await page.close()
  })
})
