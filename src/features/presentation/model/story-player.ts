import type { Story, StoryStep } from '@/state/ui-slice'

import { DEFAULT_STORY } from './default-story'

/** The story being told: the user's own, or the default one. */
export function activeStory(story: Story | null): Story {
  return story ?? DEFAULT_STORY
}

export function storySteps(story: Story | null): readonly StoryStep[] {
  return activeStory(story).steps
}

/** The view a step shows: its own when registered, else the overview (or the first view there is). */
export function viewForStep(view: string, available: readonly string[]): string {
  if (available.includes(view)) return view
  if (available.includes('overview')) return 'overview'
  return available[0] ?? view
}

/** The step after (or before) `current` within `count` steps; null → the first step. */
export function neighbourStep(
  current: number | null,
  count: number,
  direction: 1 | -1,
): number | null {
  if (count === 0) return null
  if (current === null) return direction === 1 ? 0 : null
  const next = current + direction
  if (next < 0 || next >= count) return current
  return next
}

/** A view the app has registered (app/views.ts), as the presentation needs it. */
export interface ViewOption {
  readonly id: string
  readonly label: string
}
