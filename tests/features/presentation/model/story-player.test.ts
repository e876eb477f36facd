import { describe, expect, it } from 'vitest'

import { DEFAULT_STORY } from '@/features/presentation/model/default-story'
import { activeStory, neighbourStep, viewForStep } from '@/features/presentation/model/story-player'

import { THREE_STEP_STORY } from '../fixtures'

describe('story player', () => {
  it('tells the user’s story when there is one, else the default', () => {
    expect(activeStory(null)).toBe(DEFAULT_STORY)
    expect(activeStory(THREE_STEP_STORY)).toBe(THREE_STEP_STORY)
  })

  it('shows a step’s own view when registered, else the overview, else the first view', () => {
    expect(viewForStep('use-cases', ['overview', 'use-cases'])).toBe('use-cases')
    expect(viewForStep('use-cases', ['trajectory', 'overview'])).toBe('overview')
    expect(viewForStep('use-cases', ['trajectory'])).toBe('trajectory')
  })

  it('steps forward from “not started” to the first step and stops at either end', () => {
    expect(neighbourStep(null, 3, 1)).toBe(0)
    expect(neighbourStep(null, 3, -1)).toBeNull()
    expect(neighbourStep(0, 3, 1)).toBe(1)
    expect(neighbourStep(2, 3, 1)).toBe(2)
    expect(neighbourStep(0, 3, -1)).toBe(0)
    expect(neighbourStep(null, 0, 1)).toBeNull()
  })
})
