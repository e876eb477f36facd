/**
 * What "tokens verified per step" changes on real silicon (issue 14): published pairs of runs with and
 * without speculative or multi-token decoding, same model, accelerator, software and batch
 * (speculative-pairs.json, with the source, the excerpt and the mapping of every run). The speculative run
 * is evaluated with serving.speculationPolicy "fixed", the configured draft at its stated acceptance, because
 * that is what ran; the engine's ratio (with ÷ without) is compared with the measured one. Every pair is
 * validation: nothing here is fitted.
 */
import type { ScenarioInput } from '../scenario-schema'
import { runScenario } from '../simulate'

import type { LeverDeltaRow } from './lever-deltas'
import data from './speculative-pairs.json'

interface SpeculativeRun {
  readonly drafted: number
  readonly acceptedPerStep: number
  /** The measured figure of this run (baseline sets), or its ratio to the run without, by batch. */
  readonly measured?: number
  readonly ratios?: Readonly<Record<string, number>>
  readonly head?: string
}

export interface SpeculativeSet {
  readonly id: string
  readonly origin: string
  readonly source: {
    readonly repo: string
    readonly commit: string
    readonly path: string
    readonly section: string
    readonly excerpt: string
  }
  readonly metric: string
  readonly hardware: string
  readonly accelerators: number
  readonly tensorParallel: number
  readonly model: string
  readonly precision: {
    readonly weights: string
    readonly activations: string
    readonly kvCache: string
  }
  readonly inputTokens: number
  readonly outputTokens: number
  /** Serving software: "sglang" and "vllm" size the KV cache against all memory, TensorRT-LLM against what the weights leave. */
  readonly stack: string
  readonly assumptions: readonly string[]
  /** The run without speculation, where the source gives absolute figures. */
  readonly baseline?: { readonly batch: number; readonly measured: number }
  readonly runs: readonly SpeculativeRun[]
}

export const SPECULATIVE_SETS: readonly SpeculativeSet[] = data.sets
export const SPECULATIVE_RULES: readonly string[] = data.rules

/** One measured pair: the run without speculation and the run with it, at one batch. */
export interface SpeculativePair {
  readonly set: SpeculativeSet
  readonly batch: number
  readonly drafted: number
  readonly acceptedPerStep: number
  readonly head: string
  readonly measuredRatio: number
}

/** Every pair of every set, in file order. */
export function speculativePairs(
  sets: readonly SpeculativeSet[] = SPECULATIVE_SETS,
): SpeculativePair[] {
  const pairs: SpeculativePair[] = []
  for (const set of sets)
    for (const run of set.runs) {
      const head = run.head ?? (set.model.startsWith('deepseek') ? 'MTP' : 'draft head')
      if (set.baseline && run.measured !== undefined)
        pairs.push({
          set,
          batch: set.baseline.batch,
          drafted: run.drafted,
          acceptedPerStep: run.acceptedPerStep,
          head,
          measuredRatio: run.measured / set.baseline.measured,
        })
      for (const [batch, ratio] of Object.entries(run.ratios ?? {}))
        pairs.push({
          set,
          batch: Number(batch),
          drafted: run.drafted,
          acceptedPerStep: run.acceptedPerStep,
          head,
          measuredRatio: ratio,
        })
    }
  return pairs
}

/**
 * The scenario of one side of a pair; `lengthScale` multiplies the prompt and answer lengths (the report's
 * check of sets whose lengths are assumed).
 */
export function speculativeScenario(
  pair: SpeculativePair,
  withSpeculation: boolean,
  lengthScale = 1,
): ScenarioInput {
  const s = pair.set
  const totalMemory = s.stack === 'sglang' || s.stack === 'vllm'
  return {
    hardware: s.hardware,
    accelerators: s.accelerators,
    deployment: {
      tensorParallel: s.tensorParallel,
      pipelineParallel: 1,
      ...(s.model.startsWith('deepseek') ? { expertParallel: 1 } : {}),
    },
    model: s.model,
    precision: s.precision as ScenarioInput['precision'],
    workload: {
      inputTokens: Math.round(s.inputTokens * lengthScale),
      outputTokens: Math.round(s.outputTokens * lengthScale),
      batchSize: pair.batch,
      minOutputTokensPerSecondPerUser: 0,
      prefixCacheHitRate: 0,
      outputLengthCv: 0,
    },
    serving: {
      ...(totalMemory ? { kvMemoryRule: 'total' as const } : {}),
      ...(withSpeculation
        ? {
            tokensPerStep: pair.acceptedPerStep,
            verifyTokensPerStep: pair.drafted + 1,
            speculationPolicy: 'fixed' as const,
          }
        : {}),
    },
  }
}

function tokensPerSecondPerAccelerator(input: ScenarioInput): number {
  const outcome = runScenario(input)
  return outcome.ok ? outcome.result.throughput.outputTokensPerSecondPerAccelerator : Number.NaN
}

/** The pair's id as the report shows it. */
export function speculativePairId(pair: SpeculativePair): string {
  return `${pair.set.id}-${pair.head.toLowerCase().replace(/[^a-z0-9]+/g, '')}-k${pair.drafted}-b${pair.batch}`
}

/**
 * The report's checks of what a set assumes: `lengthScale` multiplies the prompt and answer lengths,
 * `acceptanceScale` the accepted drafts per step (accepted tokens − 1).
 */
export interface SensitivityOptions {
  readonly lengthScale?: number
  readonly acceptanceScale?: number
}

/** Measured against predicted ratio for every pair (rows the engine refuses are left out, as elsewhere). */
export function speculativeLeverDeltaRows(
  pairs: readonly SpeculativePair[] = speculativePairs(),
  options: SensitivityOptions = {},
): LeverDeltaRow[] {
  const lengthScale = options.lengthScale ?? 1
  const acceptanceScale = options.acceptanceScale ?? 1
  const rows: LeverDeltaRow[] = []
  for (const pair of pairs) {
    const judged =
      acceptanceScale === 1
        ? pair
        : {
            ...pair,
            acceptedPerStep: Math.min(
              pair.drafted + 1,
              1 + (pair.acceptedPerStep - 1) * acceptanceScale,
            ),
          }
    const without = tokensPerSecondPerAccelerator(speculativeScenario(judged, false, lengthScale))
    const withIt = tokensPerSecondPerAccelerator(speculativeScenario(judged, true, lengthScale))
    if (!Number.isFinite(without) || !Number.isFinite(withIt)) continue
    const predictedRatio = withIt / without
    const id = speculativePairId(pair)
    rows.push({
      origin: pair.set.origin,
      lever: 'tokens verified per step',
      from: `${id}-off`,
      to: id,
      change: `${pair.head}, ${pair.drafted} drafted per step (${pair.acceptedPerStep} accepted), batch ${pair.batch}: ${pair.set.model} on ${pair.set.accelerators}× ${pair.set.hardware}`,
      measuredRatio: pair.measuredRatio,
      predictedRatio,
      errorPct: (predictedRatio / pair.measuredRatio - 1) * 100,
    })
  }
  return rows
}
