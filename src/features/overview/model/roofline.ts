import type { SimulationResult } from '@/engine/index'
import { formatNumber, formatPercent } from '@/lib/format'

export interface RoofPoint {
  /** Arithmetic intensity, FLOP per byte. */
  readonly x: number
  /** Attainable FLOP/s per accelerator, in TFLOP/s. */
  readonly y: number
}

export interface RooflinePhasePoint extends RoofPoint {
  readonly phase: 'prefill' | 'decode'
  readonly label: string
}

export interface RooflineModel {
  /** Datasheet roofs: peak math at the precision in use, peak memory bandwidth. */
  readonly peak: {
    readonly computeTflops: number
    readonly bandwidthTBps: number
    readonly ridge: number
    readonly line: readonly RoofPoint[]
  }
  /** Roofs at the efficiencies the engine uses (undefined when they cannot be read from the result). */
  readonly effective:
    | {
        readonly computeTflops: number
        readonly bandwidthTBps: number
        readonly ridge: number
        readonly line: readonly RoofPoint[]
      }
    | undefined
  readonly points: readonly RooflinePhasePoint[]
  /** Why the decode point is an average of two roofs, when decode is mixed (the phase card says so too). */
  readonly decodeNote: string | undefined
  readonly xDomain: readonly [number, number]
  readonly yDomain: readonly [number, number]
}

const TERA = 1e12

const floorPow10 = (v: number): number => 10 ** Math.floor(Math.log10(v))
const ceilPow10 = (v: number): number => 10 ** Math.ceil(Math.log10(v))

function roof(
  computeTflops: number,
  bandwidthTBps: number,
  xDomain: readonly [number, number],
): RoofPoint[] {
  const ridge = computeTflops / bandwidthTBps
  const [x0, x1] = xDomain
  const points: RoofPoint[] = [{ x: x0, y: Math.min(computeTflops, bandwidthTBps * x0) }]
  if (ridge > x0 && ridge < x1) points.push({ x: ridge, y: computeTflops })
  points.push({ x: x1, y: Math.min(computeTflops, bandwidthTBps * x1) })
  return points
}

/** Log-log roofline per accelerator: the roofs, and where prefill and decode sit under them. */
export function rooflineModel(result: SimulationResult): RooflineModel {
  const n = Math.max(1, result.scenario.accelerators)
  const r = result.roofline
  const peakCompute = r.mathPeakTflops
  const peakBandwidth = r.memoryBandwidthTBps
  // The engine reports the achievable roofs (peak × efficiency × design-lag derate) per accelerator.
  const effCompute = r.effectiveComputeTflops > 0 ? r.effectiveComputeTflops : undefined
  const effBandwidth = r.effectiveBandwidthTBps > 0 ? r.effectiveBandwidthTBps : undefined

  const achieved = (p: SimulationResult['prefill']): number =>
    p.seconds > 0 ? p.flops / p.seconds / n / TERA : 0
  const candidates: RooflinePhasePoint[] = [
    { phase: 'prefill', label: 'Prefill', x: r.prefillFlopsPerByte, y: achieved(result.prefill) },
    {
      phase: 'decode',
      label: result.decode.binding === 'mixed' ? 'Decode (mixed)' : 'Decode',
      x: r.decodeFlopsPerByte,
      y: achieved(result.decode),
    },
  ]
  const points = candidates.filter((p) => p.x > 0 && p.y > 0)

  const peakRidge = peakCompute / peakBandwidth
  const xs = [...points.map((p) => p.x), peakRidge, r.ridgeFlopsPerByte].filter((v) => v > 0)
  const xDomain: [number, number] = [
    floorPow10(Math.min(...xs) / 3),
    ceilPow10(Math.max(...xs) * 3),
  ]
  const lowestRoof = Math.min(peakBandwidth, effBandwidth ?? peakBandwidth) * xDomain[0]
  const ys = [...points.map((p) => p.y), lowestRoof].filter((v) => v > 0)
  const yDomain: [number, number] = [floorPow10(Math.min(...ys)), ceilPow10(peakCompute * 1.5)]

  return {
    peak: {
      computeTflops: peakCompute,
      bandwidthTBps: peakBandwidth,
      ridge: peakRidge,
      line: roof(peakCompute, peakBandwidth, xDomain),
    },
    effective:
      effCompute !== undefined && effBandwidth !== undefined
        ? {
            computeTflops: effCompute,
            bandwidthTBps: effBandwidth,
            ridge: r.ridgeFlopsPerByte,
            line: roof(effCompute, effBandwidth, xDomain),
          }
        : undefined,
    points,
    decodeNote: decodeNote(result),
    xDomain,
    yDomain,
  }
}

/** The mixed decode point in words: which kernels sit on which roof, and why the point is an average. */
export function decodeNote(result: SimulationResult): string | undefined {
  const d = result.decode
  if (d.binding !== 'mixed') return undefined
  const r = result.roofline
  const compute = formatPercent(d.boundShares.compute)
  const memory = formatPercent(d.boundShares.memory)
  // Each roof's time holds one kernel class's own and what the linear layers leave exposed on it
  // (src/engine/physics/roofline.ts).
  const [onCompute, onMemory] =
    d.memoryBoundStepShare > 0
      ? [
          'the math the linear layers’ weight streaming does not hide, and attention’s',
          'the linear layers’ weight streaming and attention’s KV reads',
        ]
      : [
          'the linear layers’ math',
          'attention’s KV reads, and the weight streaming the linear layers do not hide',
        ]
  const side = r.decodeFlopsPerByte < r.ridgeFlopsPerByte ? 'left' : 'right'
  return `Decode is mixed: ${compute} of decode time on the compute roof (${onCompute}) and ${memory} on the memory roof (${onMemory}). Its point is their average intensity, ${formatNumber(r.decodeFlopsPerByte)} FLOP per byte, ${side} of the ${formatNumber(r.ridgeFlopsPerByte)} ridge.`
}

/** Powers of ten across a log domain, for axis ticks. */
export function decadeTicks([lo, hi]: readonly [number, number]): number[] {
  const ticks: number[] = []
  for (let e = Math.round(Math.log10(lo)); e <= Math.round(Math.log10(hi)); e++) ticks.push(10 ** e)
  return ticks
}
