/**
 * The words a result carries so that no view re-derives them from the scenario: the one-line
 * scenario label, the workload, the levers on, the interactivity target and the deployment.
 * `scenarioLabel` is the one function that writes a scenario's one-line label; `inputLabel`
 * feeds it from an unresolved input (a saved scenario, a story step) through catalogue look-ups
 * only, so the page can label a scenario without loading the schema.
 */
import { acceleratorById } from './catalog/accelerators'
import { modelById } from './catalog/models'
import { workloadById } from './catalog/workloads'
import { groupedNumber } from './format'
import { LEVERS } from './levers/catalog'
import type { LeverId } from './levers/ids'
import { REFERENCE } from './reference'
import type { Scenario, ScenarioInput } from './scenario'

export interface LeverOn {
  readonly id: LeverId
  readonly name: string
  /** The slider's value, 0..1 (above zero: the lever is on). */
  readonly value: number
}

export interface ResultLabels {
  /** One line: "Llama 3.3 70B on 8× H100 SXM · Chat · 2030 · 5 levers on". */
  readonly scenario: string
  /** "Chat: 1,024 prompt → 256 output tokens". */
  readonly workload: string
  /** Output tokens/s each user must see (the workload's interactivity target); 0 = none. */
  readonly minOutputTokensPerSecondPerUser: number
  /** The levers whose slider is above zero, in catalogue order. */
  readonly leversOn: readonly LeverOn[]
  /**
   * The deployment in words, e.g. "8× NVIDIA H100 SXM5 80GB, TP8" (the plan's label from the
   * deployment search; `deployment.why` says why).
   */
  readonly deployment: string
}

/** What a scenario's one-line label is made of. */
export interface ScenarioLabelParts {
  readonly modelName: string
  readonly hardwareName: string
  /** Accelerators per replica; left out when not known yet (an unresolved input with 'auto'). */
  readonly accelerators?: number
  readonly workloadName: string
  readonly year: number
  readonly leversOn: number
}

const count = groupedNumber

/** "no levers", "1 lever on", "5 levers on". */
export function leversOnWords(n: number): string {
  return n === 0 ? 'no levers' : `${n} lever${n === 1 ? '' : 's'} on`
}

/** The one function that writes a scenario's one-line label. */
export function scenarioLabel(p: ScenarioLabelParts): string {
  const hardware =
    p.accelerators === undefined ? p.hardwareName : `${count(p.accelerators)}× ${p.hardwareName}`
  return [
    `${p.modelName} on ${hardware}`,
    p.workloadName,
    String(p.year),
    leversOnWords(p.leversOn),
  ].join(' · ')
}

function leversOnOf(levers: Readonly<Partial<Record<LeverId, number>>>): LeverOn[] {
  const on: LeverOn[] = []
  for (const lever of LEVERS) {
    const value = levers[lever.id]
    if (value !== undefined && value > 0) on.push({ id: lever.id, name: lever.name, value })
  }
  return on
}

function workloadName(id: string): string {
  return id === 'custom' ? 'Custom workload' : (workloadById(id)?.name ?? id)
}

/** Labels of a resolved scenario; `accelerators` is the replica size the kernel chose. */
export function resultLabels(s: Scenario, accelerators: number, plan: string): ResultLabels {
  const leversOn = leversOnOf(s.levers)
  const w = s.workload
  return {
    scenario: scenarioLabel({
      modelName: s.model.name,
      hardwareName: s.hardware.name,
      accelerators,
      workloadName: workloadName(w.id),
      year: s.year,
      leversOn: leversOn.length,
    }),
    workload: `${workloadName(w.id)}: ${count(w.inputTokens)} prompt → ${count(w.outputTokens)} output tokens`,
    minOutputTokensPerSecondPerUser: w.minOutputTokensPerSecondPerUser,
    leversOn,
    // A generic stack runs low-bit formats as BF16: it changes every figure, so the plan says so.
    deployment: `${count(accelerators)}× ${s.hardware.name}, ${plan}${s.serving.stack === 'generic' ? ', generic serving software' : ''}`,
  }
}

type Named = { readonly name: string } | undefined

function nameOf(
  value: unknown,
  key: 'base' | 'preset',
  lookup: (id: string) => Named,
  referenceId: string,
): string {
  if (typeof value === 'string') return lookup(value)?.name ?? value
  if (value && typeof value === 'object') {
    const o = value as Record<string, unknown>
    if (typeof o.name === 'string' && o.name !== '') return o.name
    const base = o[key]
    if (typeof base === 'string') return lookup(base)?.name ?? base
  }
  // An object without a base edits the reference's part, as the engine resolves it
  // (scenario.ts): a rental price alone is the H100's, not "a custom one".
  return lookup(referenceId)?.name ?? referenceId
}

/**
 * The one-line label of an input that has not been resolved (a saved scenario, a story step):
 * names from the catalogue, defaults from the 2026 reference. No schema, so the page can call it.
 */
export function inputLabel(input: ScenarioInput): string {
  const levers = Object.values(input.levers ?? {}).filter((v) => v !== undefined && v > 0)
  return scenarioLabel({
    modelName: nameOf(input.model ?? REFERENCE.model, 'base', modelById, REFERENCE.model),
    hardwareName: nameOf(
      input.hardware ?? REFERENCE.hardware,
      'base',
      acceleratorById,
      REFERENCE.hardware,
    ),
    ...(typeof input.accelerators === 'number' ? { accelerators: input.accelerators } : {}),
    workloadName: nameOf(
      input.workload ?? REFERENCE.workload,
      'preset',
      workloadById,
      REFERENCE.workload,
    ),
    year: input.year ?? REFERENCE.year,
    leversOn: levers.length,
  })
}
