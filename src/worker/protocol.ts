/**
 * The wire contract between the page and the engine workers: every request and reply type lives
 * here (engine-api.ts implements them, engine-client.ts sends them, state/ stores the replies).
 * Bump PROTOCOL_VERSION on any change.
 */
import type {
  AnalysisOptions,
  AnalysisResult,
  AssumptionValues,
  EconomicsInputs,
  EconomicsPart,
  FrontierPoint,
  GpuValidation,
  ScenarioInput,
  ScenarioIssue,
  SimulationResult,
  TrajectoryYear,
  ValidationSummary,
} from '@/engine/index'

export const PROTOCOL_VERSION = 4

export type EngineError =
  | { readonly kind: 'invalid'; readonly issues: readonly ScenarioIssue[] }
  | { readonly kind: 'crash'; readonly message: string }

export type EngineResponse<T> =
  | { readonly runId: number; readonly ok: true; readonly value: T; readonly computeMs: number }
  | {
      readonly runId: number
      readonly ok: false
      readonly error: EngineError
      readonly computeMs: number
    }

export interface SimulateRequest {
  readonly runId: number
  readonly input: ScenarioInput
}

export interface AnalyzeRequest {
  readonly runId: number
  readonly input: ScenarioInput
  readonly options: AnalysisOptions
}

export interface SimulateManyRequest {
  readonly runId: number
  readonly inputs: readonly ScenarioInput[]
}

/** One scenario of a batch: its result, or why it cannot run. */
export type BatchItem =
  | { readonly ok: true; readonly result: SimulationResult }
  | { readonly ok: false; readonly issues: readonly ScenarioIssue[] }

export type SimulateResponse = EngineResponse<SimulationResult>
export type SimulateManyResponse = EngineResponse<readonly BatchItem[]>
export type AnalyzeResponse = EngineResponse<AnalysisResult>

/** An input to check before it is applied (a shared link): its issues, empty when it can run. */
export interface CheckRequest {
  readonly runId: number
  readonly input: unknown
  /** A shared link's economics inputs, checked beside its scenario (their issues follow its own). */
  readonly economics?: unknown
}

/**
 * The assumptions editor's values for an input: the scenario as resolved and, per section, as it
 * would be without that section's edits (each field's default). Latest request wins.
 */
export interface AssumptionsRequest {
  readonly runId: number
  readonly input: ScenarioInput
}

export type AssumptionsResponse = EngineResponse<AssumptionValues>

/** Several scenarios at once (the compare view): each one's result and 2026–2030 trajectory, or its issues. */
export interface CompareRequest {
  readonly runId: number
  readonly inputs: readonly ScenarioInput[]
}

export type CompareItem =
  | {
      readonly ok: true
      readonly result: SimulationResult
      readonly trajectory: readonly TrajectoryYear[]
      /** The scenario's lever sliders as resolved (0–1), so a row can say which levers are on. */
      readonly levers: Readonly<Record<string, number>>
    }
  | { readonly ok: false; readonly issues: readonly ScenarioIssue[] }

/** The economics views' analyses for the scenario and the analyst's economics inputs. */
export interface EconomicsRequest {
  readonly runId: number
  readonly input: ScenarioInput
  /** The analyst's inputs; null for the defaults (filled in here, so the page need not load them). */
  readonly inputs: EconomicsInputs | null
  readonly parts?: readonly EconomicsPart[]
}

/** Published benchmarks (throughput) plus our own H200 measurements when they load. */
export type ValidationReport = ValidationSummary & { readonly gpu?: GpuValidation }

/**
 * The throughput–interactivity frontier of each scenario (the frontier view: the edited scenario,
 * then the same scenario on each chip the user added); latest request wins.
 */
export interface FrontierRequest {
  readonly runId: number
  readonly inputs: readonly ScenarioInput[]
}

/** Where the scenario as set runs: the plain result's operating point. */
export interface FrontierOperatingPoint {
  readonly outputTokensPerSecondPerUser: number
  readonly outputTokensPerSecondPerAccelerator: number
  readonly costPerMillionOutputTokens: number
  readonly batchSize: number
  /** The deployment, "TP8". */
  readonly label: string
  readonly ttftSeconds: number
  /** How the stage group runs attention (a spread mixture of experts: data-parallel or split by heads). */
  readonly attentionParallelism: 'data' | 'tensor'
  readonly replicas: number
  readonly acceleratorsPerReplica: number
}

export type FrontierItem =
  | {
      readonly ok: true
      /** Catalogue id (or the custom chip's id) and name of the chip. */
      readonly hardware: string
      readonly hardwareName: string
      readonly points: readonly FrontierPoint[]
      /** The workload's targets (0: none): output tokens/s per user, seconds to first token. */
      readonly minOutputTokensPerSecondPerUser: number
      readonly maxTtftSeconds: number
      /** Null when the scenario as set cannot run (a target no deployment meets). */
      readonly operatingPoint: FrontierOperatingPoint | null
    }
  | { readonly ok: false; readonly issues: readonly ScenarioIssue[] }

export type FrontierResponse = EngineResponse<readonly FrontierItem[]>
