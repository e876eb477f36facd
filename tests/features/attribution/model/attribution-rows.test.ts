import { describe, expect, it } from 'vitest'

import {
  barLabel,
  foldTicks,
  foldWords,
  topDrivers,
  tornadoRows,
  waterfallRows,
} from '@/features/attribution/model/attribution-rows'

import { analysisOf, presetInput } from '../fixtures'

const article = analysisOf(presetInput('article-all'))
const conservative = analysisOf(presetInput('conservative'))

describe('waterfallRows', () => {
  it.each([
    ['Article: all levers', article, 'cost'],
    ['Article: all levers', article, 'energy'],
    ['Conservative (with design lag)', conservative, 'cost'],
  ] as const)(
    '%s, %s: the lever bars add up to the total bar, which is baseline → scenario',
    (_name, analysis, metric) => {
      const attribution = analysis.attribution!
      const rows = waterfallRows(attribution, metric)
      const levers = rows.filter((r) => r.kind !== 'total')
      const total = rows[rows.length - 1]!
      expect(total.kind).toBe('total')
      expect(levers).toHaveLength(attribution.players.length)
      const sum = levers.reduce((acc, r) => acc + (r.end - r.start), 0)
      expect(sum).toBeCloseTo(total.end - total.start, 9)
      expect(Math.exp(total.end)).toBeCloseTo(
        Math.exp(-(metric === 'cost' ? attribution.totalCost : attribution.totalEnergy)),
        9,
      )
      expect(levers.reduce((acc, r) => acc + r.share, 0)).toBeCloseTo(1, 9)
      expect(levers[levers.length - 1]!.end).toBeCloseTo(total.end, 9)
      for (let i = 1; i < levers.length; i++) expect(levers[i]!.start).toBe(levers[i - 1]!.end)
    },
  )

  it('sorts the gains largest first, then the levers that raise the metric', () => {
    const rows = waterfallRows(conservative.attribution!, 'cost').filter((r) => r.kind !== 'total')
    const firstLoss = rows.findIndex((r) => r.kind === 'loss')
    expect(firstLoss).toBeGreaterThan(0)
    const gains = rows.slice(0, firstLoss)
    for (let i = 1; i < gains.length; i++)
      expect(Math.abs(gains[i]!.deltaLn)).toBeLessThanOrEqual(Math.abs(gains[i - 1]!.deltaLn))
    expect(rows.slice(firstLoss).every((r) => r.kind === 'loss')).toBe(true)
    expect(rows.find((r) => r.id === 'designLag')?.kind).toBe('loss')
  })

  it('labels bars as factors and shares', () => {
    const rows = waterfallRows(article.attribution!, 'cost')
    const top = rows[0]!
    expect(barLabel(top, 'cost')).toBe(
      `${foldWords(top.fold, 'cost')} · ${Math.round(top.share * 100)} %`,
    )
    expect(foldWords(3, 'cost')).toBe('3× cheaper')
    expect(foldWords(0.5, 'energy')).toBe('2× more energy')
    expect(foldWords(1.04, 'cost')).toBe('4 % cheaper')
    expect(topDrivers(rows).split(', ')).toHaveLength(3)
    expect(topDrivers(rows)).toContain(top.label)
  })

  it('spans every bar with its ticks', () => {
    const rows = waterfallRows(article.attribution!, 'cost')
    const { domain, ticks } = foldTicks(rows)
    for (const row of rows) {
      expect(row.span[0]).toBeGreaterThanOrEqual(domain[0])
      expect(row.span[1]).toBeLessThanOrEqual(domain[1])
    }
    expect(ticks[0]).toBe(0)
  })
})

describe('tornadoRows', () => {
  it('one row per lever in play, widest swing first, as relative changes from the engine’s Δ ln', () => {
    const sensitivity = article.sensitivity!
    const rows = tornadoRows(sensitivity, 'cost')
    expect(rows).toHaveLength(sensitivity.length)
    for (let i = 1; i < rows.length; i++)
      expect(rows[i]!.swing).toBeLessThanOrEqual(rows[i - 1]!.swing)
    for (const row of rows) {
      const source = sensitivity.find((s) => s.lever === row.id)!
      expect(row.weak).toBeCloseTo(Math.exp(source.costLow) - 1, 12)
      expect(row.strong).toBeCloseTo(Math.exp(source.costHigh) - 1, 12)
      expect(row.weakSpan).toContain(0)
      expect(row.strongSpan).toContain(0)
    }
    const top = rows[0]!
    expect(top.weak).toBeGreaterThan(0)
    expect(top.strong).toBeLessThan(0)
  })

  it('sorts by the energy swing when showing energy', () => {
    const rows = tornadoRows(article.sensitivity!, 'energy')
    for (let i = 1; i < rows.length; i++)
      expect(rows[i]!.swing).toBeLessThanOrEqual(rows[i - 1]!.swing)
  })
})
