/**
 * npm run validate: write docs/validation.md from the engine's validation runs and print the summary.
 *   npm run validate -- --import-gpu data/gpu-calibration/<file>.json
 * first refreshes the trimmed copy the engine reads (src/engine/validation/gpu-h200.json).
 */
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs'
import { dirname } from 'node:path'

import { runGpuValidation, runValidation } from '../src/engine/index'

import { GPU_TRIMMED_PATH, renderTrimmedGpuCalibration } from './lib/gpu-trim'
import { renderValidationReport, VALIDATION_DOC_PATH } from './lib/validation-report'

const importAt = process.argv.indexOf('--import-gpu')
if (importAt >= 0) {
  const source = process.argv[importAt + 1]
  if (!source) {
    process.stderr.write(
      'usage: npm run validate -- --import-gpu data/gpu-calibration/<file>.json\n',
    )
    process.exit(2)
  }
  const full = JSON.parse(readFileSync(source, 'utf8')) as unknown
  writeFileSync(GPU_TRIMMED_PATH, renderTrimmedGpuCalibration(full, source))
  process.stdout.write(
    `wrote ${GPU_TRIMMED_PATH} from ${source}; run npm run validate again to use it\n`,
  )
  process.exit(0)
}

const published = runValidation()
const gpu = runGpuValidation()
const date = new Date().toISOString().slice(0, 10)
mkdirSync(dirname(VALIDATION_DOC_PATH), { recursive: true })
writeFileSync(VALIDATION_DOC_PATH, renderValidationReport({ published, gpu, date }))

const line = (
  label: string,
  s: { medianAbsErrorPct: number; bestRatio: number; worstRatio: number; withinBand: number },
  n: number,
  bandText: string,
): string =>
  `${label}: ${n} cases, median |error| ${s.medianAbsErrorPct.toFixed(1)} %, ratio ${s.bestRatio.toFixed(2)}–${s.worstRatio.toFixed(2)}, ${s.withinBand} within ${bandText}\n`
process.stdout.write(`wrote ${VALIDATION_DOC_PATH}\n`)
process.stdout.write(line('published throughput', published, published.rows.length, '0.67–1.5×'))
for (const g of [...gpu.groups, gpu.summary])
  process.stdout.write(line(`H200 ${g.label}`, g, g.count, '0.5–2×'))
for (const p of gpu.power) {
  process.stdout.write(
    `H200 power ${p.id}: measured ${p.measuredW.toFixed(0)} W, engine ${p.predictedW.toFixed(0)} W (${p.wattsRatio.toFixed(2)}×); J/token ${p.joulesRatio.toFixed(2)}×\n`,
  )
}
