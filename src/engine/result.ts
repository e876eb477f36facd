/** SimulationResult: what `simulate` returns (engine-model.md §6 names are a contract). */
import type { DecodeBinding, DecodeBoundShares } from './decode-binding'
import type { ResultLabels } from './labels'
import type { Bound, BatchLimit } from './params'
import type { ScenarioIssue } from './scenario'

export type EnergyBoundary = 'chip' | 'node' | 'facility'

export interface PhaseResult {
  /** Whole batch. */
  readonly seconds: number
  readonly flops: number
  readonly bytes: number
  readonly bound: Bound
  readonly computeSeconds: number
  readonly memorySeconds: number
  readonly communicationSeconds: number
  readonly overheadSeconds: number
  /**
   * Data-parallel attention: ranks waiting for the one running a step's prompt (ranks meet at every
   * expert layer; kernel/prefill.ts dataParallelPromptWaitSeconds), whole batch; in `seconds`, in
   * none of the four parts above. Prefill only; 0 for decode and without data-parallel attention.
   */
  readonly waitSeconds: number
  /**
   * Chip energy of the phase's arithmetic for the whole batch, J (FLOPs × energy per FLOP at the
   * phase's clock; attention FLOPs at their own, wider format's rate): how the compute energy of a
   * request splits between the phases.
   */
  readonly computeJoules: number
  /**
   * Chip energy of the phase's memory traffic for the whole batch, J (bytes × energy per byte, spread
   * over its kernel boundaries as its arithmetic is: kernel/energy.ts).
   */
  readonly memoryJoules: number
}

export interface CostComponents {
  readonly acceleratorLogic: number
  readonly acceleratorMemory: number
  readonly acceleratorPackaging: number
  readonly acceleratorOther: number
  readonly vendorMargin: number
  readonly system: number
  readonly network: number
  readonly energy: number
  readonly facility: number
  readonly operations: number
  readonly rental: number
}

export interface EnergyComponents {
  /** Joules per output token, all-in, by where the energy goes (chip parts, host, facility overhead). */
  readonly compute: number
  readonly memory: number
  readonly network: number
  readonly static: number
  readonly host: number
  readonly facilityOverhead: number
}

/** One deployment plan: parallelism and replicas (engine-model.md §7). */
export interface DeploymentPlan {
  readonly tensorParallel: number
  readonly pipelineParallel: number
  readonly expertParallel: number
  readonly dataParallel: number
  readonly acceleratorsPerReplica: number
  readonly replicas: number
  /** "TP8", "TP4/EP4 × PP2". */
  readonly label: string
}

export interface DeploymentResult extends DeploymentPlan {
  /** False when the plan was pinned by the scenario. */
  readonly searched: boolean
  /**
   * How many times each stage group holds its sequences' KV cache: 1, or more when attention runs
   * tensor-parallel over more accelerators than the model has KV heads (one for multi-head latent
   * attention; serving.attentionParallelism, kernel/collectives.ts kvCopies).
   */
  readonly kvCacheCopies: number
  /**
   * How each stage group runs attention: "data" (a mixture of experts spread over the group, each
   * accelerator attending its own sequences and holding its own copy of the layers beside the
   * experts) or "tensor" (split by heads; dense models, experts split across the group, one
   * accelerator). serving.attentionParallelism "auto" lets the search choose per plan.
   */
  readonly attentionParallelism: 'data' | 'tensor'
  /** The plan in words, and why it beat the others. */
  readonly why: string
  /**
   * Runner-up plans with their cost per million output tokens (null: misses a target at every
   * batch). With a batch the user set, plans that miss a target are priced: `meetsTargets` false.
   */
  readonly alternatives: readonly (DeploymentPlan & {
    readonly costPerMillionOutputTokens: number | null
    readonly meetsTargets: boolean
  })[]
}

/** Speculative / multi-token decoding as run (issue 13 item 5). */
export interface SpeculativeResult {
  /** False when none is configured, or where it would cost more (serving stacks switch it off). */
  readonly enabled: boolean
  /** Tokens accepted per decode step per sequence (1 when off). */
  readonly acceptedTokensPerStep: number
  /** Tokens verified per decode step per sequence: the drafted ones plus one (1 when off). */
  readonly verifiedTokensPerStep: number
  /** Why it is on or off, with the cost with and without it. */
  readonly reason: string
}

export interface SimulationResult {
  readonly feasible: boolean
  /** Why the scenario cannot run (e.g. the model does not fit), naming the field. Empty when feasible. */
  readonly issues: readonly ScenarioIssue[]
  /** Things that run but deserve a note (e.g. a batch clamped to capacity, no native fp4). */
  readonly warnings: readonly string[]
  readonly scenario: {
    readonly name: string
    readonly hardware: string
    readonly hardwareName: string
    /** Accelerators in the replica (the chosen count when auto). */
    readonly accelerators: number
    readonly acceleratorsAuto: boolean
    readonly model: string
    readonly modelName: string
    readonly precision: {
      readonly weights: string
      readonly activations: string
      readonly kvCache: string
    }
    readonly inputTokens: number
    readonly outputTokens: number
    /** How much the answers' lengths vary: standard deviation ÷ mean (workload.outputLengthCv). */
    readonly outputLengthCv: number
    readonly year: number
    readonly assumptions: string
  }
  readonly prefill: PhaseResult
  readonly decode: PhaseResult & {
    readonly secondsPerStep: number
    readonly steps: number
    readonly memoryBoundStepShare: number
    /** `bound`, or 'mixed' when linear layers and attention sit on different roofs (decode-binding.ts). */
    readonly binding: DecodeBinding
    /** Share of decode time per limiter; sums to 1. */
    readonly boundShares: DecodeBoundShares
    /** The binding in words, with the shares when mixed. */
    readonly boundLabel: string
    /** Why a small change of input could flip the binding, or ''. */
    readonly boundFlipNote: string
  }
  readonly batchSize: number
  readonly batchLimit: BatchLimit
  readonly batchCapacity: number
  readonly throughput: {
    /** Whole replica. */
    readonly outputTokensPerSecond: number
    readonly outputTokensPerSecondPerAccelerator: number
    readonly inputTokensPerSecond: number
  }
  readonly latency: {
    readonly ttftSeconds: number
    readonly tpotSeconds: number
    readonly outputTokensPerSecondPerUser: number
    readonly meetsInteractivity: boolean
  }
  readonly memory: {
    readonly weightsGB: number
    readonly kvCacheGB: number
    readonly usableGB: number
  }
  readonly costPerMillionTokens: {
    /** All-in: replica $/hour ÷ output tokens per hour (utilization-weighted). */
    readonly output: number
    /** Prefill share of the cost per prompt token. */
    readonly input: number
    /** All tokens processed: cost per request ÷ (prompt + output tokens) (economics/blended.ts). */
    readonly blended: number
  }
  readonly costPerRequestUsd: number
  /** costPerRequestUsd split by phase as the kernel splits it (prefill: its share of the cycle). */
  readonly costPerRequestUsdByPhase: { readonly prefill: number; readonly decode: number }
  /** Words for the views: scenario and workload labels, levers on, interactivity target, deployment. */
  readonly labels: ResultLabels
  readonly cost: {
    readonly usdPerHourPerReplica: number
    readonly usdPerHourPerAccelerator: number
    readonly mode: 'tco' | 'rental'
    /** USD per million output tokens, by component; sums to costPerMillionTokens.output. */
    readonly perMillionOutputTokens: CostComponents
  }
  readonly energyPerToken: {
    /** Joules per output token at `boundary`, all-in (prefill + decode). */
    readonly joules: number
    readonly boundary: EnergyBoundary
    readonly perInputToken: number
    readonly decodePerOutputToken: number
    readonly byBoundary: { readonly chip: number; readonly node: number; readonly facility: number }
    /** Joules per output token by component at the facility boundary. */
    readonly components: EnergyComponents
  }
  readonly power: {
    /** Replica average power while serving, facility boundary, W. */
    readonly servingWatts: number
    /** Per accelerator, chip only, mean over the serving cycle, W; never above the limit. */
    readonly chipWattsPerAccelerator: number
    readonly outputTokensPerSecondPerMW: number
    /** The accelerator's power limit (its TDP, or an edited limit), W. */
    readonly limitWattsPerAccelerator: number
    /** Time-weighted clock share the limit allows (1 = unthrottled). */
    readonly clockShare: number
    readonly prefill: { readonly chipWattsPerAccelerator: number; readonly clockShare: number }
    readonly decode: { readonly chipWattsPerAccelerator: number; readonly clockShare: number }
  }
  /** The deployment plan the numbers are for (searched unless pinned). */
  readonly deployment: DeploymentResult
  /** Speculative / multi-token decoding: on only where it lowers the cost. */
  readonly speculative: SpeculativeResult
  /** How far to trust the figures: the validation error of the nearest measured regime. */
  readonly accuracy: {
    readonly relativeError: number
    readonly basis: string
    /** Energy per token's own validation error (measured GPU energy), never below relativeError. */
    readonly energyRelativeError: number
    readonly energyBasis: string
  }
  readonly roofline: {
    readonly mathPeakTflops: number
    readonly memoryBandwidthTBps: number
    /** Achievable roofs per accelerator: peak × efficiency × (1 − design mismatch). */
    readonly effectiveComputeTflops: number
    readonly effectiveBandwidthTBps: number
    /** FLOP per byte at which compute and memory roofs meet (at the effective roofs). */
    readonly ridgeFlopsPerByte: number
    readonly prefillFlopsPerByte: number
    readonly decodeFlopsPerByte: number
  }
}
