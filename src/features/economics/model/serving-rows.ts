import type { ServingComparison, ServingConfig } from '@/engine/index'
import { formatFold, formatNumber } from '@/lib/format'

import { shortHardwareName } from './hardware-name'

export const BOUND_WORDS: Readonly<Record<string, string>> = {
  compute: 'compute',
  'memory-bandwidth': 'memory bandwidth',
  communication: 'chip-to-chip links',
  overhead: 'fixed per-step overhead',
  'n/a': '—',
}

/** A configuration's label in a few words: "Colocated: H100", "Split: H100 → Groq LPU (TSP v1)". */
export function configLabel(x: ServingConfig): string {
  return x.id === 'disaggregated'
    ? `Split: ${shortHardwareName(x.prefillHardware)} → ${shortHardwareName(x.decodeHardware)}`
    : `Colocated: ${shortHardwareName(x.prefillHardware)}`
}

/** Prefill chips per decode chip in a balanced deployment, in words. */
export function poolRatioText(prefillPerDecode: number): string {
  if (!Number.isFinite(prefillPerDecode) || prefillPerDecode <= 0) return '—'
  return prefillPerDecode >= 1
    ? `${formatNumber(prefillPerDecode)} prefill chips per decode chip`
    : `1 prefill chip per ${formatNumber(1 / prefillPerDecode)} decode chips`
}

/** Chips in one copy of the model, in words. */
export function chipsText(x: ServingConfig): string {
  const { prefill, decode } = x.acceleratorsPerReplica
  if (x.id === 'disaggregated') return `${prefill} prefill + ${decode} decode chips per copy`
  return `${prefill} chip${prefill === 1 ? '' : 's'} per copy`
}

export interface ServingBar {
  readonly label: string
  readonly prefill: number
  readonly transfer: number
  readonly decode: number
}

/** Cost per million output tokens by part, one bar per configuration (feasible ones only). */
export function servingCostBars(c: ServingComparison): ServingBar[] {
  const perM = 1e6 / c.outputTokens
  return c.configs
    .filter((x) => x.feasible)
    .map((x) => ({
      label: configLabel(x),
      prefill: x.costPerRequest.prefill * perM,
      transfer: x.costPerRequest.transfer * perM,
      decode: x.costPerRequest.decode * perM,
    }))
}

/** Energy per output token by part (at the boundary), one bar per configuration. */
export function servingEnergyBars(c: ServingComparison): ServingBar[] {
  const per = 1 / c.outputTokens
  return c.configs
    .filter((x) => x.feasible)
    .map((x) => ({
      label: configLabel(x),
      prefill: x.energyPerRequest.prefill * per,
      transfer: x.energyPerRequest.transfer * per,
      decode: x.energyPerRequest.decode * per,
    }))
}

const speed = (x: ServingConfig): number => 1 / x.tpotSeconds

/** Disaggregated against colocated on the prefill hardware, in one sentence. */
export function servingSentence(c: ServingComparison): string {
  const colocated = c.configs.find((x) => x.id === 'colocated-prefill')
  const split = c.configs.find((x) => x.id === 'disaggregated')
  if (!split?.feasible) return 'This disaggregated configuration cannot run; see why below.'
  if (!colocated?.feasible)
    return `${configLabel(split)}: ${formatNumber(speed(split))} tokens/s per user.`
  const cost = split.usdPerMillionOutputTokens / colocated.usdPerMillionOutputTokens
  const fast = speed(split) / speed(colocated)
  const costText =
    cost >= 1
      ? `${formatFold(cost)} the cost per token`
      : `${formatFold(1 / cost)} cheaper per token`
  const speedText =
    fast >= 1.05
      ? `${formatFold(fast)} faster for each user`
      : fast <= 0.95
        ? `${formatFold(1 / fast)} slower for each user`
        : 'about as fast for each user'
  return `Prefill on ${shortHardwareName(split.prefillHardware)}, decode on ${shortHardwareName(split.decodeHardware)}: ${costText} of colocated ${shortHardwareName(colocated.prefillHardware)}, and ${speedText} (${formatNumber(speed(split))} vs ${formatNumber(speed(colocated))} tokens/s).`
}
