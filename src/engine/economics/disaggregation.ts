/**
 * Disaggregated serving: prefill on one kind of hardware, decode on another (e.g. GPUs for the
 * compute-bound prefill, an SRAM chip for the memory-bound decode), with the prompt's KV cache sent
 * over the scale-out fabric between them; compared with colocated serving on either kind alone.
 *
 * Each pool is evaluated by the engine itself: the prefill pool as the scenario with one output token
 * (its batch limited only by memory), the decode pool as the full scenario on its hardware with the
 * decode phase's share of its time. The transfer adds bytes ÷ bandwidth to the time to first token and
 * bits × pJ/bit to the energy.
 */
import { BITS_PER_BYTE, JOULES_PER_KWH, PJ, TOKENS_PER_MILLION } from '../constants'
import { P, type Bound } from '../params'
import type { EnergyBoundary, SimulationResult } from '../result'
import { resolveScenario, type Scenario } from '../scenario'
import type { ScenarioInput } from '../scenario-schema'
import { scenarioParams, simulate } from '../simulate'

import type { ServingPoolInput } from './inputs'
import { wattsAtBoundary } from './yearly'

/**
 * KV-cache bytes per token: elements per token (all attention layers) × bits per element ÷ 8.
 * @param kvElementsPerToken physics/model-size.ts modelGeometry().kvElementsPerToken (after levers)
 */
export function kvBytesPerToken(kvElementsPerToken: number, kvBits: number): number {
  return (kvElementsPerToken * kvBits) / BITS_PER_BYTE
}

/** Bytes of one request's KV cache to move from prefill to decode: prompt tokens × bytes per token. */
export function kvTransferBytes(promptTokens: number, bytesPerToken: number): number {
  return promptTokens * bytesPerToken
}

/**
 * Seconds to move `bytes` over a link of `gbps` gigabits per second at `efficiency` of its peak:
 * bytes × 8 ÷ (Gb/s × 10⁹ × efficiency).
 */
export function kvTransferSeconds(bytes: number, gbps: number, efficiency = 1): number {
  return (bytes * BITS_PER_BYTE) / (gbps * 1e9 * efficiency)
}

/** Energy to move `bytes` at `pjPerBit` picojoules per bit (links, NICs, optics), J, at the chip. */
export function kvTransferJoules(bytes: number, pjPerBit: number): number {
  return bytes * BITS_PER_BYTE * pjPerBit * PJ
}

/** Hardware-specific overrides that must not follow the scenario onto other hardware. */
const HARDWARE_ECONOMICS = [
  'usdPerHour',
  'acceleratorPriceUsd',
  'vendorMarginFraction',
  'systemUsdPerAccelerator',
  'networkUsdPerAccelerator',
] as const
const HARDWARE_ENERGY = ['pjPerFlop16', 'memoryPjPerBit', 'staticW', 'hostW'] as const

function without<T extends object>(o: T | undefined, keys: readonly string[]): T | undefined {
  if (!o) return undefined
  const out: Record<string, unknown> = {}
  for (const [k, v] of Object.entries(o)) if (!keys.includes(k)) out[k] = v
  return out as T
}

/**
 * The scenario on other hardware: catalogue hardware (or a hardware object), its own accelerator
 * count, and without the overrides that describe the scenario's hardware (price, rental rate, margin,
 * energy coefficients, efficiency derates). Scenario-wide settings (electricity, PUE, boundary, levers,
 * year, model, workload) stay.
 */
export function scenarioOnHardware(
  base: ScenarioInput,
  /** Catalogue id, hardware object, or 'scenario' to keep the scenario's hardware. */
  hardware: NonNullable<ScenarioInput['hardware']>,
  accelerators: number | 'auto',
  precision: ServingPoolInput['precision'] = 'scenario',
): ScenarioInput {
  const sameHardware = hardware === 'scenario'
  const { efficiency: _efficiency, economics, energy, ...rest } = base
  const economicsKept = sameHardware ? economics : without(economics, HARDWARE_ECONOMICS)
  const energyKept = sameHardware ? energy : without(energy, HARDWARE_ENERGY)
  return {
    ...rest,
    ...(sameHardware && base.efficiency ? { efficiency: base.efficiency } : {}),
    ...(economicsKept ? { economics: economicsKept } : {}),
    ...(energyKept ? { energy: energyKept } : {}),
    ...(sameHardware ? {} : { hardware }),
    accelerators,
    ...(precision === 'scenario'
      ? {}
      : {
          precision: {
            weights: precision,
            activations: precision === 'fp4' || precision === 'int4' ? 'fp8' : precision,
            kvCache: precision,
          },
        }),
  }
}

/** The workload of `base` with output and interactivity replaced (a prefill-only pool). */
function prefillOnly(base: ScenarioInput): ScenarioInput {
  const w = base.workload
  const shaped = typeof w === 'object' ? w : { preset: w ?? 'chat' }
  return { ...base, workload: { ...shaped, outputTokens: 1, minOutputTokensPerSecondPerUser: 0 } }
}

export interface ServingConfig {
  readonly id: 'colocated-prefill' | 'colocated-decode' | 'disaggregated'
  readonly label: string
  readonly prefillHardware: string
  readonly decodeHardware: string
  readonly feasible: boolean
  readonly issues: readonly string[]
  readonly usdPerMillionOutputTokens: number
  /** At the scenario's boundary. */
  readonly joulesPerOutputToken: number
  readonly ttftSeconds: number
  readonly tpotSeconds: number
  readonly prefillBound: Bound | 'n/a'
  readonly decodeBound: Bound | 'n/a'
  /** USD per request by part (transfer is 0 when colocated). */
  readonly costPerRequest: {
    readonly prefill: number
    readonly transfer: number
    readonly decode: number
  }
  /** J per request by part, at the boundary. */
  readonly energyPerRequest: {
    readonly prefill: number
    readonly transfer: number
    readonly decode: number
  }
  readonly acceleratorsPerReplica: { readonly prefill: number; readonly decode: number }
}

export interface KvTransfer {
  readonly kvBytesPerToken: number
  readonly bytesPerRequest: number
  /** Aggregate scale-out bandwidth between one prefill and one decode replica, Gb/s (peak). */
  readonly linkGbps: number
  readonly linkEfficiency: number
  readonly seconds: number
  /** At the scenario's boundary. */
  readonly joules: number
  readonly pjPerBit: number
  readonly costUsd: number
  /** Bandwidth a busy prefill replica needs ÷ what its links carry (> 1: the fabric binds). */
  readonly prefillLinkOccupancy: number
}

export interface ServingComparison {
  readonly boundary: EnergyBoundary
  readonly modelName: string
  readonly year: number
  readonly inputTokens: number
  readonly outputTokens: number
  readonly configs: readonly ServingConfig[]
  readonly transfer: KvTransfer | undefined
  /** Prefill accelerators per decode accelerator in a balanced disaggregated deployment. */
  readonly prefillPerDecodeAccelerators: number
}

type Run =
  | { readonly ok: true; readonly result: SimulationResult; readonly scenario: Scenario }
  | { readonly ok: false; readonly issues: readonly string[] }

function run(input: ScenarioInput): Run {
  const resolved = resolveScenario(input)
  if (!resolved.ok) return { ok: false, issues: resolved.issues.map((i) => i.message) }
  const result = simulate(resolved.scenario, resolved.warnings)
  if (!result.feasible) return { ok: false, issues: result.issues.map((i) => i.message) }
  return { ok: true, result, scenario: resolved.scenario }
}

const NAN_SPLIT = { prefill: Number.NaN, transfer: Number.NaN, decode: Number.NaN }

function failed(
  id: ServingConfig['id'],
  label: string,
  prefillHardware: string,
  decodeHardware: string,
  issues: readonly string[],
): ServingConfig {
  return {
    id,
    label,
    prefillHardware,
    decodeHardware,
    feasible: false,
    issues,
    usdPerMillionOutputTokens: Number.NaN,
    joulesPerOutputToken: Number.NaN,
    ttftSeconds: Number.NaN,
    tpotSeconds: Number.NaN,
    prefillBound: 'n/a',
    decodeBound: 'n/a',
    costPerRequest: NAN_SPLIT,
    energyPerRequest: NAN_SPLIT,
    acceleratorsPerReplica: { prefill: Number.NaN, decode: Number.NaN },
  }
}

function colocated(id: ServingConfig['id'], r: SimulationResult): ServingConfig {
  const out = r.scenario.outputTokens
  const cycle = r.prefill.seconds + r.decode.seconds
  const prefillShare = cycle > 0 ? r.prefill.seconds / cycle : 0
  const energy = r.energyPerToken.joules * out
  const decodeEnergy = r.energyPerToken.decodePerOutputToken * out
  return {
    id,
    label: `Colocated on ${r.scenario.hardwareName}`,
    prefillHardware: r.scenario.hardwareName,
    decodeHardware: r.scenario.hardwareName,
    feasible: true,
    issues: [],
    usdPerMillionOutputTokens: (r.costPerRequestUsd / out) * TOKENS_PER_MILLION,
    joulesPerOutputToken: r.energyPerToken.joules,
    ttftSeconds: r.latency.ttftSeconds,
    tpotSeconds: r.latency.tpotSeconds,
    prefillBound: r.prefill.bound,
    decodeBound: r.decode.bound,
    costPerRequest: {
      prefill: r.costPerRequestUsd * prefillShare,
      transfer: 0,
      decode: r.costPerRequestUsd * (1 - prefillShare),
    },
    energyPerRequest: { prefill: energy - decodeEnergy, transfer: 0, decode: decodeEnergy },
    acceleratorsPerReplica: { prefill: r.scenario.accelerators, decode: r.scenario.accelerators },
  }
}

function hardwareName(input: ScenarioInput): string {
  const resolved = resolveScenario(input)
  if (resolved.ok) return resolved.scenario.hardware.name
  return typeof input.hardware === 'string' ? input.hardware : 'the chosen hardware'
}

/** Colocated on the prefill hardware, colocated on the decode hardware, and disaggregated. */
export function servingComparison(
  base: ScenarioInput,
  prefill: ServingPoolInput,
  decode: ServingPoolInput,
): ServingComparison | { readonly issues: readonly string[] } {
  const baseResolved = resolveScenario(base)
  if (!baseResolved.ok) return { issues: baseResolved.issues.map((i) => i.message) }
  const s = baseResolved.scenario
  const inputTokens = s.workload.inputTokens
  const outputTokens = s.workload.outputTokens
  const boundary = s.energy.boundary

  const prefillInput = scenarioOnHardware(
    base,
    prefill.hardware,
    prefill.accelerators,
    prefill.precision,
  )
  const decodeInput = scenarioOnHardware(
    base,
    decode.hardware,
    decode.accelerators,
    decode.precision,
  )
  const onPrefillHw = run(prefillInput)
  const onDecodeHw = run(decodeInput)
  const prefillPool = run(prefillOnly(prefillInput))

  const prefillName = hardwareName(prefillInput)
  const decodeName = hardwareName(decodeInput)

  const configs: ServingConfig[] = [
    onPrefillHw.ok
      ? colocated('colocated-prefill', onPrefillHw.result)
      : failed(
          'colocated-prefill',
          `Colocated on ${prefillName}`,
          prefillName,
          prefillName,
          onPrefillHw.issues,
        ),
    onDecodeHw.ok
      ? colocated('colocated-decode', onDecodeHw.result)
      : failed(
          'colocated-decode',
          `Colocated on ${decodeName}`,
          decodeName,
          decodeName,
          onDecodeHw.issues,
        ),
  ]
  const disaggregatedLabel = `${prefillName} prefill → ${decodeName} decode`
  if (!prefillPool.ok || !onDecodeHw.ok) {
    configs.push(
      failed('disaggregated', disaggregatedLabel, prefillName, decodeName, [
        ...(prefillPool.ok ? [] : prefillPool.issues),
        ...(onDecodeHw.ok ? [] : onDecodeHw.issues),
      ]),
    )
    return {
      boundary,
      modelName: s.model.name,
      year: s.year,
      inputTokens,
      outputTokens,
      configs,
      transfer: undefined,
      prefillPerDecodeAccelerators: Number.NaN,
    }
  }

  const p = prefillPool.result
  const d = onDecodeHw.result
  const pParams = scenarioParams(prefillPool.scenario)
  const dParams = scenarioParams(onDecodeHw.scenario)

  // KV cache of the whole prompt, in the decode pool's KV format, over the slower side's links.
  const bytesPerToken = kvBytesPerToken(dParams[P.KV_ELEMENTS_PER_TOKEN]!, dParams[P.KV_BITS]!)
  const bytes = kvTransferBytes(inputTokens, bytesPerToken)
  const prefillLinkBytesPerS = p.scenario.accelerators * pParams[P.SCALE_OUT_BPS]!
  const decodeLinkBytesPerS = d.scenario.accelerators * dParams[P.SCALE_OUT_BPS]!
  const linkGbps = (Math.min(prefillLinkBytesPerS, decodeLinkBytesPerS) * BITS_PER_BYTE) / 1e9
  const efficiency = Math.min(pParams[P.EFF_COMMUNICATION]!, dParams[P.EFF_COMMUNICATION]!)
  const seconds = kvTransferSeconds(bytes, linkGbps, efficiency)
  const pjPerBit = pParams[P.SCALE_OUT_PJ_PER_BIT]!
  const chipJoules = kvTransferJoules(bytes, pjPerBit)
  const pue = pParams[P.PUE]!
  const joules = wattsAtBoundary(boundary, chipJoules, 0, pue)
  const costUsd = ((chipJoules * pue) / JOULES_PER_KWH) * pParams[P.USD_PER_KWH]!

  // A busy prefill replica emits batch × bytes per prefill cycle; its own links must carry them.
  const prefillCycle = p.prefill.seconds + p.decode.seconds
  const occupancy = (p.batchSize * bytes) / prefillCycle / (prefillLinkBytesPerS * efficiency)
  const slowdown = Math.max(1, occupancy)

  const prefillCost = p.costPerRequestUsd * slowdown
  const prefillEnergy = p.energyPerToken.joules // one output token per request in the prefill pool
  const decodeCycle = d.prefill.seconds + d.decode.seconds
  const decodeCost = d.costPerRequestUsd * (d.decode.seconds / decodeCycle)
  const decodeEnergy = d.energyPerToken.decodePerOutputToken * outputTokens
  const total = prefillCost + costUsd + decodeCost
  const totalEnergy = prefillEnergy + joules + decodeEnergy
  configs.push({
    id: 'disaggregated',
    label: disaggregatedLabel,
    prefillHardware: prefillName,
    decodeHardware: decodeName,
    feasible: true,
    issues: [],
    usdPerMillionOutputTokens: (total / outputTokens) * TOKENS_PER_MILLION,
    joulesPerOutputToken: totalEnergy / outputTokens,
    ttftSeconds: p.latency.ttftSeconds + seconds,
    tpotSeconds: d.latency.tpotSeconds,
    prefillBound: occupancy > 1 ? 'communication' : p.prefill.bound,
    decodeBound: d.decode.bound,
    costPerRequest: { prefill: prefillCost, transfer: costUsd, decode: decodeCost },
    energyPerRequest: { prefill: prefillEnergy, transfer: joules, decode: decodeEnergy },
    acceleratorsPerReplica: { prefill: p.scenario.accelerators, decode: d.scenario.accelerators },
  })

  const prefillAcceleratorSeconds =
    (p.scenario.accelerators * prefillCycle * slowdown) / p.batchSize
  const decodeAcceleratorSeconds = (d.scenario.accelerators * d.decode.seconds) / d.batchSize
  return {
    boundary,
    modelName: s.model.name,
    year: s.year,
    inputTokens,
    outputTokens,
    configs,
    transfer: {
      kvBytesPerToken: bytesPerToken,
      bytesPerRequest: bytes,
      linkGbps,
      linkEfficiency: efficiency,
      seconds,
      joules,
      pjPerBit,
      costUsd,
      prefillLinkOccupancy: occupancy,
    },
    prefillPerDecodeAccelerators: prefillAcceleratorSeconds / decodeAcceleratorSeconds,
  }
}
