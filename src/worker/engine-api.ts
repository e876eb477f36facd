/**
 * The engine API the worker exposes. Plain functions over the engine, so the same object runs
 * in the worker and, as the fallback, on the main thread. Errors come back as data.
 */
import type {
  AnalysisResult,
  AttributionTable,
  EconomicsResult,
  GpuValidation,
  ScenarioInput,
  ScenarioIssue,
} from '@/engine/index'
import {
  analyze,
  analyzeEconomics,
  assumptionValues,
  checkClaims,
  defaultEconomicsInputs,
  frontier,
  resolveScenario,
  runGpuValidation,
  runScenario,
  runValidation,
  simulate,
  validateEconomicsInputs,
} from '@/engine/index'

import {
  PROTOCOL_VERSION,
  type AnalyzeRequest,
  type AnalyzeResponse,
  type AssumptionsRequest,
  type AssumptionsResponse,
  type EngineResponse,
  type BatchItem,
  type CheckRequest,
  type CompareItem,
  type CompareRequest,
  type EconomicsRequest,
  type FrontierItem,
  type FrontierRequest,
  type FrontierResponse,
  type SimulateManyRequest,
  type SimulateManyResponse,
  type SimulateRequest,
  type SimulateResponse,
  type ValidationReport,
} from './protocol'

function compareItem(input: ScenarioInput): CompareItem {
  const resolved = resolveScenario(input)
  if (!resolved.ok) return { ok: false, issues: resolved.issues }
  const result = simulate(resolved.scenario, resolved.warnings)
  if (!result.feasible) return { ok: false, issues: result.issues }
  return {
    ok: true,
    result,
    trajectory: analyze(resolved.scenario, { parts: ['trajectory'] }).trajectory ?? [],
    levers: { ...resolved.scenario.levers },
  }
}

/** One scenario's frontier and, when it can run as set, its own operating point. */
function frontierItem(input: ScenarioInput): FrontierItem {
  const resolved = resolveScenario(input)
  if (!resolved.ok) return { ok: false, issues: resolved.issues }
  const points = frontier(resolved.scenario)
  const result = simulate(resolved.scenario, resolved.warnings)
  const fits = result.feasible || result.issues.every((i) => i.path.startsWith('workload.'))
  if (!fits || points.length === 0) return { ok: false, issues: result.issues }
  return {
    ok: true,
    hardware: resolved.scenario.hardware.id,
    hardwareName: resolved.scenario.hardware.name,
    points,
    minOutputTokensPerSecondPerUser: resolved.scenario.workload.minOutputTokensPerSecondPerUser,
    maxTtftSeconds: resolved.scenario.workload.maxTtftSeconds,
    operatingPoint: result.feasible
      ? {
          outputTokensPerSecondPerUser: result.latency.outputTokensPerSecondPerUser,
          outputTokensPerSecondPerAccelerator:
            result.throughput.outputTokensPerSecondPerAccelerator,
          costPerMillionOutputTokens: result.costPerMillionTokens.output,
          batchSize: result.batchSize,
          label: result.deployment.label,
          ttftSeconds: result.latency.ttftSeconds,
          attentionParallelism: result.deployment.attentionParallelism,
          replicas: result.deployment.replicas,
          acceleratorsPerReplica: result.deployment.acceleratorsPerReplica,
        }
      : null,
  }
}

function gpuValidation(): GpuValidation | undefined {
  try {
    return runGpuValidation()
  } catch {
    return undefined
  }
}

const now = (): number => (typeof performance === 'undefined' ? 0 : performance.now())

/**
 * The attribution tables this worker computed last, by scenario apart from its sliders (and part):
 * after a slider move the next recompute evaluates only the coalitions with the moved lever
 * (engine/analysis/attribution.ts). A few entries: the current scenario and a compared one.
 */
const attributionCache = new Map<string, AttributionTable>()
const ATTRIBUTION_CACHE_ENTRIES = 4

function attributionCacheKey(request: AnalyzeRequest): string {
  const { levers: _levers, ...rest } = request.input
  const o = request.options
  return JSON.stringify([rest, o.year ?? null, o.split?.part ?? 0, o.split?.parts ?? 1])
}

function rememberTable(key: string, table: AttributionTable): void {
  attributionCache.delete(key)
  attributionCache.set(key, table)
  while (attributionCache.size > ATTRIBUTION_CACHE_ENTRIES) {
    const oldest = attributionCache.keys().next().value
    if (oldest === undefined) break
    attributionCache.delete(oldest)
  }
}

function crash(
  runId: number,
  error: unknown,
  started: number,
): { runId: number; ok: false; error: { kind: 'crash'; message: string }; computeMs: number } {
  return {
    runId,
    ok: false,
    error: { kind: 'crash', message: error instanceof Error ? error.message : String(error) },
    computeMs: now() - started,
  }
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
        : {
            runId: request.runId,
            ok: false,
            error: { kind: 'invalid', issues: outcome.issues },
            computeMs,
          }
    } catch (error) {
      return crash(request.runId, error, started)
    }
  },

  /**
   * Whether an untrusted input (a shared link) is a valid scenario, without running it: its issues,
   * empty when it resolves. Keeps the schema (zod) off the page's main thread.
   */
  check(request: CheckRequest): EngineResponse<readonly ScenarioIssue[]> {
    const started = now()
    try {
      const resolved = resolveScenario(request.input)
      const economics =
        request.economics === undefined ? undefined : validateEconomicsInputs(request.economics)
      const economicsIssues =
        economics && !economics.ok
          ? economics.issues.map((i) => ({
              path: `economics${i.path ? `.${i.path}` : ''}`,
              message: `economics inputs: ${i.message}`,
            }))
          : []
      return {
        runId: request.runId,
        ok: true,
        value: [...(resolved.ok ? [] : resolved.issues), ...economicsIssues],
        computeMs: now() - started,
      }
    } catch (error) {
      return crash(request.runId, error, started)
    }
  },

  /** The assumptions editor's values: the scenario as resolved and each section's defaults. */
  assumptions(request: AssumptionsRequest): AssumptionsResponse {
    const started = now()
    try {
      const value = assumptionValues(request.input)
      return { runId: request.runId, ok: true, value, computeMs: now() - started }
    } catch (error) {
      return crash(request.runId, error, started)
    }
  },

  /** Several scenarios at once (a presentation story, a handout); one that cannot run reports its issues. */
  simulateMany(request: SimulateManyRequest): SimulateManyResponse {
    const started = now()
    try {
      const value = request.inputs.map((input): BatchItem => {
        const outcome = runScenario(input)
        return outcome.ok
          ? { ok: true, result: outcome.result }
          : { ok: false, issues: outcome.issues }
      })
      return { runId: request.runId, ok: true, value, computeMs: now() - started }
    } catch (error) {
      return crash(request.runId, error, started)
    }
  },

  analyze(request: AnalyzeRequest): AnalyzeResponse {
    const started = now()
    try {
      const resolved = resolveScenario(request.input)
      if (!resolved.ok) {
        return {
          runId: request.runId,
          ok: false,
          error: { kind: 'invalid', issues: resolved.issues },
          computeMs: now() - started,
        }
      }
      const wantsAttribution = (request.options.parts ?? ['attribution']).includes('attribution')
      const key = wantsAttribution ? attributionCacheKey(request) : undefined
      const cached = key !== undefined ? attributionCache.get(key) : undefined
      const { attributionTable, ...value }: AnalysisResult = analyze(resolved.scenario, {
        ...request.options,
        ...(cached ? { reuseAttribution: cached } : {}),
        keepAttributionTable: key !== undefined,
      })
      if (key !== undefined && attributionTable) rememberTable(key, attributionTable)
      return { runId: request.runId, ok: true, value, computeMs: now() - started }
    } catch (error) {
      return crash(request.runId, error, started)
    }
  },

  claims: () => checkClaims(),

  compare(request: CompareRequest): EngineResponse<CompareItem[]> {
    const started = now()
    try {
      return {
        runId: request.runId,
        ok: true,
        value: request.inputs.map(compareItem),
        computeMs: now() - started,
      }
    } catch (error) {
      return crash(request.runId, error, started)
    }
  },

  /** The throughput–interactivity frontier of each scenario (the frontier view). */
  frontier(request: FrontierRequest): FrontierResponse {
    const started = now()
    try {
      return {
        runId: request.runId,
        ok: true,
        value: request.inputs.map(frontierItem),
        computeMs: now() - started,
      }
    } catch (error) {
      return crash(request.runId, error, started)
    }
  },

  /** Use cases, fleet, site, serving, mature node, value chain, horizon. Invalid economics inputs come back as issues under `economics.*`. */
  economics(request: EconomicsRequest): EngineResponse<EconomicsResult> {
    const started = now()
    try {
      const outcome = analyzeEconomics(
        request.input,
        request.inputs ?? defaultEconomicsInputs(),
        request.parts,
      )
      if (outcome.ok)
        return { runId: request.runId, ok: true, value: outcome.value, computeMs: now() - started }
      const issues = outcome.issues.map((i) =>
        outcome.source === 'economics' ? { path: `economics.${i.path}`, message: i.message } : i,
      )
      return {
        runId: request.runId,
        ok: false,
        error: { kind: 'invalid', issues },
        computeMs: now() - started,
      }
    } catch (error) {
      return crash(request.runId, error, started)
    }
  },

  validation: (): ValidationReport => ({ ...runValidation(), gpu: gpuValidation() }),

  /**
   * Test hooks (the page's `?e2e-hooks` mode, src/app/e2e-hooks.ts): keep this worker busy for `ms`
   * (at most a minute), as a stalled engine would be, or throw an uncaught error inside it, as a
   * crashed one would. Harmless otherwise: nothing in the app calls them.
   */
  debugStall(ms: number): number {
    const until = now() + Math.min(60_000, Math.max(0, ms))
    let spins = 0
    while (now() < until) spins++
    return spins
  },
  debugCrash(): void {
    setTimeout(() => {
      throw new Error('engine crash requested by a test')
    }, 0)
  },
}

export type EngineApi = typeof engineApi
