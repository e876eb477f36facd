/**
 * Fuzz of the presentation story's ways in (issue 7): 4,000 random and malformed story links and
 * files. Never a throw; a story whose every step runs, or a reason in words.
 */
import fc from 'fast-check'
import { compressToEncodedURIComponent } from 'lz-string'
import { describe, expect, it } from 'vitest'

import { PRESETS, resolveScenario } from '@/engine/index'
import {
  decodeStoryFile,
  decodeStoryParam,
  STORY_FORMAT,
} from '@/features/presentation/model/story-codec'

import {
  anyJsonScenarioInput,
  damagedText,
  hostileJsonValue,
} from '../../../helpers/hostile-inputs'
import { checkInThread } from '../../../helpers/scenario-check'

export const STORY_FUZZ_RUNS = 4000

const step = fc.record(
  {
    title: fc.oneof(fc.string({ maxLength: 130 }), hostileJsonValue),
    message: fc.oneof(fc.string({ maxLength: 100 }), hostileJsonValue),
    view: fc.oneof(fc.constantFrom('overview', 'trajectory'), hostileJsonValue),
    input: fc.oneof(fc.constantFrom({}, ...PRESETS.map((p) => p.input)), anyJsonScenarioInput),
    presetId: fc.oneof(fc.string({ maxLength: 90 }), hostileJsonValue),
  },
  { requiredKeys: ['title', 'message', 'view', 'input'] },
)

const validStep = fc.record({
  title: fc.string({ minLength: 1, maxLength: 100 }).filter((t) => t.trim().length > 0),
  message: fc.string({ maxLength: 100 }),
  view: fc.constantFrom('overview', 'trajectory', 'attribution'),
  input: fc.constantFrom({}, ...PRESETS.map((p) => p.input)),
})

const anyPayload = fc.record(
  {
    format: fc.oneof(fc.constant(STORY_FORMAT), hostileJsonValue),
    version: fc.oneof(fc.constant(1), hostileJsonValue),
    story: fc.oneof(
      fc.record({
        title: fc.oneof(fc.string({ minLength: 1, maxLength: 40 }), hostileJsonValue),
        steps: fc.oneof(fc.array(step, { maxLength: 4 }), hostileJsonValue),
      }),
      hostileJsonValue,
    ),
  },
  { requiredKeys: [] },
)

/** Stories as the app writes them (which must open), and every way of getting them wrong. */
export const payload = fc.oneof(
  fc.record({
    format: fc.constant(STORY_FORMAT),
    version: fc.constant(1),
    story: fc.record({
      title: fc.string({ minLength: 1, maxLength: 40 }).filter((t) => t.trim().length > 0),
      steps: fc.array(validStep, { minLength: 1, maxLength: 4 }),
    }),
  }),
  anyPayload,
)

describe('story fuzz', () => {
  it(`${STORY_FUZZ_RUNS.toLocaleString('en-US')} random and malformed story links and files: a story that runs, or a reason`, async () => {
    let opened = 0
    await fc.assert(
      fc.asyncProperty(damagedText(payload), fc.boolean(), async (text, asLink) => {
        const outcome = asLink
          ? await decodeStoryParam(compressToEncodedURIComponent(text), checkInThread)
          : await decodeStoryFile(text, checkInThread)
        if (outcome.ok) opened++
        const wrong = outcome.ok
          ? outcome.story.steps.length === 0 ||
            outcome.story.steps.some((s) => !resolveScenario(s.input).ok)
          : outcome.message.trim().length <= 5 || /\[object Object\]/.test(outcome.message)
        expect(wrong ? outcome : undefined).toBeUndefined()
      }),
      { seed: 20_261_131, numRuns: STORY_FUZZ_RUNS },
    )
    expect(opened).toBeGreaterThan(STORY_FUZZ_RUNS / 50)
  }, 300_000)

  it('refuses random text as a story link without throwing', async () => {
    await fc.assert(
      fc.asyncProperty(fc.string({ maxLength: 300 }), async (param) => {
        const outcome = await decodeStoryParam(param, checkInThread)
        expect(outcome.ok || outcome.message.length > 5).toBe(true)
      }),
      { seed: 20_261_132, numRuns: 1000 },
    )
  })
})
