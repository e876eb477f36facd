/**
 * Fuzz of the command line (issue 7): 10,000 random and malformed documents on standard input, as
 * one scenario, a batch (array) or a sweep, in-process through runCli. Never a throw or a crash:
 * exit 0 with valid JSON (or CSV) on stdout, exit 3 with the JSON and an "infeasible:" line when a
 * scenario runs but misses a target, or exit 1 or 2 with an "error:" line saying why.
 */
import fc from 'fast-check'
import { describe, expect, it } from 'vitest'

import { runCli } from '../../scripts/lib/cli'
import {
  anyJsonScenarioInput,
  damagedText,
  hostileJsonValue,
  jsonScenarioLike,
  SCENARIO_FIELD_PATHS,
} from '../helpers/hostile-inputs'

export const CLI_FUZZ_RUNS = 10_000

interface Run {
  readonly code: number
  readonly stdout: string
  readonly stderr: string
}

function cli(argv: readonly string[], stdin: string): Run {
  let stdout = ''
  let stderr = ''
  const code = runCli(argv, {
    stdout: (t) => (stdout += t),
    stderr: (t) => (stderr += t),
    stdin: () => stdin,
  })
  return { code, stdout, stderr }
}

const sweepDocument = fc.record(
  {
    base: fc.oneof(jsonScenarioLike, hostileJsonValue),
    grid: fc.oneof(
      fc.dictionary(
        fc.constantFrom(...SCENARIO_FIELD_PATHS.map((p) => p.join('.')), 'noSuchField', ''),
        fc.array(hostileJsonValue, { maxLength: 3 }),
        { maxKeys: 3 },
      ),
      hostileJsonValue,
    ),
  },
  { requiredKeys: [] },
)

export const invocation = fc.oneof(
  {
    weight: 6,
    arbitrary: damagedText(anyJsonScenarioInput).map((stdin) => ({ argv: ['-'], stdin })),
  },
  {
    weight: 2,
    arbitrary: damagedText(fc.array(anyJsonScenarioInput, { maxLength: 4 })).map((stdin) => ({
      argv: ['-', '--pretty'],
      stdin,
    })),
  },
  {
    weight: 2,
    arbitrary: fc
      .tuple(damagedText(sweepDocument), fc.boolean())
      .map(([stdin, csv]) => ({ argv: ['--sweep', '-', ...(csv ? ['--csv'] : [])], stdin })),
  },
)

function isArrayWithErrors(stdout: string): boolean {
  try {
    const value: unknown = JSON.parse(stdout)
    return (
      Array.isArray(value) &&
      value.some((item) => typeof item === 'object' && item !== null && 'error' in item)
    )
  } catch {
    return false
  }
}

/** What is wrong with a CLI run, or undefined when it is as it should be. */
/** Whether stdout is a result with feasible false, or an array holding one. */
function hasInfeasibleResult(stdout: string): boolean {
  try {
    const value: unknown = JSON.parse(stdout)
    const items: unknown[] = Array.isArray(value) ? value : [value]
    return items.some(
      (item) =>
        typeof item === 'object' &&
        item !== null &&
        (item as { feasible?: unknown }).feasible === false,
    )
  } catch {
    return false
  }
}

function violation(argv: readonly string[], run: Run): string | undefined {
  if (![0, 1, 2, 3].includes(run.code)) return `exit code ${run.code}`
  if (run.code === 3) {
    if (!hasInfeasibleResult(run.stdout)) return 'exit 3 without an infeasible result on stdout'
    return /^infeasible: \S/.test(run.stderr)
      ? undefined
      : `exit 3 without an infeasible line: ${run.stderr.slice(0, 200)}`
  }
  if (run.code === 0) {
    if (run.stderr !== '') return `exit 0 with stderr: ${run.stderr.slice(0, 200)}`
    if (argv.includes('--csv'))
      return /,/.test(run.stdout.split('\n')[0] ?? '') ? undefined : 'CSV without a header'
    try {
      JSON.parse(run.stdout)
      return undefined
    } catch {
      return `exit 0 without JSON on stdout: ${run.stdout.slice(0, 200)}`
    }
  }
  // An array with bad elements still prints every element's result or { "error" } in place.
  if (run.stdout !== '' && !(run.code === 1 && isArrayWithErrors(run.stdout)))
    return `exit ${run.code} with output on stdout`
  if (!/^error: \S/.test(run.stderr))
    return `exit ${run.code} without an error line: ${run.stderr.slice(0, 200)}`
  if (/\[object Object\]|at .*\.ts:\d+/.test(run.stderr))
    return `an unreadable error: ${run.stderr.slice(0, 200)}`
  return undefined
}

describe('CLI fuzz', () => {
  it(`${CLI_FUZZ_RUNS.toLocaleString('en-US')} random and malformed inputs: output or an error line, never a crash`, () => {
    const codes = new Map<number, number>()
    fc.assert(
      fc.property(invocation, ({ argv, stdin }) => {
        const run = cli(argv, stdin)
        codes.set(run.code, (codes.get(run.code) ?? 0) + 1)
        expect(violation(argv, run)).toBeUndefined()
      }),
      { seed: 20_261_128, numRuns: CLI_FUZZ_RUNS },
    )
    expect(codes.get(0) ?? 0).toBeGreaterThan(CLI_FUZZ_RUNS / 50)
    expect(codes.get(1) ?? 0).toBeGreaterThan(CLI_FUZZ_RUNS / 4)
  }, 300_000)
})
