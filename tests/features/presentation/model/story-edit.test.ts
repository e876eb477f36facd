import { describe, expect, it } from 'vitest'

import {
  appendStep,
  copyStory,
  DEFAULT_STEP_MESSAGE,
  moveStep,
  removeStep,
  stepFromScenario,
  updateStep,
} from '@/features/presentation/model/story-edit'

import { THREE_STEP_STORY } from '../fixtures'

const titles = (story: typeof THREE_STEP_STORY) => story.steps.map((s) => s.title)

describe('story editing', () => {
  it('moves a step up and down and ignores moves past either end', () => {
    expect(titles(moveStep(THREE_STEP_STORY, 1, -1))).toEqual(['Bravo', 'Alpha', 'Charlie'])
    expect(titles(moveStep(THREE_STEP_STORY, 1, 1))).toEqual(['Alpha', 'Charlie', 'Bravo'])
    expect(moveStep(THREE_STEP_STORY, 0, -1)).toBe(THREE_STEP_STORY)
    expect(moveStep(THREE_STEP_STORY, 2, 1)).toBe(THREE_STEP_STORY)
  })

  it('removes, updates and appends steps without touching the original', () => {
    expect(titles(removeStep(THREE_STEP_STORY, 0))).toEqual(['Bravo', 'Charlie'])
    expect(updateStep(THREE_STEP_STORY, 2, { title: 'Delta' }).steps[2]?.title).toBe('Delta')
    const step = stepFromScenario({ name: 'Saved one', year: 2029 }, 'trajectory')
    const appended = appendStep(THREE_STEP_STORY, step)
    expect(titles(appended)).toEqual(['Alpha', 'Bravo', 'Charlie', 'Saved one'])
    expect(titles(THREE_STEP_STORY)).toEqual(['Alpha', 'Bravo', 'Charlie'])
  })

  it('turns a scenario into a step with the headline message, titled by name', () => {
    const input = { year: 2027 as const, levers: { hbm: 0.5 } }
    const step = stepFromScenario(input, 'overview')
    expect(step).toMatchObject({
      title: 'My scenario',
      message: DEFAULT_STEP_MESSAGE,
      input,
      view: 'overview',
    })
    expect(stepFromScenario(input, 'overview', 'Plan B').title).toBe('Plan B')
  })

  it('copies a story with new step ids', () => {
    const copy = copyStory(THREE_STEP_STORY, 'Mine')
    expect(copy.title).toBe('Mine')
    expect(titles(copy)).toEqual(titles(THREE_STEP_STORY))
    copy.steps.forEach((s, i) => expect(s.id).not.toBe(THREE_STEP_STORY.steps[i]?.id))
  })
})
