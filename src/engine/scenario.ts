/**
 * ScenarioInput (partial JSON from the UI, a URL, a file or the CLI) → Scenario (every field
 * resolved, validated). Problems come back as data: `{ ok: false, issues }`, each naming the field
 * and the value. Exceptions are reserved for bugs.
 */
import { acceleratorById, ACCELERATORS } from './catalog/accelerators'
import {
  COMPUTE_POWER_SHARE,
  FAMILY_DEFAULTS,
  HOST_POWER_FRACTION,
  IDLE_POWER_FRACTION,
  MEMORY_PJ_PER_BIT,
  STATIC_POWER_FRACTION,
} from './catalog/families'
import { modelById, MODELS } from './catalog/models'
import { defaultPrecision } from './catalog/native-precision'
import type { AcceleratorSpec, ModelSpec, NumberFormat, WorkloadId } from './catalog/types'
import { workloadById, WORKLOADS } from './catalog/workloads'
import { BYTES_PER_GB, FLOPS_PER_TFLOP } from './constants'
import { ECONOMICS_DEFAULTS, ENERGY_DEFAULTS, SERVING_DEFAULTS } from './economics'
import { LEVERS } from './levers/catalog'
import type { AssumptionSet, LeverId } from './levers/ids'
import { leverOverrideIssues, type LeverOverrides } from './levers/overrides'
import { REFERENCE } from './reference'
import { scenarioInputSchema, type ScenarioInput } from './scenario-schema'
import { BITS_PER_FORMAT } from './units'

export type { ScenarioInput } from './scenario-schema'

export interface ScenarioIssue {
  /** Dotted path of the offending field, e.g. `workload.inputTokens`. */
  readonly path: string
  readonly message: string
}

export interface ResolvedHardware extends AcceleratorSpec {
  /** True when any field differs from the catalogue entry. */
  readonly custom: boolean
}

export interface ResolvedModel extends ModelSpec {
  readonly custom: boolean
}

export interface Scenario {
  readonly schemaVersion: 1
  readonly name: string
  readonly hardware: ResolvedHardware
  /**
   * Accelerators to deploy on: a fixed count (the deployment search fills it with replicas of the
   * cheapest plan), or 'auto' (one replica of whatever size is cheapest; kernel/search.ts).
   */
  readonly accelerators: number | 'auto'
  /**
   * A pinned plan (accelerators per stage, pipeline stages; for a mixture of experts, optionally
   * expertParallel 1: every expert split across the stage group); absent = searched.
   */
  readonly deployment?: {
    readonly tensorParallel: number
    readonly pipelineParallel: number
    readonly expertParallel?: number
  }
  readonly model: ResolvedModel
  readonly precision: {
    readonly weights: NumberFormat
    readonly activations: NumberFormat
    readonly kvCache: NumberFormat
  }
  readonly workload: {
    readonly id: WorkloadId | 'custom'
    readonly inputTokens: number
    readonly outputTokens: number
    readonly batchSize: number | 'max'
    readonly minOutputTokensPerSecondPerUser: number
    /** Time-to-first-token target, s; 0 = none. */
    readonly maxTtftSeconds: number
    readonly prefixCacheHitRate: number
    /** Output lengths' standard deviation ÷ mean; 0 = every request equally long. */
    readonly outputLengthCv: number
  }
  readonly efficiency: {
    readonly compute: number
    readonly memory: number
    readonly communication: number
    readonly stepOverheadSeconds: number
    /** Fixed time per kernel boundary of a forward pass (launch gap, ramp, tail), s: physics/kernels.ts. */
    readonly kernelBoundarySeconds: number
    /** Share of the shorter of a linear kernel's compute and memory time left exposed (physics/roofline.ts), 0..1. */
    readonly overlapLoss: number
    readonly collectiveLatencySeconds: number
  }
  readonly serving: {
    readonly kvMemoryFraction: number
    /** "free": the KV cache gets kvMemoryFraction of what the weights leave; "total": weights + KV fill that share of memory. */
    readonly kvMemoryRule: 'free' | 'total'
    readonly kvWaste: number
    readonly tokensPerStep: number
    readonly verifyTokensPerStep: number
    /** "adaptive": the stack drafts less, or not at all, where it costs more; "fixed": the configured draft always. */
    readonly speculationPolicy: 'adaptive' | 'fixed'
    /**
     * A mixture of experts spread over its group: "data" runs attention data-parallel (the KV cache
     * held once, the layers beside the experts on every accelerator), "tensor" splits it by heads
     * (KV heads held on several accelerators when they are outnumbered; kernel/collectives.ts
     * kvCopies), "auto" evaluates each plan both ways and keeps the one that fits, meets the
     * targets and costs less (kernel/plan.ts evaluatePlan).
     */
    readonly attentionParallelism: 'auto' | 'data' | 'tensor'
    readonly maxBatchSize: number
    readonly utilization: number
    /** Software maturity: "tuned" runs each format's own kernels; "generic" runs sub-16-bit formats as BF16. */
    readonly stack: 'tuned' | 'generic'
  }
  readonly economics: {
    readonly mode: 'tco' | 'rental'
    readonly usdPerHour: number
    readonly acceleratorPriceUsd: number
    readonly vendorMarginFraction: number
    readonly systemUsdPerAccelerator: number
    readonly networkUsdPerAccelerator: number
    readonly years: number
    readonly costOfCapital: number
    readonly usdPerKwh: number
    readonly pue: number
    readonly facilityUsdPerKwMonth: number
    readonly operationsFraction: number
  }
  readonly energy: {
    readonly boundary: 'chip' | 'node' | 'facility'
    readonly pjPerFlop16: number
    readonly memoryPjPerBit: number
    readonly scaleUpPjPerBit: number
    readonly scaleOutPjPerBit: number
    readonly staticW: number
    readonly idleW: number
    readonly hostW: number
  }
  readonly levers: Readonly<Partial<Record<LeverId, number>>>
  /** User overrides of lever effect ranges (levers/overrides.ts); empty when none. */
  readonly leverOverrides: LeverOverrides
  readonly year: number
  readonly assumptions: AssumptionSet
}

export type ResolveOutcome =
  | { readonly ok: true; readonly scenario: Scenario; readonly warnings: readonly string[] }
  | { readonly ok: false; readonly issues: readonly ScenarioIssue[] }

// The 2026 reference scenario's choices live in reference.ts (no schema: the page's main thread
// reads them without loading zod).
export { REFERENCE }

function describeValue(value: unknown): string {
  if (value === undefined) return 'nothing'
  if (typeof value === 'string')
    return JSON.stringify(value.length > 60 ? `${value.slice(0, 57)}...` : value)
  if (typeof value === 'number' || typeof value === 'boolean' || value === null)
    return String(value)
  if (Array.isArray(value)) return 'a list'
  return 'an object'
}

function valueAt(input: unknown, path: readonly PropertyKey[]): unknown {
  let node: unknown = input
  for (const key of path) {
    if (node === null || typeof node !== 'object') return undefined
    node = (node as Record<PropertyKey, unknown>)[key]
  }
  return node
}

function joinPath(path: readonly PropertyKey[]): string {
  return path.map(String).join('.') || '(scenario)'
}

interface ZodLikeIssue {
  readonly code: string
  readonly path: readonly PropertyKey[]
  readonly message: string
  readonly keys?: readonly string[]
  readonly minimum?: unknown
  readonly maximum?: unknown
  readonly inclusive?: boolean
  readonly values?: readonly unknown[]
  readonly options?: readonly unknown[]
  readonly expected?: string
  readonly errors?: readonly (readonly ZodLikeIssue[])[]
}

/**
 * One upper bound per field: a whole-number field checks the largest safe integer besides its own
 * maximum, and 1e308 broke both ("at most 9007199254740991", "at most 10000000"); only the tighter
 * one is the user's limit.
 */
function tightestBounds(issues: readonly ZodLikeIssue[]): readonly ZodLikeIssue[] {
  return issues.filter(
    (i) =>
      i.code !== 'too_big' ||
      !issues.some(
        (j) =>
          j !== i &&
          j.code === 'too_big' &&
          joinPath(j.path) === joinPath(i.path) &&
          Number(j.maximum) < Number(i.maximum),
      ),
  )
}

function issueFromZod(issue: ZodLikeIssue, input: unknown): ScenarioIssue[] {
  const path = joinPath(issue.path)
  const got = describeValue(valueAt(input, issue.path))
  switch (issue.code) {
    case 'unrecognized_keys':
      return (issue.keys ?? []).map((raw) => {
        // A key that is not a plain name (empty, spaces, symbols, very long) is shown quoted.
        const key = /^[A-Za-z_$][\w$]{0,59}$/.test(raw)
          ? raw
          : JSON.stringify(raw.length > 60 ? `${raw.slice(0, 57)}...` : raw)
        return {
          path: issue.path.length ? `${path}.${key}` : key,
          message: `${issue.path.length ? `${path}.` : ''}${key} is not a scenario field (check the spelling; see docs/scenario.schema.json)`,
        }
      })
    case 'too_small':
      return [
        {
          path,
          message: `${path} must be ${issue.inclusive === false ? 'greater than' : 'at least'} ${String(issue.minimum)} (got ${got})`,
        },
      ]
    case 'too_big':
      return [
        {
          path,
          message: `${path} must be ${issue.inclusive === false ? 'less than' : 'at most'} ${String(issue.maximum)} (got ${got})`,
        },
      ]
    case 'invalid_value':
      return [
        {
          path,
          message: `${path} must be one of ${(issue.values ?? []).map((v) => JSON.stringify(v)).join(', ')} (got ${got})`,
        },
      ]
    case 'invalid_type':
      return [
        {
          path,
          message:
            issue.expected === 'int'
              ? `${path} must be a whole number (got ${got})`
              : `${path} must be ${issue.expected === 'number' ? 'a number' : `of type ${issue.expected ?? 'unknown'}`} (got ${got})`,
        },
      ]
    case 'invalid_union': {
      // A field that takes an id or an object: report the branch whose type matched the input.
      const matched = (issue.errors ?? []).find((branch) =>
        branch.every((i) => i.path.length > 0 || i.code !== 'invalid_type'),
      )
      if (matched && matched.length > 0) {
        return matched.flatMap((i) =>
          issueFromZod({ ...i, path: [...issue.path, ...i.path] }, input),
        )
      }
      return [
        {
          path,
          message: `${path} must be a catalogue id or an object (got ${got}); see docs/scenario.schema.json`,
        },
      ]
    }
    default:
      return [{ path, message: `${path}: ${issue.message} (got ${got})` }]
  }
}

const catalogueList = (ids: readonly { id: string }[]): string => ids.map((x) => x.id).join(', ')

/** Drop keys whose value is undefined, so spreading an override never erases a default. */
function definedOnly<T extends object>(o: T): { [K in keyof T]?: Exclude<T[K], undefined> } {
  const out: Record<string, unknown> = {}
  for (const [k, v] of Object.entries(o)) if (v !== undefined) out[k] = v
  return out as { [K in keyof T]?: Exclude<T[K], undefined> }
}

function differs<T extends object>(a: T, b: T): boolean {
  return JSON.stringify(a) !== JSON.stringify(b)
}

/** Resolve and validate a scenario input. Never throws on bad input. */
export function resolveScenario(rawInput: unknown): ResolveOutcome {
  const input = rawInput === undefined || rawInput === null ? {} : rawInput
  if (typeof input !== 'object' || Array.isArray(input)) {
    return {
      ok: false,
      issues: [
        {
          path: '(scenario)',
          message: `a scenario must be a JSON object (got ${describeValue(input)})`,
        },
      ],
    }
  }
  const parsed = scenarioInputSchema.safeParse(input)
  if (!parsed.success) {
    return {
      ok: false,
      issues: tightestBounds(parsed.error.issues as readonly ZodLikeIssue[]).flatMap((i) =>
        issueFromZod(i, input),
      ),
    }
  }
  return resolveParsed(parsed.data)
}

function resolveParsed(s: ScenarioInput): ResolveOutcome {
  const issues: ScenarioIssue[] = []
  const warnings: string[] = []

  // --- hardware ---
  const hwInput = s.hardware ?? REFERENCE.hardware
  const hwBaseId = typeof hwInput === 'string' ? hwInput : (hwInput.base ?? REFERENCE.hardware)
  const hwBase = acceleratorById(hwBaseId)
  if (!hwBase) {
    issues.push({
      path: typeof hwInput === 'string' ? 'hardware' : 'hardware.base',
      message: `hardware "${hwBaseId}" is not in the catalogue; choose one of: ${catalogueList(ACCELERATORS)}`,
    })
  }
  // --- model ---
  const modelInput = s.model ?? REFERENCE.model
  const modelBaseId =
    typeof modelInput === 'string' ? modelInput : (modelInput.base ?? REFERENCE.model)
  const modelBase = modelById(modelBaseId)
  if (!modelBase) {
    issues.push({
      path: typeof modelInput === 'string' ? 'model' : 'model.base',
      message: `model "${modelBaseId}" is not in the catalogue; choose one of: ${catalogueList(MODELS)}`,
    })
  }
  // --- workload ---
  const wlInput = s.workload ?? REFERENCE.workload
  const wlBaseId = typeof wlInput === 'string' ? wlInput : (wlInput.preset ?? REFERENCE.workload)
  const wlBase = workloadById(wlBaseId)
  if (!wlBase) {
    issues.push({
      path: typeof wlInput === 'string' ? 'workload' : 'workload.preset',
      message: `workload "${wlBaseId}" is not a preset; choose one of: ${catalogueList(WORKLOADS)}`,
    })
  }
  if (!hwBase || !modelBase || !wlBase) return { ok: false, issues }

  const hwOverride = typeof hwInput === 'string' ? {} : hwInput
  const { base: _hwBase, peakTflops: peakOverride, year: legacyYear, ...hwRest } = hwOverride
  const hardwareSpec: AcceleratorSpec = {
    ...hwBase,
    ...definedOnly({ volumeYear: legacyYear, ...hwRest }),
    peakTflops: mergedPeaks(hwBase.peakTflops, peakOverride),
  }
  const hardware: ResolvedHardware = { ...hardwareSpec, custom: differs(hardwareSpec, hwBase) }

  const modelOverride = typeof modelInput === 'string' ? {} : modelInput
  const { base: _modelBase, ...modelRest } = modelOverride
  const modelSpec: ModelSpec = { ...modelBase, ...definedOnly(modelRest) }
  const model: ResolvedModel = { ...modelSpec, custom: differs(modelSpec, modelBase) }

  if (model.kvHeads > model.heads) {
    issues.push({
      path: 'model.kvHeads',
      message: `model.kvHeads (${model.kvHeads}) cannot exceed model.heads (${model.heads})`,
    })
  } else if (model.heads % model.kvHeads !== 0) {
    issues.push({
      path: 'model.kvHeads',
      message: `model.heads (${model.heads}) must be a multiple of model.kvHeads (${model.kvHeads})`,
    })
  }
  if (model.headDim === undefined && model.hiddenSize % model.heads !== 0) {
    issues.push({
      path: 'model.hiddenSize',
      message: `model.hiddenSize (${model.hiddenSize}) must be a multiple of model.heads (${model.heads}) unless model.headDim is given`,
    })
  }
  // Tensor parallelism splits attention by query heads (a mixture of experts may spread its experts
  // wider, one per rank at most, unless they are split like dense layers): kernel/search.ts keeps
  // its own plans inside the same bound.
  const pinnedExperts = s.deployment?.expertParallel
  const expertsSplit = pinnedExperts === 1 && model.experts > 1
  const maxTensor = expertsSplit ? model.heads : Math.max(model.heads, model.experts)
  if (pinnedExperts !== undefined) {
    const tensor = s.deployment?.tensorParallel
    if (tensor === undefined)
      issues.push({
        path: 'deployment.expertParallel',
        message:
          'deployment.expertParallel needs deployment.tensorParallel: pin the group first, then say how its experts are placed',
      })
    else if (model.experts <= 1 && pinnedExperts !== 1)
      issues.push({
        path: 'deployment.expertParallel',
        message: `${model.name} has no experts to spread: leave deployment.expertParallel out, or set it to 1`,
      })
    else if (pinnedExperts !== 1 && pinnedExperts !== tensor)
      issues.push({
        path: 'deployment.expertParallel',
        message: `deployment.expertParallel is ${pinnedExperts}: use 1 (every expert split across the TP${tensor} group) or ${tensor} (the experts spread over the group)`,
      })
  }
  if (s.deployment?.tensorParallel !== undefined && s.deployment.tensorParallel > maxTensor) {
    issues.push({
      path: 'deployment.tensorParallel',
      message:
        model.experts > model.heads && !expertsSplit
          ? `A tensor-parallel group of ${s.deployment.tensorParallel} is wider than ${model.name}'s ${model.experts} experts: pin at most ${model.experts}, or add pipeline stages`
          : `A tensor-parallel group of ${s.deployment.tensorParallel} is wider than ${model.name}'s ${model.heads} attention heads: pin at most ${model.heads}, or add pipeline stages`,
    })
  }
  if (model.experts > 0 && (model.expertsPerToken < 1 || model.expertsPerToken > model.experts)) {
    issues.push({
      path: 'model.expertsPerToken',
      message: `model.expertsPerToken must be between 1 and model.experts (${model.experts}) (got ${model.expertsPerToken})`,
    })
  }
  if ((model.moeLayers ?? 0) > model.layers) {
    issues.push({
      path: 'model.moeLayers',
      message: `model.moeLayers (${model.moeLayers}) cannot exceed model.layers (${model.layers})`,
    })
  }

  const wlOverride = typeof wlInput === 'string' ? {} : wlInput
  const workload: Scenario['workload'] = {
    id:
      typeof wlInput === 'string' ||
      (wlInput.inputTokens === undefined && wlInput.outputTokens === undefined)
        ? wlBase.id
        : 'custom',
    inputTokens: wlOverride.inputTokens ?? wlBase.inputTokens,
    outputTokens: wlOverride.outputTokens ?? wlBase.outputTokens,
    batchSize: wlOverride.batchSize ?? 'max',
    minOutputTokensPerSecondPerUser:
      wlOverride.minOutputTokensPerSecondPerUser ?? wlBase.minOutputTokensPerSecondPerUser,
    maxTtftSeconds: wlOverride.maxTtftSeconds ?? 0,
    prefixCacheHitRate: wlOverride.prefixCacheHitRate ?? wlBase.prefixCacheHitRate,
    outputLengthCv: wlOverride.outputLengthCv ?? wlBase.outputLengthCv,
  }

  const contextIssue = contextWindowIssue(model, workload)
  if (contextIssue) issues.push(contextIssue)

  const family = FAMILY_DEFAULTS[hardware.family]
  const efficiency: Scenario['efficiency'] = {
    compute: s.efficiency?.compute ?? family.computeEfficiency,
    memory: s.efficiency?.memory ?? family.memoryEfficiency,
    communication: s.efficiency?.communication ?? family.communicationEfficiency,
    stepOverheadSeconds: s.efficiency?.stepOverheadSeconds ?? family.stepOverheadSeconds,
    kernelBoundarySeconds: s.efficiency?.kernelBoundarySeconds ?? family.kernelBoundarySeconds,
    overlapLoss: s.efficiency?.overlapLoss ?? family.overlapLoss,
    collectiveLatencySeconds:
      s.efficiency?.collectiveLatencySeconds ?? family.collectiveLatencySeconds,
  }

  const tokensPerStep = s.serving?.tokensPerStep ?? SERVING_DEFAULTS.tokensPerStep
  const verifyTokensPerStep =
    s.serving?.verifyTokensPerStep ?? Math.max(tokensPerStep, SERVING_DEFAULTS.verifyTokensPerStep)
  if (verifyTokensPerStep < tokensPerStep) {
    issues.push({
      path: 'serving.verifyTokensPerStep',
      message: `serving.verifyTokensPerStep (${verifyTokensPerStep}) must be at least serving.tokensPerStep (${tokensPerStep}): a step cannot accept more tokens than it processes`,
    })
  }
  if (
    s.serving?.speculationPolicy === 'fixed' &&
    verifyTokensPerStep <= 1 &&
    !(s.levers?.multiTokenDecoding ?? 0)
  ) {
    warnings.push(
      'serving.speculationPolicy "fixed" has no draft to fix: serving.verifyTokensPerStep is 1 and the multi-token decoding lever is off, so every step decodes one token',
    )
  }
  const stack = s.serving?.stack ?? 'tuned'
  const serving: Scenario['serving'] = {
    kvMemoryFraction: s.serving?.kvMemoryFraction ?? SERVING_DEFAULTS.kvMemoryFraction,
    kvMemoryRule: s.serving?.kvMemoryRule ?? (stack === 'generic' ? 'total' : 'free'),
    kvWaste: s.serving?.kvWaste ?? SERVING_DEFAULTS.kvWaste,
    tokensPerStep,
    verifyTokensPerStep,
    speculationPolicy: s.serving?.speculationPolicy ?? 'adaptive',
    attentionParallelism: s.serving?.attentionParallelism ?? 'auto',
    maxBatchSize: s.serving?.maxBatchSize ?? SERVING_DEFAULTS.maxBatchSize,
    utilization: s.serving?.utilization ?? ECONOMICS_DEFAULTS.utilization,
    stack,
  }

  const price = s.economics?.acceleratorPriceUsd ?? hardware.priceUsd
  const economics: Scenario['economics'] = {
    mode: s.economics?.mode ?? ECONOMICS_DEFAULTS.mode,
    usdPerHour: s.economics?.usdPerHour ?? hardware.usdPerHour,
    acceleratorPriceUsd: price,
    vendorMarginFraction: s.economics?.vendorMarginFraction ?? family.vendorMarginFraction,
    systemUsdPerAccelerator:
      s.economics?.systemUsdPerAccelerator ?? price * ECONOMICS_DEFAULTS.systemShareOfPrice,
    networkUsdPerAccelerator:
      s.economics?.networkUsdPerAccelerator ?? price * ECONOMICS_DEFAULTS.networkShareOfPrice,
    years: s.economics?.years ?? ECONOMICS_DEFAULTS.years,
    costOfCapital: s.economics?.costOfCapital ?? ECONOMICS_DEFAULTS.costOfCapital,
    usdPerKwh: s.economics?.usdPerKwh ?? ECONOMICS_DEFAULTS.usdPerKwh,
    pue: s.economics?.pue ?? ECONOMICS_DEFAULTS.pue,
    facilityUsdPerKwMonth:
      s.economics?.facilityUsdPerKwMonth ?? ECONOMICS_DEFAULTS.facilityUsdPerKwMonth,
    operationsFraction: s.economics?.operationsFraction ?? ECONOMICS_DEFAULTS.operationsFraction,
  }

  // Energy coefficients are properties of the hardware: derived from its TDP at the family's
  // default efficiency (engine-model.md §4: ~TDP in compute-bound prefill), not from user derates.
  // An edited tdpW on a catalogue part is a power LIMIT (the kernel throttles to it): the
  // silicon's energy per operation and its leakage stay those of the part as rated, so a TDP cut
  // slows the chip instead of making every FLOP cheaper. A chip with its own peak FLOP/s is a
  // different chip, rated at its own tdpW. Edit energy.pjPerFlop16 to set its efficiency directly.
  const ratedW = peakOverride === undefined ? hwBase.tdpW : hardware.tdpW
  const staticW = s.energy?.staticW ?? ratedW * STATIC_POWER_FRACTION
  const derivedPj =
    ((ratedW - ratedW * STATIC_POWER_FRACTION) * COMPUTE_POWER_SHARE) /
    (hardware.peakTflops.fp16 * FLOPS_PER_TFLOP * family.computeEfficiency) /
    1e-12
  const energy: Scenario['energy'] = {
    boundary: s.energy?.boundary ?? ENERGY_DEFAULTS.boundary,
    pjPerFlop16: s.energy?.pjPerFlop16 ?? derivedPj,
    memoryPjPerBit: s.energy?.memoryPjPerBit ?? MEMORY_PJ_PER_BIT[hardware.memoryKind],
    scaleUpPjPerBit: s.energy?.scaleUpPjPerBit ?? ENERGY_DEFAULTS.scaleUpPjPerBit,
    scaleOutPjPerBit: s.energy?.scaleOutPjPerBit ?? ENERGY_DEFAULTS.scaleOutPjPerBit,
    staticW,
    idleW: Math.min(ratedW * IDLE_POWER_FRACTION, hardware.tdpW),
    hostW: s.energy?.hostW ?? ratedW * HOST_POWER_FRACTION,
  }

  // Unset formats default to the ones the model ships in (catalog/native-precision.ts).
  const native = defaultPrecision(model, hardware)
  if (native.warning && s.precision?.activations === undefined) warnings.push(native.warning)
  const precision: Scenario['precision'] = {
    weights: s.precision?.weights ?? native.precision.weights,
    activations: s.precision?.activations ?? native.precision.activations,
    kvCache: s.precision?.kvCache ?? native.precision.kvCache,
  }
  // Precision per operation (kernel/replica.ts keptAttentionBits): say where attention stays wider
  // than weights the user narrowed (not where the model ships that way: gpt-oss's BF16 attention).
  const keptAttention = model.quantizedAttentionFormat
  if (
    keptAttention &&
    BITS_PER_FORMAT[keptAttention] > BITS_PER_FORMAT[precision.weights] &&
    precision.weights !== model.nativePrecision.weights
  ) {
    warnings.push(
      `${model.name}’s attention projections stay at ${keptAttention} while its other weights are ${precision.weights}, as its published low-bit checkpoints keep them; change it under Assumptions → Custom model → Attention kept at (model.quantizedAttentionFormat)`,
    )
  }
  const mathFormat =
    BITS_PER_FORMAT[precision.weights] >= BITS_PER_FORMAT[precision.activations]
      ? precision.weights
      : precision.activations
  const mathBits = BITS_PER_FORMAT[mathFormat]
  if (mathBits === 8 && hardware.peakTflops.fp8 <= 0 && hardware.peakTflops.int8 <= 0) {
    warnings.push(
      `${hardware.name} has no native 8-bit math: ${mathFormat} matrix math runs at the 16-bit peak`,
    )
  } else if (
    mathBits === 8 &&
    (mathFormat === 'fp8' ? hardware.peakTflops.fp8 : hardware.peakTflops.int8) <= 0
  ) {
    warnings.push(
      `${hardware.name} has no native ${mathFormat} math: it runs at the other 8-bit format's peak`,
    )
  } else if (mathBits === 4 && hardware.peakTflops.fp4 <= 0) {
    warnings.push(
      `${hardware.name} has no native 4-bit math: ${mathFormat} matrix math runs at its 8-bit peak`,
    )
  }

  issues.push(...leverOverrideIssues(s.leverOverrides, LEVERS))
  if (issues.length > 0) return { ok: false, issues }

  const scenario: Scenario = {
    schemaVersion: 1,
    name:
      s.name ??
      `${model.name} on ${s.accelerators === undefined || s.accelerators === 'auto' ? '' : `${s.accelerators}× `}${hardware.name}`,
    hardware,
    accelerators: s.accelerators ?? REFERENCE.accelerators,
    ...(s.deployment?.tensorParallel !== undefined && {
      deployment: {
        tensorParallel: s.deployment.tensorParallel,
        pipelineParallel: s.deployment.pipelineParallel ?? 1,
        ...(s.deployment.expertParallel !== undefined && {
          expertParallel: s.deployment.expertParallel,
        }),
      },
    }),
    model,
    precision,
    workload,
    efficiency,
    serving,
    economics,
    energy,
    levers: { ...s.levers },
    leverOverrides: s.leverOverrides ?? {},
    year: s.year ?? REFERENCE.year,
    assumptions: s.assumptions ?? REFERENCE.assumptions,
  }
  return { ok: true, scenario, warnings }
}

/**
 * A prompt plus its output must fit the model's context window (issue 13 item 6): the released
 * model cannot attend beyond it, so the scenario is an error, not a silent extrapolation.
 */
function contextWindowIssue(
  model: ModelSpec,
  workload: Scenario['workload'],
): ScenarioIssue | undefined {
  const tokens = workload.inputTokens + workload.outputTokens
  if (tokens <= model.contextTokens) return undefined
  const n = (x: number): string => x.toLocaleString('en-US')
  return {
    path: 'workload.inputTokens',
    message:
      `A ${n(workload.inputTokens)}-token prompt plus ${n(workload.outputTokens)} output tokens ` +
      `exceeds ${model.name}'s ${n(model.contextTokens)}-token context window; shorten the prompt ` +
      `or the answer, or choose a model with a longer context`,
  }
}

/** Bytes → GB, for messages. */
export function gigabytes(bytesValue: number): number {
  return bytesValue / BYTES_PER_GB
}

/**
 * A partial `peakTflops` merges with the base chip's, and the formats it leaves out keep their ratio
 * to fp16: `{ fp16: 500 }` on an H100 base (989 fp16, 1,979 fp8) gives fp8 1,000, not the H100's
 * 1,979 (which would make the custom chip's 8-bit math four times its 16-bit math). A format the
 * base lacks (0) stays 0.
 */
function mergedPeaks(
  base: AcceleratorSpec['peakTflops'],
  override:
    { readonly [K in keyof AcceleratorSpec['peakTflops']]?: number | undefined } | undefined,
): AcceleratorSpec['peakTflops'] {
  const given = definedOnly(override ?? {})
  const scale = given.fp16 !== undefined && base.fp16 > 0 ? given.fp16 / base.fp16 : 1
  return {
    fp16: given.fp16 ?? base.fp16,
    fp8: given.fp8 ?? base.fp8 * scale,
    int8: given.int8 ?? base.int8 * scale,
    fp4: given.fp4 ?? base.fp4 * scale,
  }
}
