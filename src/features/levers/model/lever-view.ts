import { ACCELERATORS, LEVERS, LEVER_GROUPS, MODELS, availability } from '@/engine/index'
import type { ScenarioInput, LeverGroup, LeverId, LeverSpec, AcceleratorSpec } from '@/engine/index'
import { formatFold } from '@/lib/format'

export const FIRST_YEAR = 2026
export const YEARS: readonly number[] = [2026, 2027, 2028, 2029, 2030]

export interface PanelGroup {
  readonly id: LeverGroup | 'risk'
  readonly title: string
  /** One line under the title. */
  readonly blurb: string
  readonly levers: readonly LeverSpec[]
}

const leverSpec = (id: LeverId): LeverSpec => {
  const lever = LEVERS.find((l) => l.id === id)
  if (!lever) throw new Error(`lever ${id} missing from the catalogue`)
  return lever
}

/** The article's three groups, then architecture evolution, then the design-lag risk on its own. */
export const PANEL_GROUPS: readonly PanelGroup[] = [
  {
    id: 'computeMemory',
    title: 'Compute & memory',
    blurb: 'Cheaper, faster, more efficient chips and memory.',
    levers: LEVER_GROUPS.computeMemory.map(leverSpec),
  },
  {
    id: 'networking',
    title: 'Networking',
    blurb: 'Moving data between accelerators, racks and buildings.',
    levers: LEVER_GROUPS.networking.map(leverSpec),
  },
  {
    id: 'software',
    title: 'Software',
    blurb: 'More useful tokens from the same hardware.',
    levers: LEVER_GROUPS.software.map(leverSpec),
  },
  {
    id: 'architecture',
    title: 'Architecture evolution',
    blurb: 'Model designs that need less compute and memory per token.',
    levers: LEVER_GROUPS.architecture.filter((id) => id !== 'designLag').map(leverSpec),
  },
  {
    id: 'risk',
    title: 'Risk',
    blurb: 'What can hold the gains back.',
    levers: [leverSpec('designLag')],
  },
]

/**
 * One line per lever for the panel. The 13 levers use the article's own "impact drivers" wording
 * (its lever table); the engine's longer mechanism is in the lever's details.
 */
export const SHORT_MECHANISM: Readonly<Record<LeverId, string>> = {
  customSilicon: 'Hardware and software stacks custom built for inference.',
  advancedNodes: 'Better transistors do the same work with less power.',
  advancedPackaging: 'More memory closer to compute, wider on-package links.',
  chiplets: 'Several small dies instead of one giant die.',
  hbm: 'More memory bandwidth and capacity: decode is less constrained.',
  memoryPooling: 'Memory scales apart from compute; fewer prompts recomputed.',
  processingInMemory: 'Runs operations in memory, so less data moves.',
  scaleUp: 'More accelerators work together before slower links.',
  scaleOut: 'Faster links and congestion control between nodes.',
  coPackagedOptics: 'Less power to move data at high speed over distance.',
  inferenceEngine: 'Packs requests and manages context memory with less waste.',
  modelOptimization: 'Fewer bits and fewer parameters per token (quantize, prune).',
  compilerStack: 'Maps model code to hardware automatically, closer to peak.',
  mixtureOfExperts: 'Only a few experts run per token.',
  stateSpace: 'Fixed-size state replaces most of the KV cache.',
  multiTokenDecoding: 'Several tokens accepted per pass over the weights.',
  designLag: 'Chips designed years ahead fit today’s models less well.',
}

/** Availability (0..1) of a lever in a year: the share of its full effect deployable then. */
export const availabilityIn = (lever: LeverSpec, year: number): number => availability(lever, year)

/** First year with any availability. */
export function firstAvailableYear(lever: LeverSpec): number {
  const index = lever.availability.findIndex((a) => a > 0)
  return index < 0 ? lever.firstYear : FIRST_YEAR + index
}

/** "available from 2028" · "in 2028: 30 % of full effect" · "in 2030: full effect". */
export function availabilityText(lever: LeverSpec, year: number): string {
  const share = availabilityIn(lever, year)
  if (share <= 0) return `available from ${firstAvailableYear(lever)}`
  if (share >= 1) return `in ${year}: full effect`
  return `in ${year}: ${Math.round(share * 100)} % of full effect`
}

/** Slider value in words for screen readers: "60 % adopted" / "off". */
export function adoptionText(adoption: number, lever: LeverSpec): string {
  const percent = Math.round(adoption * 100)
  if (lever.id === 'designLag')
    return percent === 0 ? 'off: no design lag' : `${percent} % of the design-lag risk`
  return percent === 0 ? 'off, 0 % adopted' : `${percent} % adopted`
}

export interface ModelTraits {
  readonly name: string
  readonly moe: boolean
  readonly stateSpace: boolean
}

/**
 * Whether the scenario's model is already a mixture of experts or has state-space layers, from the
 * model input (a catalogue id or an override object) and, when the input leaves it unset, the id of
 * the model the engine resolved.
 */
export function modelTraits(
  model: ScenarioInput['model'],
  resolvedId: string | undefined,
): ModelTraits | undefined {
  const baseId = typeof model === 'string' ? model : (model?.base ?? resolvedId)
  const base = MODELS.find((m) => m.id === baseId)
  if (!base) return undefined
  const overrides = typeof model === 'object' ? model : {}
  const experts = overrides.experts ?? base.experts
  const state = overrides.ssmStateElementsPerLayer ?? base.ssmStateElementsPerLayer ?? 0
  return { name: overrides.name ?? base.name, moe: experts > 1, stateSpace: state > 0 }
}

export interface HardwareTraits {
  readonly name: string
  readonly memoryKind: AcceleratorSpec['memoryKind']
}

/** The hardware's name and memory technology, from the hardware input or the id the engine resolved. */
export function hardwareTraits(
  hardware: ScenarioInput['hardware'],
  resolvedId: string | undefined,
): HardwareTraits | undefined {
  const baseId = typeof hardware === 'string' ? hardware : (hardware?.base ?? resolvedId)
  const base = ACCELERATORS.find((a) => a.id === baseId)
  const overrides = typeof hardware === 'object' ? hardware : {}
  const memoryKind = overrides.memoryKind ?? base?.memoryKind
  const name = overrides.name ?? base?.name
  return memoryKind && name ? { name, memoryKind } : undefined
}

/** Why a lever cannot act on the model or hardware, or undefined when it can. */
export function notApplicableReason(
  lever: LeverSpec,
  traits: ModelTraits | undefined,
  hardware?: HardwareTraits,
): string | undefined {
  if (lever.appliesTo === 'hbm' && hardware && !hardware.memoryKind.startsWith('HBM'))
    return `${hardware.name} uses ${hardware.memoryKind} memory, not HBM.`
  if (!traits) return undefined
  if (lever.appliesTo === 'dense' && traits.moe)
    return `${traits.name} is already a mixture-of-experts model.`
  if (lever.appliesTo === 'transformer' && traits.stateSpace)
    return `${traits.name} already has state-space layers.`
  return undefined
}

/**
 * The levers' combined effect for a group: exp(−Σ Owen Δ ln cost) = how many times cheaper the
 * group makes a million output tokens, or undefined when none of its levers is in play. For the
 * article's groups this is the group's Shapley share against the other groups (the Owen value's
 * unions); the panel's "Architecture evolution" leaves out design lag, which the engine's union
 * holds, so there it is that share less design lag's.
 */
export function groupFold(
  group: PanelGroup,
  shares: Readonly<Partial<Record<LeverId, number>>> | undefined,
): number | undefined {
  if (!shares) return undefined
  let sum = 0
  let any = false
  for (const lever of group.levers) {
    const phi = shares[lever.id]
    if (phi === undefined) continue
    sum += phi
    any = true
  }
  return any ? Math.exp(-sum) : undefined
}

/** A group's effect in words: "13× cheaper", "4 % cheaper", "1.3× costlier". */
export function groupFoldText(fold: number): string {
  if (fold >= 1.1) return `${formatFold(fold)} cheaper`
  if (fold <= 1 / 1.1) return `${formatFold(1 / fold)} costlier`
  const percent = Math.round(Math.abs(1 - fold) * 100)
  if (percent === 0) return 'no change'
  return `${percent} % ${fold >= 1 ? 'cheaper' : 'costlier'}`
}
