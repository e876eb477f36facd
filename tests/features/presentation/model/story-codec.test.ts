import { compressToEncodedURIComponent } from 'lz-string'
import { describe, expect, it } from 'vitest'

import {
  decodeStoryFile,
  decodeStoryParam,
  decodeStoryPayload,
  encodeStoryFile,
  encodeStoryHash,
  MAX_STEPS,
  STORY_FORMAT,
  STORY_FORMAT_VERSION,
  STORY_NOT_CHECKED,
  storyPayload,
} from '@/features/presentation/model/story-codec'
import { hashWithoutStory, storyParamFromHash } from '@/features/presentation/model/story-hash'

import { checkInThread } from '../../../helpers/scenario-check'
import { THREE_STEP_STORY } from '../fixtures'

const withoutIds = (story: typeof THREE_STEP_STORY) => ({
  ...story,
  steps: story.steps.map(({ id: _id, ...rest }) => rest),
})

async function failure(pending: ReturnType<typeof decodeStoryPayload>): Promise<string> {
  const outcome = await pending
  if (outcome.ok) throw new Error('expected a failure')
  return outcome.message
}

describe('story files and links', () => {
  it('round-trips a story through a file', async () => {
    const outcome = await decodeStoryFile(encodeStoryFile(THREE_STEP_STORY), checkInThread)
    expect(outcome.ok && withoutIds(outcome.story)).toEqual(withoutIds(THREE_STEP_STORY))
  })

  it('round-trips a story through a link hash, next to other hash parameters', async () => {
    const hash = `#s=abc&${encodeStoryHash(THREE_STEP_STORY)}&view=trajectory`
    const param = storyParamFromHash(hash)
    expect(param).toBeDefined()
    const outcome = await decodeStoryParam(param!, checkInThread)
    expect(outcome.ok && withoutIds(outcome.story)).toEqual(withoutIds(THREE_STEP_STORY))
    expect(hashWithoutStory(hash)).toBe('#s=abc&view=trajectory')
    expect(hashWithoutStory(`#${encodeStoryHash(THREE_STEP_STORY)}`)).toBe('')
    expect(storyParamFromHash('#s=abc')).toBeUndefined()
  })

  it('keeps "+" in the link (lz-string uses it; URLSearchParams would turn it into a space)', () => {
    const param = 'ab+cd'
    expect(storyParamFromHash(`#story=${param}`)).toBe(param)
  })

  it('writes a versioned payload', () => {
    const payload = storyPayload(THREE_STEP_STORY)
    expect(payload.format).toBe(STORY_FORMAT)
    expect(payload.version).toBe(STORY_FORMAT_VERSION)
  })
})

describe('bad stories say what is wrong', () => {
  const good = storyPayload(THREE_STEP_STORY)

  it('names damaged links and files', async () => {
    expect(await failure(decodeStoryParam('not-a-real-link', checkInThread))).toMatch(/damaged/)
    expect(
      await failure(decodeStoryParam(compressToEncodedURIComponent('{oops'), checkInThread)),
    ).toMatch(/not valid JSON/)
    expect(await failure(decodeStoryFile('{oops', checkInThread))).toMatch(/not valid JSON/)
  })

  it('names a file that is not a story, or is from a newer version', async () => {
    expect(await failure(decodeStoryPayload([1, 2], checkInThread))).toMatch(/not a story/)
    expect(
      await failure(decodeStoryPayload({ ...good, format: 'something-else' }, checkInThread)),
    ).toMatch(/not an Inference Economics Lab story/)
    expect(
      await failure(
        decodeStoryPayload({ ...good, version: STORY_FORMAT_VERSION + 1 }, checkInThread),
      ),
    ).toMatch(/newer version/)
    expect(
      await failure(
        decodeStoryPayload({ ...good, story: { ...good.story, title: '' } }, checkInThread),
      ),
    ).toBe('the story has no title')
    expect(
      await failure(
        decodeStoryPayload({ ...good, story: { ...good.story, steps: [] } }, checkInThread),
      ),
    ).toBe('the story has no steps')
    const many = Array.from({ length: MAX_STEPS + 1 }, () => good.story.steps[0])
    expect(
      await failure(
        decodeStoryPayload({ ...good, story: { ...good.story, steps: many } }, checkInThread),
      ),
    ).toMatch(/more than 50 steps/)
  })

  it('names the step and the field of a step that cannot run', async () => {
    const steps = [...good.story.steps]
    steps[1] = { ...steps[1]!, input: { levers: { hbm: 3 } } }
    const message = await failure(
      decodeStoryPayload({ ...good, story: { ...good.story, steps } }, checkInThread),
    )
    expect(message).toMatch(/^step 2 \(“Bravo”\)/)
    expect(message).toMatch(/levers\.hbm/)
    steps[1] = { ...steps[1], title: '   ', input: {} }
    expect(
      await failure(
        decodeStoryPayload({ ...good, story: { ...good.story, steps } }, checkInThread),
      ),
    ).toBe('step 2 has no title')
  })

  it('says the story was not checked, and marks it so, when the engine gives no answer', async () => {
    const outcome = await decodeStoryPayload(good, () => Promise.resolve(undefined))
    expect(outcome).toEqual({ ok: false, message: STORY_NOT_CHECKED, unchecked: true })
    expect(STORY_NOT_CHECKED).toMatch(/engine did not answer.*try again$/)
  })

  it('checks each step’s scenario with the port, in order, and stops at the first that cannot run', async () => {
    const steps = [...good.story.steps]
    steps[1] = { ...steps[1]!, input: { levers: { hbm: 3 } } }
    const checked: unknown[] = []
    const message = await failure(
      decodeStoryPayload({ ...good, story: { ...good.story, steps } }, (input) => {
        checked.push(input)
        return checkInThread(input)
      }),
    )
    expect(message).toMatch(/^step 2 \(“Bravo”\) has a scenario that cannot run: /)
    expect(checked).toEqual([steps[0]!.input, steps[1].input])
  })
})
