/**
 * Issue 13's frontier done-when, checked through the CLI contract: `--frontier` adds
 * `frontier: [{ outputTokensPerSecondPerUser, outputTokensPerSecondPerAccelerator,
 * costPerMillionOutputTokens, ttftSeconds, batchSize, deployment }]`, sorted by speed per user,
 * every point Pareto-optimal, no NaN; a faster chip's frontier dominates a slower one's; the plain
 * result's operating point lies on or below the frontier.
 */
import { describe, expect, it } from 'vitest'

import { ACCELERATORS, type FrontierPoint, type SimulationResult } from '@/engine/index'

import { runCli } from '../../scripts/lib/cli'

type WithFrontier = SimulationResult & { readonly frontier?: readonly FrontierPoint[] }

interface Run {
  readonly code: number
  readonly stdout: string
  readonly stderr: string
}

function cli(argv: readonly string[], stdin: unknown): Run {
  let stdout = ''
  let stderr = ''
  const code = runCli(argv, {
    stdout: (text) => (stdout += text),
    stderr: (text) => (stderr += text),
    stdin: () => JSON.stringify(stdin),
  })
  return { code, stdout, stderr }
}

function run(input: unknown): WithFrontier {
  const r = cli(['-', '--frontier'], input)
  expect(r.stderr).toBe('')
  expect(r.code).toBe(0)
  return JSON.parse(r.stdout) as WithFrontier
}

function frontierOf(result: WithFrontier): readonly FrontierPoint[] {
  if (!result.frontier) throw new Error('the result has no frontier')
  return result.frontier
}

/** The highest throughput per accelerator among points at least `speed` fast (0 when none). */
function bestAtOrAbove(points: readonly FrontierPoint[], speed: number): number {
  let best = 0
  for (const p of points)
    if (p.outputTokensPerSecondPerUser >= speed)
      best = Math.max(best, p.outputTokensPerSecondPerAccelerator)
  return best
}

/** Pairs (i, j) where point j is at least as fast and as productive as point i, and better in one. */
function dominatedPairs(points: readonly FrontierPoint[]): string[] {
  const bad: string[] = []
  points.forEach((a, i) =>
    points.forEach((b, j) => {
      const atLeast =
        b.outputTokensPerSecondPerUser >= a.outputTokensPerSecondPerUser &&
        b.outputTokensPerSecondPerAccelerator >= a.outputTokensPerSecondPerAccelerator
      const better =
        b.outputTokensPerSecondPerUser > a.outputTokensPerSecondPerUser ||
        b.outputTokensPerSecondPerAccelerator > a.outputTokensPerSecondPerAccelerator
      if (i !== j && atLeast && better) bad.push(`${j} dominates ${i}`)
    }),
  )
  return bad
}

/** Paths of every null or non-finite number (NaN and ±Infinity print as null in JSON). */
function badNumbers(value: unknown, path: string, into: string[] = []): string[] {
  if (value === null) into.push(path)
  else if (typeof value === 'number' && !Number.isFinite(value)) into.push(path)
  else if (Array.isArray(value)) value.forEach((v, i) => badNumbers(v, `${path}[${i}]`, into))
  else if (typeof value === 'object')
    for (const [k, v] of Object.entries(value)) badNumbers(v, `${path}.${k}`, into)
  return into
}

const CASES = {
  'the reference (Llama 3.3 70B on auto H100)': {},
  'DeepSeek-V3 FP8 on H200 (MoE)': {
    model: 'deepseek-v3',
    hardware: 'h200-sxm',
    precision: { weights: 'fp8', activations: 'fp8', kvCache: 'fp8' },
  },
  'Llama 3.3 70B int8 on Groq LPU (a 576-chip domain)': {
    hardware: 'groq-lpu',
    precision: { weights: 'int8', activations: 'int8', kvCache: 'int8' },
  },
  'a fixed count of 16 H100s': { accelerators: 16 },
  'a requested batch of 7': { workload: { batchSize: 7 } },
  'a pinned TP4 × PP2': { deployment: { tensorParallel: 4, pipelineParallel: 2 } },
} as const

describe('--frontier through the CLI', () => {
  it.each(Object.entries(CASES))(
    '%s: sorted, Pareto-optimal, finite, operating point below',
    (_, input) => {
      const result = run(input)
      const points = frontierOf(result)
      expect(points.length).toBeGreaterThan(3)
      expect(points.length).toBeLessThanOrEqual(200)
      expect(badNumbers(points, 'frontier')).toEqual([])
      const speeds = points.map((p) => p.outputTokensPerSecondPerUser)
      expect(speeds).toEqual([...speeds].sort((a, b) => a - b))
      expect(dominatedPairs(points)).toEqual([])
      for (const p of points) {
        expect(p.outputTokensPerSecondPerAccelerator).toBeGreaterThan(0)
        expect(p.costPerMillionOutputTokens).toBeGreaterThan(0)
        expect(p.ttftSeconds).toBeGreaterThan(0)
        expect(p.batchSize).toBeGreaterThanOrEqual(1)
        expect(p.deployment.acceleratorsPerReplica).toBe(
          p.deployment.tensorParallel * p.deployment.pipelineParallel,
        )
        expect(p.deployment.label).toMatch(/^TP\d+/)
      }
      // The plain result is one operating point: the frontier reaches at least its throughput at
      // its speed per user or faster.
      const speed = result.latency.outputTokensPerSecondPerUser
      const perAccelerator = result.throughput.outputTokensPerSecondPerAccelerator
      expect(bestAtOrAbove(points, speed)).toBeGreaterThanOrEqual(perAccelerator * (1 - 1e-12))
    },
  )

  it('every catalogue chip, dense and MoE: sorted, Pareto-optimal, finite, operating point below', () => {
    const inputs = ACCELERATORS.flatMap((chip) =>
      ['llama-3.3-70b', 'deepseek-v3'].map((model) => ({ hardware: chip.id, model })),
    )
    const r = cli(['-', '--frontier'], inputs)
    expect(r.stderr).toBe('')
    expect(r.code).toBe(0)
    const results = JSON.parse(r.stdout) as WithFrontier[]
    const problems = results.flatMap((result, i) => {
      const label = `${inputs[i]!.hardware} ${inputs[i]!.model}`
      const points = frontierOf(result)
      const speeds = points.map((p) => p.outputTokensPerSecondPerUser)
      const sorted = speeds.every((s, k) => k === 0 || s > speeds[k - 1]!)
      const speed = result.latency.outputTokensPerSecondPerUser
      const below =
        bestAtOrAbove(points, speed) >=
        result.throughput.outputTokensPerSecondPerAccelerator * (1 - 1e-12)
      return [
        ...(points.length > 0 ? [] : [`${label}: empty`]),
        ...(sorted ? [] : [`${label}: not sorted`]),
        ...dominatedPairs(points).map((d) => `${label}: ${d}`),
        ...badNumbers(points, label),
        ...(below ? [] : [`${label}: the operating point is above the frontier`]),
      ]
    })
    expect(problems).toEqual([])
  })

  it('a faster chip dominates a slower one: B200 over H100 for Llama 3.3 70B', () => {
    const fast = frontierOf(run({ model: 'llama-3.3-70b', hardware: 'b200' }))
    const slow = frontierOf(run({ model: 'llama-3.3-70b', hardware: 'h100-sxm' }))
    const shortfalls = slow.flatMap((p) => {
      const best = bestAtOrAbove(fast, p.outputTokensPerSecondPerUser)
      return best >= p.outputTokensPerSecondPerAccelerator
        ? []
        : [
            `at ${p.outputTokensPerSecondPerUser.toFixed(1)} tokens/s per user: B200 ${best.toFixed(1)} < H100 ${p.outputTokensPerSecondPerAccelerator.toFixed(1)}`,
          ]
    })
    expect(shortfalls).toEqual([])
    // And it is not the same curve: B200 serves more per accelerator at the H100's slowest point.
    const slowest = slow[0]!
    expect(bestAtOrAbove(fast, slowest.outputTokensPerSecondPerUser)).toBeGreaterThan(
      1.5 * slowest.outputTokensPerSecondPerAccelerator,
    )
  })

  it('only with --frontier, and not with --sweep', () => {
    const plain = cli(['-'], {})
    expect(plain.code).toBe(0)
    expect(JSON.parse(plain.stdout)).not.toHaveProperty('frontier')
    const sweep = cli(['--sweep', '-', '--frontier'], { base: {}, grid: {} })
    expect(sweep.code).toBe(2)
    expect(sweep.stderr).toMatch(/--frontier applies to scenario files/)
  })

  it('each scenario of an array gets its own frontier', () => {
    const r = cli(['-', '--frontier'], [{}, { hardware: 'b200' }])
    expect(r.code).toBe(0)
    const results = JSON.parse(r.stdout) as WithFrontier[]
    expect(results).toHaveLength(2)
    expect(results.map((x) => frontierOf(x).length > 3)).toEqual([true, true])
  })
})
