/**
 * npm run schema: write docs/scenario.schema.json from the engine's zod schema.
 * `npm run schema -- --check` exits 1 when the committed file is out of date.
 */
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs'
import { dirname } from 'node:path'

import { renderScenarioJsonSchema, SCENARIO_SCHEMA_PATH } from './lib/scenario-json-schema'

const text = renderScenarioJsonSchema()
if (process.argv.includes('--check')) {
  const current = existsSync(SCENARIO_SCHEMA_PATH) ? readFileSync(SCENARIO_SCHEMA_PATH, 'utf8') : ''
  if (current !== text) {
    process.stderr.write(`${SCENARIO_SCHEMA_PATH} is out of date: run npm run schema\n`)
    process.exitCode = 1
  }
} else {
  mkdirSync(dirname(SCENARIO_SCHEMA_PATH), { recursive: true })
  writeFileSync(SCENARIO_SCHEMA_PATH, text)
  process.stdout.write(`wrote ${SCENARIO_SCHEMA_PATH}\n`)
}
