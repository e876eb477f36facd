import type { ScenarioIssue } from '@/engine/index'

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
export function fieldMessage(message: string, path: string, label: string): string {
  const variants = [path, path.replace(/\.(base|preset)$/, '')]
  for (const prefix of variants) {
    if (message.startsWith(`${prefix} `)) return `${label}${message.slice(prefix.length)}`
  }
  return message.charAt(0).toUpperCase() + message.slice(1)
}

/** The messages for one field, worded for it; empty when the field is fine. */
export function messagesFor(
  map: ReadonlyMap<string, readonly string[]>,
  path: string,
  label: string,
): string[] {
  return (map.get(path) ?? []).map((m) => fieldMessage(m, path, label))
}

/**
 * The labels of the fields the sidebar edits, for the banner above the figures: there the message is
 * read away from its field, so "workload.batchSize must be at least 1" reads "Batch size must be at
 * least 1". Paths not listed (assumption overrides, share links) keep the engine's dotted name.
 */
const BANNER_LABELS: Readonly<Record<string, string>> = {
  model: 'Model',
  hardware: 'Hardware',
  workload: 'Workload',
  accelerators: 'Accelerators per replica',
  'economics.mode': 'Cost basis',
  'energy.boundary': 'Energy boundary',
  'precision.weights': 'Weights precision',
  'precision.activations': 'Activations precision',
  'precision.kvCache': 'KV cache precision',
  'workload.inputTokens': 'Input tokens',
  'workload.outputTokens': 'Output tokens',
  'workload.minOutputTokensPerSecondPerUser': 'Interactivity target',
  'workload.batchSize': 'Batch size',
}

/** A scenario issue worded for the banner: the field's label instead of its dotted path. */
export function bannerIssue(issue: ScenarioIssue): ScenarioIssue {
  const label = BANNER_LABELS[issue.path.replace(/\.(base|preset)$/, '')]
  return label ? { ...issue, message: fieldMessage(issue.message, issue.path, label) } : issue
}
