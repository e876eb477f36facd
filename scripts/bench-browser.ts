/**
 * npm run bench:browser (also the second half of `npm run bench`): the dashboard in a real browser
 * against the product's budgets, written to bench-results.json (section `browser`) and BENCHMARKS.md.
 * The production build (NODE_ENV=production vite build) is served by `vite preview` and driven in
 * headless Debian Chromium through playwright-core (scripts/lib/chromium.ts, the e2e tests' flags).
 *
 *   (a) first load, fresh browser context each run (cold cache, first visit): first KPI value
 *       painted after navigation (≤ 1.5 s), and the JavaScript fetched, gzip: the main thread's
 *       until the default view has settled (≤ 250 KB), before the first KPI paint, the engine
 *       worker's, and the entry chunk with its static imports;
 *   (b) a lever slider dragged continuously for 5 s (mouse down, a move every 16.7 ms), on the
 *       default view and on the trajectory view: input to the next paint for every `input` event
 *       (p95 ≤ 50 ms), the same from the Event Timing API (input to the presented frame), and
 *       main-thread tasks over 50 ms from the drag's start until 2 s after release (none allowed);
 *   (c) a full recompute through the page's engine client (KPI result and trajectory on the fast
 *       worker, Monte Carlo, attribution and tornado on the two heavy workers), all 17 levers on, 2030:
 *       round trip p95 ≤ 100 ms; and a slider change until its heavy analyses are on screen;
 *   (d) the JS heap (CDP, after forced garbage collection) after 100 and after 10,000 lever updates
 *       made through the sliders: growth ≤ +10 %.
 *
 *   npm run bench:browser                         build into dist/, serve on :4180, all of it
 *   npm run bench:browser -- --runs 9             more load runs (drag runs: --drag-runs)
 *   npm run bench:browser -- --no-build --out-dir /tmp/dist-x --port 4206
 *   npm run bench:browser -- --only load,drag     a subset (load, drag, worker, heap); not written unless --merge
 *   npm run bench:browser -- --only heap --merge  rerun a part and replace its metrics in the section
 *   npm run bench:browser -- --no-write           print only
 *   BENCH_PORT, BENCH_OUT_DIR                     defaults for --port and --out-dir (also for `npm run bench`)
 *   npm run bench:browser -- --section browser-baseline --title "…"   write under another key
 */
import { readFileSync } from 'node:fs'
import { cpus, loadavg } from 'node:os'
import path from 'node:path'
import { gzipSync } from 'node:zlib'

import type { Browser, BrowserContext, CDPSession, Page } from 'playwright-core'

import { LEVER_IDS } from '../src/engine/index'

import {
  changeToHeavyResult,
  firstContentfulPaint,
  fullRecomputes,
  instrumentPage,
  leverUpdates,
  scriptResources,
  type PageRecord,
} from './lib/bench-page'
import {
  median,
  metric,
  nodeEnvironment,
  percentile,
  readBenchReport,
  stats,
  writeBenchSection,
  type BenchMetric,
  type BenchSection,
} from './lib/bench-report'
import { launchChromium } from './lib/chromium'
import { buildProduction, ROOT, startPreview } from './lib/preview-server'

// Budgets (issue 7).
const INPUT_TO_PAINT_P95_MS = 50
const ONE_FRAME_MS = 1000 / 60
const LONG_TASK_MS = 50
const FIRST_KPI_MS = 1500
const INITIAL_JS_KB = 250
const FULL_RECOMPUTE_P95_MS = 100
const HEAP_GROWTH = 0.1

const DRAG_MS = 5000
const DRAG_WARMUP_MS = 1000
const DRAG_TAIL_MS = 2000
const MOVE_INTERVAL_MS = 1000 / 60
const SWEEP_MS = 2000 // one slider sweep, 0 → 100 % → 0, during a drag
const SLIDER = 'input.lever-slider'
const VIEWPORT = { width: 1440, height: 900 }
const DRAG_VIEWS = [
  // `tab`: the view's id (src/app/views.ts); its tab is #tab-<id>, which survives a relabelling.
  { id: 'overview', label: 'default view (Prefill & decode)', tab: undefined },
  { id: 'trajectory', label: 'trajectory view', tab: 'trajectory' },
] as const
const RECOMPUTE_WARMUP = 3
const RECOMPUTE_RUNS = 21
const CHANGE_RUNS = 9
const HEAP_FIRST = 100
/** src/app/engine-sync.ts HEAVY_DEBOUNCE_MS (not imported: that module needs the app's `@/` paths). */
const HEAVY_DEBOUNCE_MS = 120

type Part = 'load' | 'drag' | 'worker' | 'heap'
const PARTS: readonly Part[] = ['load', 'drag', 'worker', 'heap']

interface Options {
  readonly runs: number
  readonly dragRuns: number
  readonly heapUpdates: number
  readonly port: number
  readonly outDir: string
  readonly build: boolean
  readonly write: boolean
  readonly only: readonly Part[]
  readonly section: string
  readonly title: string
  /** Keep the section's other metrics (a rerun of some parts). */
  readonly merge: boolean
}

function parseOptions(argv: readonly string[]): Options {
  const value = (name: string): string | undefined => {
    const at = argv.indexOf(name)
    return at >= 0 ? argv[at + 1] : undefined
  }
  const whole = (name: string, fallback: number, min: number): number => {
    const raw = value(name)
    if (raw === undefined) return fallback
    const n = Number(raw)
    if (!Number.isInteger(n) || n < min)
      throw new Error(`${name} must be a whole number of at least ${min}`)
    return n
  }
  const onlyRaw = value('--only')
  const only = onlyRaw ? (onlyRaw.split(',') as Part[]) : PARTS
  for (const p of only)
    if (!PARTS.includes(p)) throw new Error(`--only: unknown part ${p} (${PARTS.join(', ')})`)
  return {
    runs: whole('--runs', 7, 3),
    dragRuns: whole('--drag-runs', 3, 1),
    heapUpdates: whole('--heap-updates', 10_000, HEAP_FIRST * 2),
    port: whole('--port', Number(process.env.BENCH_PORT ?? 4180), 1),
    outDir: value('--out-dir') ?? process.env.BENCH_OUT_DIR ?? 'dist',
    build: !argv.includes('--no-build'),
    write: !argv.includes('--no-write') && (onlyRaw === undefined || argv.includes('--merge')),
    merge: argv.includes('--merge'),
    only,
    section: value('--section') ?? 'browser',
    title: value('--title') ?? 'Dashboard in a real browser',
  }
}

const sleep = (ms: number): Promise<void> => new Promise((resolve) => setTimeout(resolve, ms))
const fmt = (x: number): string =>
  x.toLocaleString('en-US', { maximumFractionDigits: x < 10 ? 2 : x < 100 ? 1 : 0 })
const log = (text: string): void => void process.stderr.write(`${text}\n`)

// tsx compiles named inner functions with esbuild's keepNames, which calls a `__name` helper that
// does not exist in the page; give the page a no-op one before anything else runs.
const NAME_SHIM = 'globalThis.__name = globalThis.__name || ((f) => f)'

/**
 * A fresh browser context (cold cache, empty storage). `instrument`: record paints, long tasks and
 * input timings in the page (window.__bench); off for the heap measurement, whose records would
 * otherwise grow with every update and be counted as the app's.
 */
async function newContext(browser: Browser, instrument = true): Promise<BrowserContext> {
  const context = await browser.newContext({ viewport: VIEWPORT })
  await context.addInitScript(NAME_SHIM)
  if (instrument) await context.addInitScript(instrumentPage, SLIDER)
  return context
}

async function record(page: Page): Promise<PageRecord> {
  const r = await page.evaluate(() => window.__bench)
  if (!r) throw new Error('the page was not instrumented')
  return r
}

// ------------------------------------------------------------------------------------------------
// (a) First load
// ------------------------------------------------------------------------------------------------

interface LoadRun {
  readonly kpiPaint: number
  readonly fcp: number | undefined
  readonly beforeKpiKb: number
  readonly settledKb: number
  readonly workerKb: number
  readonly mainScripts: readonly string[]
}

const gzipCache = new Map<string, number>()
/** gzip -9 size of a built file, KB (1 KB = 1,000 bytes, as Vite prints). */
function gzipKb(outDir: string, urlPath: string): number {
  const file = path.join(path.resolve(ROOT, outDir), decodeURIComponent(urlPath))
  let size = gzipCache.get(file)
  if (size === undefined) {
    size = gzipSync(readFileSync(file), { level: 9 }).length
    gzipCache.set(file, size)
  }
  return size / 1000
}

const isWorkerScript = (p: string): boolean => /\/engine\.worker-[^/]*\.js$/.test(p)
const isServiceWorkerScript = (p: string): boolean => /^\/(sw|workbox-[^/]*)\.js$/.test(p)

async function loadRun(browser: Browser, base: string, outDir: string): Promise<LoadRun> {
  const context = await newContext(browser)
  const page = await context.newPage()
  await page.goto(base, { waitUntil: 'load' })
  await page.waitForFunction(() => window.__bench?.kpiPaint !== undefined, undefined, {
    timeout: 30_000,
  })
  // Settled: the default view's chart drawn and no request for a while.
  await page
    .locator('.view-panel .chart-frame')
    .first()
    .waitFor({ state: 'visible', timeout: 30_000 })
  await page.waitForLoadState('networkidle')
  await sleep(500)
  const r = await record(page)
  const fcp = await page.evaluate(firstContentfulPaint)
  const scripts = (await page.evaluate(scriptResources)).map((s) => ({
    ...s,
    path: new URL(s.url).pathname,
  }))
  await context.close()
  const kpiPaint = r.kpiPaint!
  const main = scripts.filter((s) => !isWorkerScript(s.path) && !isServiceWorkerScript(s.path))
  // Each file once (the three engine workers load the same script).
  const sum = (list: readonly { path: string }[]): number =>
    [...new Set(list.map((s) => s.path))].reduce((t, p) => t + gzipKb(outDir, p), 0)
  return {
    kpiPaint,
    fcp,
    beforeKpiKb: sum(main.filter((s) => s.end <= kpiPaint)),
    settledKb: sum(main),
    workerKb: sum(scripts.filter((s) => isWorkerScript(s.path))),
    mainScripts: [...new Set(main.map((s) => s.path.replace(/^\/assets\//, '')))],
  }
}

/** The entry chunk and its static imports, from the built index.html. */
function entryChunks(outDir: string): { files: string[]; kb: number } {
  const html = readFileSync(path.resolve(ROOT, outDir, 'index.html'), 'utf8')
  const files = [
    ...html.matchAll(
      /<(?:script[^>]*\ssrc|link[^>]*rel="modulepreload"[^>]*\shref)="([^"]+\.js)"/g,
    ),
  ].map((m) => m[1]!)
  return {
    files: files.map((f) => f.replace(/^\/assets\//, '')),
    kb: files.reduce((t, f) => t + gzipKb(outDir, f), 0),
  }
}

async function measureLoad(browser: Browser, base: string, o: Options): Promise<BenchMetric[]> {
  const runs: LoadRun[] = []
  await loadRun(browser, base, o.outDir) // warm the server and the browser, not counted
  for (let i = 0; i < o.runs; i++) {
    const r = await loadRun(browser, base, o.outDir)
    log(
      `  load ${i + 1}/${o.runs}: first KPI painted at ${fmt(r.kpiPaint)} ms; JS ${fmt(r.beforeKpiKb)} KB before it, ${fmt(r.settledKb)} KB settled (gzip)`,
    )
    runs.push(r)
  }
  const paints = runs.map((r) => r.kpiPaint)
  const fcps = runs.flatMap((r) => (r.fcp === undefined ? [] : [r.fcp]))
  const settled = runs.map((r) => r.settledKb)
  const last = runs[runs.length - 1]!
  const entry = entryChunks(o.outDir)
  const runsText = `${runs.length} runs, each in a fresh browser context (cold HTTP cache, first visit), ${VIEWPORT.width}×${VIEWPORT.height}, after one untimed run`
  return [
    metric({
      id: 'load.first_kpi_paint.median_ms',
      label: 'First KPI value painted after navigation, median',
      value: median(paints),
      unit: 'ms',
      budget: { op: '<=', value: FIRST_KPI_MS },
      method: `performance.now() just after the first frame showing a KPI value (MutationObserver, then requestAnimationFrame and a posted message); ${runsText}`,
      stats: stats(paints),
    }),
    metric({
      id: 'load.first_kpi_paint.p95_ms',
      label: 'First KPI value painted after navigation, p95',
      value: percentile(paints, 0.95),
      unit: 'ms',
      budget: { op: '<=', value: FIRST_KPI_MS },
      method: `nearest-rank p95 of the same ${runs.length} runs`,
      stats: stats(paints),
    }),
    ...(fcps.length > 0
      ? [
          metric({
            id: 'load.fcp.median_ms',
            label: 'First contentful paint, median',
            value: median(fcps),
            unit: 'ms',
            method: `Paint Timing API, the same runs (p95 ${fmt(percentile(fcps, 0.95))} ms)`,
            stats: stats(fcps),
          }),
        ]
      : []),
    metric({
      id: 'load.js_main_settled.gzip_kb',
      label: 'Initial JavaScript, main thread, default view settled (gzip)',
      value: median(settled),
      unit: 'KB',
      budget: { op: '<=', value: INITIAL_JS_KB },
      method: `gzip -9 size of every script the page fetched (Resource Timing) until the default view's charts were drawn and the network was idle, service worker and engine worker excluded; ${last.mainScripts.length} files: ${last.mainScripts.join(', ')}`,
    }),
    metric({
      id: 'load.js_before_kpi.gzip_kb',
      label: 'JavaScript fetched before the first KPI paint, main thread (gzip)',
      value: median(runs.map((r) => r.beforeKpiKb)),
      unit: 'KB',
      budget: { op: '<=', value: INITIAL_JS_KB },
      method:
        'the scripts above whose download ended before the first KPI paint, median over the runs',
    }),
    metric({
      id: 'load.js_worker.gzip_kb',
      label: 'Engine worker script (gzip)',
      value: median(runs.map((r) => r.workerKb)),
      unit: 'KB',
      method:
        'the engine worker, fetched in parallel off the main thread (every lane loads the same file once; the HTTP cache serves the rest)',
    }),
    metric({
      id: 'build.entry.gzip_kb',
      label: 'Entry chunk and its static imports (gzip)',
      value: entry.kb,
      unit: 'KB',
      method: `from the built index.html (module script and modulepreload links): ${entry.files.join(', ')}`,
    }),
  ]
}

// ------------------------------------------------------------------------------------------------
// (b) Slider drag
// ------------------------------------------------------------------------------------------------

interface DragRun {
  readonly inputToPaint: number[]
  readonly inputs: number
  /** Slider input events per second: fewer than the moves sent means the page could not keep up. */
  readonly inputRate: number
  /** Event Timing durations of the slider's `input` events at or over 16 ms. */
  readonly eventTimings: number[]
  /** Main-thread tasks over 50 ms while the finger moved, and in the 2 s after release. */
  readonly longTasks: number[]
  readonly longTasksAfter: number[]
  readonly fps: number
  readonly loafs: PageRecord['loafs']
}

async function drag(page: Page, ms: number): Promise<{ from: number; to: number }> {
  const slider = page.locator(`${SLIDER}:not(:disabled)`).first()
  await slider.scrollIntoViewIfNeeded()
  const box = await slider.boundingBox()
  if (!box) throw new Error('no slider on screen')
  const y = box.y + box.height / 2
  const left = box.x + 6
  const width = box.width - 12
  const from = await page.evaluate(() => performance.now())
  await page.mouse.move(left, y)
  await page.mouse.down()
  const start = Date.now()
  for (let i = 1; Date.now() - start < ms; i++) {
    const phase = ((Date.now() - start) % SWEEP_MS) / SWEEP_MS
    const fraction = phase < 0.5 ? phase * 2 : 2 - phase * 2
    await page.mouse.move(left + fraction * width, y)
    await sleep(Math.max(0, start + i * MOVE_INTERVAL_MS - Date.now()))
  }
  await page.mouse.up()
  const to = await page.evaluate(() => performance.now())
  return { from, to }
}

/** The open view's first chart is drawn, the network is idle, and the page has had time to calm down. */
async function viewSettled(page: Page): Promise<void> {
  await page
    .locator('.view-panel .chart-frame')
    .first()
    .waitFor({ state: 'visible', timeout: 30_000 })
  await page.waitForLoadState('networkidle')
  await sleep(1500)
}

async function openView(
  browser: Browser,
  base: string,
  tab: string | undefined,
): Promise<{ context: BrowserContext; page: Page }> {
  const context = await newContext(browser)
  const page = await context.newPage()
  await page.goto(base, { waitUntil: 'load' })
  await page.waitForFunction(() => window.__bench?.kpiPaint !== undefined, undefined, {
    timeout: 30_000,
  })
  if (tab) await page.locator(`#tab-${tab}`).click()
  await viewSettled(page)
  return { context, page }
}

async function measureDragView(
  browser: Browser,
  base: string,
  tab: string | undefined,
  runs: number,
): Promise<DragRun[]> {
  const { context, page } = await openView(browser, base, tab)
  await drag(page, DRAG_WARMUP_MS)
  await sleep(DRAG_TAIL_MS)
  const out: DragRun[] = []
  for (let i = 0; i < runs; i++) {
    const before = await record(page)
    const { from, to } = await drag(page, DRAG_MS)
    await sleep(DRAG_TAIL_MS)
    const r = await record(page)
    const inputs = r.inputs.slice(before.inputs.length).filter((x) => x.at >= from && x.at <= to)
    const frames = r.frames.filter((t) => t >= from && t <= to)
    const run: DragRun = {
      inputToPaint: inputs.map((x) => x.painted - x.at),
      inputs: inputs.length,
      inputRate: (inputs.length / (to - from)) * 1000,
      eventTimings: r.events
        .filter(
          (e) =>
            e.name === 'input' &&
            e.target.includes('lever-slider') &&
            e.start >= from &&
            e.start <= to,
        )
        .map((e) => e.duration),
      longTasks: r.longTasks.filter((t) => t.start >= from && t.start <= to).map((t) => t.duration),
      longTasksAfter: r.longTasks
        .filter((t) => t.start > to && t.start <= to + DRAG_TAIL_MS)
        .map((t) => t.duration),
      fps: (frames.length / (to - from)) * 1000,
      loafs: r.loafs.filter((l) => l.start >= from && l.start <= to + DRAG_TAIL_MS),
    }
    if (run.inputs < 10) throw new Error(`the drag produced only ${run.inputs} input events`)
    log(
      `  drag ${i + 1}/${runs}: ${run.inputs} inputs, input→paint p95 ${fmt(percentile(run.inputToPaint, 0.95))} ms, ${run.longTasks.length} long tasks while dragging (max ${fmt(Math.max(0, ...run.longTasks))} ms), ${run.longTasksAfter.length} after release (max ${fmt(Math.max(0, ...run.longTasksAfter))} ms), ${fmt(run.fps)} fps`,
    )
    out.push(run)
  }
  await context.close()
  return out
}

/** The p95 of Event Timing durations, counting the events under the API's 16 ms floor as 16 ms. */
function eventTimingP95(runs: readonly DragRun[]): number {
  const samples = runs.flatMap((r) => [
    ...r.eventTimings,
    ...Array<number>(Math.max(0, r.inputs - r.eventTimings.length)).fill(16),
  ])
  return percentile(samples, 0.95)
}

function loafSummary(runs: readonly DragRun[]): string {
  const bySource = new Map<string, { total: number; max: number; count: number }>()
  for (const l of runs.flatMap((r) => r.loafs)) {
    for (const s of l.scripts) {
      const key = `${s.invoker || '?'} ${s.fn ? `${s.fn} ` : ''}(${s.source || 'inline'})`
      const entry = bySource.get(key) ?? { total: 0, max: 0, count: 0 }
      entry.total += s.duration
      entry.max = Math.max(entry.max, s.duration)
      entry.count++
      bySource.set(key, entry)
    }
  }
  return [...bySource.entries()]
    .sort((a, b) => b[1].total - a[1].total)
    .slice(0, 5)
    .map(([k, v]) => `${k}: ${v.count}× up to ${fmt(v.max)} ms`)
    .join('; ')
}

async function measureDrag(
  browser: Browser,
  base: string,
  o: Options,
): Promise<{ metrics: BenchMetric[]; notes: string[] }> {
  const metrics: BenchMetric[] = []
  const notes: string[] = []
  for (const view of DRAG_VIEWS) {
    log(` drag on the ${view.label}`)
    const runs = await measureDragView(browser, base, view.tab, o.dragRuns)
    const all = runs.flatMap((r) => r.inputToPaint)
    const perRunP95 = runs.map((r) => percentile(r.inputToPaint, 0.95))
    const longTasks = runs.flatMap((r) => r.longTasks)
    const longTasksAfter = runs.flatMap((r) => r.longTasksAfter)
    const inputs = runs.reduce((t, r) => t + r.inputs, 0)
    const what = `${runs.length} drags of ${DRAG_MS / 1000} s on the first lever slider (mouse down, a move every ${fmt(MOVE_INTERVAL_MS)} ms sweeping 0→100→0 % every ${SWEEP_MS / 1000} s), after a ${DRAG_WARMUP_MS / 1000} s warm-up drag; ${inputs} input events`
    metrics.push(
      metric({
        id: `drag.${view.id}.input_to_paint.p95_ms`,
        label: `Slider drag, ${view.label}: input to next paint, p95`,
        value: percentile(all, 0.95),
        unit: 'ms',
        budget: { op: '<=', value: INPUT_TO_PAINT_P95_MS },
        method: `every slider input event: event time stamp to just after the next frame was painted (requestAnimationFrame, then a posted message), pooled over ${what}; per-drag p95s in stats`,
        stats: stats(perRunP95),
      }),
      metric({
        id: `drag.${view.id}.input_to_paint.median_ms`,
        label: `Slider drag, ${view.label}: input to next paint, median`,
        value: median(all),
        unit: 'ms',
        budget: { op: '<=', value: ONE_FRAME_MS },
        method: 'the same events; the aim is one frame at 60 Hz',
        stats: stats(runs.map((r) => median(r.inputToPaint))),
      }),
      metric({
        id: `drag.${view.id}.event_timing.p95_ms`,
        label: `Slider drag, ${view.label}: Event Timing input duration, p95`,
        value: eventTimingP95(runs),
        unit: 'ms',
        budget: { op: '<=', value: INPUT_TO_PAINT_P95_MS },
        method: `Event Timing API: input event's hardware time stamp to the next presented frame, rounded to 8 ms; the API reports only events of 16 ms or more, so the others count as 16 ms (an upper bound); ${runs.reduce((t, r) => t + r.eventTimings.length, 0)} of ${inputs} events were reported`,
      }),
      metric({
        id: `drag.${view.id}.long_task.max_ms`,
        label: `Slider drag, ${view.label}: longest main-thread task while dragging`,
        value: longTasks.length > 0 ? Math.max(...longTasks) : 0,
        unit: 'ms',
        budget: { op: '<=', value: LONG_TASK_MS },
        method: `Long Tasks API (tasks over 50 ms; 0 when there were none) from the drag's start to release; ${longTasks.length} long tasks over the ${runs.length} drags`,
      }),
      metric({
        id: `drag.${view.id}.long_task_after.max_ms`,
        label: `Slider drag, ${view.label}: longest main-thread task in the ${DRAG_TAIL_MS / 1000} s after release`,
        value: longTasksAfter.length > 0 ? Math.max(...longTasksAfter) : 0,
        unit: 'ms',
        budget: { op: '<=', value: LONG_TASK_MS },
        method: `the same, from release until ${DRAG_TAIL_MS / 1000} s later, while the debounced heavy analyses land and the charts catch up; ${longTasksAfter.length} long tasks over the ${runs.length} drags`,
      }),
      metric({
        id: `drag.${view.id}.inputs_per_s`,
        label: `Slider drag, ${view.label}: slider updates per second`,
        value: median(runs.map((r) => r.inputRate)),
        unit: '/s',
        method: `input events the slider fired per second, median over the drags; the driver sends a move every ${fmt(MOVE_INTERVAL_MS)} ms (60/s) and waits for each to be handled, so a busy page gets fewer`,
        stats: stats(runs.map((r) => r.inputRate)),
      }),
      metric({
        id: `drag.${view.id}.fps`,
        label: `Slider drag, ${view.label}: frames per second`,
        value: median(runs.map((r) => r.fps)),
        unit: 'fps',
        method:
          'requestAnimationFrame callbacks per second during the drags, median over the drags (headless, software compositing)',
        stats: stats(runs.map((r) => r.fps)),
      }),
    )
    const culprits = loafSummary(runs)
    if (culprits)
      notes.push(
        `Drag on the ${view.label}: slowest scripts in long animation frames (invoker, function, file): ${culprits}.`,
      )
  }
  return { metrics, notes }
}

// ------------------------------------------------------------------------------------------------
// (c) Engine round trip
// ------------------------------------------------------------------------------------------------

async function openWithHooks(
  browser: Browser,
  base: string,
  instrument = true,
): Promise<{ context: BrowserContext; page: Page }> {
  const context = await newContext(browser, instrument)
  const page = await context.newPage()
  await page.goto(`${base}/?e2e-hooks`, { waitUntil: 'load' })
  await page.locator('.kpi-grid .kpi-value').first().waitFor({ state: 'visible', timeout: 30_000 })
  await viewSettled(page)
  return { context, page }
}

async function measureWorker(browser: Browser, base: string): Promise<BenchMetric[]> {
  const { context, page } = await openWithHooks(browser, base)
  const leverIds = [...LEVER_IDS]
  const sorted = (xs: readonly number[]): string =>
    [...xs]
      .sort((a, b) => a - b)
      .map((t) => Math.round(t))
      .join(' ')
  const slider = await page.evaluate(fullRecomputes, {
    leverIds,
    warmup: RECOMPUTE_WARMUP,
    runs: RECOMPUTE_RUNS,
    mode: 'slider' as const,
  })
  log(
    `  full recompute after a slider move: median ${fmt(median(slider.roundTrip))} ms, p95 ${fmt(percentile(slider.roundTrip, 0.95))} ms (${sorted(slider.roundTrip)})`,
  )
  const cold = await page.evaluate(fullRecomputes, {
    leverIds,
    warmup: RECOMPUTE_WARMUP,
    runs: RECOMPUTE_RUNS,
    mode: 'cold' as const,
  })
  log(
    `  full recompute from scratch: median ${fmt(median(cold.roundTrip))} ms, p95 ${fmt(percentile(cold.roundTrip, 0.95))} ms (${sorted(cold.roundTrip)})`,
  )
  const change = await page.evaluate(changeToHeavyResult, { leverIds, runs: CHANGE_RUNS })
  log(`  change to heavy result on screen: median ${fmt(median(change))} ms`)
  await context.close()
  const what = `all ${leverIds.length} levers on in 2030 (Owen attribution over the lever groups, 1,000 Latin-hypercube Monte Carlo samples × 5 years, tornado); ${RECOMPUTE_RUNS} timed runs after ${RECOMPUTE_WARMUP} warm-up runs`
  const how =
    "in the page, through the app's engine client: request to reply for the KPI result and trajectory (fast worker) and the heavy analyses (two heavy workers, each half the Monte Carlo samples and half the attribution's coalitions, combined on the page), all issued at once"
  return [
    metric({
      id: 'worker.full_recompute.p95_ms',
      label: 'Worker round trip, full recompute after a slider move, p95',
      value: percentile(slider.roundTrip, 0.95),
      unit: 'ms',
      budget: { op: '<=', value: FULL_RECOMPUTE_P95_MS },
      method: `${how}; each run moves one lever (as a user does), so each worker re-evaluates only the coalitions with that lever and reuses the rest from its previous table; ${what}`,
      stats: stats(slider.roundTrip),
    }),
    metric({
      id: 'worker.full_recompute.median_ms',
      label: 'Worker round trip, full recompute after a slider move, median',
      value: median(slider.roundTrip),
      unit: 'ms',
      method: `the same runs; compute inside the heavy workers: median ${fmt(median(slider.heavyCompute))} ms`,
      stats: stats(slider.roundTrip),
    }),
    metric({
      id: 'worker.full_recompute_cold.p95_ms',
      label: 'Worker round trip, full recompute from scratch (new workload), p95',
      value: percentile(cold.roundTrip, 0.95),
      unit: 'ms',
      budget: { op: '<=', value: FULL_RECOMPUTE_P95_MS },
      method: `as above, but each run changes the workload (prompt length), so nothing can be reused: every coalition is evaluated; ${what}`,
      stats: stats(cold.roundTrip),
    }),
    metric({
      id: 'worker.full_recompute_cold.median_ms',
      label: 'Worker round trip, full recompute from scratch, median',
      value: median(cold.roundTrip),
      unit: 'ms',
      method: `the same runs; compute inside the heavy workers: median ${fmt(median(cold.heavyCompute))} ms (the slower of the two halves)`,
      stats: stats(cold.roundTrip),
    }),
    metric({
      id: 'worker.change_to_heavy_result.median_ms',
      label: 'Slider change to its heavy analyses on screen, median',
      value: median(change),
      unit: 'ms',
      method: `a lever set through the store until the new attribution is in it and painted, the app's ${HEAVY_DEBOUNCE_MS} ms debounce included; ${CHANGE_RUNS} runs (p95 ${fmt(percentile(change, 0.95))} ms)`,
      stats: stats(change),
    }),
  ]
}

// ------------------------------------------------------------------------------------------------
// (d) Heap
// ------------------------------------------------------------------------------------------------

async function collectGarbage(cdp: CDPSession): Promise<void> {
  for (let i = 0; i < 3; i++) {
    await cdp.send('HeapProfiler.collectGarbage')
    await sleep(100)
  }
}

/** Heap snapshot bytes by kind: the page's JavaScript objects, compiled code, and the renderer's own objects. */
interface HeapBreakdown {
  readonly jsObjects: number
  readonly code: number
  readonly native: number
}

const JS_OBJECT_TYPES = new Set([
  'object',
  'closure',
  'array',
  'string',
  'concatenated string',
  'sliced string',
  'number',
  'regexp',
  'symbol',
  'bigint',
  'object shape',
])

async function heapBreakdown(cdp: CDPSession): Promise<HeapBreakdown> {
  const chunks: string[] = []
  const onChunk = (p: { chunk: string }): void => void chunks.push(p.chunk)
  cdp.on('HeapProfiler.addHeapSnapshotChunk', onChunk)
  await cdp.send('HeapProfiler.takeHeapSnapshot', { reportProgress: false })
  cdp.off('HeapProfiler.addHeapSnapshotChunk', onChunk)
  const snapshot = JSON.parse(chunks.join('')) as {
    snapshot: { meta: { node_fields: string[]; node_types: [string[]] } }
    nodes: number[]
  }
  const fields = snapshot.snapshot.meta.node_fields
  const types = snapshot.snapshot.meta.node_types[0]
  const typeAt = fields.indexOf('type')
  const sizeAt = fields.indexOf('self_size')
  const out = { jsObjects: 0, code: 0, native: 0 }
  for (let i = 0; i < snapshot.nodes.length; i += fields.length) {
    const type = types[snapshot.nodes[i + typeAt]!]!
    const size = snapshot.nodes[i + sizeAt]!
    if (JS_OBJECT_TYPES.has(type)) out.jsObjects += size
    else if (type === 'code') out.code += size
    else out.native += size
  }
  return out
}

/** Main-thread JS heap in MiB (objects and compiled code) once the page is idle and collected. */
async function usedHeapMiB(cdp: CDPSession): Promise<number> {
  await sleep(1000)
  await collectGarbage(cdp)
  return (await cdp.send('Runtime.getHeapUsage')).usedSize / 2 ** 20
}

/**
 * The same heap measurement in a browser whose V8 stops at its baseline compiler
 * (`--js-flags=--max-opt=1`: no Maglev, no TurboFan). What grows in the normal run but not here is
 * optimised machine code, not the app's data.
 */
async function measureHeapWithoutOptimisingJit(base: string, o: Options): Promise<BenchMetric> {
  const browser = await launchChromium(['--enable-precise-memory-info', '--js-flags=--max-opt=1'])
  try {
    const { context, page } = await openWithHooks(browser, base, false)
    const cdp = await context.newCDPSession(page)
    await page.evaluate(leverUpdates, { count: HEAP_FIRST, seed: 1 })
    const early = await usedHeapMiB(cdp)
    await page.evaluate(leverUpdates, { count: o.heapUpdates - HEAP_FIRST, seed: 2 })
    const late = await usedHeapMiB(cdp)
    await context.close()
    log(`  without the optimising JIT: ${fmt(early)} → ${fmt(late)} MiB`)
    return metric({
      id: 'heap.growth_without_optimising_jit.pct',
      label: `JS heap growth from ${HEAP_FIRST} to ${o.heapUpdates.toLocaleString('en-US')} lever updates, V8's optimising compilers off`,
      value: (late / early - 1) * 100,
      unit: '%',
      budget: { op: '<=', value: HEAP_GROWTH * 100 },
      method: `a control run: the same page and updates in Chromium started with --js-flags=--max-opt=1 (bytecode and baseline code only, no Maglev or TurboFan), ${fmt(early)} → ${fmt(late)} MiB; the difference from the growth above is optimised machine code`,
    })
  } finally {
    await browser.close()
  }
}

async function measureHeap(browser: Browser, base: string, o: Options): Promise<BenchMetric[]> {
  const { context, page } = await openWithHooks(browser, base, false)
  const cdp = await context.newCDPSession(page)
  const measure = async (): Promise<{ used: number; parts: HeapBreakdown }> => ({
    used: await usedHeapMiB(cdp),
    parts: await heapBreakdown(cdp),
  })
  const first = await page.evaluate(leverUpdates, { count: HEAP_FIRST, seed: 1 })
  const early = await measure()
  log(
    `  heap after ${HEAP_FIRST} updates: ${fmt(early.used)} MiB (${fmt(first.ms / first.updates)} ms per update)`,
  )
  // A midpoint: if the heap still grew between it and the end, something accumulates; if it is
  // flat there, the growth from the start was a one-off (the JIT warming up), not a leak.
  const halfway = Math.round(o.heapUpdates / 2)
  const firstHalf = await page.evaluate(leverUpdates, { count: halfway - HEAP_FIRST, seed: 2 })
  const middle = await measure()
  log(`  heap after ${halfway} updates: ${fmt(middle.used)} MiB`)
  const secondHalf = await page.evaluate(leverUpdates, { count: o.heapUpdates - halfway, seed: 3 })
  const rest = { ms: firstHalf.ms + secondHalf.ms, updates: firstHalf.updates + secondHalf.updates }
  const late = await measure()
  log(
    `  heap after ${o.heapUpdates} updates: ${fmt(late.used)} MiB (${fmt(rest.ms / rest.updates)} ms per update)`,
  )
  await context.close()
  const growth = late.used / early.used - 1
  const kb = (bytes: number): number => bytes / 1000
  const how = `main-thread JS heap (CDP Runtime.getHeapUsage, usedSize: objects and compiled code) after three forced garbage collections, on the default view opened with ?e2e-hooks and no benchmark instrumentation in the page`
  return [
    metric({
      id: 'heap.after_100.mib',
      label: `JS heap after ${HEAP_FIRST} lever updates`,
      value: early.used,
      unit: 'MiB',
      method: `${how}; updates through random enabled sliders (value set and an input event dispatched, as in a drag), each awaited until its KPI result and trajectory were applied, then the heavy analyses let settle`,
    }),
    metric({
      id: 'heap.after_all.mib',
      label: `JS heap after ${o.heapUpdates.toLocaleString('en-US')} lever updates`,
      value: late.used,
      unit: 'MiB',
      method: `the same page, ${(o.heapUpdates - HEAP_FIRST).toLocaleString('en-US')} more updates (${fmt(rest.ms / 1000)} s)`,
    }),
    metric({
      id: 'heap.growth.pct',
      label: `JS heap growth from ${HEAP_FIRST} to ${o.heapUpdates.toLocaleString('en-US')} lever updates`,
      value: growth * 100,
      unit: '%',
      budget: { op: '<=', value: HEAP_GROWTH * 100 },
      method: 'after-all ÷ after-100 − 1; one run; the breakdown below says what grew',
    }),
    metric({
      id: 'heap.second_half.growth.pct',
      label: `JS heap growth from ${halfway.toLocaleString('en-US')} to ${o.heapUpdates.toLocaleString('en-US')} lever updates`,
      value: (late.used / middle.used - 1) * 100,
      unit: '%',
      method: `the same run, measured the same way at ${halfway.toLocaleString('en-US')} updates (${fmt(middle.used)} MiB): the growth of the second half, once the JIT has warmed up`,
    }),
    metric({
      id: 'heap.js_objects.growth.pct',
      label: `Of which the page's JavaScript objects`,
      value: (late.parts.jsObjects / early.parts.jsObjects - 1) * 100,
      unit: '%',
      budget: { op: '<=', value: HEAP_GROWTH * 100 },
      method: `heap snapshots at both points: objects, arrays, closures, strings, numbers and their shapes (${fmt(kb(early.parts.jsObjects))} → ${fmt(kb(late.parts.jsObjects))} KB): what a leak in the app would grow`,
    }),
    metric({
      id: 'heap.code.growth.kb',
      label: 'Of which compiled code (the JIT warming up)',
      value: kb(late.parts.code - early.parts.code),
      unit: 'KB',
      method: `heap snapshots at both points: V8 code objects (${fmt(kb(early.parts.code))} → ${fmt(kb(late.parts.code))} KB); bounded by the code the app has`,
    }),
    metric({
      id: 'heap.native.growth.kb',
      label: "Renderer objects in the snapshots (Blink's style caches)",
      value: kb(late.parts.native - early.parts.native),
      unit: 'KB',
      method: `heap snapshots at both points: the renderer's own objects (${fmt(kb(early.parts.native))} → ${fmt(kb(late.parts.native))} KB), mostly computed styles cached per slider fill (a CSS variable with 101 possible values per slider); bounded`,
    }),
  ]
}

// ------------------------------------------------------------------------------------------------
// Main
// ------------------------------------------------------------------------------------------------

const BEFORE_AFTER = 'Before → after issue 7'

/** Each budgeted metric against the same metric in the baseline section, as one note. */
function beforeAfterNote(
  baseline: BenchSection,
  metrics: readonly BenchMetric[],
): string | undefined {
  const before = new Map(baseline.metrics.map((m) => [m.id, m]))
  const pairs = metrics.flatMap((m) => {
    const b = before.get(m.id)
    return b && m.budget ? [`${m.label}: ${fmt(b.value)} → ${fmt(m.value)} ${m.unit}`] : []
  })
  if (pairs.length === 0) return undefined
  return `${BEFORE_AFTER} (the \`browser-baseline\` section, ${baseline.date.slice(0, 10)}, measured the same way on the code before the changes): ${pairs.join('; ')}.`
}

/** `section` with the metrics of the same section's previous run that this run did not measure. */
function mergedWithPrevious(section: BenchSection): BenchSection {
  const previous = readBenchReport()?.sections[section.key]
  if (!previous) return section
  const fresh = new Map(section.metrics.map((m) => [m.id, m]))
  const previousIds = new Set(previous.metrics.map((m) => m.id))
  return {
    ...section,
    command: `${previous.command} (${previous.date}); then ${section.command} for ${section.metrics
      .map((m) => m.id.split('.')[0])
      .filter((v, i, a) => a.indexOf(v) === i)
      .join(', ')}`,
    notes: [...new Set([...(previous.notes ?? []), ...(section.notes ?? [])])],
    metrics: [
      ...previous.metrics.map((m) => fresh.get(m.id) ?? m),
      ...section.metrics.filter((m) => !previousIds.has(m.id)),
    ],
  }
}

async function main(argv: readonly string[]): Promise<void> {
  const o = parseOptions(argv)
  const date = new Date().toISOString()
  const loadAtStart = loadavg()[0] ?? 0
  if (o.build) {
    log(`building the production bundle into ${o.outDir} …`)
    buildProduction(o.outDir, 'ignore')
  }
  const server = await startPreview({ port: o.port, outDir: o.outDir })
  const browser = await launchChromium(['--enable-precise-memory-info'])
  const browserVersion = browser.version()
  const metrics: BenchMetric[] = []
  const notes: string[] = []
  try {
    log(`benchmarking ${server.url} in Chromium ${browserVersion} …`)
    if (o.only.includes('load')) metrics.push(...(await measureLoad(browser, server.url, o)))
    if (o.only.includes('drag')) {
      const d = await measureDrag(browser, server.url, o)
      metrics.push(...d.metrics)
      notes.push(...d.notes)
    }
    if (o.only.includes('worker')) metrics.push(...(await measureWorker(browser, server.url)))
    if (o.only.includes('heap')) {
      metrics.push(...(await measureHeap(browser, server.url, o)))
      metrics.push(await measureHeapWithoutOptimisingJit(server.url, o))
    }
  } finally {
    await browser.close()
    await server.stop()
  }
  notes.unshift(
    `Headless Chromium (Debian) with --disable-gpu (software compositing), viewport ${VIEWPORT.width}×${VIEWPORT.height}; the production build served by vite preview on 127.0.0.1 (no network latency).`,
  )
  const loadAtEnd = loadavg()[0] ?? 0
  const cores = cpus().length
  if (Math.max(loadAtStart, loadAtEnd) > cores / 2) {
    notes.push(
      `The machine was shared and busy during this run (load above half its ${cores} cores): the timings are pessimistic.`,
    )
  }
  if (o.only.includes('heap')) {
    notes.push(
      'The JS heap figure counts compiled code too: between 100 and 10,000 updates V8 keeps optimising more of the app (the JIT warming up), which is most of its growth; the heap snapshots split it into the page’s JavaScript objects (what a leak would grow), compiled code, and the renderer’s own objects. The control run with V8’s optimising compilers (Maglev, TurboFan) off measures the same thing without their machine code: what it still grows by is the app’s own data.',
    )
  }
  const section: BenchSection = {
    key: o.section,
    title: o.title,
    date,
    environment: {
      ...nodeEnvironment(),
      browser: `Chromium ${browserVersion}`,
      load: `1-min load average ${loadAtStart.toFixed(2)} at start, ${loadAtEnd.toFixed(2)} at end`,
    },
    command: `npm run bench:browser${argv.length > 0 ? ` -- ${argv.join(' ')}` : ''}`,
    notes: [
      'Budgets (issue 7): input to paint p95 ≤ 50 ms while dragging (aim: one frame, 16.7 ms), no main-thread task over 50 ms, first KPI painted ≤ 1.5 s after navigation, initial JavaScript ≤ 250 KB gzip, worker round trip of a full recompute ≤ 100 ms p95, JS heap after 10,000 lever updates within +10 % of its size after 100.',
      ...notes,
    ],
    metrics,
  }
  for (const m of section.metrics) {
    const budget = m.budget
      ? ` (budget ${m.budget.op} ${fmt(m.budget.value)}: ${m.pass ? 'pass' : 'FAIL'})`
      : ''
    process.stdout.write(`${m.label}: ${fmt(m.value)} ${m.unit}${budget}\n`)
  }
  for (const n of notes) process.stdout.write(`note: ${n}\n`)
  if (!o.write) return
  const written = o.merge ? mergedWithPrevious(section) : section
  // The before → after note is rebuilt from the section as written (merged runs included), so a
  // partial rerun replaces its pairs instead of adding a second, shorter note.
  const baseline =
    o.section === 'browser' ? readBenchReport()?.sections['browser-baseline'] : undefined
  const comparison = baseline ? beforeAfterNote(baseline, written.metrics) : undefined
  writeBenchSection({
    ...written,
    notes: [
      ...(written.notes ?? []).filter((n) => !n.startsWith(BEFORE_AFTER)),
      ...(comparison ? [comparison] : []),
    ],
  })
  process.stdout.write('wrote bench-results.json and BENCHMARKS.md\n')
}

await main(process.argv.slice(2))
