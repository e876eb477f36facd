/** Plain-words descriptions of saved scenarios for the library list. */
import {
  acceleratorById,
  modelById,
  resolveScenario,
  workloadById,
  type ScenarioInput,
} from '@/engine/index'
import type { SavedScenario } from '@/state/library-slice'

export interface ScenarioDescription {
  /** "Llama 3.3 70B on H100 SXM · chat · 2030 · 5 levers on" */
  readonly summary: string
  /** Why it cannot be opened (empty when it can). */
  readonly problems: readonly string[]
  /** Fields set away from the defaults (custom hardware or model, prices, lever effects). */
  readonly custom: boolean
}

function idOrBase(value: unknown, key: 'base' | 'preset'): string | undefined {
  if (typeof value === 'string') return value
  if (value && typeof value === 'object' && key in value) {
    const base = (value as Record<string, unknown>)[key]
    return typeof base === 'string' ? base : undefined
  }
  return undefined
}

export function describeInput(input: ScenarioInput): ScenarioDescription {
  const resolved = resolveScenario(input)
  const modelId = idOrBase(input.model, 'base') ?? 'llama-3.3-70b'
  const hardwareId = idOrBase(input.hardware, 'base') ?? 'h100-sxm'
  const workloadId = idOrBase(input.workload, 'preset') ?? 'chat'
  const model = resolved.ok ? resolved.scenario.model.name : (modelById(modelId)?.name ?? modelId)
  const hardware = resolved.ok
    ? resolved.scenario.hardware.name
    : (acceleratorById(hardwareId)?.name ?? hardwareId)
  const workload = workloadById(workloadId)?.name ?? workloadId
  const on = Object.values(input.levers ?? {}).filter((v) => (v ?? 0) > 0).length
  const parts = [
    `${model} on ${hardware}`,
    workload,
    String(input.year ?? 2026),
    on === 0 ? 'no levers' : `${on} lever${on === 1 ? '' : 's'} on`,
  ]
  const custom =
    typeof input.model === 'object' ||
    typeof input.hardware === 'object' ||
    input.economics !== undefined ||
    input.energy !== undefined ||
    input.efficiency !== undefined ||
    input.serving !== undefined ||
    (input.leverOverrides !== undefined && Object.keys(input.leverOverrides).length > 0)
  return {
    summary: parts.join(' · '),
    problems: resolved.ok ? [] : resolved.issues.map((i) => i.message),
    custom,
  }
}

/** Newest first. */
export function byUpdated(a: SavedScenario, b: SavedScenario): number {
  return b.updatedAt.localeCompare(a.updatedAt)
}

export function formatSavedTime(iso: string): string {
  const time = new Date(iso)
  if (Number.isNaN(time.getTime())) return ''
  return time.toLocaleString('en-GB', {
    day: 'numeric',
    month: 'short',
    year: 'numeric',
    hour: '2-digit',
    minute: '2-digit',
  })
}
