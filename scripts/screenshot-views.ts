/**
 * Screenshots of every view, to look at the whole dashboard as a user would before a change lands:
 *   npx tsx scripts/screenshot-views.ts [base url] [out dir]     (defaults: http://127.0.0.1:4173/ → screenshots/)
 * Writes <view>-<width>x<height>.png for each view at desktop 1440×900 and projector 1920×1080 (the
 * latter in presentation mode), full page. Environment: VIEWS=overview,trajectory to take a subset.
 */
import { mkdirSync } from 'node:fs'
import { join } from 'node:path'

import { launchChromium } from './lib/chromium'

const [base = 'http://127.0.0.1:4173/', outDir = 'screenshots'] = process.argv.slice(2)
const only = process.env.VIEWS?.split(',').filter(Boolean)
mkdirSync(outDir, { recursive: true })

const browser = await launchChromium()
const errors: string[] = []
for (const [width, height, presenting] of [
  [1440, 900, false],
  [1920, 1080, true],
] as const) {
  const page = await browser.newPage({ viewport: { width, height } })
  page.on('console', (m) => {
    if (m.type() === 'error') errors.push(`${width}: ${m.text()}`)
  })
  page.on('pageerror', (e) => errors.push(`${width}: ${String(e)}`))
  await page.goto(base)
  await page.locator('.kpi-value').first().waitFor()
  if (presenting) await page.keyboard.press('p')
  // The views are read from the page's own tabs, so a new view is photographed without editing this script.
  const tabIds = await page
    .locator('[role="tab"]')
    .evaluateAll((tabs) => tabs.map((t) => t.id.replace(/^tab-/, '')))
  for (const view of only ?? tabIds) {
    await page.locator(`#tab-${view}`).click()
    await page.waitForTimeout(1800)
    const out = join(outDir, `${view}-${width}x${height}.png`)
    await page.screenshot({ path: out, fullPage: !presenting })
    console.log(`${out} written`)
  }
  await page.close()
}
await browser.close()
console.log(`console errors: ${errors.length ? errors.join(' | ') : 'none'}`)
