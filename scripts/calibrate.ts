/**
 * npm run calibrate: fit the family derates and the step overhead on the FITTING cases of
 * src/engine/validation/measured.json (role "fit" only) and write src/engine/validation/fitted-derates.json,
 * which src/engine/catalog/families.ts reads. Deterministic: the same data gives the same file.
 * Then run `npm run validate` (validation error per regime) and `npm run golden` (the engine's numbers move).
 */
import { writeFileSync } from 'node:fs'

import { caseRow, fitDerates, MEASURED_CASES, SPLIT_RULE } from '../src/engine/index'

export const FITTED_PATH = 'src/engine/validation/fitted-derates.json'

const fitCases = MEASURED_CASES.filter((c) => c.role === 'fit')
const fitted = fitDerates(fitCases, caseRow)
const file = {
  description:
    'Fitted by npm run calibrate (scripts/calibrate.ts → fitDerates in src/engine/validation/fit.ts) on the fitting cases of measured.json only; read by src/engine/catalog/families.ts. Do not edit by hand.',
  splitRule: SPLIT_RULE,
  ...fitted,
}
writeFileSync(FITTED_PATH, `${JSON.stringify(file, null, 1)}\n`)
process.stdout.write(
  `wrote ${FITTED_PATH}: ${fitCases.length} fitting cases, step overhead ${(fitted.stepOverheadSeconds * 1e3).toFixed(2)} ms\n`,
)
for (const [family, f] of Object.entries(fitted.families))
  process.stdout.write(
    `  ${family}: compute ${f.computeEfficiency}, memory ${f.memoryEfficiency} (${f.cases} cases, in-sample median error ${f.inSampleMedianAbsErrorPct.toFixed(1)} %)\n`,
  )
process.stdout.write(
  `  pooled fallback: compute ${fitted.pooled.computeEfficiency}, memory ${fitted.pooled.memoryEfficiency}\n`,
)
