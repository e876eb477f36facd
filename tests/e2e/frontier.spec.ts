/**
 * The Frontier view as a user meets it: the chart draws the scenario's frontier with the target
 * line and the operating point, another chip can be added beside it, and the CSV export holds the
 * points (sorted by speed per user, each chip's curve Pareto-optimal) and the operating point.
 */
import { readFile } from 'node:fs/promises'
import path from 'node:path'

import type { Locator, Page } from 'playwright-core'
import { describe, expect, it } from 'vitest'

import { encodeShareState } from '@/features/scenarios/model/share-link'

import { BASE_URL } from './helpers/browser'
import { browserSession } from './helpers/browser-session'

const OUT = process.env.E2E_EXPORT_DIR ?? '/tmp/iel-e2e-exports'

async function downloadCsv(page: Page, figure: Locator): Promise<string> {
  await figure.getByRole('button', { name: /^Export/ }).click()
  const [file] = await Promise.all([
    page.waitForEvent('download'),
    page.getByRole('menuitem', { name: /CSV data/ }).click(),
  ])
  const target = path.join(OUT, `e2e-${file.suggestedFilename()}`)
  await file.saveAs(target)
  return readFile(target, 'utf8')
}

/** One CSV line's cells (RFC 4180: a quoted cell may hold commas and doubled quotes). */
function cells(line: string): string[] {
  const out: string[] = []
  let cell = ''
  let quoted = false
  for (let i = 0; i < line.length; i++) {
    const c = line[i]!
    if (quoted) {
      if (c === '"' && line[i + 1] === '"') {
        cell += '"'
        i++
      } else if (c === '"') quoted = false
      else cell += c
    } else if (c === '"') quoted = true
    else if (c === ',') {
      out.push(cell)
      cell = ''
    } else cell += c
  }
  out.push(cell)
  return out
}

/** The CSV's data lines as records keyed by header. */
function records(csv: string): Record<string, string>[] {
  const lines = csv.split('\r\n').filter((l) => l && !l.startsWith('#'))
  const header = cells(lines[0]!)
  return lines.slice(1).map((line) => {
    const row = cells(line)
    return Object.fromEntries(header.map((h, i) => [h, row[i] ?? '']))
  })
}

const PER_USER = 'Output speed per user (tokens/s)'
const PER_ACCELERATOR = 'Output throughput per accelerator (tokens/s)'

describe('frontier view', () => {
  const { open, close } = browserSession({ waitUntil: 'networkidle', acceptDownloads: true })

  it('draws the frontier with its target and operating point, adds a chip, and exports the points', async () => {
    const { page, errors } = await open(
      `${BASE_URL}/#s=${encodeShareState({ input: {}, view: { tab: 'frontier' } })}`,
    )
    const figure = page.getByRole('figure', { name: 'Throughput against interactivity' })
    await figure.locator('.frontier-series circle').first().waitFor({ timeout: 30_000 })
    expect(await figure.locator('.frontier-series circle').count()).toBeGreaterThan(20)
    await expect.poll(() => figure.locator('.frontier-target').count(), { timeout: 5000 }).toBe(1)
    // Its label, drawn in the chart's own label layer.
    expect(
      await figure.locator('svg text', { hasText: 'target 40 tokens/s per user' }).count(),
    ).toBe(1)
    expect(await figure.locator('.frontier-operating-mark').count()).toBe(1)
    expect(await figure.innerText()).toContain('Each point is the best deployment')

    const csv = await downloadCsv(page, figure)
    expect(csv.split('\r\n')[0]).toBe('# Throughput against interactivity')
    const rows = records(csv)
    const h100 = rows.filter((r) => r.Point === 'frontier')
    expect(h100.length).toBeGreaterThan(20)
    expect(new Set(h100.map((r) => r.Chip))).toEqual(new Set(['NVIDIA H100 SXM5 80GB']))
    const speeds = h100.map((r) => Number(r[PER_USER]))
    const throughputs = h100.map((r) => Number(r[PER_ACCELERATOR]))
    expect(speeds.every((s, i) => i === 0 || s > speeds[i - 1]!)).toBe(true)
    // Pareto-optimal: faster per user always means less per accelerator.
    expect(throughputs.every((t, i) => i === 0 || t < throughputs[i - 1]!)).toBe(true)
    const op = rows.filter((r) => r.Point === 'operating point')
    expect(op).toHaveLength(1)
    expect(Number(op[0]![PER_USER])).toBeGreaterThanOrEqual(40)

    // Another chip, from the picker: a second curve, above the first at the slow end.
    await figure.getByLabel('Compare with').selectOption('b200')
    await expect.poll(() => figure.locator('.frontier-series').count(), { timeout: 20_000 }).toBe(2)
    await expect
      .poll(
        async () =>
          records(await downloadCsv(page, figure)).filter((r) => (r.Chip ?? '').includes('B200'))
            .length,
        {
          timeout: 20_000,
        },
      )
      .toBeGreaterThan(20)
    const both = records(await downloadCsv(page, figure))
    const peak = (chip: string): number =>
      Math.max(
        ...both.filter((r) => (r.Chip ?? '').includes(chip)).map((r) => Number(r[PER_ACCELERATOR])),
      )
    expect(peak('B200')).toBeGreaterThan(peak('H100'))
    expect(errors).toEqual([])
    await close()
  }, 120_000)
})
