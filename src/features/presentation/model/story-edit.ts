import type { ScenarioInput } from '@/engine/index'
import type { Story, StoryStep } from '@/state/ui-slice'

let idCounter = 0

/** A step id unique within the page session. */
export function newStepId(): string {
  idCounter += 1
  return `step-${Date.now().toString(36)}-${idCounter}`
}

/** Move the step at `index` by `offset` places; out-of-range moves leave the story as it is. */
export function moveStep(story: Story, index: number, offset: -1 | 1): Story {
  const target = index + offset
  if (index < 0 || index >= story.steps.length || target < 0 || target >= story.steps.length)
    return story
  const steps = [...story.steps]
  const [moved] = steps.splice(index, 1)
  if (!moved) return story
  steps.splice(target, 0, moved)
  return { ...story, steps }
}

export function removeStep(story: Story, index: number): Story {
  return { ...story, steps: story.steps.filter((_, i) => i !== index) }
}

export function updateStep(
  story: Story,
  index: number,
  patch: Partial<Omit<StoryStep, 'id'>>,
): Story {
  return {
    ...story,
    steps: story.steps.map((step, i) => (i === index ? { ...step, ...patch } : step)),
  }
}

export function appendStep(story: Story, step: StoryStep): Story {
  return { ...story, steps: [...story.steps, step] }
}

/** The message a new step starts with: the headline numbers in plain words. */
export const DEFAULT_STEP_MESSAGE =
  '{model} on {hardware} in {year}: {cost} per million output tokens and {energy} per token; against the 2026 baseline: {change}.'

/** A step that replays a scenario (the current one, or a saved one) on a view. */
export function stepFromScenario(input: ScenarioInput, view: string, title?: string): StoryStep {
  return {
    id: newStepId(),
    title: title?.trim() || input.name?.trim() || 'My scenario',
    message: DEFAULT_STEP_MESSAGE,
    input,
    view,
  }
}

/** An editable copy of a story (new step ids, so edits never touch the original). */
export function copyStory(story: Story, title?: string): Story {
  return {
    title: title ?? story.title,
    steps: story.steps.map((step) => ({ ...step, id: newStepId() })),
  }
}
