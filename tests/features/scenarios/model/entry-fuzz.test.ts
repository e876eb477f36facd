/**
 * Fuzz of the page's two ways in for outside data (issue 7): 10,000 share links and 10,000
 * imported files, random and malformed. Never a throw; either a scenario the engine accepts, or a
 * refusal that says in words what is wrong (and, for links, that nothing was changed).
 */
import fc from 'fast-check'
import { compressToEncodedURIComponent } from 'lz-string'
import { describe, expect, it } from 'vitest'

import { PRESETS, resolveScenario } from '@/engine/index'
import {
  parseScenarioFile,
  SCENARIO_FILE_KIND,
  LIBRARY_FILE_KIND,
} from '@/features/scenarios/model/scenario-file'
import {
  decodeShareLink,
  encodeShareState,
  MAX_SHARE_CHARS,
} from '@/features/scenarios/model/share-link'

import {
  anyJsonScenarioInput,
  damagedText,
  hostileJsonValue,
  jsonScenarioLike,
} from '../../../helpers/hostile-inputs'
import { checkInThread } from '../../../helpers/scenario-check'
import { decodeShareState } from '../../../helpers/share-link'

export const LINK_FUZZ_RUNS = 10_000
export const FILE_FUZZ_RUNS = 10_000

const URL_CHARS = [...'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+-$ ._~%']

/** Encoded links: valid, refused by the engine, corrupted, cut short, wrongly versioned, noise. */
export const encodedLink: fc.Arbitrary<string> = fc.oneof(
  fc
    .tuple(fc.constantFrom({}, ...PRESETS.map((p) => p.input)), fc.string({ maxLength: 50 }))
    .map(([input, tab]) => encodeShareState({ input, view: { tab } })),
  jsonScenarioLike.map((input) => encodeShareState({ input, view: { tab: 'overview' } })),
  fc.tuple(jsonScenarioLike, fc.nat(), fc.constantFrom(...URL_CHARS)).map(([input, at, ch]) => {
    const good = encodeShareState({ input })
    const i = at % good.length
    return `${good.slice(0, i)}${ch}${good.slice(i + 1)}`
  }),
  fc.tuple(jsonScenarioLike, fc.nat()).map(([input, at]) => {
    const good = encodeShareState({ input })
    return good.slice(0, at % good.length)
  }),
  fc
    .record(
      {
        v: hostileJsonValue,
        s: fc.oneof(anyJsonScenarioInput, hostileJsonValue),
        view: hostileJsonValue,
      },
      { requiredKeys: [] },
    )
    .map((doc) => compressToEncodedURIComponent(JSON.stringify(doc))),
  damagedText(fc.record({ v: fc.constant(1), s: anyJsonScenarioInput })).map((text) =>
    compressToEncodedURIComponent(text),
  ),
  fc.array(fc.constantFrom(...URL_CHARS), { maxLength: 300 }).map((cs) => cs.join('')),
  fc.string({ unit: 'grapheme', maxLength: 100 }),
  fc.nat({ max: 200 }).map((extra) => 'A'.repeat(MAX_SHARE_CHARS + 1 + extra)),
)

/** Scenario files: bare inputs, scenario files, library files, each possibly damaged. */
export const fileText: fc.Arbitrary<string> = damagedText(
  fc.oneof(
    fc.record({
      kind: fc.constant(SCENARIO_FILE_KIND),
      schemaVersion: fc.constant(1),
      name: fc.string({ unit: 'grapheme', maxLength: 200 }),
      input: fc.constantFrom({}, ...PRESETS.map((p) => p.input)),
    }),
    anyJsonScenarioInput,
    fc.record(
      {
        kind: fc.oneof(fc.constant(SCENARIO_FILE_KIND), hostileJsonValue),
        schemaVersion: fc.oneof(fc.constant(1), hostileJsonValue),
        name: fc.oneof(fc.string(), hostileJsonValue),
        input: anyJsonScenarioInput,
        view: hostileJsonValue,
      },
      { requiredKeys: ['kind'] },
    ),
    fc.record({
      kind: fc.constant(LIBRARY_FILE_KIND),
      schemaVersion: fc.oneof(fc.constant(1), hostileJsonValue),
      scenarios: fc.oneof(
        fc.array(
          fc.record(
            { name: fc.oneof(fc.string(), hostileJsonValue), input: anyJsonScenarioInput },
            { requiredKeys: [] },
          ),
          { maxLength: 5 },
        ),
        hostileJsonValue,
      ),
    }),
  ),
)

describe('share link fuzz', () => {
  it(`${LINK_FUZZ_RUNS.toLocaleString('en-US')} random and malformed links: a scenario the engine accepts, or a refusal in words`, () => {
    let opened = 0
    fc.assert(
      fc.property(encodedLink, (encoded) => {
        const outcome = decodeShareState(encoded)
        const shape = decodeShareLink(encoded)
        if (outcome.ok) opened++
        const wrong = outcome.ok
          ? !shape.ok || !resolveScenario(outcome.state.input).ok
          : !['malformed', 'outdated', 'newer', 'invalid'].includes(outcome.reason) ||
            !/^This link.*The default scenario is shown instead; your saved scenarios are untouched\.$/s.test(
              outcome.message,
            ) ||
            /\[object Object\]/.test(outcome.message)
        expect(wrong ? outcome : undefined).toBeUndefined()
      }),
      { seed: 20_261_129, numRuns: LINK_FUZZ_RUNS },
    )
    expect(opened).toBeGreaterThan(LINK_FUZZ_RUNS / 100)
    expect(({} as Record<string, unknown>).polluted).toBeUndefined()
  }, 300_000)
})

describe('imported file fuzz', () => {
  it(`${FILE_FUZZ_RUNS.toLocaleString('en-US')} random and malformed files: valid scenarios, or a refusal that lists the problems`, async () => {
    let imported = 0
    await fc.assert(
      fc.asyncProperty(fileText, fc.string({ maxLength: 30 }), async (text, name) => {
        const outcome = await parseScenarioFile(text, checkInThread, `${name}.json`)
        if (outcome.ok) imported++
        const wrong = outcome.ok
          ? outcome.scenarios.length === 0 ||
            outcome.scenarios.some(
              (s) =>
                !resolveScenario(s.input).ok ||
                s.name.trim().length === 0 ||
                [...s.name].some((ch) => (ch.codePointAt(0) ?? 0) < 32),
            )
          : outcome.message.trim().length <= 10 ||
            outcome.problems.some((p) => p.trim().length === 0) ||
            /\[object Object\]/.test(`${outcome.message} ${outcome.problems.join(' ')}`)
        expect(wrong ? outcome : undefined).toBeUndefined()
      }),
      { seed: 20_261_130, numRuns: FILE_FUZZ_RUNS },
    )
    expect(imported).toBeGreaterThan(FILE_FUZZ_RUNS / 100)
    expect(({} as Record<string, unknown>).polluted).toBeUndefined()
  }, 300_000)
})
