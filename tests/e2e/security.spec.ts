/**
 * Security in a real browser (issue 7): a strict Content-Security-Policy that nothing in the app
 * violates (every view, presentation mode, the library, chart exports), no request to any other
 * host, and names from imported files rendered as text.
 */
import type { Page, Request } from 'playwright-core'
import { describe, expect, it } from 'vitest'

import { VIEWS } from '@/app/views'
import { serializeScenarioFile } from '@/features/scenarios/model/scenario-file'

import { CSP_HEADER, CSP_META } from '../../scripts/lib/content-security-policy'

import { BASE_URL } from './helpers/browser'
import { browserSession } from './helpers/browser-session'

const COST = '[data-kpi="cost-output"] .kpi-value .num'
const HOSTILE_NAME =
  '<script>window.__pwned = 1</script><img src=x onerror="window.__pwned = 2">Board deck'

declare global {
  interface Window {
    __csp?: string[]
    __pwned?: number
  }
}

/** Records every Content-Security-Policy violation the page (or its workers) reports. */
function recordViolations(): void {
  window.__csp = []
  document.addEventListener('securitypolicyviolation', (e) => {
    window.__csp?.push(
      `${e.effectiveDirective} blocked ${e.blockedURI || '(inline)'} at ${e.sourceFile}:${e.lineNumber}`,
    )
  })
}

describe('security', () => {
  const session = browserSession({ waitUntil: 'networkidle', acceptDownloads: true })
  const { close } = session

  async function open(): Promise<{ page: Page; errors: string[]; requests: string[] }> {
    const requests: string[] = []
    const { page, errors } = await session.open(BASE_URL, {
      init: recordViolations,
      // The context sees the page's, its workers' and the service worker's requests.
      onContext: (context) =>
        context.on('request', (request: Request) => requests.push(request.url())),
    })
    await page.locator(COST).waitFor()
    return { page, errors, requests }
  }

  it('serves a strict policy, in the page and as a header: no unsafe-inline, no unsafe-eval', async () => {
    const { page, errors } = await open()
    const response = await page.goto(BASE_URL)
    expect(response?.headers()['content-security-policy']).toBe(CSP_HEADER)
    expect(
      await page.locator('meta[http-equiv="Content-Security-Policy"]').getAttribute('content'),
    ).toBe(CSP_META)
    for (const policy of [CSP_HEADER, CSP_META]) {
      expect(policy).not.toMatch(/unsafe-inline|unsafe-eval|unsafe-hashes|\*/)
      expect(policy).toMatch(/script-src 'self'/)
      expect(policy).toMatch(/object-src 'none'/)
    }
    // The policy is the first thing in <head>, before any script.
    expect(
      await page.evaluate(() => document.head.firstElementChild?.getAttribute('http-equiv')),
    ).toBe('Content-Security-Policy')
    // It is enforced: an inline script injected now does not run.
    await page.evaluate(() => {
      const script = document.createElement('script')
      script.textContent = 'window.__pwned = 3'
      document.body.append(script)
    })
    expect(await page.evaluate(() => window.__pwned)).toBeUndefined()
    // Reported once per policy (the header's and the <meta>'s).
    const reported = (await page.evaluate(() => window.__csp)) ?? []
    expect(reported.length).toBeGreaterThan(0)
    for (const violation of reported)
      expect(violation).toMatch(/^script-src(-elem)? blocked inline/)
    expect(errors.filter((e) => !/Content Security Policy/.test(e))).toEqual([])
    await close()
  })

  it('no view, export, dialog or presentation step violates it, and the page asks no other host for anything', async () => {
    const { page, errors, requests } = await open()
    for (const view of VIEWS) {
      await page.getByRole('tab', { name: view.label }).click()
      await page
        .locator('.view-panel')
        .filter({ hasNotText: /^Loading / })
        .waitFor()
      await page.waitForLoadState('networkidle')
      await page.waitForTimeout(300)
    }
    // Chart exports: the hand-drawn overview charts and a recharts chart, as PNG, SVG and data.
    for (const [tab, figure] of [
      ['Prefill & decode', "Where a request's time, cost and energy go"],
      ['Trajectory', 'Cost per million output tokens, 2026–2030'],
    ] as const) {
      await page.getByRole('tab', { name: tab }).click()
      const frame = page.getByRole('figure', { name: figure })
      await frame.locator('svg').first().waitFor()
      for (const kind of [/PNG image/, /SVG image/]) {
        await frame.getByRole('button', { name: /^Export/ }).click()
        const [download] = await Promise.all([
          page.waitForEvent('download'),
          page.getByRole('menuitem', { name: kind }).click(),
        ])
        expect(download.suggestedFilename()).toMatch(/\.(png|svg)$/)
      }
    }
    // The library and its dialogs.
    await page.getByRole('button', { name: /^Scenarios/ }).click()
    await page.getByRole('menuitem', { name: /Open/ }).click()
    await page.getByRole('dialog', { name: 'Saved scenarios' }).waitFor()
    await page.keyboard.press('Escape')
    // Presentation mode: enter, step through, leave.
    await page.keyboard.press('p')
    await page.locator('.presenter-caption').waitFor()
    for (let i = 0; i < 3; i++) {
      await page.keyboard.press('ArrowRight')
      await page.waitForTimeout(300)
    }
    await page.keyboard.press('Escape')
    await page.waitForLoadState('networkidle')

    expect(await page.evaluate(() => window.__csp)).toEqual([])
    expect(errors).toEqual([])
    const origin = new URL(BASE_URL).origin
    const elsewhere = requests.filter(
      (url) => !url.startsWith(`${origin}/`) && !/^(data|blob):/.test(url),
    )
    expect(elsewhere).toEqual([])
    expect(requests.length).toBeGreaterThan(10)
    await close()
  })

  it('a name with <script> and an <img onerror> in an imported file is shown as text and runs nothing', async () => {
    const { page, errors } = await open()
    await page.getByTestId('scenario-import-input').setInputFiles({
      name: 'hostile.json',
      mimeType: 'application/json',
      buffer: Buffer.from(
        serializeScenarioFile(
          { name: HOSTILE_NAME, input: { year: 2027, levers: { hbm: 1 } } },
          '2026-11-27T00:00:00.000Z',
        ),
      ),
    })
    // Opened, and its name appears verbatim: in the notice, the library button and the library list.
    await page.locator('.notices').getByText(HOSTILE_NAME, { exact: false }).first().waitFor()
    expect(await page.getByRole('button', { name: `Scenarios: ${HOSTILE_NAME}` }).count()).toBe(1)
    await page.getByRole('button', { name: /^Scenarios/ }).click()
    await page.getByRole('menuitem', { name: /Open/ }).click()
    await page
      .getByRole('dialog', { name: 'Saved scenarios' })
      .getByText(HOSTILE_NAME)
      .first()
      .waitFor()
    await page.waitForTimeout(300)
    expect(await page.evaluate(() => window.__pwned)).toBeUndefined()
    expect(await page.locator('img[src="x"]').count()).toBe(0)
    expect(await page.evaluate(() => [...document.querySelectorAll('body script')].length)).toBe(0)
    expect(await page.evaluate(() => window.__csp)).toEqual([])
    expect(errors).toEqual([])
    await close()
  })
})
