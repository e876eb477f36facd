/**
 * How precise the uncertainty bands' sampling is (src/engine/analysis/uncertainty.ts):
 *   npx tsx scripts/uncertainty-precision.ts [seeds]      (default 12 seeds: about 15 s; 48 seeds: 40 s)
 * For four scenarios, P10/P50/P90 of cost and energy in every year from the dashboard's 1,000-sample
 * Latin hypercube, from 2,000 and from 1,000 plain uniform samples, each over several seeds, against
 * a 40,000-sample plain reference; prints the RMS and largest relative miss of each. The figures in
 * the module's comment came from this script (48 seeds) on 2026-12-07.
 */
import {
  analyze,
  DEFAULT_SAMPLES,
  LEVER_IDS,
  plainUncertainty,
  resolveScenario,
  type Scenario,
  type ScenarioInput,
  type UncertaintyYear,
} from '../src/engine/index'

const seeds = Number(process.argv[2] ?? 12)
const all = Object.fromEntries(LEVER_IDS.map((id) => [id, 1]))
const half = Object.fromEntries(LEVER_IDS.map((id, i) => [id, i % 2 ? 0.5 : 0.25]))
const SCENARIOS: Record<string, ScenarioInput> = {
  'all levers, 2030': { year: 2030, levers: all },
  'all levers, DeepSeek-V3, 2030': { model: 'deepseek-v3', year: 2030, levers: all },
  'half the levers, 2030': { year: 2030, levers: half },
  'DeepSeek-R1 on GB200, 2028': {
    model: 'deepseek-r1',
    hardware: 'gb200',
    year: 2028,
    levers: half,
  },
}

function hypercube(scenario: Scenario, seed: number): readonly UncertaintyYear[] {
  return analyze(scenario, { parts: ['uncertainty'], samples: DEFAULT_SAMPLES, seed }).uncertainty!
}

/** Relative misses of every band figure against the reference. */
function misses(
  bands: readonly UncertaintyYear[],
  reference: readonly UncertaintyYear[],
): number[] {
  return bands.flatMap((year, i) =>
    (['cost', 'energy'] as const).flatMap((quantity) =>
      (['p10', 'p50', 'p90'] as const).map((q) =>
        Math.abs(year[quantity][q] / reference[i]![quantity][q] - 1),
      ),
    ),
  )
}

for (const [name, input] of Object.entries(SCENARIOS)) {
  const resolved = resolveScenario(input)
  if (!resolved.ok) throw new Error(`${name}: ${resolved.issues.map((i) => i.message).join('; ')}`)
  const scenario = resolved.scenario
  const reference = plainUncertainty(scenario, 40_000, 7)
  const methods: [string, (seed: number) => readonly UncertaintyYear[]][] = [
    [`hypercube ${DEFAULT_SAMPLES}`, (seed) => hypercube(scenario, seed)],
    ['plain 2000', (seed) => plainUncertainty(scenario, 2000, seed)],
    ['plain 1000', (seed) => plainUncertainty(scenario, 1000, seed)],
  ]
  for (const [label, bands] of methods) {
    const all: number[] = []
    for (let seed = 100; seed < 100 + seeds; seed++) all.push(...misses(bands(seed), reference))
    const rms = Math.sqrt(all.reduce((sum, x) => sum + x * x, 0) / all.length)
    console.log(
      `${name.padEnd(30)} ${label.padEnd(15)} RMS ${(rms * 100).toFixed(2)} %, largest ${(Math.max(...all) * 100).toFixed(2)} %`,
    )
  }
}
