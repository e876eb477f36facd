/**
 * Every chart's exports, as a user gets them: each figure with an Export menu, in each format it
 * offers, opened and checked (provenance in every file, images the width of the panel, tables as
 * real SVG); scenario files the app exports run in the CLI; presenter keys and freeze.
 */
import { mkdirSync, writeFileSync } from 'node:fs'
import { readFile } from 'node:fs/promises'
import path from 'node:path'

import type { Locator, Page } from 'playwright-core'
import { describe, expect, it } from 'vitest'

import { encodeShareState } from '@/features/scenarios/model/share-link'

import { runCli } from '../../scripts/lib/cli'

import { BASE_URL } from './helpers/browser'
import { browserSession } from './helpers/browser-session'

/** Exported files are kept here for a person to open (the test reads them back too). */
const OUT = process.env.E2E_EXPORT_DIR ?? '/tmp/iel-e2e-exports'
mkdirSync(OUT, { recursive: true })

const VERSION = (JSON.parse(await readFile('package.json', 'utf8')) as { version: string }).version
const LEVERS = { hbm: 0.5, inferenceEngine: 1 }

const VIEWS = [
  'overview',
  'trajectory',
  'frontier',
  'attribution',
  'claims',
  'use-cases',
  'fleet',
  'hardware',
  'compare',
  'validation',
] as const

async function download(page: Page, figure: Locator, item: RegExp): Promise<string> {
  await figure.getByRole('button', { name: /^Export/ }).click()
  const [file] = await Promise.all([
    page.waitForEvent('download'),
    page.getByRole('menuitem', { name: item }).click(),
  ])
  const target = path.join(OUT, file.suggestedFilename())
  await file.saveAs(target)
  return target
}

/** The provenance every export carries, in whichever format. */
function expectProvenance(text: string): void {
  expect(text).toContain(`Inference Economics Lab ${VERSION}`)
  expect(text).toMatch(/20\d\d-\d\d-\d\dT\d\d:\d\d/) // date and time
  expect(text).toMatch(/article/i) // assumption set
  expect(text).toMatch(/hbm[ =]0\.5/)
  expect(text).toMatch(/inferenceEngine[ =]1/)
  expect(text).toMatch(/fp4|modelOptimization|advancedPackaging/) // levers that are off are listed too
  expect(text).toContain('Llama')
  expect(text).toMatch(/H100/)
  expect(text).toMatch(/input[\s\S]*output tokens/)
  // The chat preset's answers vary in length (workload.outputLengthCv 0.79): the export says so.
  expect(text).toMatch(/answer\s+lengths\s+vary/)
  expect(text).toMatch(/±\d+\s*%/) // the error band of the figures (issue 14 item 6)
  // An image wraps a long link over several lines.
  expect(text.replace(/\s+/g, '')).toContain(`${BASE_URL}/#s=`)
}

async function waitForFigures(page: Page): Promise<Locator[]> {
  const main = page.locator('main')
  await main.locator('figure.chart-frame').first().waitFor({ timeout: 30_000 })
  // Let the lazy data (heavy analyses, economics) arrive.
  await page
    .waitForFunction(
      () =>
        !/Computing|computing…|Checking the article/.test(
          document.querySelector('main')?.textContent ?? '',
        ),
      undefined,
      { timeout: 30_000 },
    )
    .catch(() => undefined)
  return main.locator('figure.chart-frame').all()
}

/** The CSV (with its '#' preamble) and the JSON (with its provenance header) of one figure. */
async function checkData(page: Page, figure: Locator, title: string): Promise<void> {
  const csv = await readFile(await download(page, figure, /CSV data/), 'utf8')
  const lines = csv.split('\r\n')
  expect(lines[0]).toBe(`# ${title}`)
  expectProvenance(lines.filter((l) => l.startsWith('#')).join('\n'))
  const header = lines.find((l) => !l.startsWith('#'))
  expect(header?.split(',').length).toBeGreaterThan(1)
  expect(lines.filter((l) => l && !l.startsWith('#')).length).toBeGreaterThan(1)

  const json = JSON.parse(await readFile(await download(page, figure, /JSON data/), 'utf8')) as {
    provenance: { appVersion: string; levers: Record<string, number>; shareLink: string }
    title: string
    rows: unknown[]
  }
  expect(Object.keys(json)[1]).toBe('provenance') // the header, before the data
  expect(json.provenance.appVersion).toBe(VERSION)
  expect(json.provenance.levers).toMatchObject(LEVERS)
  expect(json.provenance.shareLink).toContain(`${BASE_URL}/#s=`)
  const p = json.provenance as unknown as Record<string, unknown>
  expectProvenance(
    `${String(p.app)} ${String(p.appVersion)} ${String(p.exportedAt)} ${String(p.assumptionSet)} ${String(p.model)} ${String(p.hardware)} ${String(p.workload)} ${String(p.accuracy)} ${String(p.shareLink)} ${Object.entries(
      json.provenance.levers,
    )
      .map(([k, v]) => `${k}=${v}`)
      .join(' ')}`,
  )
  expect(json.title).toBe(title)
  expect(json.rows.length).toBeGreaterThan(0)
}

describe('exports', () => {
  const { open, close } = browserSession({ waitUntil: 'networkidle', acceptDownloads: true })

  for (const view of VIEWS) {
    it(`exports every chart of “${view}” in every format, with provenance, as the screen shows it`, async () => {
      const { page, errors } = await open(
        `${BASE_URL}/#s=${encodeShareState({ input: { levers: LEVERS }, view: { tab: view } })}`,
      )
      const figures = await waitForFigures(page)
      expect(figures.length).toBeGreaterThan(0)
      for (const figure of figures) {
        const title = (await figure.locator('h2').first().innerText()).trim()
        await figure.scrollIntoViewIfNeeded()
        const box = (await figure.boundingBox())!
        await figure.getByRole('button', { name: /^Export/ }).click()
        const offered = await page.getByRole('menuitem').allInnerTexts()
        await page.keyboard.press('Escape')

        const png = await readFile(await download(page, figure, /PNG image/))
        expect(png.subarray(1, 4).toString()).toBe('PNG')
        const pngWidth = png.readUInt32BE(16)
        const pngHeight = png.readUInt32BE(20)
        // As wide as the panel on screen, at 2×; at least as tall (the provenance footer adds lines).
        expect(Math.abs(pngWidth - 2 * box.width)).toBeLessThanOrEqual(4)
        expect(pngHeight).toBeGreaterThan(2 * box.height * 0.8)

        const svg = await readFile(await download(page, figure, /SVG image/), 'utf8')
        expect(svg).toMatch(/^<\?xml/)
        expect(svg).not.toContain('foreignObject')
        expect(svg).toContain('<text')
        expect(svg).not.toContain('var(--')
        expect(Number(/<svg [^>]*width="(\d+)"/.exec(svg)?.[1]) * 2).toBe(pngWidth)
        const svgText = [...svg.matchAll(/<text[^>]*>([^<]*)<\/text>/g)].map((m) => m[1]).join('\n')
        expectProvenance(svgText.replace(/&amp;/g, '&'))
        // The title is drawn whole (wrapped, never cut).
        const drawn = [
          ...svg.matchAll(/<text[^>]*font-size="18" font-weight="700"[^>]*>([^<]*)<\/text>/g),
        ]
          .map((m) => m[1])
          .join(' ')
          .replace(/&apos;/g, "'")
        expect(drawn).toBe(title)
        // The accessible data tables are not drawn over the chart.
        const hidden = await figure
          .locator('.visually-hidden caption, table.visually-hidden caption')
          .allTextContents()
        for (const caption of hidden) expect(svg).not.toContain(caption.trim())

        if (offered.some((o) => o.startsWith('CSV data'))) await checkData(page, figure, title)
      }
      expect(errors).toEqual([])
      await close()
    }, 180_000)
  }

  it('the trajectory, drivers, breakdown, roofline and claims offer their data', async () => {
    const wanted: Record<string, RegExp[]> = {
      overview: [/time, cost and energy/, /Roofline/],
      trajectory: [/Cost per million output tokens/, /Energy per output token/],
      attribution: [/What drives the change/, /Which effect ranges/],
      claims: [/arithmetic hold/],
    }
    const { page, errors } = await open()
    for (const [view, titles] of Object.entries(wanted)) {
      await page.goto(
        `${BASE_URL}/#s=${encodeShareState({ input: { levers: LEVERS }, view: { tab: view } })}`,
      )
      await page.reload({ waitUntil: 'networkidle' })
      for (const title of titles) {
        const figure = page.getByRole('figure', { name: title })
        await figure.waitFor({ timeout: 30_000 })
        const csv = await readFile(await download(page, figure, /CSV data/), 'utf8')
        expect(csv.length).toBeGreaterThan(200)
      }
    }
    const p50 = await readFile(path.join(OUT, 'trajectory-cost.csv'), 'utf8')
    expect(p50).toMatch(/Year,Scenario \(base effects\) \(\$\/M output tokens\),P10.*,P50.*,P90/)
    expect(errors).toEqual([])
    await close()
  }, 180_000)

  it('a scenario and a whole library exported from the app run in the CLI as they are', async () => {
    const { page, errors } = await open(
      `${BASE_URL}/#s=${encodeShareState({ input: { hardware: 'b200', levers: LEVERS }, view: { tab: 'trajectory' } })}`,
    )
    await page.getByRole('button', { name: /^Scenarios/ }).click()
    const [one] = await Promise.all([
      page.waitForEvent('download'),
      page.getByRole('menuitem', { name: /Export to file/ }).click(),
    ])
    const scenarioPath = path.join(OUT, 'app-exported-scenario.json')
    await one.saveAs(scenarioPath)
    for (const name of ['First saved', 'Second saved']) {
      await page.getByRole('button', { name: /^Scenarios/ }).click()
      await page.getByRole('menuitem', { name: /Save as/ }).click()
      const dialog = page.getByRole('dialog', { name: 'Save scenario as' })
      await dialog.getByLabel('Name').fill(name)
      await dialog.getByRole('button', { name: 'Save' }).click()
      await page.getByRole('combobox', { name: 'Hardware' }).selectOption('h200-sxm')
    }
    await page.getByRole('button', { name: /^Scenarios/ }).click()
    await page.getByRole('menuitem', { name: /Open/ }).click()
    const [all] = await Promise.all([
      page.waitForEvent('download'),
      page.getByRole('button', { name: /Export all/ }).click(),
    ])
    const libraryPath = path.join(OUT, 'app-exported-library.json')
    await all.saveAs(libraryPath)

    for (const [file, count] of [
      [scenarioPath, 1],
      [libraryPath, 2],
    ] as const) {
      let stdout = ''
      let stderr = ''
      const code = runCli([file], {
        stdout: (t) => (stdout += t),
        stderr: (t) => (stderr += t),
      })
      expect(stderr).toBe('')
      expect(code).toBe(0)
      const out = JSON.parse(stdout) as unknown
      const results = Array.isArray(out) ? out : [out]
      expect(results).toHaveLength(count)
      for (const r of results) expect(r).toMatchObject({ feasible: true })
    }
    writeFileSync(path.join(OUT, 'done'), '')
    expect(errors).toEqual([])
    await close()
  }, 120_000)
})

const AXE_PATH = path.resolve(import.meta.dirname, '../../node_modules/axe-core/axe.min.js')

/** axe-core's colour-contrast violations (WCAG AA text contrast) on the page as it is now. */
async function contrastViolations(page: Page): Promise<string[]> {
  if (!(await page.evaluate('typeof window.axe !== "undefined"')))
    await page.evaluate(await readFile(AXE_PATH, 'utf8'))
  return page.evaluate<string[]>(
    `axe.run(document, { runOnly: ['color-contrast'] }).then((r) => r.violations.flatMap((v) => v.nodes.map((n) => n.target.join(' ') + ' :: ' + n.failureSummary)))`,
  )
}

/**
 * Legend marks (swatches, keyed lines) whose colour has less than 3:1 contrast with the card they
 * sit on: WCAG 2.1 SC 1.4.11 (non-text contrast), which axe does not check.
 */
async function faintLegendMarks(page: Page): Promise<string[]> {
  return page.evaluate(() => {
    const rgb = (c: string): number[] => (c.match(/[\d.]+/g) ?? []).slice(0, 3).map(Number)
    const lum = (c: string): number => {
      const [r, g, b] = rgb(c).map((v) => {
        const x = v / 255
        return x <= 0.03928 ? x / 12.92 : ((x + 0.055) / 1.055) ** 2.4
      })
      return 0.2126 * r! + 0.7152 * g! + 0.0722 * b!
    }
    const ratio = (a: string, b: string): number => {
      const [hi, lo] = [lum(a), lum(b)].sort((x, y) => y - x)
      return (hi! + 0.05) / (lo! + 0.05)
    }
    const backgroundOf = (el: Element): string => {
      for (let e: Element | null = el; e; e = e.parentElement) {
        const c = getComputedStyle(e).backgroundColor
        if (c && c !== 'transparent' && !c.startsWith('rgba(0, 0, 0, 0')) return c
      }
      return 'rgb(255, 255, 255)'
    }
    const marks = document.querySelectorAll<HTMLElement>(
      'main .chart-legend .swatch, main .swatch-box, main .legend-line, main .legend-dot, main .legend-swatch',
    )
    const faint: string[] = []
    for (const mark of marks) {
      const style = getComputedStyle(mark)
      const color =
        style.backgroundColor && !style.backgroundColor.startsWith('rgba(0, 0, 0, 0')
          ? style.backgroundColor
          : style.borderTopColor
      const bg = backgroundOf(mark.parentElement ?? mark)
      if (ratio(color, bg) < 3)
        faint.push(`${mark.className} ${color} on ${bg}: ${ratio(color, bg).toFixed(2)}:1`)
    }
    return faint
  })
}

describe('presenter', () => {
  const { open, close } = browserSession({ waitUntil: 'networkidle' })

  it('PageDown after clicking a tab in presentation mode steps the story, and the view follows', async () => {
    const { page, errors } = await open()
    await page.keyboard.press('p')
    await page.locator('.presenter-lead').waitFor({ state: 'visible' })
    await page.keyboard.press('PageDown')
    await page.locator('.presenter-count', { hasText: 'Step 1 of' }).waitFor()
    await page.getByRole('tab', { name: 'Trajectory' }).click()
    const count = page.locator('.presenter-count')
    const before = await count.innerText()
    await page.keyboard.press('PageDown')
    await page.waitForFunction(
      (text) => document.querySelector('.presenter-count')?.textContent !== text,
      before,
    )
    const after = await count.innerText()
    const stepOf = (t: string) => Number(/Step (\d+)/.exec(t)?.[1])
    expect(stepOf(after)).toBe(stepOf(before) + 1)
    // The tab shown is the step's view: the tab still has focus, but it did not take the key.
    const selected = await page.getByRole('tab', { selected: true }).innerText()
    await page.keyboard.press('PageUp')
    await page.locator('.presenter-count', { hasText: `Step ${stepOf(before)} of` }).waitFor()
    expect(selected.length).toBeGreaterThan(0)
    expect(errors).toEqual([])
    await close()
  }, 60_000)

  it('the projector palette passes WCAG AA contrast for text (axe) and legend marks, in every view', async () => {
    const { page, errors } = await open()
    await page.keyboard.press('p')
    await page.locator('.presenter-lead').waitFor({ state: 'visible' })
    const found: Record<string, string[]> = {}
    for (const view of VIEWS) {
      await page.locator(`#tab-${view}`).click()
      await page.waitForTimeout(2500)
      const problems = [...(await contrastViolations(page)), ...(await faintLegendMarks(page))]
      if (problems.length > 0) found[view] = problems
    }
    expect(found).toEqual({})
    expect(errors).toEqual([])
    await close()
  }, 120_000)

  it('after a freeze, every view shows a result, never “Computing”', async () => {
    const { page, errors } = await open()
    await page.keyboard.press('f')
    for (const view of VIEWS) {
      await page.locator(`#tab-${view}`).click()
      await page.waitForTimeout(2500)
      const text = await page.locator('main').innerText()
      expect(text).not.toMatch(/Computing/)
    }
    expect(errors).toEqual([])
    await close()
  }, 120_000)
})
