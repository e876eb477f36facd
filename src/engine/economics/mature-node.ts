/**
 * The article's geopolitical point: heavily optimized models on mature-node (7 nm-class) hardware can
 * reach a competitive cost per token. A 2 × 2 comparison — mature vs leading-edge hardware, each with
 * and without the software levers at full adoption — on the scenario's model and workload, with the
 * constraints that bind the mature node named from the physics.
 */
import { acceleratorById } from '../catalog/accelerators'
import type { SimulationResult } from '../result'
import { resolveScenario } from '../scenario'
import type { ScenarioInput } from '../scenario-schema'
import { runScenario } from '../simulate'

import { OPTIMIZED_SOFTWARE_LEVERS } from './defaults'
import { scenarioOnHardware } from './disaggregation'
import type { EconomicsInputs } from './inputs'
import {
  matureHardwareInput,
  type LeadingHardwareId,
  type MatureHardwareId,
} from './mature-hardware'

export interface NodeConfig {
  readonly id: 'mature-optimized' | 'mature-as-is' | 'leading-optimized' | 'leading-as-is'
  readonly node: 'mature' | 'leading'
  readonly optimized: boolean
  readonly hardwareName: string
  readonly processNm: number
  readonly feasible: boolean
  readonly issues: readonly string[]
  readonly warnings: readonly string[]
  readonly usdPerMillionOutputTokens: number
  /** At the scenario's boundary. */
  readonly joulesPerOutputToken: number
  readonly outputTokensPerSecondPerAccelerator: number
  readonly outputTokensPerSecondPerMegawatt: number
  readonly acceleratorsPerReplica: number
  readonly memoryBandwidthTBps: number
  readonly memoryGB: number
  readonly decodeBound: string
  readonly batchLimit: string
  readonly tpotSeconds: number
  /** Peak tensor math at the precision in use, TFLOP/s per chip. */
  readonly mathPeakTflops: number
  /** Native low-precision math the chip has (false: quantized weights run at a wider format's peak). */
  readonly nativeFp8: boolean
  readonly nativeFp4: boolean
}

export interface Constraint {
  readonly id:
    | 'memory-bandwidth'
    | 'memory-capacity'
    | 'compute'
    | 'energy'
    | 'low-precision'
    | 'interconnect'
    | 'supply'
    | 'software'
  readonly name: string
  readonly detail: string
  /** Computed from the physics ('model') or a documented fact outside the model ('context'). */
  readonly basis: 'model' | 'context'
}

export interface MatureNodeComparison {
  readonly year: number
  readonly configs: readonly NodeConfig[]
  /** Mature optimized ÷ leading optimized, cost per token (> 1: mature costs more). */
  readonly costRatioSameSoftware: number
  /** Mature optimized ÷ leading-edge without the software levers. */
  readonly costRatioVsUnoptimizedLeading: number
  /** Mature optimized ÷ leading optimized, energy per token. */
  readonly energyRatioSameSoftware: number
  readonly constraints: readonly Constraint[]
  /** The scenario input of the mature-node preset (mature hardware, software levers on, the year). */
  readonly presetInput: ScenarioInput
}

/** The scenario on a node with the software levers on or off (all other levers off) in `year`. */
export function nodeScenarioInput(
  base: ScenarioInput,
  hardware: NonNullable<ScenarioInput['hardware']>,
  optimized: boolean,
  year: number,
): ScenarioInput {
  const levers = optimized ? Object.fromEntries(OPTIMIZED_SOFTWARE_LEVERS.map((id) => [id, 1])) : {}
  return { ...scenarioOnHardware(base, hardware, 'auto'), levers, year }
}

function nodeConfig(id: NodeConfig['id'], input: ScenarioInput): NodeConfig {
  const node = id.startsWith('mature') ? 'mature' : 'leading'
  const optimized = id.endsWith('optimized')
  const outcome = runScenario(input)
  if (!outcome.ok) {
    // A configuration that cannot run (a target it misses, a model it cannot hold) still names its
    // chip as the catalogue does, with its process node.
    const resolved = resolveScenario(input)
    return {
      id,
      node,
      optimized,
      hardwareName: resolved.ok
        ? resolved.scenario.hardware.name
        : typeof input.hardware === 'string'
          ? (acceleratorById(input.hardware)?.name ?? input.hardware)
          : (input.hardware?.name ?? 'hardware'),
      processNm: processNmOf(input),
      feasible: false,
      issues: outcome.issues.map((i) => i.message),
      warnings: [],
      usdPerMillionOutputTokens: Number.NaN,
      joulesPerOutputToken: Number.NaN,
      outputTokensPerSecondPerAccelerator: Number.NaN,
      outputTokensPerSecondPerMegawatt: Number.NaN,
      acceleratorsPerReplica: Number.NaN,
      memoryBandwidthTBps: Number.NaN,
      memoryGB: Number.NaN,
      decodeBound: 'n/a',
      batchLimit: 'n/a',
      tpotSeconds: Number.NaN,
      mathPeakTflops: Number.NaN,
      nativeFp8: false,
      nativeFp4: false,
    }
  }
  const resolved = resolveScenario(input)
  const peaks = resolved.ok ? resolved.scenario.hardware.peakTflops : { fp8: 0, int8: 0, fp4: 0 }
  const r: SimulationResult = outcome.result
  return {
    id,
    node,
    optimized,
    hardwareName: r.scenario.hardwareName,
    processNm: processNmOf(input),
    feasible: true,
    issues: [],
    warnings: r.warnings,
    usdPerMillionOutputTokens: r.costPerMillionTokens.output,
    joulesPerOutputToken: r.energyPerToken.joules,
    outputTokensPerSecondPerAccelerator: r.throughput.outputTokensPerSecondPerAccelerator,
    outputTokensPerSecondPerMegawatt: r.power.outputTokensPerSecondPerMW,
    acceleratorsPerReplica: r.scenario.accelerators,
    memoryBandwidthTBps: r.roofline.memoryBandwidthTBps,
    memoryGB: r.memory.usableGB / r.scenario.accelerators,
    decodeBound: r.decode.bound,
    batchLimit: r.batchLimit,
    tpotSeconds: r.latency.tpotSeconds,
    mathPeakTflops: r.roofline.mathPeakTflops,
    nativeFp8: peaks.fp8 > 0,
    nativeFp4: peaks.fp4 > 0,
  }
}

/** Process node of a hardware input (catalogue or override object), nm. */
function processNmOf(input: ScenarioInput): number {
  const hw = input.hardware
  if (typeof hw === 'object' && hw.processNm !== undefined) return hw.processNm
  const id = typeof hw === 'string' ? hw : hw?.base
  return acceleratorById(id ?? '')?.processNm ?? Number.NaN
}

const ratio = (a: number, b: number): number => a / b
const fmt = (x: number, digits = 1): string =>
  Number.isFinite(x)
    ? x.toLocaleString('en-US', { minimumFractionDigits: 0, maximumFractionDigits: digits })
    : '—'

/** The constraints that bind the optimized mature node against the optimized leading edge. */
export function bindingConstraints(
  mature: NodeConfig,
  leading: NodeConfig,
  matureId: MatureHardwareId,
): Constraint[] {
  const out: Constraint[] = []
  if (mature.feasible && leading.feasible) {
    if (mature.decodeBound === 'memory-bandwidth') {
      out.push({
        id: 'memory-bandwidth',
        name: 'Memory bandwidth',
        detail: `Decode waits on memory: ${fmt(mature.memoryBandwidthTBps)} TB/s per chip against ${fmt(leading.memoryBandwidthTBps)} TB/s on ${leading.hardwareName}.`,
        basis: 'model',
      })
    }
    if (mature.acceleratorsPerReplica > leading.acceleratorsPerReplica) {
      out.push({
        id: 'memory-capacity',
        name: 'Memory capacity',
        detail: `${mature.acceleratorsPerReplica} chips per model copy instead of ${leading.acceleratorsPerReplica}: weights and KV cache must fit in ${fmt(mature.memoryGB, 0)} GB usable per chip, so more chips and more links serve one copy.`,
        basis: 'model',
      })
    }
    const energy = ratio(mature.joulesPerOutputToken, leading.joulesPerOutputToken)
    if (energy > 1.2) {
      out.push({
        id: 'energy',
        name: 'Energy per token',
        detail: `${fmt(energy)}× the energy per token: a power-capped site serves ${fmt(100 / energy, 0)} % of the tokens it would on ${leading.hardwareName}.`,
        basis: 'model',
      })
    }
    if (mature.decodeBound === 'compute' && mature.optimized) {
      out.push({
        id: 'compute',
        name: 'Compute',
        detail: `Once the model is optimized, decode waits on math: ${fmt(mature.mathPeakTflops, 0)} TFLOP/s per chip at the precision in use against ${fmt(leading.mathPeakTflops, 0)} on ${leading.hardwareName}.`,
        basis: 'model',
      })
    }
    if (mature.decodeBound === 'communication') {
      out.push({
        id: 'interconnect',
        name: 'Interconnect',
        detail:
          'Decode waits on chip-to-chip links: the model is spread over more, slower-linked chips.',
        basis: 'model',
      })
    }
    const missing = [mature.nativeFp8 ? null : 'FP8', mature.nativeFp4 ? null : 'FP4'].filter(
      (x) => x !== null,
    )
    if (missing.length > 0) {
      out.push({
        id: 'low-precision',
        name: 'Low-precision math',
        detail: `No native ${missing.join(' or ')} math on ${mature.hardwareName}: quantized weights still save memory and bandwidth, but the math runs at a wider format’s peak.`,
        basis: 'model',
      })
    }
  }
  out.push(
    matureId === 'ascend-910b-class'
      ? {
          id: 'supply',
          name: 'Supply',
          detail:
            'SMIC 7 nm-class (DUV) capacity and yields limit volume; Huawei planned ~300,000 910B chips for 2025 (FT via Digitimes).',
          basis: 'context',
        }
      : {
          id: 'supply',
          name: 'Supply',
          detail:
            'A100-class chips are under US export controls to China since 2022; mature-node capacity there is domestic (article).',
          basis: 'context',
        },
    {
      id: 'software',
      name: 'Software ecosystem',
      detail:
        'The article notes NVIDIA’s lead rests on CUDA’s libraries and developers; other stacks need the compiler-stack lever to close the gap.',
      basis: 'context',
    },
  )
  return out
}

export function matureNodeComparison(
  base: ScenarioInput,
  inputs: EconomicsInputs['matureNode'],
): MatureNodeComparison {
  const matureHw = matureHardwareInput(inputs.mature)
  const leadingHw: LeadingHardwareId = inputs.leading
  const configs = [
    nodeConfig('mature-optimized', nodeScenarioInput(base, matureHw, true, inputs.year)),
    nodeConfig('leading-optimized', nodeScenarioInput(base, leadingHw, true, inputs.year)),
    nodeConfig('mature-as-is', nodeScenarioInput(base, matureHw, false, inputs.year)),
    nodeConfig('leading-as-is', nodeScenarioInput(base, leadingHw, false, inputs.year)),
  ] as const
  const [matureOpt, leadingOpt, , leadingAsIs] = configs
  return {
    year: inputs.year,
    configs,
    costRatioSameSoftware: ratio(
      matureOpt.usdPerMillionOutputTokens,
      leadingOpt.usdPerMillionOutputTokens,
    ),
    costRatioVsUnoptimizedLeading: ratio(
      matureOpt.usdPerMillionOutputTokens,
      leadingAsIs.usdPerMillionOutputTokens,
    ),
    energyRatioSameSoftware: ratio(matureOpt.joulesPerOutputToken, leadingOpt.joulesPerOutputToken),
    constraints: bindingConstraints(matureOpt, leadingOpt, inputs.mature),
    presetInput: nodeScenarioInput(base, matureHw, true, inputs.year),
  }
}
