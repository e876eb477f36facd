import { describe, expect, it } from 'vitest'

import {
  bestAtTarget,
  frontierExport,
  frontierSeries,
  linearTicks,
  logTicks,
} from '@/features/frontier/model/frontier-rows'
import type { FrontierOutcome } from '@/state/frontier-slice'

const plan = {
  tensorParallel: 8,
  pipelineParallel: 1,
  expertParallel: 1,
  dataParallel: 1,
  acceleratorsPerReplica: 8,
  replicas: 1,
  label: 'TP8',
  attentionParallelism: 'tensor' as const,
}
const point = (perUser: number, perAccelerator: number) => ({
  outputTokensPerSecondPerUser: perUser,
  outputTokensPerSecondPerAccelerator: perAccelerator,
  costPerMillionOutputTokens: 1000 / perAccelerator,
  ttftSeconds: 0.05,
  batchSize: 16,
  deployment: plan,
})
const items: FrontierOutcome[] = [
  {
    ok: true,
    hardware: 'h100-sxm',
    hardwareName: 'H100',
    points: [point(10, 700), point(40, 500), point(100, 20)],
    minOutputTokensPerSecondPerUser: 40,
    maxTtftSeconds: 0,
    operatingPoint: {
      outputTokensPerSecondPerUser: 40,
      outputTokensPerSecondPerAccelerator: 480,
      costPerMillionOutputTokens: 2,
      batchSize: 100,
      label: 'TP8',
      ttftSeconds: 0.045,
      attentionParallelism: 'tensor',
      replicas: 1,
      acceleratorsPerReplica: 8,
    },
  },
  { ok: false, issues: [{ path: 'hardware', message: 'no such chip' }] },
  {
    ok: true,
    hardware: 'b200',
    hardwareName: 'B200',
    points: [point(10, 1400)],
    minOutputTokensPerSecondPerUser: 40,
    maxTtftSeconds: 0,
    operatingPoint: null,
  },
]

describe('frontier rows', () => {
  it('makes a series per chip that runs and names the ones that do not', () => {
    const { series, failed } = frontierSeries(items)
    expect(series.map((s) => [s.hardware, s.own])).toEqual([
      ['h100-sxm', true],
      ['b200', false],
    ])
    expect(failed).toEqual([{ index: 1, message: 'no such chip' }])
  })

  it('exports every point of every chip, then the operating point', () => {
    const table = frontierExport(frontierSeries(items).series)
    expect(table.rows.map((r) => [r.chip, r.kind, r.perUser])).toEqual([
      ['H100', 'frontier', 10],
      ['H100', 'frontier', 40],
      ['H100', 'frontier', 100],
      ['H100', 'operating point', 40],
      ['B200', 'frontier', 10],
    ])
    expect(table.columns.map((c) => c.key)).toContain('cost')
    // The operating point's row is filled like every other (it had left four cells empty).
    const operating = table.rows.find((r) => r.kind === 'operating point')!
    expect([
      operating.ttft,
      operating.attention,
      operating.replicas,
      operating.acceleratorsPerReplica,
    ]).toEqual([0.045, 'tensor', 1, 8])
  })

  it('finds the most productive point at or above a target speed', () => {
    const points = [point(10, 700), point(40, 500), point(100, 20)]
    expect(bestAtTarget(points, 30)?.outputTokensPerSecondPerAccelerator).toBe(500)
    expect(bestAtTarget(points, 200)).toBeUndefined()
  })

  it('puts round ticks on a linear axis', () => {
    expect(linearTicks(199)).toEqual({ domain: [0, 200], ticks: [0, 50, 100, 150, 200] })
    expect(linearTicks(1488).ticks).toEqual([0, 500, 1000, 1500])
    expect(linearTicks(0)).toEqual({ domain: [0, 1], ticks: [0, 1] })
  })
})

describe('logTicks', () => {
  it('puts 1-2-5 ticks around the range', () => {
    expect(logTicks(0.3, 4)).toEqual({ domain: [0.2, 5], ticks: [0.2, 0.5, 1, 2, 5] })
  })

  it('gives a placeholder decade where nothing is priced (the min and max of no points)', () => {
    expect(logTicks(Math.min(), Math.max())).toEqual({ domain: [1, 10], ticks: [1, 2, 5, 10] })
    expect(logTicks(Number.NaN, 5)).toEqual({ domain: [1, 10], ticks: [1, 2, 5, 10] })
  })
})
