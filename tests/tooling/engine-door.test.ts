/**
 * The engine has one door (src/engine/index.ts): eslint.config.js (`layers/engine-door`) fails on a
 * deep engine import from anywhere outside src/engine. These planted files are linted in memory
 * through ESLint's Node API with the repository's own config.
 */
import { ESLint } from 'eslint'
import { beforeAll, describe, expect, it } from 'vitest'

const RULE = 'no-restricted-imports'

let eslint: ESLint

// Loading the config and its plugins takes seconds on a loaded machine: done once, here.
beforeAll(async () => {
  eslint = new ESLint({
    cwd: process.cwd(),
    // Only the door rule runs, so the planted text needs no type information (the files do not
    // exist on disk, and the TypeScript project service would refuse them).
    ruleFilter: ({ ruleId }) => ruleId === RULE,
    overrideConfig: { languageOptions: { parserOptions: { projectService: false } } },
  })
  await eslint.calculateConfigForFile('src/features/kpi/model/planted.ts')
}, 60_000)

async function doorErrors(filePath: string, text: string): Promise<string[]> {
  const [report] = await eslint.lintText(text, { filePath })
  if (!report) throw new Error(`ESLint returned no report for ${filePath}`)
  // A parsing error has no ruleId: surface it instead of passing quietly.
  const parsing = report.messages.filter((m) => m.ruleId === null)
  if (parsing.length > 0) throw new Error(parsing.map((m) => m.message).join('\n'))
  return report.messages.filter((m) => m.ruleId === RULE).map((m) => m.message)
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
