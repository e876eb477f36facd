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
  storyPayload,
} from '@/features/presentation/model/story-codec'
import { hashWithoutStory, storyParamFromHash } from '@/features/presentation/model/story-hash'

import { THREE_STEP_STORY } from '../fixtures'

const withoutIds = (story: typeof THREE_STEP_STORY) => ({
  ...story,
  steps: story.steps.map(({ id: _id, ...rest }) => rest),
})

function failure(outcome: ReturnType<typeof decodeStoryPayload>): string {
  if (outcome.ok) throw new Error('expected a failure')
  return outcome.message
}

describe('story files and links', () => {
  it('round-trips a story through a file', () => {
    const outcome = decodeStoryFile(encodeStoryFile(THREE_STEP_STORY))
    expect(outcome.ok && withoutIds(outcome.story)).toEqual(withoutIds(THREE_STEP_STORY))
  })

  it('round-trips a story through a link hash, next to other hash parameters', () => {
    const hash = `#s=abc&${encodeStoryHash(THREE_STEP_STORY)}&view=trajectory`
    const param = storyParamFromHash(hash)
    expect(param).toBeDefined()
    const outcome = decodeStoryParam(param!)
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

  it('names damaged links and files', () => {
    expect(failure(decodeStoryParam('not-a-real-link'))).toMatch(/damaged/)
    expect(failure(decodeStoryParam(compressToEncodedURIComponent('{oops')))).toMatch(
      /not valid JSON/,
    )
    expect(failure(decodeStoryFile('{oops'))).toMatch(/not valid JSON/)
  })

  it('names a file that is not a story, or is from a newer version', () => {
    expect(failure(decodeStoryPayload([1, 2]))).toMatch(/not a story/)
    expect(failure(decodeStoryPayload({ ...good, format: 'something-else' }))).toMatch(
      /not an Inference Economics Lab story/,
    )
    expect(failure(decodeStoryPayload({ ...good, version: STORY_FORMAT_VERSION + 1 }))).toMatch(
      /newer version/,
    )
    expect(failure(decodeStoryPayload({ ...good, story: { ...good.story, title: '' } }))).toBe(
      'the story has no title',
    )
    expect(failure(decodeStoryPayload({ ...good, story: { ...good.story, steps: [] } }))).toBe(
      'the story has no steps',
    )
    const many = Array.from({ length: MAX_STEPS + 1 }, () => good.story.steps[0])
    expect(failure(decodeStoryPayload({ ...good, story: { ...good.story, steps: many } }))).toMatch(
      /more than 50 steps/,
    )
  })

  it('names the step and the field of a step that cannot run', () => {
    const steps = [...good.story.steps]
    steps[1] = { ...steps[1]!, input: { levers: { hbm: 3 } } }
    const message = failure(decodeStoryPayload({ ...good, story: { ...good.story, steps } }))
    expect(message).toMatch(/^step 2 \(“Bravo”\)/)
    expect(message).toMatch(/levers\.hbm/)
    steps[1] = { ...steps[1], title: '   ', input: {} }
    expect(failure(decodeStoryPayload({ ...good, story: { ...good.story, steps } }))).toBe(
      'step 2 has no title',
    )
  })
})
