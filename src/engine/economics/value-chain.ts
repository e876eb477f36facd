/**
 * Value chain: where each dollar of cost per token goes, by supplier segment, for the baseline and the
 * scenario, and the yearly revenue pool each segment earns from the fleet's tokens. Segments group the
 * engine's cost components (result.ts CostComponents); the component shares of the accelerator price
 * come from catalog/families.ts (Epoch AI bill-of-materials shares).
 */
import type { Sources } from '../catalog/types'
import { TOKENS_PER_MILLION } from '../constants'
import type { CostComponents } from '../result'

import { DAYS_PER_YEAR } from './fleet'
import type { YearPoint } from './yearly'

export type SegmentId =
  | 'logic'
  | 'memory'
  | 'packaging'
  | 'networking'
  | 'systems'
  | 'vendorMargin'
  | 'energy'
  | 'facility'
  | 'rental'

export interface Segment {
  readonly id: SegmentId
  readonly name: string
  /** Who earns it, in a few words. */
  readonly who: string
  readonly components: readonly (keyof CostComponents)[]
}

/** Segments in the order of the supply chain, silicon first. */
export const SEGMENTS: readonly Segment[] = [
  {
    id: 'logic',
    name: 'Logic silicon',
    who: 'foundries (wafers, advanced nodes)',
    components: ['acceleratorLogic'],
  },
  { id: 'memory', name: 'Memory', who: 'HBM suppliers', components: ['acceleratorMemory'] },
  {
    id: 'packaging',
    name: 'Advanced packaging',
    who: 'CoWoS / hybrid-bonding capacity',
    components: ['acceleratorPackaging'],
  },
  {
    id: 'networking',
    name: 'Networking & optics',
    who: 'switches, NICs, optics',
    components: ['network'],
  },
  {
    id: 'systems',
    name: 'Systems',
    who: 'servers, boards, substrates, cooling',
    components: ['system', 'acceleratorOther'],
  },
  {
    id: 'vendorMargin',
    name: 'Chip vendor margin',
    who: 'accelerator designers (GPU, ASIC)',
    components: ['vendorMargin'],
  },
  { id: 'energy', name: 'Energy', who: 'electricity suppliers', components: ['energy'] },
  {
    id: 'facility',
    name: 'Facility & operations',
    who: 'data-centre space, power, staff',
    components: ['facility', 'operations'],
  },
  {
    id: 'rental',
    name: 'Rental (not broken down)',
    who: 'cloud providers',
    components: ['rental'],
  },
]

export const VALUE_CHAIN_SOURCES: Sources = {
  componentShares: {
    source:
      'Accelerator price split into logic, HBM, packaging and other by bill-of-materials shares (catalog/families.ts COMPONENT_SHARES, Epoch AI); vendor margin by family (catalog/families.ts)',
    grade: 'L',
  },
}

/** USD per million output tokens earned by each segment: the sum of its components. */
export function segmentUsdPerMillion(
  components: CostComponents,
): Readonly<Record<SegmentId, number>> {
  const out = {} as Record<SegmentId, number>
  for (const s of SEGMENTS) out[s.id] = s.components.reduce((sum, c) => sum + components[c], 0)
  return out
}

/** Each segment's share of the cost per token (shares sum to 1 when the total is positive). */
export function segmentShares(
  usdPerMillion: Readonly<Record<SegmentId, number>>,
): Readonly<Record<SegmentId, number>> {
  const total = SEGMENTS.reduce((sum, s) => sum + usdPerMillion[s.id], 0)
  const out = {} as Record<SegmentId, number>
  for (const s of SEGMENTS) out[s.id] = total > 0 ? usdPerMillion[s.id] / total : 0
  return out
}

export interface SegmentRow {
  readonly id: SegmentId
  readonly name: string
  readonly who: string
  readonly baselineUsdPerMillion: number
  readonly scenarioUsdPerMillion: number
  readonly baselineShare: number
  readonly scenarioShare: number
  /** Scenario ÷ baseline − 1 (NaN when the baseline is 0). */
  readonly change: number
  /** The segment's revenue from the fleet's tokens in the scenario year, USD/year. */
  readonly scenarioPoolUsdPerYear: number
  /** The same tokens at baseline technology, USD/year. */
  readonly baselinePoolUsdPerYear: number
}

export interface ValueChain {
  readonly year: number
  readonly mode: 'tco' | 'rental'
  readonly baselineUsdPerMillion: number
  readonly scenarioUsdPerMillion: number
  /** Output tokens per year the pools are computed for (fleet demand in `year`). */
  readonly outputTokensPerYear: number
  readonly rows: readonly SegmentRow[]
  /** Each year 2026–2030: USD per million output tokens by segment, under the scenario. */
  readonly byYear: readonly {
    readonly year: number
    readonly usdPerMillion: Readonly<Record<SegmentId, number>>
  }[]
}

/**
 * The value chain of the scenario year against the baseline, with revenue pools at the fleet's
 * output tokens per day in that year.
 */
export function valueChain(
  baseline: YearPoint,
  scenario: YearPoint,
  years: readonly YearPoint[],
  outputTokensPerDay: number,
  mode: 'tco' | 'rental',
): ValueChain {
  const b = segmentUsdPerMillion(baseline.usdPerMillionByComponent)
  const s = segmentUsdPerMillion(scenario.usdPerMillionByComponent)
  const bShares = segmentShares(b)
  const sShares = segmentShares(s)
  const perYearMillions = (outputTokensPerDay * DAYS_PER_YEAR) / TOKENS_PER_MILLION
  const rows = SEGMENTS.filter((seg) =>
    mode === 'rental' ? seg.id === 'rental' : seg.id !== 'rental',
  ).map((seg) => ({
    id: seg.id,
    name: seg.name,
    who: seg.who,
    baselineUsdPerMillion: b[seg.id],
    scenarioUsdPerMillion: s[seg.id],
    baselineShare: bShares[seg.id],
    scenarioShare: sShares[seg.id],
    change: b[seg.id] > 0 ? s[seg.id] / b[seg.id] - 1 : Number.NaN,
    scenarioPoolUsdPerYear: s[seg.id] * perYearMillions,
    baselinePoolUsdPerYear: b[seg.id] * perYearMillions,
  }))
  return {
    year: scenario.year,
    mode,
    baselineUsdPerMillion: baseline.usdPerMillionOutputTokens,
    scenarioUsdPerMillion: scenario.usdPerMillionOutputTokens,
    outputTokensPerYear: outputTokensPerDay * DAYS_PER_YEAR,
    rows,
    byYear: years.map((p) => ({
      year: p.year,
      usdPerMillion: segmentUsdPerMillion(p.usdPerMillionByComponent),
    })),
  }
}
