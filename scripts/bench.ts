/**
 * npm run bench: engine speed in Node against the product's budgets, written to
 * bench-results.json (section `node`) and BENCHMARKS.md.
 *
 *   (a) simulate(resolvedScenario) per second on the reference scenario and four varied ones
 *       (budget ≥ 100,000/s each, and for the slowest); runScenario(input) per second (informational);
 *   (b) the KPI strip alone: ms per runScenario(input) (budget ≤ 5 ms);
 *   (c) one slider move: analyze(scenario, { parts: all }) with all 17 levers at 1 in 2030, the
 *       dashboard's Monte Carlo samples (DEFAULT_SAMPLES) and the Owen attribution over 17 levers: median and p95 ms (budget
 *       ≤ 100 ms), each part alone, and the exact Shapley attribution on request (informational);
 *   (d) the throughput–interactivity frontier (up to 200 points): ms per frontier(scenario) on the
 *       reference and on the catalogue's costliest case, Kimi K2 on SambaNova SN40L since the
 *       frontier sweeps both placements of a mixture of experts (2026-12-08; Kimi K2 on Rubin CPX
 *       before) (budget ≤ 50 ms each).
 *
 * Every configuration runs in a fresh child process (so one configuration's JIT state and garbage
 * cannot slow another), warms up, then takes the median of at least 7 timed runs. The children run
 * this script as the product ships code: bundled by vite (an SSR build into node_modules/.cache), not
 * through tsx, whose esbuild transform keeps function names (a __name call per closure created, up to
 * a sixth of simulate() on the reference) that the dashboard's worker bundle does not have. Budgets are
 * judged on the wall clock; each run is also timed by process CPU time, reported beside it, which
 * stays close to what an idle machine shows when the machine is shared with other work.
 *
 *   npm run bench                     this, then the browser benchmark (scripts/bench-browser.ts)
 *   npm run bench:node                this alone: all configurations, write the results
 *   npm run bench:node -- --runs 11   more timed runs per configuration (at least 7)
 *   npm run bench:node -- --in-process   run everything in this process (quicker, less isolated;
 *                                        as tsx runs it, not bundled)
 *   npm run bench:node -- --no-write  print only
 * (`npm run bench` passes --with-browser: after the Node section, the browser one runs with its
 * defaults, and --no-write is passed on to it.)
 */
import { spawnSync } from 'node:child_process'
import { cpus, loadavg } from 'node:os'
import { fileURLToPath } from 'node:url'

import type { AttributionTable, AnalysisPart, Scenario, ScenarioInput } from '../src/engine/index'
import {
  analyze,
  DEFAULT_SAMPLES,
  frontier,
  LEVER_IDS,
  resolveScenario,
  runScenario,
  simulate,
} from '../src/engine/index'

import {
  median,
  metric,
  nodeEnvironment,
  percentile,
  stats,
  writeBenchSection,
  type BenchMetric,
  type BenchSection,
} from './lib/bench-report'

const MIN_RUNS = 7
/** The full-analysis p95 needs more runs than a median to mean anything. */
const ANALYSIS_RUNS = 21
const WARMUP_MS = 400 // ms of untimed calls before measuring a fast call
const SLOW_WARMUP_MS = 1500 // ms of untimed calls (at least 3) before measuring a slow call
const RUN_MS = 150 // target length of one timed run of a fast call, ms
const SINGLE_CALLS = 2000 // individually timed runScenario calls for the latency percentile

const SIMULATIONS_PER_S_BUDGET = 100_000
const KPI_MS_BUDGET = 5
const ANALYSIS_MS_BUDGET = 100
const MONTE_CARLO_SAMPLES = DEFAULT_SAMPLES
const FRONTIER_MS_BUDGET = 50
const FRONTIER_POINTS = 200
/** The frontiers benchmarked: the reference, and the catalogue pair that takes the most evaluations. */
const FRONTIER_SCENARIOS: Readonly<
  Record<string, { readonly label: string; readonly input: ScenarioInput }>
> = {
  reference: { label: 'reference', input: {} },
  costliest: {
    label: 'Kimi K2 on auto SN40L (the costliest in the catalogue)',
    input: { model: 'kimi-k2', hardware: 'sn40l' },
  },
}

const ALL_LEVERS_ON = Object.fromEntries(LEVER_IDS.map((id) => [id, 1]))

/** Scenarios for the throughput benchmark: the reference and four that exercise other paths. */
const SCENARIOS: Readonly<
  Record<string, { readonly label: string; readonly input: ScenarioInput }>
> = {
  reference: { label: 'reference (Llama 3.3 70B, auto H100, chat, 2026)', input: {} },
  moe: {
    label: 'DeepSeek-V3 fp8 on auto B200, reasoning, 2028, 3 levers',
    input: {
      model: 'deepseek-v3',
      hardware: 'b200',
      precision: { weights: 'fp8', activations: 'fp8', kvCache: 'fp8' },
      workload: 'reasoning',
      year: 2028,
      levers: { scaleUp: 1, inferenceEngine: 0.5, multiTokenDecoding: 0.5 },
    },
  },
  hybrid: {
    label: 'Jamba 1.5 Mini (SSM hybrid) on MI300X, RAG',
    input: { model: 'jamba-1.5-mini', hardware: 'mi300x', workload: 'rag' },
  },
  allLevers: {
    label: 'reference with all 17 levers at 1, 2030',
    input: { year: 2030, levers: ALL_LEVERS_ON },
  },
  interactive: {
    label: 'Llama 3.1 8B int8 on TPU v6e, voice at 100 tokens/s per user (batch search)',
    input: {
      model: 'llama-3.1-8b',
      hardware: 'tpu-v6e',
      precision: { weights: 'int8', activations: 'int8', kvCache: 'int8' },
      workload: { preset: 'voice', minOutputTokensPerSecondPerUser: 100 },
    },
  },
}

const SLIDER_MOVE: ScenarioInput = { year: 2030, levers: ALL_LEVERS_ON }
const PARTS: readonly AnalysisPart[] = ['trajectory', 'uncertainty', 'attribution', 'sensitivity']

// ------------------------------------------------------------------------------------------------
// Measuring (runs in the child process)
// ------------------------------------------------------------------------------------------------

interface Measurement {
  /** One value per timed run, wall clock: calls per second, or ms per call. */
  readonly samples: readonly number[]
  /**
   * The same runs timed by process CPU time (user + system, all of Node's threads): close to the
   * wall clock on an idle machine, much less sensitive to other processes on a busy one.
   */
  readonly cpuSamples: readonly number[]
  /** Individually timed calls, ms (latency percentiles). */
  readonly singleCallMs?: readonly number[]
}

const now = (): number => performance.now()
/** Process CPU time (user + system), ms. */
const cpuNow = (): number => {
  const usage = process.cpuUsage()
  return (usage.user + usage.system) / 1000
}
const collectGarbage = (): void => (globalThis as { gc?: () => void }).gc?.()
/** Results are summed into this so no call can be optimised away. */
const sink = { value: 0 }

function resolved(input: ScenarioInput): Scenario {
  const r = resolveScenario(input)
  if (!r.ok) {
    throw new Error(`benchmark scenario is invalid: ${r.issues.map((i) => i.message).join('; ')}`)
  }
  return r.scenario
}

/** Time `runs` runs of `calls` calls each; returns ms per call by wall clock and by CPU time. */
function timeRuns(
  fn: () => number,
  runs: number,
  calls: number,
): { wall: number[]; cpu: number[] } {
  const wall: number[] = []
  const cpu: number[] = []
  for (let r = 0; r < runs; r++) {
    collectGarbage()
    const c = cpuNow()
    const t = now()
    for (let i = 0; i < calls; i++) sink.value += fn()
    wall.push((now() - t) / calls)
    cpu.push((cpuNow() - c) / calls)
  }
  return { wall, cpu }
}

/** A fast call: warm up for WARMUP_MS, then runs of about RUN_MS each; ms per call. */
function fastCall(fn: () => number, runs: number): { wall: number[]; cpu: number[] } {
  let calls = 0
  const start = now()
  while (now() - start < WARMUP_MS) {
    sink.value += fn()
    calls++
  }
  const perCallMs = (now() - start) / calls
  return timeRuns(fn, runs, Math.max(50, Math.round(RUN_MS / perCallMs)))
}

/** A slow call: warm up (at least 3 calls and SLOW_WARMUP_MS), then one call per run (batched when under ~20 ms). */
function slowCall(fn: () => number, runs: number): { wall: number[]; cpu: number[] } {
  let lastMs = 0
  let calls = 0
  const start = now()
  while (calls < 3 || now() - start < SLOW_WARMUP_MS) {
    const t = now()
    sink.value += fn()
    lastMs = now() - t
    calls++
  }
  return timeRuns(fn, runs, Math.max(1, Math.round(20 / Math.max(lastMs, 1e-3))))
}

function singleCalls(fn: () => number): number[] {
  const out: number[] = []
  for (let i = 0; i < SINGLE_CALLS; i++) {
    const t = now()
    sink.value += fn()
    out.push(now() - t)
  }
  return out
}

const perSecond = (t: { wall: number[]; cpu: number[] }): Measurement => ({
  samples: t.wall.map((ms) => 1000 / ms),
  cpuSamples: t.cpu.map((ms) => 1000 / ms),
})
const milliseconds = (t: { wall: number[]; cpu: number[] }): Measurement => ({
  samples: t.wall,
  cpuSamples: t.cpu,
})

const simulateCall = (scenario: Scenario) => (): number =>
  simulate(scenario).costPerMillionTokens.output

/**
 * The same scenario with the deployment the search chose for it pinned (accelerators, tensor and
 * pipeline degrees, experts spread or split, the attention chosen), so simulate() prices that one
 * plan and searches nothing: what the kernel costs without the search. Throws if the pinned scenario
 * does not cost exactly what the searched one does (then it is not the same plan).
 */
function pinnedToSearchedPlan(input: ScenarioInput): Scenario {
  const searched = simulate(resolved(input))
  const d = searched.deployment
  const pinned = resolved({
    ...input,
    accelerators: d.acceleratorsPerReplica * d.replicas,
    deployment: {
      tensorParallel: d.tensorParallel,
      pipelineParallel: d.pipelineParallel,
      ...(d.expertParallel > 1 ? { expertParallel: d.expertParallel } : {}),
    },
    serving: { ...input.serving, attentionParallelism: d.attentionParallelism },
  })
  const a = searched.costPerMillionTokens.output
  const b = simulate(pinned).costPerMillionTokens.output
  if (a !== b) throw new Error(`pinned plan ${d.label} costs ${b}, the search's ${a}`)
  return pinned
}
const runScenarioCall = (input: ScenarioInput) => (): number => {
  const r = runScenario(input)
  return r.ok ? r.result.costPerMillionTokens.output : 0
}
/**
 * Move call number `call`'s slider: a different lever each call, to a value that changes with it.
 * The sliders keep where they were left, as a user leaves them. Returns the scenario after the move.
 */
function moveOneSlider(levers: Record<string, number>, call: number): Scenario {
  levers[LEVER_IDS[call % LEVER_IDS.length]!] = 0.5 + (0.5 * ((call * 7) % 11)) / 11
  return resolved({ ...SLIDER_MOVE, levers: { ...levers } })
}

/**
 * One slider move as the worker sees it: the same scenario with one lever's adoption changed, the
 * previous call's attribution table passed back (the worker keeps it), so only the coalitions holding
 * the moved lever are evaluated again. The moved lever and its value change on every call.
 */
const sliderMoveCall = (): (() => number) => {
  let previous: AttributionTable | undefined
  let call = 0
  const levers: Record<string, number> = { ...ALL_LEVERS_ON }
  return () => {
    call++
    const scenario = moveOneSlider(levers, call)
    const a = analyze(scenario, {
      parts: PARTS,
      samples: MONTE_CARLO_SAMPLES,
      keepAttributionTable: true,
      ...(previous ? { reuseAttribution: previous } : {}),
    })
    previous = a.attributionTable
    return (
      (a.trajectory?.length ?? 0) + (a.uncertainty?.length ?? 0) + (a.attribution?.totalCost ?? 0)
    )
  }
}
/**
 * One slider move as the dashboard's two heavy workers see it: the same moves as sliderMoveCall, each
 * computed as the two halves the workers compute (split { part, parts: 2 }: each half the Monte
 * Carlo samples, the attribution's coalitions and the tornado's levers, the first also the
 * trajectory), each half with its own previous table as each worker keeps its own. The halves run
 * one after the other here and are timed apart; the sample is the slower half, what the round trip
 * waits for when the two workers have a core each. No browser, no messaging: the compute alone.
 */
function sliderMoveSplitRuns(runs: number): Measurement {
  const previous: (AttributionTable | undefined)[] = [undefined, undefined]
  const levers: Record<string, number> = { ...ALL_LEVERS_ON }
  let call = 0
  const move = (): { wall: number; cpu: number } => {
    call++
    const scenario = moveOneSlider(levers, call)
    let wall = 0
    let cpu = 0
    for (const part of [0, 1]) {
      const t = now()
      const c = cpuNow()
      const a = analyze(scenario, {
        parts: part === 0 ? PARTS : ['uncertainty', 'attribution', 'sensitivity'],
        samples: MONTE_CARLO_SAMPLES,
        split: { part, parts: 2 },
        keepAttributionTable: true,
        ...(previous[part] ? { reuseAttribution: previous[part] } : {}),
      })
      wall = Math.max(wall, now() - t)
      cpu = Math.max(cpu, cpuNow() - c)
      previous[part] = a.attributionTable
      sink.value += a.partials?.attribution?.evaluations ?? 0
    }
    return { wall, cpu }
  }
  const start = now()
  for (let i = 0; i < 3 || now() - start < SLOW_WARMUP_MS; i++) move()
  const wall: number[] = []
  const cpu: number[] = []
  for (let r = 0; r < runs; r++) {
    collectGarbage()
    const m = move()
    wall.push(m.wall)
    cpu.push(m.cpu)
  }
  return { samples: wall, cpuSamples: cpu }
}
const analyzeCall = (scenario: Scenario, parts: readonly AnalysisPart[]) => (): number => {
  const a = analyze(scenario, { parts, samples: MONTE_CARLO_SAMPLES })
  return (
    (a.trajectory?.length ?? 0) + (a.uncertainty?.length ?? 0) + (a.attribution?.totalCost ?? 0)
  )
}

/** The frontier of a scenario: every deployment plan and batch, at most FRONTIER_POINTS points. */
const frontierCall = (scenario: Scenario) => (): number =>
  frontier(scenario, { maxPoints: FRONTIER_POINTS }).length

/** Iterations of the machine-speed workload per call. */
const MACHINE_ITERATIONS = 100_000
const machineBuffer = new Float64Array(1024)
/**
 * A fixed workload that uses no engine code, so it measures the machine, not the code: a loop of
 * the kind the kernel runs (Float64Array reads and writes, exp, log, max, a branch). The same
 * machine gives the same rate whatever the engine does; when it changes between two runs of this
 * script, the machine (its clock, other work on the host) changed, and the engine figures of the
 * two runs compare only in proportion to it. This machine has read 2.5–3× apart on one day.
 */
const machineCall = (): number => {
  let x = 0.5
  for (let i = 0; i < MACHINE_ITERATIONS; i++) {
    const j = i & 1023
    const y = Math.exp(-machineBuffer[j]!) + Math.log1p(x)
    x = y > x ? y % 7 : (x * 1.000001) % 7
    machineBuffer[j] = x
  }
  return x
}

/** Every configuration, by id. Each runs alone in a child process. */
const CONFIGURATIONS: Readonly<Record<string, (runs: number) => Measurement>> = {
  ...Object.fromEntries(
    Object.entries(SCENARIOS).map(([key, s]) => [
      `simulate:${key}`,
      (runs: number): Measurement => perSecond(fastCall(simulateCall(resolved(s.input)), runs)),
    ]),
  ),
  ...Object.fromEntries(
    Object.entries(SCENARIOS).map(([key, s]) => [
      `simulatePinned:${key}`,
      (runs: number): Measurement =>
        perSecond(fastCall(simulateCall(pinnedToSearchedPlan(s.input)), runs)),
    ]),
  ),
  'machine:index': (runs) => perSecond(fastCall(machineCall, runs)),
  'runScenario:reference': (runs) => perSecond(fastCall(runScenarioCall({}), runs)),
  'kpi:reference': (runs) => {
    const fn = runScenarioCall({})
    return { ...milliseconds(fastCall(fn, runs)), singleCallMs: singleCalls(fn) }
  },
  'kpi:sliderMove': (runs) => {
    const fn = runScenarioCall(SLIDER_MOVE)
    return { ...milliseconds(fastCall(fn, runs)), singleCallMs: singleCalls(fn) }
  },
  'analyze:all': (runs) =>
    milliseconds(
      slowCall(analyzeCall(resolved(SLIDER_MOVE), PARTS), Math.max(runs, ANALYSIS_RUNS)),
    ),
  'analyze:sliderMove': (runs) =>
    milliseconds(slowCall(sliderMoveCall(), Math.max(runs, ANALYSIS_RUNS))),
  'analyze:sliderMoveSplit': (runs) => sliderMoveSplitRuns(Math.max(runs, ANALYSIS_RUNS)),
  ...Object.fromEntries(
    Object.entries(FRONTIER_SCENARIOS).map(([key, s]) => [
      `frontier:${key}`,
      (runs: number): Measurement => milliseconds(slowCall(frontierCall(resolved(s.input)), runs)),
    ]),
  ),
  'analyze:attributionExact': (runs) =>
    milliseconds(
      slowCall(
        () =>
          analyze(resolved(SLIDER_MOVE), { parts: ['attribution'], attributionMethod: 'shapley' })
            .attribution?.totalCost ?? 0,
        runs,
      ),
    ),
  ...Object.fromEntries(
    PARTS.map((part) => [
      `analyze:${part}`,
      (runs: number): Measurement =>
        milliseconds(slowCall(analyzeCall(resolved(SLIDER_MOVE), [part]), runs)),
    ]),
  ),
}

// ------------------------------------------------------------------------------------------------
// Orchestration (parent process)
// ------------------------------------------------------------------------------------------------

const SCRIPT = fileURLToPath(import.meta.url)
const ROOT = fileURLToPath(new URL('..', import.meta.url))
/** Inside node_modules so the bundle's bare imports (zod) resolve from the project. */
const BUNDLE_DIR = fileURLToPath(new URL('../node_modules/.cache/bench-node/', import.meta.url))
const BUNDLE = `${BUNDLE_DIR}bench.mjs`

/**
 * This script as the product ships the engine: vite's transform and bundler (an SSR build, so Node
 * built-ins and dependencies stay imports), not minified, no kept function names.
 */
async function bundleSelf(): Promise<string> {
  // Imported here, not at the top: the children run the bundle and never need vite.
  const { build } = await import('vite')
  await build({
    configFile: false,
    root: ROOT,
    logLevel: 'warn',
    publicDir: false,
    resolve: { alias: { '@': `${ROOT}src` } },
    build: {
      ssr: SCRIPT,
      outDir: BUNDLE_DIR,
      emptyOutDir: true,
      minify: false,
      rollupOptions: { output: { format: 'es', entryFileNames: 'bench.mjs' } },
    },
  })
  return BUNDLE
}

function measureInChild(id: string, runs: number, bundle: string): Measurement {
  const child = spawnSync(
    process.execPath,
    ['--expose-gc', bundle, '--child', id, '--runs', String(runs)],
    { encoding: 'utf8', maxBuffer: 64 * 2 ** 20 },
  )
  if (child.status !== 0) {
    throw new Error(`benchmark ${id} failed (exit ${child.status}):\n${child.stderr}`)
  }
  const last = child.stdout.trim().split('\n').pop() ?? ''
  return JSON.parse(last) as Measurement
}

function measure(id: string, runs: number, bundle: string | undefined): Measurement {
  process.stderr.write(`  ${id} …`)
  const t = now()
  const m = bundle === undefined ? CONFIGURATIONS[id]!(runs) : measureInChild(id, runs, bundle)
  process.stderr.write(` ${((now() - t) / 1000).toFixed(1)} s\n`)
  return m
}

const fmt = (x: number): string =>
  x.toLocaleString('en-US', { maximumFractionDigits: x < 10 ? 3 : 0 })

function rateMethod(m: Measurement, what: string): string {
  return `${what}; median of ${m.samples.length} runs of ~${RUN_MS} ms after ${WARMUP_MS} ms warm-up, fresh process (by CPU time: ${fmt(median(m.cpuSamples))})`
}

function buildMetrics(results: ReadonlyMap<string, Measurement>): BenchMetric[] {
  const get = (id: string): Measurement => {
    const m = results.get(id)
    if (!m) throw new Error(`no result for ${id}`)
    return m
  }
  const metrics: BenchMetric[] = []
  const machine = get('machine:index')
  metrics.push(
    metric({
      id: 'machine.index.m_per_s',
      label: 'Machine speed index (no engine code: compare runs in proportion to it)',
      value: (median(machine.samples) * MACHINE_ITERATIONS) / 1e6,
      unit: 'M/s',
      method: `million iterations per second of a fixed loop of Float64Array reads and writes, exp, log1p and a branch (scripts/bench.ts machineCall); it does not change with the engine, so a change between runs is the machine's; median of ${machine.samples.length} runs of ~${RUN_MS} ms after ${WARMUP_MS} ms warm-up, fresh process (by CPU time: ${fmt((median(machine.cpuSamples) * MACHINE_ITERATIONS) / 1e6)} M/s)`,
      stats: stats(machine.samples.map((r) => (r * MACHINE_ITERATIONS) / 1e6)),
    }),
  )
  const simulateBudget = { op: '>=', value: SIMULATIONS_PER_S_BUDGET } as const
  const rates = Object.entries(SCENARIOS).map(([key, s]) => {
    const m = get(`simulate:${key}`)
    metrics.push(
      metric({
        id: `simulate.${key}.per_s`,
        label: `simulate(): ${s.label}`,
        value: median(m.samples),
        unit: '/s',
        budget: simulateBudget,
        method: rateMethod(m, 'simulate(resolved scenario) in a loop, resolved outside it'),
        stats: stats(m.samples),
      }),
    )
    return { wall: median(m.samples), cpu: median(m.cpuSamples) }
  })
  metrics.push(
    metric({
      id: 'simulate.min.per_s',
      label: 'simulate(): slowest of the five scenarios',
      value: Math.min(...rates.map((r) => r.wall)),
      unit: '/s',
      budget: simulateBudget,
      method: 'minimum of the medians above',
    }),
    metric({
      id: 'simulate.min.cpu_per_s',
      label: 'simulate(): slowest of the five, by CPU time',
      value: Math.min(...rates.map((r) => r.cpu)),
      unit: '/s',
      method: 'minimum of the CPU-time medians above (what an idle machine would show)',
    }),
  )
  // The same five on the plan the search chose, pinned: how much of simulate() is the search.
  const pinnedRates = Object.entries(SCENARIOS).map(([key, s]) => {
    const m = get(`simulatePinned:${key}`)
    metrics.push(
      metric({
        id: `simulate_pinned.${key}.per_s`,
        label: `simulate() on the searched plan, pinned (no search): ${s.label}`,
        value: median(m.samples),
        unit: '/s',
        method: rateMethod(
          m,
          'the scenario above with the deployment its search chose pinned (accelerators, tensor and pipeline degrees, expert placement, attention), checked to cost exactly the same, so one plan is priced (speculation still with and without its draft); simulate() in a loop',
        ),
        stats: stats(m.samples),
      }),
    )
    return median(m.samples)
  })
  metrics.push(
    metric({
      id: 'simulate_pinned.min.per_s',
      label: 'simulate() on the searched plan, pinned: slowest of the five',
      value: Math.min(...pinnedRates),
      unit: '/s',
      method:
        'minimum of the medians above: the rows above it with the search, these without; the ratio is what the deployment search costs',
    }),
  )
  const run = get('runScenario:reference')
  metrics.push(
    metric({
      id: 'runScenario.reference.per_s',
      label: 'runScenario(input): reference (resolve + simulate)',
      value: median(run.samples),
      unit: '/s',
      method: rateMethod(run, 'runScenario({}) in a loop, zod validation included'),
      stats: stats(run.samples),
    }),
  )
  for (const [key, label] of [
    ['reference', 'reference input'],
    ['sliderMove', 'all 17 levers at 1, 2030'],
  ] as const) {
    const m = get(`kpi:${key}`)
    metrics.push(
      metric({
        id: `kpi.${key}.ms`,
        label: `KPI strip: ms per runScenario(input), ${label}`,
        value: median(m.samples),
        unit: 'ms',
        budget: { op: '<=', value: KPI_MS_BUDGET },
        method: rateMethod(m, 'mean ms per call within each run'),
        stats: stats(m.samples),
      }),
    )
    const single = m.singleCallMs ?? []
    metrics.push(
      metric({
        id: `kpi.${key}.p95_single_ms`,
        label: `KPI strip: p95 of single runScenario calls, ${label}`,
        value: percentile(single, 0.95),
        unit: 'ms',
        budget: { op: '<=', value: KPI_MS_BUDGET },
        method: `${SINGLE_CALLS} calls each timed alone after the runs above (max ${fmt(Math.max(...single))} ms)`,
      }),
    )
  }
  const move = get('analyze:sliderMove')
  const moveSplit = get('analyze:sliderMoveSplit')
  const all = get('analyze:all')
  const moveRuns = `${move.samples.length} timed runs after at least 3 warm-up runs and ${SLOW_WARMUP_MS} ms, fresh process`
  const runsText = `${all.samples.length} timed runs after at least 3 warm-up runs and ${SLOW_WARMUP_MS} ms, fresh process`
  metrics.push(
    metric({
      id: 'analyze.slider_move.median_ms',
      label: 'slider move: full recompute in one thread, median',
      value: median(move.samples),
      unit: 'ms',
      budget: { op: '<=', value: ANALYSIS_MS_BUDGET },
      method: `the whole recompute after a slider move, in one thread (the dashboard splits it over two workers: the next rows, and the browser section): analyze(scenario, { parts: all, samples: ${MONTE_CARLO_SAMPLES}, reuseAttribution: the previous call's attribution table }) on the reference with all 17 levers on in 2030, one lever's adoption changed per call (a different lever each time), so the Owen attribution's coalitions holding it (about half of its 1,232) are evaluated again; ${moveRuns}`,
      stats: stats(move.samples),
    }),
    metric({
      id: 'analyze.slider_move.p95_ms',
      label: 'slider move: full recompute in one thread, p95',
      value: percentile(move.samples, 0.95),
      unit: 'ms',
      budget: { op: '<=', value: ANALYSIS_MS_BUDGET },
      method: `nearest-rank p95 of the same ${move.samples.length} runs (CPU-time median ${fmt(median(move.cpuSamples))} ms)`,
      stats: stats(move.samples),
    }),
    metric({
      id: 'analyze.slider_move_split.median_ms',
      label: 'slider move: the slower of the two heavy workers, median',
      value: median(moveSplit.samples),
      unit: 'ms',
      method: `the same moves computed as the dashboard's two heavy workers compute them: analyze(scenario, { split: { part, parts: 2 }, reuseAttribution: that half's previous table }) for each half (each half the Monte Carlo samples, the attribution's coalitions and the tornado's levers; the first also the trajectory), timed apart, the slower half kept: the compute the browser's round trip waits for when each worker has a core (no browser, no messaging); ${moveSplit.samples.length} timed moves after at least 3 warm-up moves and ${SLOW_WARMUP_MS} ms, fresh process. The budget is on the browser's round trip (browser section)`,
      stats: stats(moveSplit.samples),
    }),
    metric({
      id: 'analyze.slider_move_split.p95_ms',
      label: 'slider move: the slower of the two heavy workers, p95',
      value: percentile(moveSplit.samples, 0.95),
      unit: 'ms',
      method: `nearest-rank p95 of the same ${moveSplit.samples.length} moves (CPU-time median ${fmt(median(moveSplit.cpuSamples))} ms, p95 ${fmt(percentile(moveSplit.cpuSamples, 0.95))} ms)`,
      stats: stats(moveSplit.samples),
    }),
    metric({
      id: 'analyze.all.median_ms',
      label: 'full recompute from scratch in one thread, median',
      value: median(all.samples),
      unit: 'ms',
      method: `analyze(scenario, { parts: all, samples: ${MONTE_CARLO_SAMPLES} }) on the reference with all 17 levers at 1 in 2030 (the Owen attribution over its 1,232 coalitions, nothing reused); ${runsText}. The dashboard splits this over two workers on the two cores: its round trip is in the browser section`,
      stats: stats(all.samples),
    }),
    metric({
      id: 'analyze.all.p95_ms',
      label: 'full recompute from scratch in one thread, p95',
      value: percentile(all.samples, 0.95),
      unit: 'ms',
      method: `nearest-rank p95 of the same ${all.samples.length} runs`,
      stats: stats(all.samples),
    }),
    metric({
      id: 'analyze.all.cpu_median_ms',
      label: 'full recompute from scratch in one thread, median by CPU time',
      value: median(all.cpuSamples),
      unit: 'ms',
      method: `process CPU time of the same runs (p95 ${fmt(percentile(all.cpuSamples, 0.95))} ms)`,
      stats: stats(all.cpuSamples),
    }),
  )
  for (const [key, f] of Object.entries(FRONTIER_SCENARIOS)) {
    const front = get(`frontier:${key}`)
    metrics.push(
      metric({
        id: `frontier.${key}.median_ms`,
        label: `${FRONTIER_POINTS}-point frontier: ms per frontier(scenario), ${f.label}`,
        value: median(front.samples),
        unit: 'ms',
        budget: { op: '<=', value: FRONTIER_MS_BUDGET },
        method: `frontier(resolved scenario, { maxPoints: ${FRONTIER_POINTS} }): every deployment plan the search considers, each swept over batch sizes, Pareto-filtered; p95 ${fmt(percentile(front.samples, 0.95))} ms, CPU-time median ${fmt(median(front.cpuSamples))} ms over ${front.samples.length} runs, fresh process`,
        stats: stats(front.samples),
      }),
    )
  }
  for (const part of PARTS) {
    const m = get(`analyze:${part}`)
    metrics.push(
      metric({
        id: `analyze.${part}.median_ms`,
        label: `from scratch in one thread: ${part} alone, median`,
        value: median(m.samples),
        unit: 'ms',
        method: `analyze(scenario, { parts: ['${part}'] }), context creation included; p95 ${fmt(percentile(m.samples, 0.95))} ms, CPU-time median ${fmt(median(m.cpuSamples))} ms over ${m.samples.length} runs, fresh process`,
        stats: stats(m.samples),
      }),
    )
  }
  const exact = get('analyze:attributionExact')
  metrics.push(
    metric({
      id: 'analyze.attribution_exact.median_ms',
      label: 'from scratch in one thread: exact Shapley attribution (on request), median',
      value: median(exact.samples),
      unit: 'ms',
      method: `analyze(scenario, { parts: ['attribution'], attributionMethod: 'shapley' }): all 2^17 coalitions, what --exact-shapley computes and the dashboard no longer does; p95 ${fmt(percentile(exact.samples, 0.95))} ms, CPU-time median ${fmt(median(exact.cpuSamples))} ms over ${exact.samples.length} runs, fresh process`,
      stats: stats(exact.samples),
    }),
  )
  return metrics
}

function parseRuns(argv: readonly string[]): number {
  const at = argv.indexOf('--runs')
  if (at < 0) return MIN_RUNS
  const runs = Number(argv[at + 1])
  if (!Number.isInteger(runs) || runs < MIN_RUNS) {
    throw new Error(`--runs must be a whole number of at least ${MIN_RUNS}`)
  }
  return runs
}

async function main(argv: readonly string[]): Promise<void> {
  const runs = parseRuns(argv)
  const childAt = argv.indexOf('--child')
  if (childAt >= 0) {
    const id = argv[childAt + 1] ?? ''
    const configuration = CONFIGURATIONS[id]
    if (!configuration) throw new Error(`unknown benchmark configuration ${id}`)
    const m = configuration(runs)
    process.stdout.write(`${JSON.stringify({ ...m, sink: Number.isFinite(sink.value) })}\n`)
    return
  }
  const inProcess = argv.includes('--in-process')
  const ownArgs = argv.filter((a) => a !== '--with-browser')
  const date = new Date().toISOString()
  const loadAtStart = loadavg()[0] ?? 0
  process.stderr.write(
    `benchmarking (${inProcess ? 'in process' : 'a fresh process per configuration'}) …\n`,
  )
  const bundle = inProcess ? undefined : await bundleSelf()
  const results = new Map<string, Measurement>()
  for (const id of Object.keys(CONFIGURATIONS)) results.set(id, measure(id, runs, bundle))
  const loadAtEnd = loadavg()[0] ?? 0
  const cores = cpus().length
  const busy = Math.max(loadAtStart, loadAtEnd) > cores / 2
  const section: BenchSection = {
    key: 'node',
    title: 'Engine in Node',
    date,
    environment: {
      ...nodeEnvironment(),
      load: `1-min load average ${loadAtStart.toFixed(2)} at start, ${loadAtEnd.toFixed(2)} at end`,
    },
    command: `npm run bench:node${ownArgs.length > 0 ? ` -- ${ownArgs.join(' ')}` : ''}`,
    notes: [
      'Budgets: ≥ 100,000 full single-scenario evaluations per second; ≤ 5 ms for the KPI strip (one runScenario); ≤ 50 ms for a 200-point throughput–interactivity frontier; ≤ 100 ms for the full recompute after a slider move (trajectory, the dashboard’s 1,000-sample Latin-hypercube Monte Carlo over 5 years, attribution over 17 levers, sensitivity), measured here in one thread as one worker does it, and in the browser section through the dashboard’s own workers.',
      'A full recompute evaluates the physics kernel for 1,232 coalitions in the attribution (Owen values over the article’s four lever groups: the coalitions with at most one group partly on; docs/architecture.md), each on up to three deployment plans since 2026-12-07 evening (the plans searched for the unions of whole groups that bracket it and one step from the better: about 2,300 plan evaluations and 60 searches with all levers on, about twice the time of one plan per coalition, which priced lever subsets up to 30× off), and 1,000 × 5 = 5,000 times for the uncertainty (2,000 × 5 until 2026-12-07, when the Monte Carlo became a Latin hypercube about as precise at half the samples: src/engine/analysis/uncertainty.ts). The exact Shapley value, on request (--exact-shapley), evaluates all 2^17 = 131,072 coalitions: its row is informational. Until 2026-12-07 the dashboard computed the exact value, and these rows measured it.',
      inProcess
        ? 'Measured in one process (--in-process): configurations share JIT state.'
        : 'Each configuration ran in its own child process (node --expose-gc, garbage collected before each timed run) on this script bundled by vite as the dashboard’s worker is (no tsx: its transform keeps function names, a call per closure created that the shipped engine does not make; runs before 2026-12-05 evening went through tsx and read up to a sixth slower on simulate()).',
      ...(busy
        ? [
            `The machine was shared and busy during this run (load above half its ${cores} cores): the timings are pessimistic; rerun on a quiet machine before acting on a FAIL.`,
          ]
        : []),
    ],
    metrics: buildMetrics(results),
  }
  for (const m of section.metrics) {
    const budget = m.budget
      ? ` (budget ${m.budget.op} ${fmt(m.budget.value)}: ${m.pass ? 'pass' : 'FAIL'})`
      : ''
    process.stdout.write(`${m.label}: ${fmt(m.value)} ${m.unit}${budget}\n`)
  }
  if (!argv.includes('--no-write')) {
    writeBenchSection(section)
    process.stdout.write('wrote bench-results.json and BENCHMARKS.md\n')
  }
  if (argv.includes('--with-browser')) runBrowserBenchmark(argv.includes('--no-write'))
}

/** `npm run bench`: the browser benchmark after this one, in its own process. */
function runBrowserBenchmark(noWrite: boolean): void {
  const script = fileURLToPath(new URL('./bench-browser.ts', import.meta.url))
  const child = spawnSync(
    process.execPath,
    [...process.execArgv, script, ...(noWrite ? ['--no-write'] : [])],
    { stdio: 'inherit' },
  )
  if (child.status !== 0) throw new Error(`the browser benchmark failed (exit ${child.status})`)
}

await main(process.argv.slice(2))
