/** SimulationResult: what `simulate` returns (engine-model.md §6 names are a contract). */
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
    readonly year: number
    readonly assumptions: string
  }
  readonly prefill: PhaseResult
  readonly decode: PhaseResult & {
    readonly secondsPerStep: number
    readonly steps: number
    readonly memoryBoundStepShare: number
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
    /** Per accelerator, chip only, W (compare with TDP). */
    readonly chipWattsPerAccelerator: number
    readonly outputTokensPerSecondPerMW: number
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
