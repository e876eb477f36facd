/**
 * Render the PWA icons (public/icons/*.png) from public/icons/icon.svg with headless Chromium:
 * npx tsx scripts/make-icons.ts. Run again after changing the SVG.
 */
import { readFileSync } from 'node:fs'
import path from 'node:path'

import { chromium } from 'playwright-core'

const ROOT = path.resolve(import.meta.dirname, '..')
const ICONS = path.join(ROOT, 'public/icons')
const svg = readFileSync(path.join(ICONS, 'icon.svg'), 'utf8')
const dataUrl = `data:image/svg+xml;base64,${Buffer.from(svg).toString('base64')}`

/** size: pixels; maskable: full-bleed background with the mark inside the 80 % safe zone; opaque: no transparent corners. */
const OUTPUTS = [
  { file: 'icon-192.png', size: 192, maskable: false, opaque: false },
  { file: 'icon-512.png', size: 512, maskable: false, opaque: false },
  { file: 'icon-maskable-512.png', size: 512, maskable: true, opaque: true },
  { file: 'apple-touch-icon.png', size: 180, maskable: true, opaque: true },
]

const browser = await chromium.launch({
  executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
  args: ['--headless', '--no-sandbox', '--disable-gpu'],
})
for (const { file, size, maskable, opaque } of OUTPUTS) {
  const page = await browser.newPage({ viewport: { width: size, height: size } })
  const scale = maskable ? 0.78 : 1
  await page.setContent(
    `<html><body style="margin:0;background:${opaque ? '#0b1020' : 'transparent'};display:grid;place-items:center;width:${size}px;height:${size}px">` +
      `<img src="${dataUrl}" width="${Math.round(size * scale)}" height="${Math.round(size * scale)}"></body></html>`,
  )
  await page.waitForLoadState('load')
  await page.screenshot({ path: path.join(ICONS, file), omitBackground: !opaque })
  await page.close()
  console.log(`public/icons/${file} (${size}×${size})`)
}
await browser.close()
