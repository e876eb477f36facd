import { readFileSync } from 'node:fs'
import { join } from 'node:path'

import { describe, expect, it } from 'vitest'

import { defaultEconomicsInputs } from '@/engine/index'
import { readScenarioFile } from '@/features/scenarios/model/actions'
import {
  parseScenarioFile,
  serializeLibraryFile,
  serializeScenarioFile,
} from '@/features/scenarios/model/scenario-file'
import { MAX_DEPTH, MAX_IMPORT_BYTES } from '@/features/scenarios/model/untrusted-json'
import type { SavedScenario } from '@/state/library-slice'

import { checkInThread } from '../../../helpers/scenario-check'

const FIXTURES = join(import.meta.dirname, '../../../fixtures')

async function refused(text: string): Promise<{ message: string; problems: readonly string[] }> {
  const outcome = await parseScenarioFile(text, checkInThread, 'test.json')
  if (outcome.ok) throw new Error('expected the file to be refused')
  return outcome
}

describe('scenario files', () => {
  it('round-trips an exported scenario', async () => {
    const text = serializeScenarioFile(
      { name: 'Mine', input: { year: 2028, levers: { hbm: 1 } }, view: { tab: 'compare' } },
      '2026-03-02T09:30:00.000Z',
    )
    expect(await parseScenarioFile(text, checkInThread)).toEqual({
      ok: true,
      scenarios: [
        { name: 'Mine', input: { year: 2028, levers: { hbm: 1 } }, view: { tab: 'compare' } },
      ],
    })
  })

  it('reads the format-1 fixture', async () => {
    const outcome = await parseScenarioFile(
      readFileSync(join(FIXTURES, 'library/scenario-file-v1.json'), 'utf8'),
      checkInThread,
    )
    expect(outcome).toMatchObject({
      ok: true,
      scenarios: [{ name: 'Custom 2 TB/s part', view: { tab: 'overview' } }],
    })
  })

  it('accepts a bare scenario input (the CLI format) named after the file', async () => {
    const outcome = await parseScenarioFile(
      readFileSync(join(FIXTURES, 'scenarios/reference.json'), 'utf8'),
      checkInThread,
      'reference.json',
    )
    expect(outcome.ok && outcome.scenarios).toHaveLength(1)
  })

  it('round-trips a library file of several scenarios', async () => {
    const saved: SavedScenario[] = ['A', 'B'].map((name, i) => ({
      id: name,
      name,
      createdAt: '2026-03-01T00:00:00.000Z',
      updatedAt: '2026-03-01T00:00:00.000Z',
      input: { year: 2026 + i },
      schemaVersion: 1,
    }))
    const outcome = await parseScenarioFile(
      serializeLibraryFile(saved, '2026-03-02T00:00:00.000Z'),
      checkInThread,
    )
    expect(outcome.ok && outcome.scenarios.map((s) => [s.name, s.input.year])).toEqual([
      ['A', 2026],
      ['B', 2027],
    ])
  })

  it('carries the economics inputs in scenario and library files, and null for the defaults', async () => {
    const edited = { ...defaultEconomicsInputs(), targetGrossMargin: 0.61 }
    const single = serializeScenarioFile(
      { name: 'Priced', input: { year: 2028 }, economics: edited },
      '2026-12-08T00:00:00.000Z',
    )
    expect(
      (JSON.parse(single) as { economics: { targetGrossMargin: number } }).economics,
    ).toMatchObject({
      targetGrossMargin: 0.61,
    })
    expect(await parseScenarioFile(single, checkInThread)).toEqual({
      ok: true,
      scenarios: [{ name: 'Priced', input: { year: 2028 }, economics: edited }],
    })
    const saved: SavedScenario[] = [
      {
        id: 'a',
        name: 'A',
        createdAt: '2026-12-01T00:00:00.000Z',
        updatedAt: '2026-12-01T00:00:00.000Z',
        input: {},
        economics: edited,
        schemaVersion: 1,
      },
      {
        id: 'b',
        name: 'B',
        createdAt: '2026-12-01T00:00:00.000Z',
        updatedAt: '2026-12-01T00:00:00.000Z',
        input: {},
        economics: null,
        schemaVersion: 1,
      },
      {
        id: 'c',
        name: 'C',
        createdAt: '2026-12-01T00:00:00.000Z',
        updatedAt: '2026-12-01T00:00:00.000Z',
        input: {},
        schemaVersion: 1,
      },
    ]
    const outcome = await parseScenarioFile(
      serializeLibraryFile(saved, '2026-12-08T00:00:00.000Z'),
      checkInThread,
    )
    expect(outcome.ok && outcome.scenarios.map((s) => s.economics)).toEqual([
      edited,
      null,
      undefined,
    ])
  })

  it('refuses a file whose economics inputs are not valid, naming the field, and imports nothing', async () => {
    const bad = { ...defaultEconomicsInputs(), targetGrossMargin: 3 }
    const { message, problems } = await refused(
      JSON.stringify({
        kind: 'inference-economics-lab/scenario',
        schemaVersion: 1,
        name: 'X',
        input: {},
        economics: bad,
      }),
    )
    expect(message).toMatch(/cannot be used/)
    expect(problems.join('\n')).toMatch(/^economics inputs: .*margin/im)
    const notAnObject = await refused(
      JSON.stringify({
        kind: 'inference-economics-lab/scenario',
        schemaVersion: 1,
        name: 'X',
        input: {},
        economics: 'cheap',
      }),
    )
    expect(notAnObject.problems.join('\n')).toMatch(/"economics" must be an object/)
  })

  it('names the invalid field and value', async () => {
    const { message, problems } = await refused(JSON.stringify({ workload: { inputTokens: -5 } }))
    expect(message).toMatch(/cannot be used/)
    expect(problems).toContain('workload.inputTokens must be at least 1 (got -5)')
  })

  it('refuses a library file if any entry is invalid, naming the entry', async () => {
    const text = JSON.stringify({
      kind: 'inference-economics-lab/library',
      schemaVersion: 1,
      scenarios: [
        { name: 'Fine', input: {} },
        { name: 'Broken', input: { year: 2099 } },
      ],
    })
    const { message, problems } = await refused(text)
    expect(message).toMatch(/nothing was imported/)
    expect(problems[0]).toMatch(/^“Broken”: year must be at most 2030 \(got 2099\)/)
  })

  it('lists every entry’s problems in the file’s order, shape and engine alike', async () => {
    const text = JSON.stringify({
      kind: 'inference-economics-lab/library',
      schemaVersion: 1,
      scenarios: [
        { name: 'Late', input: { year: 2099 } },
        { name: 'No input' },
        { name: 'Short', input: { workload: { inputTokens: -5 } } },
      ],
    })
    const { message, problems } = await refused(text)
    expect(message).toBe('3 problems in the library file; nothing was imported:')
    expect(problems).toEqual([
      '“Late”: year must be at most 2030 (got 2099)',
      '“No input”: "input" is missing or is not an object',
      '“Short”: workload.inputTokens must be at least 1 (got -5)',
    ])
  })

  it('imports nothing when the engine gives no answer, and says to try again', async () => {
    const text = JSON.stringify({ year: 2027 })
    const outcome = await parseScenarioFile(text, () => Promise.resolve(undefined), 'x.json')
    expect(outcome).toEqual({
      ok: false,
      message:
        'The scenarios in the file could not be checked: the engine did not answer (it may have been restarted). Nothing was imported; try the import again.',
      problems: [],
    })
  })

  it.each([
    ['not JSON', '{"kind": ', /not valid JSON/],
    ['an array', '[1, 2, 3]', /must hold a JSON object/],
    [
      'another app’s file',
      JSON.stringify({ kind: 'other-app/thing', schemaVersion: 1 }),
      /not a scenario file of this app \(its "kind" is "other-app\/thing"\)/,
    ],
    [
      'a newer format',
      JSON.stringify({ kind: 'inference-economics-lab/scenario', schemaVersion: 7, input: {} }),
      /newer version of the app \(format 7/,
    ],
    [
      'no version',
      JSON.stringify({ kind: 'inference-economics-lab/scenario', input: {} }),
      /no valid "schemaVersion"/,
    ],
    [
      'no input',
      JSON.stringify({ kind: 'inference-economics-lab/scenario', schemaVersion: 1 }),
      /cannot be used/,
    ],
    ['an unknown field', JSON.stringify({ hardwre: 'b200' }), /cannot be used/],
    ['an empty file', '   ', /empty/],
  ])('refuses %s with a clear message', async (_what, text, message) => {
    expect((await refused(text)).message).toMatch(message)
  })
})

describe('hostile files', () => {
  it('refuses prototype-pollution keys anywhere, before touching any object', async () => {
    const text = '{"levers": {"__proto__": {"polluted": true}}}'
    expect((await refused(text)).message).toMatch(
      /"__proto__" \(at levers.__proto__\), which is not allowed/,
    )
    expect(({} as Record<string, unknown>).polluted).toBeUndefined()
    expect((await refused('{"constructor": {"prototype": {"x": 1}}}')).message).toMatch(
      /"constructor"/,
    )
  })

  it('refuses deeply nested junk without parsing it', async () => {
    const deep = `${'['.repeat(100_000)}${']'.repeat(100_000)}`
    expect((await refused(deep)).message).toMatch(
      new RegExp(`nested more than ${MAX_DEPTH} levels`),
    )
    // Brackets inside strings do not count.
    expect(
      (
        await parseScenarioFile(
          JSON.stringify({ name: '[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[', year: 2027 }),
          checkInThread,
        )
      ).ok,
    ).toBe(true)
  })

  it('refuses a file over 1 MB before reading it, and as text', async () => {
    const huge = {
      name: 'huge.json',
      size: MAX_IMPORT_BYTES + 1,
      text: () => Promise.reject(new Error('must not be read')),
    }
    const outcome = await readScenarioFile(huge, checkInThread)
    expect(outcome).toMatchObject({
      ok: false,
      message: expect.stringMatching(
        /“huge.json” is too large \(1\.0 MB; a scenario file is at most 1 MB\)/,
      ) as unknown,
    })
    const text = JSON.stringify({ name: 'x'.repeat(MAX_IMPORT_BYTES) })
    expect((await refused(text)).message).toMatch(/too large/)
  })

  it('keeps a name with markup as plain text (rendered escaped by React), trimmed to 120 characters', async () => {
    const outcome = await parseScenarioFile(
      JSON.stringify({
        kind: 'inference-economics-lab/scenario',
        schemaVersion: 1,
        name: '<script>alert(1)</script>',
        input: {},
      }),
      checkInThread,
    )
    expect(outcome.ok && outcome.scenarios[0]?.name).toBe('<script>alert(1)</script>')
  })
})
