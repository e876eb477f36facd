import type { Browser } from 'playwright-core'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'

import { BASE_URL, collectConsoleErrors, launchBrowser } from './helpers/browser'

interface Manifest {
  readonly name: string
  readonly short_name: string
  readonly theme_color: string
  readonly background_color: string
  readonly display: string
  readonly icons: readonly { readonly src: string; readonly sizes: string; readonly type: string }[]
}

describe('offline', () => {
  let browser: Browser | undefined

  beforeAll(async () => {
    browser = await launchBrowser()
  })

  afterAll(async () => {
    await browser?.close()
  })

  it('is installable: a web manifest with names, colours and 192/512 icons that load', async () => {
    if (!browser) throw new Error('browser did not launch')
    const page = await browser.newPage()
    await page.goto(BASE_URL, { waitUntil: 'networkidle' })
    const href = await page.getAttribute('link[rel="manifest"]', 'href')
    expect(href).toBeTruthy()
    const response = await page.request.get(new URL(href!, BASE_URL).href)
    expect(response.ok()).toBe(true)
    const manifest = (await response.json()) as Manifest
    expect(manifest.name).toBe('Inference Economics Lab')
    expect(manifest.short_name.length).toBeGreaterThan(0)
    expect(manifest.short_name.length).toBeLessThanOrEqual(15)
    expect(manifest.theme_color).toMatch(/^#[0-9a-f]{6}$/i)
    expect(manifest.background_color).toMatch(/^#[0-9a-f]{6}$/i)
    expect(manifest.display).toBe('standalone')
    for (const size of ['192x192', '512x512']) {
      const icon = manifest.icons.find((i) => i.sizes === size && i.type === 'image/png')
      expect(icon, `a ${size} PNG icon`).toBeDefined()
      const image = await page.request.get(new URL(icon!.src, BASE_URL).href)
      expect(image.ok()).toBe(true)
      expect(image.headers()['content-type']).toBe('image/png')
    }
    await page.close()
  })

  it('after the first visit, loads and computes with no network', async () => {
    if (!browser) throw new Error('browser did not launch')
    const context = await browser.newContext({ viewport: { width: 1440, height: 900 } })
    const page = await context.newPage()
    const errors = collectConsoleErrors(page)
    await page.goto(BASE_URL, { waitUntil: 'networkidle' })
    // The service worker precaches every asset, then takes control of the page.
    // Predicates as functions, not strings: the page's Content-Security-Policy forbids eval.
    await page.waitForFunction(() => navigator.serviceWorker.controller !== null, undefined, {
      timeout: 30_000,
    })
    const cached = await page.evaluate<string[]>(`caches.keys().then(async (keys) => {
      const urls = []
      for (const key of keys) for (const request of await (await caches.open(key)).keys()) urls.push(new URL(request.url).pathname)
      return urls
    })`)
    expect(cached.some((u) => /engine\.worker-.*\.js$/.test(u))).toBe(true)
    const onlineCost = (await page.locator('[data-kpi="cost-output"]').first().innerText()).trim()

    await context.setOffline(true)
    await page.reload({ waitUntil: 'load' })
    await page.locator('main').first().waitFor({ state: 'visible' })
    await page.waitForFunction(
      (cost) =>
        (document.querySelector<HTMLElement>('[data-kpi="cost-output"]')?.innerText.trim() ??
          '') === cost,
      onlineCost,
      {
        timeout: 20_000,
      },
    )

    // The engine worker runs offline too: a lever change recomputes.
    const slider = page.getByRole('slider', {
      name: 'Model optimization (quantization, pruning, distillation)',
    })
    await slider.focus()
    await page.keyboard.press('End')
    await page.waitForFunction(
      (cost) =>
        (document.querySelector<HTMLElement>('[data-kpi="cost-output"]')?.innerText.trim() ??
          '') !== cost,
      onlineCost,
      {
        timeout: 20_000,
      },
    )

    // And the presentation runs offline.
    await page.evaluate('document.activeElement?.blur()') // keys typed on the slider stay with it
    await page.keyboard.press('p')
    await page.keyboard.press('ArrowRight')
    await page.locator('.presenter-caption h2').waitFor()
    expect(await page.locator('.presenter-count').innerText()).toMatch(/^Step 1 of/)

    expect(errors).toEqual([])
    await context.close()
  })
})
