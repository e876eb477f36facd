/**
 * The engine API the worker exposes. Plain functions over the engine, so the same object runs
 * in the worker and, as the fallback, on the main thread. Errors come back as data.
 */
import { analyze, type AnalysisResult } from '@/engine/analysis/analyze'
import { checkClaims } from '@/engine/analysis/claims'
import { resolveScenario, runScenario } from '@/engine/index'
import { runValidation } from '@/engine/validation/run'

import {
  PROTOCOL_VERSION,
  type AnalyzeRequest,
  type AnalyzeResponse,
  type SimulateRequest,
  type SimulateResponse,
} from './protocol'

const now = (): number => (typeof performance === 'undefined' ? 0 : performance.now())

function crash(runId: number, error: unknown, started: number): { runId: number; ok: false; error: { kind: 'crash'; message: string }; computeMs: number } {
  return { runId, ok: false, error: { kind: 'crash', message: error instanceof Error ? error.message : String(error) }, computeMs: now() - started }
}

export const engineApi = {
  version: (): number => PROTOCOL_VERSION,

  simulate(request: SimulateRequest): SimulateResponse {
    const started = now()
    try {
      const outcome = runScenario(request.input)
      const computeMs = now() - started
      return outcome.ok
        ? { runId: request.runId, ok: true, value: outcome.result, computeMs }
        : { runId: request.runId, ok: false, error: { kind: 'invalid', issues: outcome.issues }, computeMs }
    } catch (error) {
      return crash(request.runId, error, started)
    }
  },

  analyze(request: AnalyzeRequest): AnalyzeResponse {
    const started = now()
    try {
      const resolved = resolveScenario(request.input)
      if (!resolved.ok) {
        return { runId: request.runId, ok: false, error: { kind: 'invalid', issues: resolved.issues }, computeMs: now() - started }
      }
      const value: AnalysisResult = analyze(resolved.scenario, request.options)
      return { runId: request.runId, ok: true, value, computeMs: now() - started }
    } catch (error) {
      return crash(request.runId, error, started)
    }
  },

  claims: () => checkClaims(),

  validation: () => runValidation(),
}

export type EngineApi = typeof engineApi
