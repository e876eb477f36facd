import type { Browser, Page } from 'playwright-core'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'

import { BASE_URL, collectConsoleErrors, launchBrowser } from './helpers/browser'

/** The $/M output tokens figure in the KPI strip, once it has stopped moving (it animates). */
async function settledOutputCost(page: Page, notEqual?: string): Promise<string> {
  const tile = page.locator('[data-kpi="cost-output"]').first()
  await tile.waitFor({ state: 'visible' })
  let last = ''
  let stable = 0
  for (let i = 0; i < 100 && stable < 3; i++) {
    const text = (await tile.innerText()).trim()
    stable = text === last && text !== notEqual ? stable + 1 : 0
    last = text
    await page.waitForTimeout(100)
  }
  return last
}

describe('levers', () => {
  let browser: Browser | undefined

  beforeAll(async () => {
    browser = await launchBrowser()
  })

  afterAll(async () => {
    await browser?.close()
  })

  it('moving a lever with the keyboard changes the $/M output KPI', async () => {
    if (!browser) throw new Error('browser did not launch')
    const page = await browser.newPage({ viewport: { width: 1440, height: 900 } })
    const errors = collectConsoleErrors(page)
    await page.goto(BASE_URL, { waitUntil: 'networkidle' })

    const before = await settledOutputCost(page)
    expect(before).toMatch(/\$/)

    const slider = page.getByRole('slider', {
      name: 'Model optimization (quantization, pruning, distillation)',
    })
    await slider.focus()
    await page.keyboard.press('End')
    expect(await slider.getAttribute('aria-valuetext')).toBe('100 % adopted')

    const after = await settledOutputCost(page, before)
    expect(after).not.toBe(before)
    const dollars = (text: string): number =>
      Number(/\$([\d.,]+)/.exec(text)?.[1]?.replaceAll(',', ''))
    expect(dollars(after)).toBeLessThan(dollars(before))

    expect(errors).toEqual([])
    await page.close()
  })

  it('the trajectory tab shows the chart, then its P10–P90 band', async () => {
    if (!browser) throw new Error('browser did not launch')
    const page = await browser.newPage({ viewport: { width: 1440, height: 900 } })
    const errors = collectConsoleErrors(page)
    await page.goto(BASE_URL, { waitUntil: 'networkidle' })

    await page.getByRole('combobox', { name: 'Preset' }).selectOption('article-all')
    await page.getByRole('tab', { name: 'Trajectory' }).click()

    const chart = page.getByRole('figure', { name: 'Cost per million output tokens, 2026–2030' })
    await chart.waitFor({ state: 'visible' })
    await chart.locator('.recharts-line').first().waitFor({ state: 'attached' })

    const band = chart.locator('.trajectory-chart[data-stale="false"] .recharts-area-area')
    await band.first().waitFor({ state: 'attached', timeout: 20_000 })
    const path = (await band.first().getAttribute('d')) ?? ''
    expect(path.length).toBeGreaterThan(20)
    expect(await chart.getByText('computing uncertainty…').count()).toBe(0)

    expect(errors).toEqual([])
    await page.close()
  })
})
