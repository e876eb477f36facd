/**
 * What a review of the CLI found broken (2026-12-07, night), each case as it was reported: a stack
 * trace or a silent wrong answer before, a result or a message in the user's words now.
 */
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'

import { afterAll, describe, expect, it } from 'vitest'

import { runScenario } from '@/engine/index'

import { runCli } from '../../scripts/lib/cli'

const dir = mkdtempSync(join(tmpdir(), 'iel-cli-review-'))
afterAll(() => rmSync(dir, { recursive: true, force: true }))

let fileCount = 0
function file(content: unknown): string {
  const path = join(dir, `input-${fileCount++}.json`)
  writeFileSync(path, JSON.stringify(content))
  return path
}

function cli(argv: readonly string[], stdin?: string) {
  let stdout = ''
  let stderr = ''
  const code = runCli(argv, {
    stdout: (text) => (stdout += text),
    stderr: (text) => (stderr += text),
    stdin: () => stdin ?? '',
  })
  return { code, stdout, stderr }
}

interface Claim {
  readonly id: string
  readonly value: number
  readonly verdict: string
  readonly why: string
}

describe('--analysis where FP16 does not run on the scenario’s own conditions', () => {
  // 1,342 GB of FP16 weights do not fit 8 × 141 GB; the scenario itself (FP8) does.
  const deepseek = { model: 'deepseek-v3', hardware: 'h200-sxm', accelerators: 8 }

  it('the scenario runs, so its claims come with it: FP16 → INT4 compared on the deployments each format needs, and said so', () => {
    const fp16 = runScenario({
      ...deepseek,
      year: 2030,
      precision: { weights: 'fp16', activations: 'fp16', kvCache: 'fp16' },
    })
    expect(fp16.ok).toBe(false) // the premise: FP16 does not fit the fixed count
    const run = cli([file(deepseek), '--analysis'])
    expect(run.code).toBe(0)
    const result = JSON.parse(run.stdout) as { claims: Claim[] }
    const int4 = result.claims.find((c) => c.id === 'fp16ToInt4')
    expect(int4).toBeDefined()
    expect(int4!.value).toBeGreaterThan(1)
    expect(Number.isFinite(int4!.value)).toBe(true)
    expect(int4!.why).toMatch(/FP16 does not run on the scenario’s fixed accelerator count/)
    // The other claims are all there too.
    expect(result.claims.map((c) => c.id)).toContain('allLevers')
  })

  it('one such element in an array no longer throws the others away', () => {
    const run = cli([file([deepseek, { model: 'llama-3.1-8b' }]), '--analysis'])
    expect(run.code).toBe(0)
    const list = JSON.parse(run.stdout) as { claims: Claim[] }[]
    expect(list).toHaveLength(2)
    expect(list.every((r) => r.claims.length >= 5)).toBe(true)
  })

  it('on the scenario’s own conditions where FP16 runs there, the why adds nothing about conditions', () => {
    const run = cli([file({ model: 'llama-3.1-8b', hardware: 'h100-sxm' }), '--analysis'])
    const int4 = (JSON.parse(run.stdout) as { claims: Claim[] }).claims.find(
      (c) => c.id === 'fp16ToInt4',
    )
    expect(int4!.why).not.toMatch(/Compared/)
  })
})

describe('no input, folders and app files without a scenario', () => {
  it('null is the reference with and without --analysis (it was a TypeError with it)', () => {
    const plain = cli(['-'], 'null')
    expect(plain.code).toBe(0)
    const analysed = cli(['-', '--analysis'], 'null')
    expect(analysed.stderr).toBe('')
    expect(analysed.code).toBe(0)
    const result = JSON.parse(analysed.stdout) as { claims: Claim[]; costPerMillionTokens: object }
    expect(result.claims.length).toBeGreaterThanOrEqual(5)
    expect(result.costPerMillionTokens).toEqual(
      (JSON.parse(plain.stdout) as { costPerMillionTokens: object }).costPerMillionTokens,
    )
  })

  it('a folder as the scenario or sweep file: a message, exit 1, no stack trace', () => {
    for (const argv of [[dir], ['--sweep', dir]]) {
      const run = cli(argv)
      expect(run.code).toBe(1)
      expect(run.stdout).toBe('')
      expect(run.stderr).toBe(`error: ${dir} is a folder: give a scenario or sweep JSON file\n`)
    }
  })

  it('a library entry without an input is refused in place, not run as the reference scenario', () => {
    const library = {
      kind: 'inference-economics-lab/library',
      schemaVersion: 1,
      scenarios: [{ name: 'B' }, { name: 'ok', input: { model: 'llama-3.1-8b' } }],
    }
    const run = cli([file(library)])
    expect(run.code).toBe(1)
    const list = JSON.parse(run.stdout) as ({ error: string } | { scenario: { name?: string } })[]
    expect(list).toHaveLength(2)
    expect(list[0]).toEqual({
      error: 'library entry 1 ("B") has no "input" object: there is no scenario to run',
    })
    expect('scenario' in list[1]!).toBe(true)
  })

  it('a scenario file without an input says so (it was "kind is not a scenario field")', () => {
    const run = cli([
      file({ kind: 'inference-economics-lab/scenario', schemaVersion: 1, name: 'empty' }),
    ])
    expect(run.code).toBe(1)
    expect(run.stderr).toBe(
      'error: the scenario file ("empty") has no "input" object: there is no scenario to run\n',
    )
  })
})

describe('options', () => {
  it('--sweep followed by another option is a usage error, not a file named "--csv"', () => {
    const run = cli(['--sweep', '--csv'])
    expect(run.code).toBe(2)
    expect(run.stderr).toMatch(/^error: --sweep needs a file/)
  })

  it('--catalogue with a scenario option is a usage error, not silently ignored', () => {
    for (const flag of ['--analysis', '--frontier']) {
      const run = cli(['--catalogue', flag])
      expect(run.code).toBe(2)
      expect(run.stdout).toBe('')
      expect(run.stderr).toMatch(/--catalogue prints the catalogues alone/)
    }
  })
})

describe('--sweep: a point that misses a target', () => {
  it('keeps the nearest point’s figures with feasible false and the reason, as a single result does', () => {
    const sweep = { base: {}, grid: { 'workload.minOutputTokensPerSecondPerUser': [100_000, 20] } }
    const run = cli(['--sweep', file(sweep)])
    expect(run.code).toBe(0)
    const [missed, met] = JSON.parse(run.stdout) as Record<string, unknown>[]
    expect(missed).toMatchObject({ feasible: false })
    expect(String(missed!.error)).toMatch(/100,000 tokens\/s per user/)
    const single = runScenario({ workload: { minOutputTokensPerSecondPerUser: 100_000 } })
    expect(single.ok).toBe(false)
    // The nearest point: a number, and the same as the frontier's fast end gives a single scenario.
    expect(typeof missed!.cost_usd_per_m_output).toBe('number')
    expect(missed!.cost_usd_per_m_output as number).toBeGreaterThan(
      met!.cost_usd_per_m_output as number,
    )
    expect(met).toMatchObject({ feasible: true, error: null })
  })
})
