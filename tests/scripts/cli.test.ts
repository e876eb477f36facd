import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'

import { afterAll, describe, expect, it } from 'vitest'

import { LEVER_IDS, presetById, runScenario, type SimulationResult } from '@/engine/index'

import { runCli } from '../../scripts/lib/cli'
import { csvField, csvRow } from '../../scripts/lib/csv'
import { MAX_SWEEP_POINTS, SWEEP_METRIC_COLUMNS } from '../../scripts/lib/sweep'

const dir = mkdtempSync(join(tmpdir(), 'iel-cli-'))
afterAll(() => rmSync(dir, { recursive: true, force: true }))

let fileCount = 0
function file(content: unknown): string {
  const path = join(dir, `input-${fileCount++}.json`)
  writeFileSync(path, typeof content === 'string' ? content : JSON.stringify(content))
  return path
}

interface Run {
  readonly code: number
  readonly stdout: string
  readonly stderr: string
}

function cli(argv: readonly string[], stdin?: string): Run {
  let stdout = ''
  let stderr = ''
  const code = runCli(argv, {
    stdout: (text) => (stdout += text),
    stderr: (text) => (stderr += text),
    stdin: () => {
      if (stdin === undefined) throw new Error('this test gives no standard input')
      return stdin
    },
  })
  return { code, stdout, stderr }
}

function json<T>(run: Run): T {
  expect(run.stderr).toBe('')
  expect(run.code).toBe(0)
  return JSON.parse(run.stdout) as T
}

function engine(input: unknown): SimulationResult {
  const outcome = runScenario(input)
  if (!outcome.ok) throw new Error(outcome.issues.map((i) => i.message).join('; '))
  return outcome.result
}

/** A minimal RFC 4180 reader, written independently of scripts/lib/csv.ts. */
function parseCsv(text: string): string[][] {
  const rows: string[][] = []
  let row: string[] = []
  let field = ''
  let quoted = false
  for (let i = 0; i < text.length; i++) {
    const ch = text[i]!
    if (quoted) {
      if (ch === '"' && text[i + 1] === '"') {
        field += '"'
        i++
      } else if (ch === '"') quoted = false
      else field += ch
    } else if (ch === '"') quoted = true
    else if (ch === ',') {
      row.push(field)
      field = ''
    } else if (ch === '\n') {
      row.push(field)
      rows.push(row)
      row = []
      field = ''
    } else field += ch
  }
  if (field !== '' || row.length > 0) rows.push([...row, field])
  return rows
}

const SMALL = { model: 'llama-3.1-8b', hardware: 'h100-sxm', accelerators: 1 }

describe('simulate CLI: scenarios', () => {
  it('prints one result for one scenario file', () => {
    const result = json<SimulationResult>(cli([file(SMALL)]))
    expect(result).toEqual(JSON.parse(JSON.stringify(engine(SMALL))))
  })

  it('keeps the order of an array of scenarios', () => {
    const inputs = [
      { ...SMALL, name: 'first' },
      { model: 'mixtral-8x7b', hardware: 'h200-sxm', name: 'second' },
      { name: 'third' },
      { ...SMALL, workload: { batchSize: 1 }, name: 'fourth' },
    ]
    const results = json<SimulationResult[]>(cli([file(inputs)]))
    expect(results.map((r) => r.scenario.name)).toEqual(['first', 'second', 'third', 'fourth'])
    results.forEach((r, i) => expect(r).toEqual(JSON.parse(JSON.stringify(engine(inputs[i])))))
  })

  it('reads standard input for "-"', () => {
    const fromStdin = json<SimulationResult>(cli(['-'], JSON.stringify(SMALL)))
    const fromFile = json<SimulationResult>(cli([file(SMALL)]))
    expect(fromStdin).toEqual(fromFile)
  })

  it('indents with --pretty and gives the same result', () => {
    const run = cli([file(SMALL), '--pretty'])
    expect(run.stdout.split('\n').length).toBeGreaterThan(20)
    expect(JSON.parse(run.stdout)).toEqual(json(cli([file(SMALL)])))
  })

  it.each([
    [{ workload: { inputTokens: -5 } }, 'workload.inputTokens'],
    [{ hardware: 'h1000' }, 'hardware'],
    [{ levers: { hbm: 2 } }, 'levers.hbm'],
    [{ model: 'llama-3.1-405b', hardware: 'h100-sxm', accelerators: 1 }, 'accelerators'],
  ])('exits 1 on %j and names %s', (input, field) => {
    const run = cli([file(input)])
    expect(run.code).toBe(1)
    expect(run.stdout).toBe('')
    expect(run.stderr).toMatch(/^error: /)
    expect(run.stderr).toContain(field)
  })

  it('gives a bad element of an array its own error in place and the others their results', () => {
    const inputs = [SMALL, { ...SMALL, year: 2040 }, { ...SMALL, workload: { batchSize: 1 } }]
    const run = cli([file(inputs)])
    expect(run.code).toBe(1)
    expect(run.stderr).toContain('[1] ')
    expect(run.stderr).toContain('year')
    const out = JSON.parse(run.stdout) as unknown[]
    expect(out).toHaveLength(3)
    expect(out[0]).toEqual(JSON.parse(JSON.stringify(engine(inputs[0]))))
    expect(Object.keys(out[1] as object)).toEqual(['error'])
    expect((out[1] as { error: string }).error).toMatch(/year/)
    expect(out[2]).toEqual(JSON.parse(JSON.stringify(engine(inputs[2]))))
  })

  it('runs a scenario file exported from the app as is', () => {
    const exported = readFileSync('tests/fixtures/scenarios/app-exported-scenario.json', 'utf8')
    const doc = JSON.parse(exported) as { name: string; input: Record<string, unknown> }
    const result = json<SimulationResult>(cli([file(exported)]))
    expect(result.scenario.name).toBe(doc.name)
    expect(result.costPerMillionTokens.output).toBe(
      engine({ ...doc.input, name: doc.name }).costPerMillionTokens.output,
    )
  })

  it('runs a library file exported from the app as an array, in order', () => {
    const exported = readFileSync('tests/fixtures/scenarios/app-exported-library.json', 'utf8')
    const doc = JSON.parse(exported) as { scenarios: { name: string; input: object }[] }
    const results = json<SimulationResult[]>(cli([file(exported)]))
    expect(results.map((r) => r.scenario.name)).toEqual(doc.scenarios.map((s) => s.name))
    results.forEach((r, i) =>
      expect(r.costPerMillionTokens.output).toBe(
        engine({ ...doc.scenarios[i]!.input, name: doc.scenarios[i]!.name }).costPerMillionTokens
          .output,
      ),
    )
  })

  it('refuses an app file from a newer format, saying so', () => {
    const run = cli([
      file({ kind: 'inference-economics-lab/scenario', schemaVersion: 99, input: SMALL }),
    ])
    expect(run.code).toBe(1)
    expect(run.stderr).toContain('newer version of the app')
  })

  it('exits 1 on a missing file and on invalid JSON', () => {
    const missing = cli([join(dir, 'no-such-file.json')])
    expect(missing.code).toBe(1)
    expect(missing.stderr).toContain('no-such-file.json')
    const broken = cli([file('{ "year": ')])
    expect(broken.code).toBe(1)
    expect(broken.stderr).toContain('not valid JSON')
  })

  it.each([
    [[]],
    [['--frobnicate']],
    [['a.json', 'b.json']],
    [['--sweep']],
    [['a.json', '--csv']],
    [['--sweep', 'sweep.json', '--analysis']],
    [['a.json', '--sweep', 'sweep.json']],
    [['a.json', '--exact-shapley']],
  ])('exits 2 with the usage for %j', (argv) => {
    const run = cli(argv)
    expect(run.code).toBe(2)
    expect(run.stderr).toContain('usage:')
    expect(run.stdout).toBe('')
  })

  it('prints the usage for --help and exits 0', () => {
    const run = cli(['--help'])
    expect(run.code).toBe(0)
    expect(run.stdout).toContain('--sweep')
  })
})

describe('simulate CLI: --analysis', () => {
  type Band = { output: number; p10: number; p50: number; p90: number }
  type Analysed = SimulationResult & {
    trajectory: { year: number; costPerMillionTokens: Band; energyPerToken: { joules: number } }[]
    attribution: Record<string, number>
    attributionMethod: string
  }
  const input = {
    ...SMALL,
    year: 2028,
    levers: { hbm: 1, modelOptimization: 0.5, inferenceEngine: 1, compilerStack: 0.3 },
  }
  const run = cli([file(input), '--analysis'])
  const analysed = json<Analysed>(run)

  it('adds a trajectory for 2026–2030 with ordered P10/P50/P90 bands', () => {
    expect(analysed.trajectory.map((t) => t.year)).toEqual([2026, 2027, 2028, 2029, 2030])
    for (const t of analysed.trajectory) {
      const { output, p10, p50, p90 } = t.costPerMillionTokens
      for (const x of [output, p10, p50, p90, t.energyPerToken.joules]) {
        expect(Number.isFinite(x) && x > 0).toBe(true)
      }
      expect(p10).toBeLessThanOrEqual(p50)
      expect(p50).toBeLessThanOrEqual(p90)
    }
  })

  it("matches the plain result in the scenario's year", () => {
    const year = analysed.trajectory.find((t) => t.year === input.year)
    expect(year?.costPerMillionTokens.output).toBeCloseTo(analysed.costPerMillionTokens.output, 12)
    expect(year?.energyPerToken.joules).toBeCloseTo(analysed.energyPerToken.joules, 12)
  })

  it('attributes Δ ln cost to every lever id, summing to ln(cost with / without levers)', () => {
    expect(Object.keys(analysed.attribution)).toEqual([...LEVER_IDS])
    const without = engine({ ...input, levers: {} })
    const total = Object.values(analysed.attribution).reduce((a, b) => a + b, 0)
    expect(total).toBeCloseTo(
      Math.log(analysed.costPerMillionTokens.output / without.costPerMillionTokens.output),
      9,
    )
    expect(analysed.attribution.scaleUp).toBe(0) // slider 0
    expect(analysed.attribution.inferenceEngine).toBeLessThan(0) // makes tokens cheaper
  })

  it('names the attribution’s value: Owen over the lever groups, or exact Shapley with --exact-shapley', () => {
    expect(analysed.attributionMethod).toBe('owen')
    const exact = json<Analysed>(cli([file(input), '--analysis', '--exact-shapley']))
    expect(exact.attributionMethod).toBe('shapley')
    // hbm (compute & memory) and three software levers: both values sum to the same total; lever
    // by lever they may differ.
    const total = (a: Record<string, number>): number => Object.values(a).reduce((x, y) => x + y, 0)
    expect(total(exact.attribution)).toBeCloseTo(total(analysed.attribution), 9)
    // The flag reaches the analysis: some lever's share differs between the two values.
    const gap = Math.max(
      ...Object.keys(exact.attribution).map((id) =>
        Math.abs(exact.attribution[id]! - analysed.attribution[id]!),
      ),
    )
    expect(gap).toBeGreaterThan(1e-6)
    expect(exact.costPerMillionTokens).toEqual(analysed.costPerMillionTokens)
  }, 30_000)

  it('adds the fields to every result of an array, in order', () => {
    const results = json<Analysed[]>(cli([file([SMALL, input]), '--analysis']))
    expect(results).toHaveLength(2)
    expect(results[1]).toEqual(analysed)
    expect(Object.values(results[0]!.attribution).every((x) => x === 0)).toBe(true)
    // Two full analyses (Monte Carlo, attribution, claim checks): seconds on a busy machine.
  }, 30_000)
})

describe('simulate CLI: --analysis claims', () => {
  type Claim = {
    id: string
    claim: string
    low: number
    high: number
    value: number
    verdict: 'within' | 'exceeds' | 'short'
    why: string
  }
  const article = presetById('article-all')
  if (!article) throw new Error('no Article preset')
  const analysed = json<SimulationResult & { claims: Claim[] }>(
    cli([file(article.input), '--analysis']),
  )

  it('lists each claim exactly as the contract names its fields', () => {
    expect(analysed.claims.map((c) => c.id)).toEqual([
      'modelOptimization',
      'advancedPackaging',
      'customSilicon',
      'coPackagedOptics',
      'fp16ToInt4',
      'allLevers',
    ])
    for (const c of analysed.claims) {
      expect(Object.keys(c).sort()).toEqual(
        ['claim', 'high', 'id', 'low', 'value', 'verdict', 'why'].sort(),
      )
      expect(c.low).toBeLessThan(c.high)
      expect(Number.isFinite(c.value)).toBe(true)
    }
  })

  it('the Article preset’s “up to about 100×” is exceeds whenever its fold is above 100×', () => {
    const reference = json<SimulationResult>(cli([file({})]))
    const fold = reference.costPerMillionTokens.output / analysed.costPerMillionTokens.output
    const all = analysed.claims.find((c) => c.id === 'allLevers')
    expect(all?.value).toBeCloseTo(fold, 6)
    expect([all?.low, all?.high]).toEqual([10, 100])
    expect(all?.verdict).toBe(fold > 100 ? 'exceeds' : fold < 10 ? 'short' : 'within')
    expect(all?.why).toContain(fold > 100 ? 'against at most 100×, because' : '100×')
  })

  it('a claim range is within at its ends, exceeds above, short below (Evidence CPO at −70 % vs −50…−65 %)', () => {
    const evidence = json<SimulationResult & { claims: Claim[] }>(
      cli([file({ assumptions: 'evidence' }), '--analysis']),
    )
    for (const c of evidence.claims) {
      const expected = c.value > c.high ? 'exceeds' : c.value < c.low ? 'short' : 'within'
      expect(c.verdict).toBe(expected)
    }
  }, 30_000)
})

describe('simulate CLI: --sweep', () => {
  const sweep = {
    base: { ...SMALL, workload: { outputTokens: 128 } },
    grid: {
      hardware: ['h100-sxm', 'b200'],
      'workload.inputTokens': [512, 2048, 8192],
      'levers.hbm': [0, 1],
    },
  }
  const csv = cli(['--sweep', file(sweep), '--csv'])
  const rows = parseCsv(csv.stdout)

  it('writes one CSV row per point of the Cartesian product, after a header', () => {
    expect(csv.code).toBe(0)
    expect(csv.stderr).toBe('')
    expect(rows[0]).toEqual([...Object.keys(sweep.grid), ...SWEEP_METRIC_COLUMNS])
    expect(rows.length - 1).toBe(2 * 3 * 2)
    expect(rows.slice(1).every((r) => r.length === rows[0]!.length)).toBe(true)
  })

  it('varies the last grid field fastest and matches the engine point by point', () => {
    const header = rows[0]!
    const column = (name: string): number => header.indexOf(name)
    const expectedPoints = sweep.grid.hardware.flatMap((hardware) =>
      sweep.grid['workload.inputTokens'].flatMap((inputTokens) =>
        sweep.grid['levers.hbm'].map((hbm) => ({ hardware, inputTokens, hbm })),
      ),
    )
    expectedPoints.forEach((p, i) => {
      const row = rows[i + 1]!
      expect([row[0], Number(row[1]), Number(row[2])]).toEqual([p.hardware, p.inputTokens, p.hbm])
      const r = engine({
        ...SMALL,
        hardware: p.hardware,
        workload: { outputTokens: 128, inputTokens: p.inputTokens },
        levers: { hbm: p.hbm },
      })
      expect(Number(row[column('cost_usd_per_m_output')])).toBe(r.costPerMillionTokens.output)
      expect(Number(row[column('energy_j_per_output_token')])).toBe(r.energyPerToken.joules)
      expect(row[column('energy_boundary')]).toBe(r.energyPerToken.boundary)
      expect(Number(row[column('accuracy_relative_error')])).toBe(r.accuracy.relativeError)
      expect(Number(row[column('energy_accuracy_relative_error')])).toBe(
        r.accuracy.energyRelativeError,
      )
      expect(Number(row[column('batch_size')])).toBe(r.batchSize)
      expect(row[column('decode_bound')]).toBe(r.decode.bound)
      expect(row[column('feasible')]).toBe('true')
      expect(row[column('warnings')]).not.toBe('')
      expect(row[column('error')]).toBe('')
    })
  })

  it('writes the same rows as JSON without --csv', () => {
    const list = json<Record<string, unknown>[]>(cli(['--sweep', file(sweep)]))
    expect(list).toHaveLength(12)
    expect(list[5]).toMatchObject({
      hardware: 'h100-sxm',
      'workload.inputTokens': 8192,
      'levers.hbm': 1,
      feasible: true,
      error: null,
    })
    expect(list[5]!.cost_usd_per_m_output).toBe(Number(rows[6]![3]))
  })

  it('turns a catalogue id into { base } when a grid field refines it', () => {
    const refine = {
      base: { ...SMALL, hardware: 'b200' },
      grid: { 'hardware.memoryGB': [40, 180] },
    }
    const list = json<Record<string, unknown>[]>(cli(['--sweep', file(refine)]))
    const r = engine({ ...SMALL, hardware: { base: 'b200', memoryGB: 40 } })
    expect(list[0]!.cost_usd_per_m_output).toBe(r.costPerMillionTokens.output)
    expect(list[0]!.cost_usd_per_m_output).not.toBe(list[1]!.cost_usd_per_m_output)
  })

  it('reports invalid and infeasible points as rows instead of aborting', () => {
    const mixed = {
      base: { hardware: 'h100-sxm', accelerators: 1 },
      grid: { model: ['llama-3.1-8b', 'llama-3.1-405b'], 'workload.inputTokens': [1024, -5] },
    }
    const list = json<Record<string, unknown>[]>(cli(['--sweep', file(mixed)]))
    expect(list).toHaveLength(4)
    expect(list[0]).toMatchObject({ feasible: true, error: null })
    expect(list[1]).toMatchObject({
      feasible: false,
      warnings: 'none',
      cost_usd_per_m_output: null,
    })
    expect(String(list[1]!.error)).toContain('workload.inputTokens')
    expect(list[2]).toMatchObject({ feasible: false, cost_usd_per_m_output: null })
    expect(String(list[2]!.error)).toMatch(/does not fit/)
  })

  it.each([
    [{ grid: { 'workload.inputTokenz': [1] } }, 'workload.inputTokenz'],
    [{ grid: { 'levers.warpDrive': [1] } }, 'levers.warpDrive'],
    [{ grid: { 'workload.inputTokens': 1024 } }, 'grid.workload.inputTokens'],
    [{ grid: { year: [] } }, 'grid.year'],
    [{ base: { year: 2040 }, grid: { hardware: ['b200'] } }, 'base.year'],
    [{ base: { hardware: 'h100-sxm' } }, 'grid'],
    [{ bass: {}, grid: { year: [2026] } }, 'bass'],
    [[1, 2], 'sweep file'],
  ])('exits 1 when the sweep file itself is invalid (%j), naming %s', (doc, field) => {
    const run = cli(['--sweep', file(doc), '--csv'])
    expect(run.code).toBe(1)
    expect(run.stdout).toBe('')
    expect(run.stderr).toContain(field)
  })

  it(`refuses more than ${MAX_SWEEP_POINTS.toLocaleString('en-US')} points with a clear error`, () => {
    const values = Array.from({ length: 11 }, (_, i) => i / 10)
    const huge = {
      grid: Object.fromEntries(
        ['hbm', 'chiplets', 'scaleUp', 'scaleOut', 'compilerStack'].map((id) => [
          `levers.${id}`,
          values,
        ]),
      ),
    }
    const run = cli(['--sweep', file(huge), '--csv'])
    expect(run.code).toBe(1)
    expect(run.stderr).toContain('161,051')
    expect(run.stderr).toContain('100,000')
  })

  it('reads the sweep file from standard input for "-"', () => {
    const run = cli(['--sweep', '-', '--csv'], JSON.stringify(sweep))
    expect(run.stdout).toBe(csv.stdout)
  })
})

describe('simulate CLI: native formats, context windows, --catalogue', () => {
  it('resolves {"model":"deepseek-v3"} to FP8 and {"model":"gpt-oss-120b"} to 4-bit weights', () => {
    const deepseek = json<SimulationResult>(cli([file({ model: 'deepseek-v3' })]))
    expect(deepseek.scenario.precision).toMatchObject({ weights: 'fp8', activations: 'fp8' })
    const gptOss = json<SimulationResult>(cli([file({ model: 'gpt-oss-120b' })]))
    expect(gptOss.scenario.precision).toMatchObject({ weights: 'fp4', activations: 'bf16' })
  })

  it('exits 1 when the prompt plus output exceed the context window, naming both numbers', () => {
    const run = cli([file({ model: 'llama-2-7b', workload: { inputTokens: 100000 } })])
    expect(run.code).toBe(1)
    expect(run.stdout).toBe('')
    expect(run.stderr).toContain(
      "A 100,000-token prompt plus 256 output tokens exceeds Llama 2 7B's 4,096-token context window",
    )
  })

  type Entry = {
    id: string
    name: string
    vendor: string
    year: number
    specs: Record<string, unknown>
    sources: Record<string, { source: string; grade: string }>
  }
  it('prints the hardware and model catalogues with ids, names, vendor, year, specs and sources', () => {
    const catalogue = json<{ hardware: Entry[]; models: Entry[] }>(cli(['--catalogue']))
    const hardwareIds = catalogue.hardware.map((h) => h.id)
    for (const id of [
      'gb300',
      'rubin',
      'rubin-cpx',
      'rubin-ultra',
      'mi355x',
      'mi455x',
      'tpu-v7-ironwood',
      'tpu-8i',
      'trainium3',
      'gaudi3',
      'cerebras-wse3',
      'sn40l',
    ])
      expect(hardwareIds).toContain(id)
    expect(catalogue.models.map((m) => m.id)).toEqual(
      expect.arrayContaining([
        'qwen3-32b',
        'qwen3-235b-a22b',
        'kimi-k2',
        'llama-4-maverick',
        'deepseek-v3.2',
      ]),
    )
    const gb300 = catalogue.hardware.find((h) => h.id === 'gb300')
    expect(gb300).toMatchObject({ vendor: 'NVIDIA', year: 2025, specs: { tdpW: 1400 } })
    expect(gb300?.sources.tdpW?.grade).toMatch(/^[HML]$/)
    const kimi = catalogue.models.find((m) => m.id === 'kimi-k2')
    expect(kimi).toMatchObject({ vendor: 'Moonshot AI', year: 2025 })
    expect(kimi?.specs).toMatchObject({
      contextTokens: 262144,
      nativePrecision: { weights: 'fp8' },
    })
    const incomplete = [...catalogue.hardware, ...catalogue.models].filter(
      (e) =>
        typeof e.name !== 'string' ||
        !Number.isInteger(e.year) ||
        Object.keys(e.sources).length <= 5,
    )
    expect(incomplete.map((e) => e.id)).toEqual([])
  })

  it('refuses --catalogue together with a scenario file', () => {
    const run = cli(['--catalogue', file({})])
    expect(run.code).toBe(2)
    expect(run.stderr).toContain('usage:')
  })
})

describe('examples/', () => {
  it('examples/scenario.json runs, with and without --analysis', () => {
    const result = json<SimulationResult>(cli(['examples/scenario.json']))
    expect(result.feasible).toBe(true)
    const analysed = json<SimulationResult & { trajectory: unknown[] }>(
      cli(['examples/scenario.json', '--analysis']),
    )
    expect(analysed.trajectory).toHaveLength(5)
  })

  it('examples/sweep.json gives one feasible row per grid point', () => {
    const spec = JSON.parse(readFileSync('examples/sweep.json', 'utf8')) as {
      grid: Record<string, unknown[]>
    }
    const points = Object.values(spec.grid).reduce((n, values) => n * values.length, 1)
    const rows = parseCsv(cli(['--sweep', 'examples/sweep.json', '--csv']).stdout)
    expect(rows.length - 1).toBe(points)
    const feasible = rows[0]!.indexOf('feasible')
    expect(rows.slice(1).every((r) => r[feasible] === 'true')).toBe(true)
  })
})

describe('CSV quoting (RFC 4180)', () => {
  it.each([
    ['plain', 'plain'],
    ['a, b', '"a, b"'],
    ['say "hi"', '"say ""hi"""'],
    ['line\nbreak', '"line\nbreak"'],
    ['cr\rhere', '"cr\rhere"'],
    [' padded', '" padded"'],
    [1.5, '1.5'],
    [true, 'true'],
    [null, ''],
    [{ base: 'b200' }, '"{""base"":""b200""}"'],
  ])('writes %j as %s', (value, expected) => {
    expect(csvField(value)).toBe(expected)
  })

  it('round-trips names with commas, quotes and line breaks through a sweep', () => {
    const names = ['plain', 'a, b', 'say "hi", twice', 'two\nlines']
    const run = cli(['--sweep', file({ base: SMALL, grid: { name: names } }), '--csv'])
    const parsed = parseCsv(run.stdout)
    expect(parsed.slice(1).map((r) => r[0])).toEqual(names)
    expect(csvRow(['x', 'y,z'])).toBe('x,"y,z"\n')
  })
})
