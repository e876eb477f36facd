/**
 * Take headless-Chromium screenshots of the running preview (npm run preview) to look at the UI as a
 * user would: npm run screenshot -- [url] [out.png] [width] [height]   (defaults: / → screenshots/desktop.png 1440×900)
 * Environment: WAIT (ms before the shot), FULL=1 (full page), THEME=projector (presentation), CLICK (a CSS selector to click first).
 */
import { launchChromium } from './lib/chromium'

const [url = 'http://127.0.0.1:4173/', out = 'screenshots/desktop.png', w = '1440', h = '900'] =
  process.argv.slice(2)
const browser = await launchChromium()
const page = await browser.newPage({ viewport: { width: Number(w), height: Number(h) } })
const errors: string[] = []
page.on('console', (m) => {
  if (m.type() === 'error') errors.push(m.text())
})
page.on('pageerror', (e) => errors.push(String(e)))
await page.goto(url)
if (process.env.CLICK) await page.click(process.env.CLICK)
await page.waitForTimeout(Number(process.env.WAIT ?? 1500))
await page.screenshot({ path: out, fullPage: process.env.FULL === '1' })
console.log(`${out} written; console errors: ${errors.length ? errors.join(' | ') : 'none'}`)
await browser.close()
