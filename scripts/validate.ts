/**
 * npm run validate: run every measured case through the engine, write docs/validation.md (validation-set error
 * per regime first) and src/engine/validation/accuracy.json (what accuracyFor reads), and print the summary.
 *   npm run validate -- --import-gpu data/gpu-calibration/<file>.json
 * first refreshes the trimmed copy the engine reads (src/engine/validation/gpu-h200.json).
 */
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs'
import { dirname } from 'node:path'

import { accuracyFile, apiPriceRows, runGpuValidation, runValidation } from '../src/engine/index'

import { GPU_TRIMMED_PATH, renderTrimmedGpuCalibration } from './lib/gpu-trim'
import { renderValidationReport, VALIDATION_DOC_PATH } from './lib/validation-report'

export const ACCURACY_PATH = 'src/engine/validation/accuracy.json'

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
writeFileSync(
  VALIDATION_DOC_PATH,
  renderValidationReport({ published, gpu, prices: apiPriceRows(), date }),
)
writeFileSync(ACCURACY_PATH, `${JSON.stringify(accuracyFile(published.measured), null, 1)}\n`)

const m = published.measured
const f = (x: number): string => (Number.isFinite(x) ? `${x.toFixed(1)} %` : '—')
process.stdout.write(`wrote ${VALIDATION_DOC_PATH} and ${ACCURACY_PATH}\n`)
process.stdout.write(
  `${m.caseCount} cases (${m.fitCount} fit, ${m.validationCount} validation), ${m.families.length} families, ${m.models.length} models\n`,
)
const t = m.throughputValidation
process.stdout.write(
  `max throughput, validation: median ${f(t.medianAbsErrorPct)}, P90 ${f(t.p90AbsErrorPct)}, within 1.5× ${(t.withinFactorShare * 100).toFixed(0)} %, bias ${f(t.signedBiasPct)} (${t.count} cases)\n`,
)
process.stdout.write(
  `max throughput, fit (in-sample): median ${f(m.throughputFit.medianAbsErrorPct)} (${m.throughputFit.count} cases)\n`,
)
process.stdout.write(
  `TPOT: median ${f(m.tpot.medianAbsErrorPct)}, bias ${f(m.tpot.signedBiasPct)} (${m.tpot.count} cases)\n`,
)
process.stdout.write(
  `forward test (${m.forward.round}): max throughput median ${f(m.forward.throughput.medianAbsErrorPct)}, within 1.5× ${(m.forward.throughput.withinFactorShare * 100).toFixed(0)} %, bias ${f(m.forward.throughput.signedBiasPct)} (${m.forward.throughput.count}); TPOT median ${f(m.forward.tpot.medianAbsErrorPct)}, bias ${f(m.forward.tpot.signedBiasPct)} (${m.forward.tpot.count})\n`,
)
process.stdout.write(
  `Energy: median ${f(m.energy.medianAbsErrorPct)}, bias ${f(m.energy.signedBiasPct)} (${m.energy.count} cases); power: median ${f(m.power.medianAbsErrorPct)}, bias ${f(m.power.signedBiasPct)}\n`,
)
for (const l of m.levers)
  process.stdout.write(
    `lever ${l.lever} (${l.origin}): ${l.count ? `median ${f(l.medianAbsErrorPct)} (${l.count} pairs)` : 'no measured pair'}\n`,
  )
for (const r of m.throughputValidationByRegime)
  process.stdout.write(
    `  ${r.regime}: median ${f(r.medianAbsErrorPct)}, bias ${f(r.signedBiasPct)} (${r.count})\n`,
  )
