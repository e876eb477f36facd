/**
 * Golden results: every scenario of tests/fixtures/scenarios/golden-set.json through the engine
 * (simulate, plus --analysis for the reference), written to tests/fixtures/golden/results.json.
 * Also the reference scenario's result the dashboard shows on first paint, before its engine worker
 * has loaded (src/app/reference-result.json, src/app/first-paint.ts).
 *
 *   npm run golden            rewrite the file (review the diff: it is the physics change)
 *
 * tests/engine/golden.test.ts compares the engine against the committed file to 1e-12, so a
 * refactoring that changes a number fails, and a physics change shows up as a reviewed diff.
 */
import fs from 'node:fs'
import path from 'node:path'

import { runScenario } from '../src/engine/index'
import { INITIAL_SCENARIO } from '../src/state/scenario-slice'
import { goldenResults } from '../tests/fixtures/golden/golden-results'

const file = path.join(import.meta.dirname, '../tests/fixtures/golden/results.json')
fs.writeFileSync(file, `${JSON.stringify(goldenResults(), null, 2)}\n`)
console.log(`wrote ${path.relative(process.cwd(), file)}`)

const reference = runScenario(INITIAL_SCENARIO)
if (!reference.ok)
  throw new Error('the reference scenario does not run: no first-paint result written')
const firstPaint = path.join(import.meta.dirname, '../src/app/reference-result.json')
fs.writeFileSync(firstPaint, `${JSON.stringify(reference.result, null, 1)}\n`)
console.log(`wrote ${path.relative(process.cwd(), firstPaint)}`)
