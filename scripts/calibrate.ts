/**
 * npm run calibrate: fit the kernel-boundary time on our H200's decode steps (src/engine/validation/fit-kernel.ts,
 * written to src/engine/validation/fitted-kernel.json), the family derates and the step overhead on the FITTING cases of
 * src/engine/validation/measured.json (role "fit" only) and write src/engine/validation/fitted-derates.json,
 * and the DRAM energy scale on our H200's decode power window only (src/engine/validation/fit-energy.ts) into
 * src/engine/validation/fitted-energy.json; src/engine/catalog/families.ts reads all three. The last two fits depend on
 * each other (the energy sets where the power limit slows a step; the derates set the step time the power is
 * judged at), and the engine reads the files when it loads, so the script runs again in a fresh process until
 * the files stop changing (at most 4 rounds). Deterministic: the same data gives the same files.
 * Then run `npm run validate` (validation error per regime) and `npm run golden` (the engine's numbers move).
 */
import { spawnSync } from 'node:child_process'
import { readFileSync, writeFileSync } from 'node:fs'

import {
  caseRow,
  fitDerates,
  fitKernelBoundary,
  fitMemoryEnergyScale,
  MEASURED_CASES,
  SPLIT_RULE,
} from '../src/engine/index'

export const FITTED_PATH = 'src/engine/validation/fitted-derates.json'
export const ENERGY_PATH = 'src/engine/validation/fitted-energy.json'
export const KERNEL_PATH = 'src/engine/validation/fitted-kernel.json'
const MAX_ROUNDS = 4
const round = Number(process.env.CALIBRATE_ROUND ?? '1')

const readAll = (): string =>
  readFileSync(FITTED_PATH, 'utf8') +
  readFileSync(ENERGY_PATH, 'utf8') +
  readFileSync(KERNEL_PATH, 'utf8')
const before = readAll()

// The kernel-boundary time: a regression on our H200's measured decode steps alone, which no other fit
// moves; the derates below are fitted with it in place (the engine read it when it loaded, so a change
// here makes the next round fit the derates again).
const kernel = fitKernelBoundary()
writeFileSync(
  KERNEL_PATH,
  `${JSON.stringify(
    {
      description:
        'Fitted by npm run calibrate (fitKernelBoundary in src/engine/validation/fit-kernel.ts) on our H200’s CUDA-graph bf16 decode steps at batch ≤ 8 and context 1,024 only (data/gpu-calibration); read by src/engine/catalog/families.ts. Do not edit by hand.',
      method:
        'least squares of the measured step time on the bytes moved and the layers (no intercept), over two model shapes; the time per layer ÷ the kernels plain PyTorch launches per layer',
      ...kernel,
    },
    null,
    1,
  )}\n`,
)

const energy = fitMemoryEnergyScale()
const fitCases = MEASURED_CASES.filter((c) => c.role === 'fit')
const fitted = fitDerates(fitCases, caseRow)
const file = {
  description:
    'Fitted by npm run calibrate (scripts/calibrate.ts → fitDerates in src/engine/validation/fit.ts) on the fitting cases of measured.json only; read by src/engine/catalog/families.ts. Do not edit by hand.',
  splitRule: SPLIT_RULE,
  ...fitted,
}
writeFileSync(FITTED_PATH, `${JSON.stringify(file, null, 1)}\n`)
writeFileSync(
  ENERGY_PATH,
  `${JSON.stringify(
    {
      description:
        'Fitted by npm run calibrate (fitMemoryEnergyScale in src/engine/validation/fit-energy.ts) on our H200’s decode power window only (data/gpu-calibration); read by src/engine/catalog/families.ts. Do not edit by hand.',
      method:
        'bisection on the scale of the DRAM kinds’ energy per bit until the engine’s decode phase power for the window equals the measured mean power',
      ...energy,
    },
    null,
    1,
  )}\n`,
)
process.stdout.write(
  `round ${round}: wrote ${FITTED_PATH}: ${fitCases.length} fitting cases, step overhead ${(fitted.stepOverheadSeconds * 1e3).toFixed(2)} ms, overlap loss ${fitted.overlapLoss}\n`,
)
for (const [family, f] of Object.entries(fitted.families))
  process.stdout.write(
    `  ${family}: compute ${f.computeEfficiency}, memory ${f.memoryEfficiency} (${f.cases} cases, in-sample median error ${f.inSampleMedianAbsErrorPct.toFixed(1)} %)\n`,
  )
process.stdout.write(
  `  pooled fallback: compute ${fitted.pooled.computeEfficiency}, memory ${fitted.pooled.memoryEfficiency}\n`,
)
process.stdout.write(
  `round ${round}: wrote ${KERNEL_PATH}: ${(kernel.kernelBoundarySeconds * 1e6).toFixed(2)} µs per kernel boundary (${(kernel.secondsPerLayer * 1e6).toFixed(1)} µs per layer of ${kernel.kernelsPerLayer} kernels; implied bandwidth ${kernel.impliedBandwidthTBps} TB/s)\n`,
)
process.stdout.write(
  `round ${round}: wrote ${ENERGY_PATH}: DRAM energy scale ${energy.memoryEnergyScale} (window ${energy.window}: measured ${energy.measuredWatts} W, engine ${energy.engineWattsBefore} W at scale 1, ${energy.engineWattsAfter} W fitted)\n`,
)

const after = readAll()
if (after !== before) {
  if (round >= MAX_ROUNDS) {
    process.stderr.write(`calibrate: the fits still moved after ${MAX_ROUNDS} rounds\n`)
    process.exit(1)
  }
  // The engine read the old files when it loaded: fit again in a fresh process.
  const child = spawnSync(process.execPath, [...process.execArgv, ...process.argv.slice(1)], {
    stdio: 'inherit',
    env: { ...process.env, CALIBRATE_ROUND: String(round + 1) },
  })
  process.exit(child.status ?? 1)
} else process.stdout.write(`round ${round}: every fit unchanged: converged\n`)
