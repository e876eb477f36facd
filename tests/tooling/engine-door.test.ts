/**
 * The engine has one door (src/engine/index.ts): eslint.config.js (`layers/engine-door`) fails on a
 * deep engine import from anywhere outside src/engine, and (`layers/features`, `layers/app`) on the
 * page resolving a scenario on its main thread (resolveScenario, runScenario) instead of asking the
 * worker. These planted files are linted in memory through ESLint's Node API with the repository's
 * own config.
 */
import { ESLint } from 'eslint'
import { beforeAll, describe, expect, it } from 'vitest'

const RULE = 'no-restricted-imports'
/** The layer rules' rule (features, app, components): the main-thread resolve ban lives there. */
const LAYER_RULE = '@typescript-eslint/no-restricted-imports'

let eslint: ESLint
let layers: ESLint

// Loading the config and its plugins takes seconds on a loaded machine: done once, here.
beforeAll(async () => {
  eslint = new ESLint({
    cwd: process.cwd(),
    // Only the door rule runs, so the planted text needs no type information (the files do not
    // exist on disk, and the TypeScript project service would refuse them).
    ruleFilter: ({ ruleId }) => ruleId === RULE,
    overrideConfig: { languageOptions: { parserOptions: { projectService: false } } },
  })
  layers = new ESLint({
    cwd: process.cwd(),
    ruleFilter: ({ ruleId }) => ruleId === LAYER_RULE,
    overrideConfig: { languageOptions: { parserOptions: { projectService: false } } },
  })
  await eslint.calculateConfigForFile('src/features/kpi/model/planted.ts')
  await layers.calculateConfigForFile('src/features/kpi/model/planted.ts')
}, 60_000)

async function doorErrors(
  filePath: string,
  text: string,
  linter = eslint,
  rule = RULE,
): Promise<string[]> {
  const [report] = await linter.lintText(text, { filePath })
  if (!report) throw new Error(`ESLint returned no report for ${filePath}`)
  // A parsing error has no ruleId: surface it instead of passing quietly.
  const parsing = report.messages.filter((m) => m.ruleId === null)
  if (parsing.length > 0) throw new Error(parsing.map((m) => m.message).join('\n'))
  return report.messages.filter((m) => m.ruleId === rule).map((m) => m.message)
}

describe('one door into the engine', () => {
  it.each([
    ['src/features/kpi/model/planted.ts', "import { evaluate } from '@/engine/kernel'"],
    [
      'src/features/levers/model/planted.ts',
      "import type { LeverSpec } from '@/engine/levers/types'",
    ],
    ['src/worker/planted.ts', "import { MODELS } from '../engine/catalog/models'"],
    ['src/app/planted.ts', "import { presetById } from '@/engine/presets/presets'"],
    ['src/state/planted.ts', "import type { TrajectoryYear } from '@/engine/analysis/trajectory'"],
    ['src/components/ui/planted.ts', "import type { Citation } from '@/engine/catalog/types'"],
    ['src/lib/planted.ts', "import type { Citation } from '../engine/catalog/types'"],
    ['scripts/planted.ts', "import { runValidation } from '../src/engine/validation/run'"],
    ['tests/features/kpi/planted.test.ts', "import { analyze } from '@/engine/analysis/analyze'"],
  ])('fails on a deep engine import in %s', async (filePath, line) => {
    const errors = await doorErrors(filePath, `${line}\n`)
    expect(errors).toHaveLength(1)
    expect(errors[0]).toContain('`@/engine/index`')
  })

  it.each([
    ['src/features/kpi/model/planted.ts', "import { simulate } from '@/engine/index'"],
    ['src/worker/planted.ts', "import { MODELS } from '../engine/index'"],
    ['scripts/planted.ts', "import { runValidation } from '../src/engine/index'"],
    ['src/app/planted.ts', "import { engineApi } from '@/worker/engine-api'"],
  ])('lets an import through the door pass in %s', async (filePath, line) => {
    expect(await doorErrors(filePath, `${line}\n`)).toEqual([])
  })

  it("leaves the engine's own modules and white-box tests free to import internals", async () => {
    const line = "import { sumLinear } from '@/engine/physics/decode'\n"
    expect(await doorErrors('src/engine/analysis/planted.ts', line)).toEqual([])
    expect(await doorErrors('tests/engine/physics/planted.test.ts', line)).toEqual([])
  })
})

describe('no scenario resolved on the page’s main thread', () => {
  const resolveErrors = (filePath: string, line: string) =>
    doorErrors(filePath, `${line}\n`, layers, LAYER_RULE)

  it.each([
    ['src/features/scenarios/model/planted.ts', "import { resolveScenario } from '@/engine/index'"],
    [
      'src/features/assumptions/components/planted.tsx',
      "import { ACCELERATORS, resolveScenario } from '@/engine/index'",
    ],
    ['src/features/presentation/model/planted.ts', "import { runScenario } from '@/engine'"],
    ['src/features/kpi/model/planted.ts', "import * as engine from '@/engine/index'"],
    ['src/app/planted.ts', "import { resolveScenario } from '@/engine/index'"],
  ])('fails on the planted import in %s', async (filePath, line) => {
    const errors = await resolveErrors(filePath, line)
    expect(errors).toHaveLength(1)
    expect(errors[0]).toContain(
      'the page does not resolve or validate scenarios on its main thread: check an input through the app',
    )
  })

  it('fails in components/ui too, where the engine is types only', async () => {
    const errors = await resolveErrors(
      'src/components/ui/planted.ts',
      "import { resolveScenario } from '@/engine/index'",
    )
    expect(errors).toHaveLength(1)
    expect(errors[0]).toContain('types only')
  })

  it.each([
    ['src/features/scenarios/model/planted.ts', "import { inputLabel } from '@/engine/index'"],
    [
      'src/features/scenarios/model/planted.ts',
      "import type { ResolveOutcome, Scenario } from '@/engine/index'",
    ],
    ['src/app/planted.ts', "import { presetById } from '@/engine/index'"],
    ['src/worker/planted.ts', "import { resolveScenario } from '@/engine/index'"],
    ['scripts/planted.ts', "import { runScenario } from '../src/engine/index'"],
  ])('lets %s import what it may: %s', async (filePath, line) => {
    expect(await resolveErrors(filePath, line)).toEqual([])
  })
})
