import { describe, expect, it } from 'vitest'

import { resolveScenario } from '@/engine/index'
import {
  bannerIssue,
  fieldMessage,
  issuesByPath,
  messagesFor,
} from '@/features/scenario/model/field-issues'

describe('field issues', () => {
  it('maps engine issues to the field they name, worded for the field', () => {
    const outcome = resolveScenario({ workload: { inputTokens: 0 } })
    if (outcome.ok) throw new Error('expected the engine to reject 0 input tokens')
    const byPath = issuesByPath(outcome.issues)
    expect(messagesFor(byPath, 'workload.inputTokens', 'Input tokens')).toEqual([
      'Input tokens must be at least 1 (got 0)',
    ])
    expect(messagesFor(byPath, 'workload.outputTokens', 'Output tokens')).toEqual([])
  })

  it('counts an unknown catalogue id on `base` or `preset` for its select', () => {
    const byPath = issuesByPath([
      { path: 'workload.preset', message: 'workload "x" is not a preset; choose one of: chat' },
    ])
    expect(messagesFor(byPath, 'workload', 'Workload')).toEqual([
      'Workload "x" is not a preset; choose one of: chat',
    ])
  })

  it('capitalises a message that does not start with the path', () => {
    expect(fieldMessage('does not fit', 'accelerators', 'Accelerators')).toBe('Does not fit')
  })

  it('words a banner issue with the field label and leaves paths it has no label for', () => {
    expect(
      bannerIssue({
        path: 'workload.batchSize',
        message: 'workload.batchSize must be at least 1 (got -5)',
      }).message,
    ).toBe('Batch size must be at least 1 (got -5)')
    expect(
      bannerIssue({ path: 'model.base', message: 'model "x" is not in the catalogue' }).message,
    ).toBe('Model "x" is not in the catalogue')
    const custom = {
      path: 'model.kvHeads',
      message: 'model.kvHeads (9) cannot exceed model.heads (8)',
    }
    expect(bannerIssue(custom)).toEqual(custom)
    // With the assumption editor's words (what the app passes), the same issue reads in labels.
    const words = {
      'model.kvHeads': { label: 'KV heads' },
      'model.heads': { label: 'Attention heads' },
    }
    expect(bannerIssue(custom, (path) => words[path as keyof typeof words]).message).toBe(
      'KV heads (9) cannot exceed Attention heads (8)',
    )
  })

  it('gives a sidebar field’s bound its unit', () => {
    const byPath = issuesByPath([
      {
        path: 'workload.minOutputTokensPerSecondPerUser',
        message: 'workload.minOutputTokensPerSecondPerUser must be at most 100000 (got 200000)',
      },
    ])
    expect(
      messagesFor(byPath, 'workload.minOutputTokensPerSecondPerUser', 'Interactivity target'),
    ).toEqual(['Interactivity target must be at most 100000 tok/s (got 200000)'])
  })
})
