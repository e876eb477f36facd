import type { Browser } from 'playwright-core'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'

import { BASE_URL, collectConsoleErrors, launchBrowser } from './helpers/browser'

describe('smoke', () => {
  let browser: Browser | undefined

  beforeAll(async () => {
    browser = await launchBrowser()
  })

  afterAll(async () => {
    await browser?.close()
  })

  it('loads, renders a non-empty <main>, and logs no console errors', async () => {
    if (!browser) throw new Error('browser did not launch')
    const page = await browser.newPage()
    const errors = collectConsoleErrors(page)

    const response = await page.goto(BASE_URL, { waitUntil: 'networkidle' })
    expect(response?.status()).toBe(200)

    const main = page.locator('main')
    await main.first().waitFor({ state: 'visible' })
    const mainText = (await main.first().innerText()).trim()
    expect(mainText).not.toBe('')

    expect(errors).toEqual([])
    await page.close()
  })
})
