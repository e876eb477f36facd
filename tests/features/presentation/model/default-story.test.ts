import { describe, expect, it } from 'vitest'

import { LEVER_GROUPS, LEVER_IDS, resolveScenario, type LeverGroup } from '@/engine/index'
import { DEFAULT_STORY } from '@/features/presentation/model/default-story'
import { unknownPlaceholders } from '@/features/presentation/model/story-template'

const GROUPS = Object.keys(LEVER_GROUPS) as LeverGroup[]

function leversOn(levers: Partial<Record<string, number>> | undefined): string[] {
  return Object.entries(levers ?? {})
    .filter(([, v]) => (v ?? 0) > 0)
    .map(([id]) => id)
    .sort()
}

describe('DEFAULT_STORY', () => {
  const steps = DEFAULT_STORY.steps

  it('starts at the 2026 baseline with no levers', () => {
    const first = steps[0]
    expect(first?.input.year ?? 2026).toBe(2026)
    expect(leversOn(first?.input.levers)).toEqual([])
  })

  it('then takes each lever group on its own, in the article order, by 2030', () => {
    const groupSteps = steps.slice(1, 1 + GROUPS.length)
    expect(groupSteps).toHaveLength(GROUPS.length)
    groupSteps.forEach((step, i) => {
      const group = GROUPS[i]!
      expect(step.input.year).toBe(2030)
      expect(leversOn(step.input.levers)).toEqual(
        [...LEVER_GROUPS[group]].filter((id) => id !== 'designLag').sort(),
      )
    })
  })

  it('then all technology levers by 2030 (not the design-lag risk), then the use cases', () => {
    const all = steps[1 + GROUPS.length]
    expect(all?.input.year).toBe(2030)
    expect(leversOn(all?.input.levers)).toEqual(LEVER_IDS.filter((id) => id !== 'designLag').sort())
    const last = steps[steps.length - 1]
    expect(last?.view).toBe('use-cases')
    expect(steps).toHaveLength(GROUPS.length + 3)
  })

  it('has scenarios that all run, unique ids, and messages with live numbers only', () => {
    expect(new Set(steps.map((s) => s.id)).size).toBe(steps.length)
    for (const step of steps) {
      expect(resolveScenario(step.input).ok).toBe(true)
      expect(unknownPlaceholders(step.message)).toEqual([])
      // Figures come from placeholders filled at play time, never typed into the message.
      expect(step.message).not.toMatch(/\$\d|\d+(\.\d+)?\s?(J|×)/)
    }
  })
})
