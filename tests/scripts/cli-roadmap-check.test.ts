/**
 * The roadmap check through the CLI contract (issue 12 item 3): `--analysis` gives every
 * trajectory year a `roadmapCheck`, and a chip beyond the announced parts carries its caveat.
 */
import { describe, expect, it } from 'vitest'

import { runCli } from '../../scripts/lib/cli'

interface Year {
  readonly year: number
  readonly roadmapCheck: {
    readonly outside: boolean
    readonly caveats: readonly string[]
    readonly nearest: { readonly id: string } | null
  }
}

function trajectoryOf(scenario: unknown): readonly Year[] {
  let stdout = ''
  const code = runCli(['-', '--analysis'], {
    stdout: (text) => (stdout += text),
    stderr: () => undefined,
    stdin: () => JSON.stringify(scenario),
  })
  expect(code).toBe(0)
  return (JSON.parse(stdout) as { trajectory: readonly Year[] }).trajectory
}

describe('--analysis: trajectory[].roadmapCheck', () => {
  it('checks every year, and a chip within the envelope has no caveat', () => {
    const years = trajectoryOf({})
    expect(years.map((y) => y.year)).toEqual([2026, 2027, 2028, 2029, 2030])
    expect(years.map((y) => y.roadmapCheck.outside)).toEqual([false, false, false, false, false])
    expect(years[0]?.roadmapCheck.nearest?.id).toBe('h200-sxm')
  })

  it('says in words where a chip is beyond every announced part', () => {
    const years = trajectoryOf({ hardware: { base: 'h100-sxm', memoryBandwidthTBps: 96 } })
    expect(years[4]?.roadmapCheck.caveats).toContain(
      'The 2030 chip needs 3.0× the memory bandwidth of any announced part (Rubin Ultra, 32 TB/s)',
    )
  })
})
