/**
 * The page's handle on the engine. Two lanes, each a worker:
 * - "fast": the KPI result and the trajectory (milliseconds);
 * - "heavy": Monte Carlo, attribution, sensitivity, claims, validation (tens of ms).
 * Every request carries a runId and only the latest per channel is applied. A lane never queues
 * stale work: the fast lane keeps at most one pending request (the newest), and the heavy lane
 * terminates a busy worker and starts a fresh one when newer work arrives. A worker that crashes or
 * stalls is restarted and the caller gets an error it can show. Without Worker support the same
 * engine runs in-thread behind the same interface.
 */
import { wrap, type Remote } from 'comlink'

import { attributionFromPartials, bandsFromSamples, sortSensitivity } from '@/engine/index'
import type {
  AnalysisOptions,
  AnalysisPart,
  AnalysisResult,
  AssumptionValues,
  ClaimCheck,
  EconomicsPart,
  EconomicsResult,
  EconomicsInputs,
  ScenarioInput,
  ScenarioIssue,
  SimulationResult,
} from '@/engine/index'

import type { EngineApi } from './engine-api'
import type {
  BatchItem,
  CompareItem,
  EngineResponse,
  FrontierItem,
  ValidationReport,
} from './protocol'

export type Stale = { readonly stale: true }
export type Outcome<T> = EngineResponse<T> | Stale

export const isStale = <T>(outcome: Outcome<T>): outcome is Stale => 'stale' in outcome

export type Lane = 'fast' | 'heavy'
/** Every worker the client runs: the two lanes, the second heavy worker and the economics worker. */
export type WorkerName = Lane | 'heavy2' | 'economics'

export interface EngineClientOptions {
  /** Creates a worker running engine.worker.ts; omit (or return undefined) to run in-thread. */
  readonly createWorker?: () => Worker | undefined
  /** Milliseconds before a request counts as stalled and its worker is restarted. */
  readonly timeoutMs?: Partial<Record<Lane, number>>
  /** Called when a worker had to be restarted (crash or stall), with a message for the user. */
  readonly onRestart?: (lane: Lane, reason: string) => void
  /** In-thread fallback implementation (loaded lazily by the caller to keep the main bundle small). */
  readonly loadInThread?: () => Promise<EngineApi>
}

export interface EngineClient {
  simulate(input: ScenarioInput): Promise<Outcome<SimulationResult>>
  /** An untrusted input's issues (empty when it can run), checked in the worker; latest request wins. */
  check(input: unknown, economics?: unknown): Promise<Outcome<readonly ScenarioIssue[]>>
  /**
   * The same check, answered for every call: nothing supersedes it (the features' port, whose
   * callers order their own checks: an edit and the one before it, an imported file's scenarios
   * one after the other, the saved scenarios), so no feature's check cancels another's or a
   * shared link's. Stale only when the client is disposed.
   */
  checkEach(input: unknown, economics?: unknown): Promise<Outcome<readonly ScenarioIssue[]>>
  /** The assumptions editor's values (current and per-section defaults); latest request wins. */
  assumptions(input: ScenarioInput): Promise<Outcome<AssumptionValues>>
  /** Several scenarios in one request; only the latest batch is applied. */
  simulateMany(inputs: readonly ScenarioInput[]): Promise<Outcome<readonly BatchItem[]>>
  /** Like simulateMany, on a channel of its own (the 2030 outlook), so it never supersedes a story's batch. */
  outlook(inputs: readonly ScenarioInput[]): Promise<Outcome<readonly BatchItem[]>>
  analyze(
    input: ScenarioInput,
    options: AnalysisOptions,
    lane: Lane,
  ): Promise<Outcome<AnalysisResult>>
  claims(): Promise<ClaimCheck[]>
  validation(): Promise<ValidationReport>
  /** Results and trajectories of several scenarios (compare view); latest request wins. */
  compare(inputs: readonly ScenarioInput[]): Promise<Outcome<CompareItem[]>>
  /** The throughput–interactivity frontier of each scenario (frontier view); latest request wins. */
  frontier(inputs: readonly ScenarioInput[]): Promise<Outcome<readonly FrontierItem[]>>
  /** The economics views' analyses on their own worker (latest request wins; a busy run is cut short by a newer one). */
  economics(
    input: ScenarioInput,
    inputs: EconomicsInputs | null,
    parts?: readonly EconomicsPart[],
  ): Promise<Outcome<EconomicsResult>>
  /** True when requests run on the main thread (no worker). */
  readonly inThread: () => boolean
  /**
   * Test hooks (src/app/e2e-hooks.ts, only with `?e2e-hooks`): keep a worker busy for `ms` (a stall),
   * make it throw an uncaught error (a crash), or terminate it behind the client's back (killed by
   * the browser): the client must notice each, restart the worker and report it.
   */
  readonly debug: {
    stall(worker: WorkerName, ms: number): Promise<unknown>
    crash(worker: WorkerName): Promise<unknown>
    kill(worker: WorkerName): boolean
  }
  dispose(): void
}

interface Job<T> {
  readonly run: (api: Remote<EngineApi> | EngineApi) => Promise<T>
  readonly resolve: (value: T | Stale) => void
  readonly reject: (reason: unknown) => void
  readonly channel: string
  readonly runId: number
}

const DEFAULT_TIMEOUT: Record<Lane, number> = { fast: 10_000, heavy: 60_000 }

/** Analyses the heavy lane splits across its two workers (see analyzeHeavy). */
const SPLIT_PARTS: readonly AnalysisPart[] = ['uncertainty', 'attribution', 'sensitivity']

class WorkerLane {
  private worker: Worker | undefined
  private remote: Remote<EngineApi> | undefined
  private inFlight: Job<unknown> | undefined
  /** At most one waiting job per channel, oldest first. */
  private readonly pending = new Map<string, Job<unknown>>()
  private timer: ReturnType<typeof setTimeout> | undefined
  private fallback: EngineApi | undefined

  constructor(
    private readonly lane: Lane,
    private readonly options: EngineClientOptions,
  ) {}

  usesWorker(): boolean {
    return this.worker !== undefined
  }

  submit<T>(job: Job<T>): void {
    const j = job as Job<unknown>
    if (!this.inFlight) {
      this.start(j)
      return
    }
    if (this.lane === 'heavy' && this.worker && this.inFlight.channel === j.channel) {
      // Heavy work is obsolete the moment newer input for it arrives: stop it rather than wait.
      const old = this.inFlight
      this.restart()
      old.resolve({ stale: true })
      this.start(j)
      return
    }
    this.pending.get(j.channel)?.resolve({ stale: true })
    this.pending.delete(j.channel)
    this.pending.set(j.channel, j)
  }

  private takeNext(): Job<unknown> | undefined {
    const first = this.pending.entries().next()
    if (first.done) return undefined
    this.pending.delete(first.value[0])
    return first.value[1]
  }

  private ensureWorker(): Remote<EngineApi> | undefined {
    if (this.remote) return this.remote
    try {
      const worker = this.options.createWorker?.()
      if (!worker) return undefined
      worker.addEventListener('error', (event) =>
        this.fail(`the engine worker crashed (${event.message || 'unknown error'})`),
      )
      this.worker = worker
      this.remote = wrap<EngineApi>(worker)
      return this.remote
    } catch {
      return undefined
    }
  }

  private async inThreadApi(): Promise<EngineApi> {
    if (!this.fallback) {
      if (!this.options.loadInThread) throw new Error('no worker and no in-thread engine available')
      this.fallback = await this.options.loadInThread()
    }
    return this.fallback
  }

  private start(job: Job<unknown>): void {
    this.inFlight = job
    const remote = this.ensureWorker()
    const timeout = this.options.timeoutMs?.[this.lane] ?? DEFAULT_TIMEOUT[this.lane]
    if (remote) {
      this.timer = setTimeout(
        () => this.fail(`the engine took longer than ${Math.round(timeout / 1000)} s`),
        timeout,
      )
    }
    const api: Promise<Remote<EngineApi> | EngineApi> = remote
      ? Promise.resolve(remote)
      : this.inThreadApi()
    api
      .then((a) => job.run(a))
      .then(
        (value) => this.finish(job, () => job.resolve(value)),
        (error: unknown) => this.finish(job, () => job.reject(error)),
      )
  }

  private finish(job: Job<unknown>, settle: () => void): void {
    if (this.inFlight !== job) return // terminated or replaced: already settled as stale or failed
    clearTimeout(this.timer)
    this.inFlight = undefined
    settle()
    const next = this.takeNext()
    if (next) this.start(next)
  }

  private fail(reason: string): void {
    const job = this.inFlight
    this.restart()
    this.options.onRestart?.(this.lane, reason)
    if (job) {
      job.resolve({
        runId: job.runId,
        ok: false,
        error: { kind: 'crash', message: `${reason}; it was restarted` },
        computeMs: 0,
      })
    }
    const next = this.takeNext()
    if (next) this.start(next)
  }

  private restart(): void {
    clearTimeout(this.timer)
    this.worker?.terminate()
    this.worker = undefined
    this.remote = undefined
    this.inFlight = undefined
  }

  /** Terminate the worker without telling the lane, as if the browser had killed it (tests only). */
  kill(): boolean {
    if (!this.worker) return false
    this.worker.terminate()
    return true
  }

  dispose(): void {
    for (const job of this.pending.values()) job.resolve({ stale: true })
    this.pending.clear()
    this.inFlight?.resolve({ stale: true })
    this.restart()
  }
}

export function createEngineClient(options: EngineClientOptions = {}): EngineClient {
  const latest = new Map<string, number>()
  // Two heavy workers: the Monte Carlo samples and the attribution's coalitions are split between
  // them, so a full recompute uses both cores (see analyzeHeavy).
  const lanes: Record<WorkerName, WorkerLane> = {
    fast: new WorkerLane('fast', options),
    heavy: new WorkerLane('heavy', options),
    heavy2: new WorkerLane('heavy', options),
    // The economics views (and the frontier view): started only when one of them is open, never
    // queued behind the analyses.
    economics: new WorkerLane('heavy', options),
  }
  let counter = 0

  function request<T>(
    lane: WorkerName,
    channel: string,
    call: (api: Remote<EngineApi> | EngineApi, runId: number) => Promise<T> | T,
  ): Promise<T | Stale> {
    const runId = ++counter
    latest.set(channel, runId)
    return new Promise<T | Stale>((resolve, reject) => {
      lanes[lane].submit<T>({
        channel,
        runId,
        run: async (api) => call(api, runId),
        resolve: (value) =>
          resolve(latest.get(channel) === runId || isStaleValue(value) ? value : { stale: true }),
        reject,
      })
    })
  }

  /** A request on a channel of its own, which nothing supersedes (see checkEach). */
  function answered<T>(
    lane: WorkerName,
    call: (api: Remote<EngineApi> | EngineApi, runId: number) => Promise<T> | T,
  ): Promise<T | Stale> {
    const runId = ++counter
    return new Promise<T | Stale>((resolve, reject) => {
      lanes[lane].submit<T>({
        channel: `answered:${runId}`,
        runId,
        run: async (api) => call(api, runId),
        resolve,
        reject,
      })
    })
  }

  return {
    simulate: (input) =>
      request('fast', 'simulate', (api, runId) => api.simulate({ runId, input })),
    check: (input, economics) =>
      request('fast', 'check', (api, runId) =>
        api.check({ runId, input, ...(economics === undefined ? {} : { economics }) }),
      ),
    checkEach: (input, economics) =>
      answered('fast', (api, runId) =>
        api.check({ runId, input, ...(economics === undefined ? {} : { economics }) }),
      ),
    assumptions: (input) =>
      request('fast', 'assumptions', (api, runId) => api.assumptions({ runId, input })),
    simulateMany: (inputs) =>
      request('fast', 'simulateMany', (api, runId) => api.simulateMany({ runId, inputs })),
    outlook: (inputs) =>
      request('fast', 'outlook', (api, runId) => api.simulateMany({ runId, inputs })),
    analyze: (input, analysisOptions, lane) =>
      lane === 'heavy' &&
      !analysisOptions.split &&
      (analysisOptions.parts ?? []).some((p) => SPLIT_PARTS.includes(p))
        ? analyzeHeavy(input, analysisOptions)
        : request(lane, `analyze:${lane}`, (api, runId) =>
            api.analyze({ runId, input, options: analysisOptions }),
          ),
    claims: async () => {
      const result = await request('fast', 'claims', (api) => api.claims())
      if (isStaleValue(result)) throw new Error('claims request superseded')
      return result
    },
    validation: async () => {
      const result = await request('fast', 'validation', (api) => api.validation())
      if (isStaleValue(result)) throw new Error('validation request superseded')
      return result
    },
    compare: (inputs) =>
      request('heavy', 'compare', (api, runId) => api.compare({ runId, inputs })),
    // On the economics worker, which is idle while the Frontier view is open (the economics views
    // are not): a few chips' frontiers take tens of ms, which neither the fast lane's key figures
    // nor the heavy lane's analyses (and the attribution table they keep) should wait behind.
    frontier: (inputs) =>
      request('economics', 'frontier', (api, runId) => api.frontier({ runId, inputs })),
    economics: (input, inputs, parts) =>
      request('economics', 'economics', (api, runId) =>
        api.economics({ runId, input, inputs, ...(parts ? { parts } : {}) }),
      ),
    inThread: () => !lanes.fast.usesWorker(),
    debug: {
      stall: (worker, ms) => request(worker, 'debug', (api) => api.debugStall(ms)),
      crash: (worker) => request(worker, 'debug', (api) => api.debugCrash()),
      kill: (worker) => lanes[worker].kill(),
    },
    dispose: () => {
      lanes.fast.dispose()
      lanes.heavy.dispose()
      lanes.heavy2.dispose()
      lanes.economics.dispose()
    },
  }

  /**
   * Heavy analyses on two workers: each computes half the Monte Carlo samples, half the
   * attribution's coalitions and half the tornado's levers (the first also the rest of what was asked), and the halves are combined here: a few
   * kB of partial sums and samples, no second round trip.
   */
  async function analyzeHeavy(
    input: ScenarioInput,
    analysisOptions: AnalysisOptions,
  ): Promise<Outcome<AnalysisResult>> {
    const parts = analysisOptions.parts ?? []
    const split = parts.filter((p) => SPLIT_PARTS.includes(p))
    const shared = {
      year: analysisOptions.year,
      samples: analysisOptions.samples,
      seed: analysisOptions.seed,
    }
    const [first, second] = await Promise.all([
      request('heavy', 'analyze:heavy', (api, runId) =>
        api.analyze({
          runId,
          input,
          options: { ...analysisOptions, split: { part: 0, parts: 2 } },
        }),
      ),
      request('heavy2', 'analyze:heavy2', (api, runId) =>
        api.analyze({
          runId,
          input,
          options: { ...shared, parts: split, split: { part: 1, parts: 2 } },
        }),
      ),
    ])
    if (isStale(first) || isStale(second)) return { stale: true }
    if (!first.ok) return first
    if (!second.ok) return second
    const { partials: firstPartials, ...rest } = first.value
    const secondPartials = second.value.partials
    try {
      const uncertainty =
        firstPartials?.uncertainty && secondPartials?.uncertainty
          ? bandsFromSamples([firstPartials.uncertainty, secondPartials.uncertainty])
          : undefined
      const attribution =
        firstPartials?.attribution && secondPartials?.attribution
          ? attributionFromPartials([firstPartials.attribution, secondPartials.attribution])
          : undefined
      const sensitivity =
        firstPartials?.sensitivity && secondPartials?.sensitivity
          ? sortSensitivity([...firstPartials.sensitivity, ...secondPartials.sensitivity])
          : undefined
      return {
        runId: first.runId,
        ok: true,
        value: {
          ...rest,
          ...(uncertainty ? { uncertainty } : {}),
          ...(attribution ? { attribution } : {}),
          ...(sensitivity ? { sensitivity } : {}),
        },
        computeMs: Math.max(first.computeMs, second.computeMs),
      }
    } catch (error) {
      return {
        runId: first.runId,
        ok: false,
        error: { kind: 'crash', message: error instanceof Error ? error.message : String(error) },
        computeMs: 0,
      }
    }
  }
}

function isStaleValue(value: unknown): value is Stale {
  return typeof value === 'object' && value !== null && 'stale' in value
}
