/** The wire contract between the page and the engine worker. Bump PROTOCOL_VERSION on any change. */
import type {
  AnalysisOptions,
  AnalysisResult,
  ScenarioInput,
  ScenarioIssue,
  SimulationResult,
} from '@/engine/index'

export const PROTOCOL_VERSION = 1

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
