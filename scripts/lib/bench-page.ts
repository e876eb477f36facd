/// <reference lib="dom" />
/**
 * The in-page half of the browser benchmark (scripts/bench-browser.ts). Every function here is
 * serialised by playwright-core and runs inside the page, so each must be self-contained: no
 * imports, no closures over module values, arguments and results plain JSON.
 */

/** What the page records while the benchmark drives it (window.__bench). */
export interface PageRecord {
  /** performance.now() when the first KPI value was in the DOM, and just after its first paint. */
  kpiInDom?: number
  kpiPaint?: number
  /** Main-thread tasks over 50 ms (Long Tasks API). */
  longTasks: { start: number; duration: number }[]
  /** Long animation frames with their slowest scripts (diagnostics). */
  loafs: {
    start: number
    duration: number
    blocking: number
    scripts: { source: string; fn: string; invoker: string; duration: number }[]
  }[]
  /** Event Timing entries at or over 16 ms (the API's floor): input to the next presented frame. */
  events: { name: string; start: number; duration: number; target: string }[]
  /** Every slider `input` event: its time stamp and the time just after the frame it caused painted. */
  inputs: { at: number; painted: number }[]
  /** requestAnimationFrame callbacks, for the frame rate. */
  frames: number[]
}

declare global {
  interface Window {
    __bench?: PageRecord
  }
}

type Outcome =
  | { readonly stale: true }
  | { readonly ok: true; readonly computeMs: number }
  | { readonly ok: false; readonly error: unknown }
interface LabState {
  readonly run: { readonly status: string }
  readonly analysis: {
    readonly heavyStatus: string
    readonly trajectoryStatus: string
    readonly attribution: unknown
  }
  readonly setLever: (id: string, adoption: number) => void
}
/** The slice of src/app/e2e-hooks.ts's `window.__lab` the benchmark uses (typed here, not imported: this file runs in the page). */
interface Lab {
  readonly store: { getState(): LabState; subscribe(listener: (s: LabState) => void): () => void }
  readonly engine: {
    simulate(input: unknown): Promise<Outcome>
    analyze(input: unknown, options: { parts: string[] }, lane: 'fast' | 'heavy'): Promise<Outcome>
  }
}

/**
 * Installed with page.addInitScript before any app code runs. "Just after paint" is taken as a
 * message posted from a requestAnimationFrame callback: it runs once the frame that the callback
 * belongs to has been painted and committed to the compositor.
 */
export function instrumentPage(sliderSelector: string): void {
  const record: PageRecord = { longTasks: [], loafs: [], events: [], inputs: [], frames: [] }
  window.__bench = record

  const afterNextPaint = (done: (t: number) => void): void => {
    requestAnimationFrame(() => {
      const channel = new MessageChannel()
      channel.port1.onmessage = () => done(performance.now())
      channel.port2.postMessage(0)
    })
  }

  const observe = (
    type: string,
    onEntry: (e: PerformanceEntry) => void,
    extra: Record<string, unknown> = {},
  ): void => {
    try {
      new PerformanceObserver((list) => list.getEntries().forEach(onEntry)).observe({
        type,
        buffered: true,
        ...extra,
      })
    } catch {
      // Entry type not supported by this browser: the metric is reported as missing.
    }
  }
  observe('longtask', (e) => record.longTasks.push({ start: e.startTime, duration: e.duration }))
  observe('long-animation-frame', (e) => {
    const loaf = e as PerformanceEntry & {
      blockingDuration: number
      scripts: {
        sourceURL: string
        sourceFunctionName: string
        invoker: string
        duration: number
      }[]
    }
    record.loafs.push({
      start: loaf.startTime,
      duration: loaf.duration,
      blocking: loaf.blockingDuration,
      scripts: [...loaf.scripts]
        .sort((a, b) => b.duration - a.duration)
        .slice(0, 3)
        .map((s) => ({
          source: s.sourceURL.replace(/^.*\//, ''),
          fn: s.sourceFunctionName,
          invoker: s.invoker,
          duration: s.duration,
        })),
    })
  })
  observe(
    'event',
    (e) => {
      const target = (e as PerformanceEntry & { target?: Element | null }).target
      record.events.push({
        name: e.name,
        start: e.startTime,
        duration: e.duration,
        target: target?.className?.toString() ?? '',
      })
    },
    { durationThreshold: 16 },
  )

  // The first KPI value on screen.
  const kpiObserver = new MutationObserver(() => {
    if (record.kpiInDom !== undefined || !document.querySelector('.kpi-grid .kpi-value')) return
    record.kpiInDom = performance.now()
    kpiObserver.disconnect()
    afterNextPaint((t) => (record.kpiPaint = t))
  })
  kpiObserver.observe(document, { childList: true, subtree: true })

  // Input to the paint after it, for every slider event.
  let pending: number[] = []
  window.addEventListener(
    'input',
    (event) => {
      if (!(event.target instanceof Element) || !event.target.matches(sliderSelector)) return
      pending.push(event.timeStamp)
      if (pending.length > 1) return
      afterNextPaint((t) => {
        for (const at of pending) record.inputs.push({ at, painted: t })
        pending = []
      })
    },
    true,
  )

  const frame = (t: number): void => {
    record.frames.push(t)
    if (record.frames.length > 20_000) record.frames.splice(0, 10_000)
    requestAnimationFrame(frame)
  }
  requestAnimationFrame(frame)
}

/** Resource Timing of every script the page fetched (the worker script included). */
export function scriptResources(): {
  url: string
  initiator: string
  start: number
  end: number
}[] {
  return performance
    .getEntriesByType('resource')
    .map((e) => e as PerformanceResourceTiming)
    .filter((e) => new URL(e.name).pathname.endsWith('.js'))
    .map((e) => ({
      url: e.name,
      initiator: e.initiatorType,
      start: e.startTime,
      end: e.responseEnd,
    }))
}

/** First contentful paint, ms after navigation; undefined if not yet painted. */
export function firstContentfulPaint(): number | undefined {
  return performance.getEntriesByName('first-contentful-paint')[0]?.startTime
}

/**
 * Full recomputes through the app's engine client (needs `?e2e-hooks`): what the app asks the
 * workers for after a scenario change, without its debounce: the KPI result and the trajectory
 * on the fast lane and the Monte Carlo, attribution and tornado analyses on the two heavy workers.
 * All levers on in 2030 (the heaviest attribution table). `mode`: 'slider' moves one lever per run
 * (what a user does; the workers reuse the coalitions without it), 'cold' changes the workload
 * per run (nothing to reuse: a new model, hardware or workload). Returns the wall-clock round
 * trips and the heavy lane's compute time inside the workers, ms.
 */
export async function fullRecomputes(args: {
  leverIds: string[]
  warmup: number
  runs: number
  mode: 'slider' | 'cold'
}): Promise<{ roundTrip: number[]; heavyCompute: number[] }> {
  const lab = (window as unknown as { __lab?: Lab }).__lab
  if (!lab) throw new Error('no window.__lab: open the page with ?e2e-hooks')
  const roundTrip: number[] = []
  const heavyCompute: number[] = []
  const levers: Record<string, number> = Object.fromEntries(args.leverIds.map((id) => [id, 1]))
  for (let i = 0; i < args.warmup + args.runs; i++) {
    const id = args.leverIds[i % args.leverIds.length]!
    if (args.mode === 'slider') levers[id] = levers[id] === 1 ? 0.55 + (i % 7) / 20 : 1
    const input = {
      year: 2030,
      levers: { ...levers },
      ...(args.mode === 'cold' ? { workload: { preset: 'chat', inputTokens: 1000 + i } } : {}),
    }
    const t0 = performance.now()
    const [sim, trajectory, heavy] = await Promise.all([
      lab.engine.simulate(input),
      lab.engine.analyze(input, { parts: ['trajectory'] }, 'fast'),
      lab.engine.analyze(input, { parts: ['uncertainty', 'attribution', 'sensitivity'] }, 'heavy'),
    ])
    const t = performance.now() - t0
    for (const o of [sim, trajectory, heavy]) {
      if ('stale' in o) throw new Error('a benchmark request was superseded (is the app busy?)')
      if (!o.ok) throw new Error(`engine error: ${JSON.stringify(o.error).slice(0, 200)}`)
    }
    if (i >= args.warmup && !('stale' in heavy) && heavy.ok) {
      roundTrip.push(t)
      heavyCompute.push(heavy.computeMs)
    }
    await new Promise((r) => setTimeout(r, 50))
  }
  return { roundTrip, heavyCompute }
}

/**
 * A lever change through the store, timed until the heavy analyses for it are on the page
 * (the app's debounce included): what a user waits for after releasing a slider.
 */
export async function changeToHeavyResult(args: {
  leverIds: string[]
  runs: number
}): Promise<number[]> {
  const lab = (window as unknown as { __lab?: Lab }).__lab
  if (!lab) throw new Error('no window.__lab: open the page with ?e2e-hooks')
  const out: number[] = []
  for (let i = 0; i < args.runs; i++) {
    const store = lab.store
    const before = store.getState().analysis.attribution
    const t0 = performance.now()
    const done = new Promise<void>((resolve, reject) => {
      const timer = setTimeout(() => reject(new Error('no heavy result within 20 s')), 20_000)
      const unsubscribe = store.subscribe((s) => {
        if (s.analysis.heavyStatus === 'done' && s.analysis.attribution !== before) {
          clearTimeout(timer)
          unsubscribe()
          resolve()
        }
      })
    })
    store.getState().setLever(args.leverIds[i % args.leverIds.length]!, 0.25 + (i % 3) / 4)
    await done
    // Paint included.
    await new Promise<void>((r) => requestAnimationFrame(() => setTimeout(r, 0)))
    out.push(performance.now() - t0)
    await new Promise((r) => setTimeout(r, 200))
  }
  return out
}

/**
 * `count` lever updates through the sliders themselves (value set, `input` event dispatched, as
 * the browser does during a drag), each awaited until its KPI result and trajectory are applied;
 * then waits for the heavy analyses to settle. Needs `?e2e-hooks`.
 */
export async function leverUpdates(args: {
  count: number
  seed: number
}): Promise<{ ms: number; updates: number }> {
  const lab = (window as unknown as { __lab?: Lab }).__lab
  if (!lab) throw new Error('no window.__lab: open the page with ?e2e-hooks')
  const store = lab.store
  const sliders = [
    ...document.querySelectorAll<HTMLInputElement>('input.lever-slider:not(:disabled)'),
  ]
  if (sliders.length === 0) throw new Error('no enabled lever slider')
  let seed = args.seed >>> 0
  const random = (): number => {
    seed = (seed * 1664525 + 1013904223) >>> 0
    return seed / 2 ** 32
  }
  const settled = (): Promise<void> =>
    new Promise<void>((resolve, reject) => {
      const ok = (): boolean => {
        const s = store.getState()
        return s.run.status !== 'running' && s.analysis.trajectoryStatus !== 'running'
      }
      queueMicrotask(() => {
        if (ok()) return resolve()
        const timer = setTimeout(() => reject(new Error('no engine reply within 10 s')), 10_000)
        const unsubscribe = store.subscribe(() => {
          if (!ok()) return
          clearTimeout(timer)
          unsubscribe()
          resolve()
        })
      })
    })
  const t0 = performance.now()
  let updates = 0
  for (let i = 0; i < args.count; i++) {
    const slider = sliders[Math.floor(random() * sliders.length)]!
    const current = Number(slider.value)
    let next = Math.round(random() * 100)
    if (next === current) next = (current + 1) % 101
    // The prototype's setter, as the browser itself sets it (React watches the element's own value).
    Reflect.set(HTMLInputElement.prototype, 'value', String(next), slider)
    slider.dispatchEvent(new Event('input', { bubbles: true }))
    updates++
    await settled()
  }
  const ms = performance.now() - t0
  // Let the debounced heavy analyses run and land.
  await new Promise<void>((resolve) => {
    const check = (): void => {
      const s = store.getState()
      if (s.analysis.heavyStatus !== 'running') resolve()
      else setTimeout(check, 100)
    }
    setTimeout(check, 400)
  })
  return { ms, updates }
}
