import type { ScenarioIssue } from '@/engine/index'
import {
  fieldMessage as wordedMessage,
  wordedIssue,
  type FieldLookup,
  type FieldWords,
} from '@/lib/field-message'

/**
 * Scenario issues by the field they name. A preset, model or hardware id reported on its object's
 * `base`/`preset` path counts for the select too.
 */
export function issuesByPath(
  issues: readonly ScenarioIssue[],
): ReadonlyMap<string, readonly string[]> {
  const map = new Map<string, string[]>()
  for (const issue of issues) {
    const path = issue.path.replace(/\.(base|preset)$/, '')
    const list = map.get(path) ?? []
    list.push(issue.message)
    map.set(path, list)
  }
  return map
}

/**
 * The engine's message in the field's own words: "workload.inputTokens must be at least 1 (got 0)"
 * under the "Input tokens" field reads "Input tokens must be at least 1 (got 0)".
 */
export function fieldMessage(message: string, path: string, label: string | FieldWords): string {
  return wordedMessage(message, path, label, sidebarFieldWords)
}

/** The messages for one field, worded for it; empty when the field is fine. */
export function messagesFor(
  map: ReadonlyMap<string, readonly string[]>,
  path: string,
  label: string,
): string[] {
  const unit = sidebarFieldWords(path)?.unit
  return (map.get(path) ?? []).map((m) => fieldMessage(m, path, unit ? { label, unit } : label))
}

/**
 * The labels of the fields the sidebar edits, for the banner above the figures: there the message is
 * read away from its field, so "workload.batchSize must be at least 1" reads "Batch size must be at
 * least 1". Paths not listed here are worded by the lookup the banner is given (the assumption
 * editor's fields), else keep the engine's dotted name.
 */
const SIDEBAR_FIELDS: Readonly<Record<string, FieldWords>> = {
  model: { label: 'Model' },
  hardware: { label: 'Hardware' },
  workload: { label: 'Workload' },
  accelerators: { label: 'Accelerators per replica' },
  'economics.mode': { label: 'Cost basis' },
  'energy.boundary': { label: 'Energy boundary' },
  'precision.weights': { label: 'Weights precision' },
  'precision.activations': { label: 'Activations precision' },
  'precision.kvCache': { label: 'KV cache precision' },
  'workload.inputTokens': { label: 'Input tokens' },
  'workload.outputTokens': { label: 'Output tokens' },
  'workload.minOutputTokensPerSecondPerUser': { label: 'Interactivity target', unit: 'tok/s' },
  'workload.batchSize': { label: 'Batch size' },
}

/** The words of a field the sidebar shows, by its dotted path. */
export const sidebarFieldWords: FieldLookup = (path) => SIDEBAR_FIELDS[path]

/**
 * A scenario issue worded for the banner: the field's label (and unit) instead of its dotted path,
 * from the sidebar's fields first, then from `more` (the assumption editor's).
 */
export function bannerIssue(issue: ScenarioIssue, more?: FieldLookup): ScenarioIssue {
  return wordedIssue(issue, (path) => sidebarFieldWords(path) ?? more?.(path))
}
