/**
 * The wire contract between the page and the engine workers: every request and reply type lives
 * here (engine-api.ts implements them, engine-client.ts sends them, state/ stores the replies).
 * Bump PROTOCOL_VERSION on any change.
 */
import type {
  AnalysisOptions,
  AnalysisResult,
  EconomicsInputs,
  EconomicsPart,
  GpuValidation,
  ScenarioInput,
  ScenarioIssue,
  SimulationResult,
  TrajectoryYear,
  ValidationSummary,
} from '@/engine/index'

export const PROTOCOL_VERSION = 2

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
}

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
