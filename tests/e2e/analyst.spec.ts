import { readFile } from 'node:fs/promises'

import type { Page } from 'playwright-core'
import { describe, expect, it } from 'vitest'

import { runScenario, type ScenarioInput } from '@/engine/index'
import { encodeShareState } from '@/features/scenarios/model/share-link'
import { formatUsd } from '@/lib/format'

import { BASE_URL } from './helpers/browser'
import { browserSession } from './helpers/browser-session'

const LIBRARY_KEY = 'iel:library'

function costOf(input: ScenarioInput): string {
  const outcome = runScenario(input)
  if (!outcome.ok) throw new Error(outcome.issues.map((i) => i.message).join('; '))
  return formatUsd(outcome.result.costPerMillionTokens.output)
}

/** Waits until the KPI strip shows `text` (the numbers tween to their value). */
async function kpiShows(page: Page, text: string): Promise<void> {
  await page
    .getByRole('region', { name: 'Key figures' })
    .getByText(text, { exact: true })
    .first()
    .waitFor({ timeout: 15_000 })
}

describe('analyst tools', () => {
  const { open, close } = browserSession({ waitUntil: 'networkidle', acceptDownloads: true })

  it('a shared link restores the sender’s scenario and view', async () => {
    const input: ScenarioInput = {
      model: 'llama-3.1-8b',
      hardware: 'h200-sxm',
      year: 2029,
      levers: { hbm: 1, inferenceEngine: 0.8 },
    }
    const { page, errors } = await open(
      `${BASE_URL}/#s=${encodeShareState({ input, view: { tab: 'compare' } })}`,
    )
    await kpiShows(page, costOf(input))
    expect(await page.getByRole('tab', { name: 'Compare' }).getAttribute('aria-selected')).toBe(
      'true',
    )
    expect(errors).toEqual([])
    await close()
  })

  it('a garbage link shows a notice and the defaults, and leaves saved scenarios untouched', async () => {
    const { page, errors } = await open()
    // Save a scenario first, as a user would.
    await page.getByRole('button', { name: /^Scenarios/ }).click()
    await page.getByRole('menuitem', { name: /Save as/ }).click()
    await page
      .getByRole('dialog', { name: 'Save scenario as' })
      .getByLabel('Name')
      .fill('Keep me safe')
    await page
      .getByRole('dialog', { name: 'Save scenario as' })
      .getByRole('button', { name: 'Save' })
      .click()
    const stored = await page.evaluate((key) => localStorage.getItem(key), LIBRARY_KEY)
    expect(stored).toContain('Keep me safe')

    await page.goto(`${BASE_URL}/?lang=en#s=this-is-not-a-link`, { waitUntil: 'networkidle' })
    await page.getByText(/This link is damaged or incomplete/).waitFor()
    await kpiShows(page, costOf({}))
    expect(await page.evaluate((key) => localStorage.getItem(key), LIBRARY_KEY)).toBe(stored)
    await page.getByRole('button', { name: /^Scenarios/ }).click()
    await page.getByRole('menuitem', { name: /Open/ }).click()
    await page.getByRole('dialog', { name: 'Saved scenarios' }).getByText('Keep me safe').waitFor()
    expect(errors).toEqual([])
    await close()
  })

  it('saved scenarios survive a reload, open again, and travel in the address', async () => {
    const { page, errors } = await open()
    await page.getByRole('combobox', { name: 'Hardware' }).selectOption('b200')
    const input: ScenarioInput = { hardware: 'b200' }
    await kpiShows(page, costOf(input))
    await page.getByRole('button', { name: /^Scenarios/ }).click()
    await page.getByRole('menuitem', { name: /Save as/ }).click()
    await page.getByLabel('Name').fill('B200 today')
    await page.keyboard.press('Enter')
    await page.reload({ waitUntil: 'networkidle' })
    // The address kept the scenario, so the reload shows it.
    await kpiShows(page, costOf(input))
    await page.getByRole('button', { name: 'Scenarios: B200 today' }).waitFor()
    expect(errors).toEqual([])
    await close()
  })

  it('exports a chart as PNG at 2× and as a standalone SVG with title and sources', async () => {
    const { page, errors } = await open(
      `${BASE_URL}/#s=${encodeShareState({ input: {}, view: { tab: 'validation' } })}`,
    )
    const figure = page.getByRole('figure', {
      name: /Serving throughput: engine against published measurements/,
    })
    await figure.locator('svg.recharts-surface').first().waitFor()
    const box = await figure.boundingBox()

    await figure.getByRole('button', { name: /^Export/ }).click()
    const [png] = await Promise.all([
      page.waitForEvent('download'),
      page.getByRole('menuitem', { name: /PNG image/ }).click(),
    ])
    expect(png.suggestedFilename()).toBe('validation-throughput-parity.png')
    const pngPath = '/tmp/dist-analyst-export.png'
    await png.saveAs(pngPath)
    const bytes = await readFile(pngPath)
    expect(bytes.subarray(1, 4).toString()).toBe('PNG')
    const pngWidth = bytes.readUInt32BE(16)
    expect(pngWidth).toBeGreaterThanOrEqual(2 * Math.round(box!.width) - 40)

    await figure.getByRole('button', { name: /^Export/ }).click()
    const [svg] = await Promise.all([
      page.waitForEvent('download'),
      page.getByRole('menuitem', { name: /SVG image/ }).click(),
    ])
    const svgText = await readFile(await svg.path(), 'utf8')
    expect(svgText).toMatch(/^<\?xml/)
    // The PNG is the same drawing at twice the pixels.
    expect(pngWidth).toBe(2 * Number(/<svg [^>]*width="(\d+)"/.exec(svgText)?.[1]))
    expect(svgText).toContain('Serving throughput: engine against published measurements')
    expect(svgText).toContain('Sources: MLPerf')
    expect(svgText).not.toContain('var(--')
    expect((svgText.match(/<path|<circle|<polygon/g) ?? []).length).toBeGreaterThan(20)

    await figure.getByRole('button', { name: /^Export/ }).click()
    const [csv] = await Promise.all([
      page.waitForEvent('download'),
      page.getByRole('menuitem', { name: /CSV data/ }).click(),
    ])
    const csvText = await readFile(await csv.path(), 'utf8')
    // After the '#' provenance preamble, the header row.
    expect(csvText.split('\r\n').find((line) => !line.startsWith('#'))).toBe(
      'Case,Group,Description,Measured (tokens/s per accelerator),Predicted (tokens/s per accelerator),Predicted ÷ measured,Error (%),Source',
    )
    expect(errors).toEqual([])
    await close()
  })

  it('imports a hostile file with a clear message and changes nothing', async () => {
    const { page, errors } = await open()
    await page.getByTestId('scenario-import-input').setInputFiles({
      name: 'evil.json',
      mimeType: 'application/json',
      buffer: Buffer.from('{"__proto__": {"polluted": 1}, "workload": {"inputTokens": -5}}'),
    })
    const dialog = page.getByRole('alertdialog', { name: 'The file was not imported' })
    await dialog.getByText(/"__proto__"/).waitFor()
    expect(await page.evaluate('({}).polluted')).toBeUndefined()
    await dialog.getByRole('button', { name: 'OK' }).click()
    await page.getByTestId('scenario-import-input').setInputFiles({
      name: 'bad.json',
      mimeType: 'application/json',
      buffer: Buffer.from(JSON.stringify({ workload: { inputTokens: -5 } })),
    })
    await page.getByText('workload.inputTokens must be at least 1 (got -5)').waitFor()
    expect(await page.evaluate((key) => localStorage.getItem(key), LIBRARY_KEY)).toBeNull()
    expect(errors).toEqual([])
    await close()
  })

  it('an edited assumption is validated as typed, marked wherever it is in use, and reset in one click', async () => {
    const { page, errors } = await open()
    await page.getByRole('tab', { name: 'Assumptions' }).click()
    // The values in use come from the engine in the worker (its 'assumptions' call).
    await page.locator('.assumptions-view[aria-busy="false"]').waitFor()
    expect(
      await page.getByRole('textbox', { name: 'Memory bandwidth (TB/s)' }).first().inputValue(),
    ).toBe('3.35')
    const price = page.getByRole('textbox', { name: 'Electricity price ($/kWh)' })
    await price.fill('-1')
    await page.getByText('Electricity price must be at least $0/kWh (got -1)').waitFor()
    await price.fill('0.3')
    await kpiShows(page, costOf({ economics: { usdPerKwh: 0.3 } }))
    const bar = page.getByRole('status', { name: 'Edited assumptions in use' })
    await bar.getByText('Electricity price').waitFor()
    await page.getByRole('button', { name: /Reset Electricity price to its default/ }).click()
    await kpiShows(page, costOf({}))
    expect(await bar.count()).toBe(0)
    expect(errors).toEqual([])
    await close()
  })

  it('compares presets with the current scenario in a sortable table and an overlaid trajectory', async () => {
    const { page, errors } = await open()
    await page.getByRole('tab', { name: 'Compare' }).click()
    await page.getByRole('button', { name: /^Scenarios \(2\)/ }).click()
    await page.getByRole('menuitemcheckbox', { name: /Aggressive/i }).click()
    await page.keyboard.press('Escape')
    const table = page.getByRole('table')
    await table.getByRole('rowheader', { name: /Aggressive/i }).waitFor()
    await table
      .getByText(/× lower|−\d+ %/)
      .first()
      .waitFor()
    await page
      .getByRole('figure', { name: /2026–2030/ })
      .locator('.recharts-line')
      .nth(2)
      .waitFor()
    expect(errors).toEqual([])
    await close()
  })
})
