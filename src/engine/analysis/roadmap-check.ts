/**
 * The roadmap check (issue 12 item 3): the lever-built chip of a trajectory year beside the parts
 * announced in volume by that year (catalog/roadmap.ts). A lever that compounds into a chip no
 * vendor has announced is not wrong by itself (that is what a forecast is), but a 2030 figure that
 * rests on "3× the memory bandwidth of any announced part" has to say so where it is quoted.
 *
 * What is compared, per accelerator, all peaks as the catalogue quotes them (dense, no derates):
 * - FLOP/s at the math format the year's scenario runs in (the wider of weights and activations,
 *   after the precision levers), each announced part at that same format by the kernel's rule
 *   (physics/precision.ts: a part without the format runs at the next wider one);
 * - memory bandwidth, bytes/s;
 * - power limit, W (its TDP);
 * - USD per hour on the scenario's cost basis: the rental price in rental mode; in TCO mode the
 *   capital recovery of the accelerator's purchase price (host, network, energy and facility are
 *   the same for any part and are left out, so the ratio is the ratio of prices).
 * Ratios are lever-built chip ÷ part: 2 means the chip has twice the part's FLOP/s (or costs twice
 * its price per hour).
 *
 * The envelope is the best any announced part offers on each axis (most FLOP/s, most bandwidth,
 * highest power limit, lowest price per hour, most FLOP/s per watt, most bandwidth per dollar-hour);
 * a chip beyond it on any axis gets a caveat in words. The two compound axes catch what single
 * axes miss: H100's 700 W with Rubin's FP4 FLOP/s is within both single envelopes and beyond any
 * announced FLOP/s per watt.
 *
 * Only parts of the same memory class are compared: a wafer-scale SRAM system (Cerebras WSE-3,
 * 21 PB/s on one wafer) is not a bound for an HBM package, nor an HBM package for an SRAM chip.
 */
import { roadmapParts } from '../catalog/roadmap'
import type { AcceleratorSpec, MemoryKind, NumberFormat } from '../catalog/types'
import { BYTES_PER_TB, FLOPS_PER_TFLOP, HOURS_PER_YEAR } from '../constants'
import { formatPeaksTflops } from '../pack'
import { P } from '../params'
import { capitalRecoveryFactor } from '../physics/cost'
import { mathBits, mathPeakFlops } from '../physics/precision'

/** Per-accelerator figures the check compares. */
export interface RoadmapChip {
  /** Dense peak at the math format in use, FLOP/s. */
  readonly flopsPerSecond: number
  readonly memoryBandwidthBytesPerSecond: number
  readonly powerLimitWatts: number
  /** On the check's cost basis (`usdPerHourBasis`), USD per accelerator-hour. */
  readonly usdPerHour: number
}

/** Lever-built chip ÷ part on each axis. */
export interface RoadmapRatios {
  readonly flops: number
  readonly bandwidth: number
  readonly watts: number
  readonly usdPerHour: number
}

export interface RoadmapPartRow extends RoadmapChip {
  readonly id: string
  /** Catalogue name. */
  readonly name: string
  /** Name without the vendor and packaging notes, for sentences ("Rubin Ultra"). */
  readonly shortName: string
  readonly vendor: string
  readonly volumeYear: number
  readonly projected: boolean
  readonly ratios: RoadmapRatios
}

export type RoadmapAxis =
  'flops' | 'bandwidth' | 'watts' | 'usdPerHour' | 'flopsPerWatt' | 'bandwidthPerUsdPerHour'

/** One axis of the envelope: the best announced value, which part holds it, and the chip's ratio to it. */
export interface RoadmapEnvelopeAxis {
  readonly axis: RoadmapAxis
  /** The best value any announced part offers (max, or min for USD per hour), in the axis's unit. */
  readonly value: number
  readonly unit: string
  readonly partId: string
  readonly partName: string
  /** Lever-built chip ÷ the best value. */
  readonly ratio: number
  /** True when the chip is beyond every announced part on this axis. */
  readonly outside: boolean
}

export interface RoadmapCheck {
  readonly year: number
  /** Width of the math format the chip runs in, bits (fractional where a precision lever is partly adopted). */
  readonly mathBits: number
  /** That format in words ("4-bit", "FP16/BF16", "6.0-bit mix"). */
  readonly formatLabel: string
  readonly usdPerHourBasis: 'rental' | 'capital-recovery'
  /** The scenario's hardware after this year's levers. */
  readonly chip: RoadmapChip
  /** Parts in volume by this year of the chip's memory class, oldest first, with the chip's ratios to each. */
  readonly parts: readonly RoadmapPartRow[]
  /** The part closest to the chip (least sum of squared log ratios over the four axes); null when no part compares. */
  readonly nearest: RoadmapPartRow | null
  readonly envelope: readonly RoadmapEnvelopeAxis[]
  /** True when any envelope axis is outside. */
  readonly outside: boolean
  /** One sentence per axis outside the envelope, in words; empty when the chip is within it. */
  readonly caveats: readonly string[]
}

/** Ratio above which a chip counts as beyond a part (a part checked against itself gives exactly 1). */
const OUTSIDE_TOLERANCE = 1e-9 // relative

const SRAM_KINDS: readonly MemoryKind[] = ['SRAM']

/**
 * A part's name for sentences: "NVIDIA Rubin Ultra (per 4-die package, NVL576)" → "Rubin Ultra",
 * "Google TPU7x (Ironwood)" → "TPU7x Ironwood" (a one-word proper name stays, without brackets,
 * so a caveat's own brackets never nest).
 */
export function partShortName(part: Pick<AcceleratorSpec, 'name' | 'vendor'>): string {
  let name = part.name.startsWith(`${part.vendor} `)
    ? part.name.slice(part.vendor.length + 1)
    : part.name
  if (name.startsWith('Cloud ')) name = name.slice('Cloud '.length)
  const short = name.replace(/\s*\(([^)]*)\)/g, (_whole, inner: string) =>
    /^[A-Z][a-z]+$/.test(inner) ? ` ${inner}` : '',
  )
  // A bare product code ("LPU") says little without its maker.
  return short.length < 4 ? `${part.vendor} ${short}` : short
}

/** The math format in words. */
export function formatLabelOfBits(bits: number): string {
  const rounded = Math.round(bits * 10) / 10
  if (rounded === 16) return 'FP16/BF16'
  if (rounded === 8 || rounded === 4 || rounded === 32) return `${rounded}-bit`
  return `${rounded.toFixed(1)}-bit mix`
}

/** A part's per-accelerator figures at `bits`, on the given cost basis. */
function partChip(
  part: AcceleratorSpec,
  bits: number,
  precision: { readonly weights: NumberFormat; readonly activations: NumberFormat },
  rental: boolean,
  recoveryPerHour: number,
): RoadmapChip {
  const [p16, p8, p4] = formatPeaksTflops(part, precision)
  return {
    flopsPerSecond: mathPeakFlops(
      bits,
      p16 * FLOPS_PER_TFLOP,
      p8 * FLOPS_PER_TFLOP,
      p4 * FLOPS_PER_TFLOP,
    ),
    memoryBandwidthBytesPerSecond: part.memoryBandwidthTBps * BYTES_PER_TB,
    powerLimitWatts: part.tdpW,
    usdPerHour: rental ? part.usdPerHour : part.priceUsd * recoveryPerHour,
  }
}

function ratiosOf(chip: RoadmapChip, part: RoadmapChip): RoadmapRatios {
  return {
    flops: chip.flopsPerSecond / part.flopsPerSecond,
    bandwidth: chip.memoryBandwidthBytesPerSecond / part.memoryBandwidthBytesPerSecond,
    watts: chip.powerLimitWatts / part.powerLimitWatts,
    usdPerHour: chip.usdPerHour / part.usdPerHour,
  }
}

interface AxisSpec {
  readonly axis: RoadmapAxis
  readonly unit: string
  /** 'max': beyond the envelope above the largest value; 'min': below the smallest. */
  readonly best: 'max' | 'min'
  readonly value: (c: RoadmapChip) => number
}

const AXES: readonly AxisSpec[] = [
  { axis: 'flops', unit: 'FLOP/s', best: 'max', value: (c) => c.flopsPerSecond },
  {
    axis: 'bandwidth',
    unit: 'bytes/s',
    best: 'max',
    value: (c) => c.memoryBandwidthBytesPerSecond,
  },
  { axis: 'watts', unit: 'W', best: 'max', value: (c) => c.powerLimitWatts },
  { axis: 'usdPerHour', unit: 'USD/hour', best: 'min', value: (c) => c.usdPerHour },
  {
    axis: 'flopsPerWatt',
    unit: 'FLOP/s per W',
    best: 'max',
    value: (c) => c.flopsPerSecond / c.powerLimitWatts,
  },
  {
    axis: 'bandwidthPerUsdPerHour',
    unit: 'bytes/s per USD/hour',
    best: 'max',
    value: (c) => c.memoryBandwidthBytesPerSecond / c.usdPerHour,
  },
]

const fold = (x: number): string => `${x >= 10 ? Math.round(x) : x.toFixed(1)}×`
const sig = (x: number): string =>
  x >= 100 ? Math.round(x).toLocaleString('en-US') : x >= 10 ? x.toFixed(0) : x.toPrecision(2)

/** A value on an axis in words with its unit ("32 TB/s", "70 PFLOP/s", "$2.10/hour"). */
function valueWords(axis: RoadmapAxis, v: number): string {
  switch (axis) {
    case 'flops':
      return v >= 1e15 ? `${sig(v / 1e15)} PFLOP/s` : `${sig(v / 1e12)} TFLOP/s`
    case 'bandwidth':
      return `${sig(v / 1e12)} TB/s`
    case 'watts':
      return `${sig(v)} W`
    case 'usdPerHour':
      return `$${v.toFixed(2)}/hour`
    case 'flopsPerWatt':
      return `${sig(v / 1e12)} TFLOP/s per W`
    case 'bandwidthPerUsdPerHour':
      return `${sig(v / 1e12)} TB/s per $/hour`
  }
}

function caveatFor(year: number, e: RoadmapEnvelopeAxis, format: string, basis: string): string {
  const held = `(${e.partName}, ${valueWords(e.axis, e.value)})`
  const chip = `The ${year} chip`
  switch (e.axis) {
    case 'flops':
      return `${chip} needs ${fold(e.ratio)} the ${format} FLOP/s of any announced part ${held}`
    case 'bandwidth':
      return `${chip} needs ${fold(e.ratio)} the memory bandwidth of any announced part ${held}`
    case 'watts':
      return `${chip} needs ${fold(e.ratio)} the power limit of any announced part ${held}`
    case 'usdPerHour':
      return e.ratio > 0
        ? `${chip} costs ${fold(1 / e.ratio)} less per hour (${basis}) than any announced part ${held}`
        : `${chip} costs nothing per hour (${basis}), below any announced part ${held}`
    case 'flopsPerWatt':
      return `${chip} needs ${fold(e.ratio)} the ${format} FLOP/s per watt of any announced part ${held}`
    case 'bandwidthPerUsdPerHour':
      return `${chip} needs ${fold(e.ratio)} the memory bandwidth per dollar-hour of any announced part ${held}`
  }
}

/** Squared log of a ratio; a ratio that is not positive (a chip priced at $0) adds nothing. */
function logSquared(ratio: number): number {
  if (!(ratio > 0) || !Number.isFinite(ratio)) return 0
  const l = Math.log(ratio)
  return l * l
}

/** Squared log distance between two chips over the four axes: how far apart, whichever is larger. */
function distance(r: RoadmapRatios): number {
  return (
    logSquared(r.flops) + logSquared(r.bandwidth) + logSquared(r.watts) + logSquared(r.usdPerHour)
  )
}

export interface RoadmapCheckInput {
  readonly year: number
  /** The packed scenario after the year's levers (params.ts). */
  readonly params: Float64Array
  /** The scenario's hardware (for its memory class). */
  readonly hardware: Pick<AcceleratorSpec, 'memoryKind'>
  /** The scenario's precision before levers (for which 8-bit peak a part runs at, as pack.ts picks). */
  readonly precision: { readonly weights: NumberFormat; readonly activations: NumberFormat }
}

/** The roadmap check of one year. Pure; reads `params`, writes nothing. */
export function roadmapCheck(input: RoadmapCheckInput): RoadmapCheck {
  const { year, params: p } = input
  const rental = p[P.COST_MODE] === 1
  const recoveryPerHour =
    capitalRecoveryFactor(p[P.COST_OF_CAPITAL]!, p[P.DEPRECIATION_YEARS]!) / HOURS_PER_YEAR
  const bits = mathBits(p[P.WEIGHT_BITS]!, p[P.ACTIVATION_BITS]!)
  const acceleratorPriceUsd =
    p[P.CAPEX_LOGIC_USD]! +
    p[P.CAPEX_MEMORY_USD]! +
    p[P.CAPEX_PACKAGING_USD]! +
    p[P.CAPEX_OTHER_USD]! +
    p[P.CAPEX_MARGIN_USD]!
  const chip: RoadmapChip = {
    flopsPerSecond: mathPeakFlops(
      bits,
      p[P.PEAK_16_FLOPS]!,
      p[P.PEAK_8_FLOPS]!,
      p[P.PEAK_4_FLOPS]!,
    ),
    memoryBandwidthBytesPerSecond: p[P.MEMORY_BANDWIDTH_BPS]!,
    powerLimitWatts: p[P.TDP_W]!,
    usdPerHour: rental ? p[P.RENTAL_USD_PER_HOUR]! : acceleratorPriceUsd * recoveryPerHour,
  }
  const sram = SRAM_KINDS.includes(input.hardware.memoryKind)
  const parts = roadmapParts(year)
    .filter((part) => SRAM_KINDS.includes(part.memoryKind) === sram)
    .map((part): RoadmapPartRow => {
      const figures = partChip(part, bits, input.precision, rental, recoveryPerHour)
      return {
        id: part.id,
        name: part.name,
        shortName: partShortName(part),
        vendor: part.vendor,
        volumeYear: part.volumeYear,
        projected: part.projected,
        ...figures,
        ratios: ratiosOf(chip, figures),
      }
    })
  let nearest: RoadmapPartRow | null = null
  let nearestDistance = Infinity
  for (const part of parts) {
    const d = distance(part.ratios)
    if (d < nearestDistance) {
      nearest = part
      nearestDistance = d
    }
  }
  // Bandwidth per dollar-hour has no meaning for a chip priced at $0 (a user's edit): left out.
  const axes = chip.usdPerHour > 0 ? AXES : AXES.filter((a) => a.axis !== 'bandwidthPerUsdPerHour')
  const envelope = parts.length === 0 ? [] : axes.map((spec) => envelopeAxis(spec, chip, parts))
  const format = formatLabelOfBits(bits)
  const basis = rental ? 'rental' : 'capital recovery of the price'
  const caveats = envelope.filter((e) => e.outside).map((e) => caveatFor(year, e, format, basis))
  return {
    year,
    mathBits: bits,
    formatLabel: format,
    usdPerHourBasis: rental ? 'rental' : 'capital-recovery',
    chip,
    parts,
    nearest,
    envelope,
    outside: caveats.length > 0,
    caveats,
  }
}

function envelopeAxis(
  spec: AxisSpec,
  chip: RoadmapChip,
  parts: readonly RoadmapPartRow[],
): RoadmapEnvelopeAxis {
  let best = parts[0]!
  for (const part of parts) {
    const v = spec.value(part)
    const b = spec.value(best)
    if (spec.best === 'max' ? v > b : v < b) best = part
  }
  const value = spec.value(best)
  const ratio = spec.value(chip) / value
  const outside =
    spec.best === 'max' ? ratio > 1 + OUTSIDE_TOLERANCE : ratio < 1 - OUTSIDE_TOLERANCE
  return {
    axis: spec.axis,
    value,
    unit: spec.unit,
    partId: best.id,
    partName: best.shortName,
    ratio,
    outside,
  }
}
