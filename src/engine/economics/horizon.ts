/**
 * Beyond 2030: the article's emerging compute paradigms as data (which term of the cost-per-token
 * equation each would change, how ready it is, the article's caveats), and an optional, clearly
 * speculative extension of the scenario's trajectory to 2035. The extension is returned as its own
 * series and never enters a 2026–2030 figure.
 */
import type { Citation } from '../catalog/types'
import { LAST_YEAR } from '../constants'

/** Last year of the speculative extension. */
export const SPECULATIVE_LAST_YEAR = 2035 // year

/** Terms of the engine's cost-per-token equation a paradigm can move. */
export type CostTerm =
  | 'computeEnergy'
  | 'dataMovementEnergy'
  | 'computeThroughputPerDollar'
  | 'memoryBandwidth'
  | 'staticPower'
  | 'utilization'

export const COST_TERM_LABELS: Readonly<Record<CostTerm, string>> = {
  computeEnergy: 'Energy per operation (J per FLOP)',
  dataMovementEnergy: 'Energy per bit moved (memory and links)',
  computeThroughputPerDollar: 'Operations per second per dollar of hardware',
  memoryBandwidth: 'Bytes per second to the compute (decode’s limit)',
  staticPower: 'Power drawn when idle or waiting',
  utilization: 'Share of hours doing useful work',
}

export type Readiness = 'research' | 'prototype' | 'pilot' | 'commercial'

export const READINESS_ORDER: readonly Readiness[] = [
  'research',
  'prototype',
  'pilot',
  'commercial',
]

export interface ParadigmEffect {
  readonly term: CostTerm
  /** Which way the paradigm could move the term's contribution to cost per token. */
  readonly direction: 'lower' | 'unclear'
  readonly why: string
}

export interface Paradigm {
  readonly id: 'photonic' | 'neuromorphic' | 'quantum'
  readonly name: string
  /** What it is, in one sentence. */
  readonly mechanism: string
  readonly effects: readonly ParadigmEffect[]
  readonly readiness: Readiness
  readonly readinessNote: string
  /** The article's caveats, in its own terms. */
  readonly caveats: readonly string[]
  /** Where it may be used first. */
  readonly firstUse: string
  readonly sources: readonly Citation[]
}

const ARTICLE_HORIZON: Citation = {
  source: 'Article (shared/seed), "Beyond 2030: Emerging compute paradigms"',
  grade: 'M',
}

export const PARADIGMS: readonly Paradigm[] = [
  {
    id: 'photonic',
    name: 'Photonic computing',
    mechanism:
      'Light instead of electrons performs the computation; different wavelengths carry data in parallel.',
    effects: [
      {
        term: 'computeEnergy',
        direction: 'lower',
        why: 'optical matrix operations lose very little energy',
      },
      {
        term: 'dataMovementEnergy',
        direction: 'lower',
        why: 'data moves at high speed with very low loss',
      },
      {
        term: 'computeThroughputPerDollar',
        direction: 'unclear',
        why: 'many wavelengths in parallel, but cost at scale is unknown',
      },
    ],
    readiness: 'prototype',
    readinessNote:
      'Early prototypes show clear efficiency benefits for certain tasks; photonic links (co-packaged optics) arrive first.',
    caveats: [
      'Precision: analogue optical math is hard to keep accurate',
      'Flexibility: suited to certain tasks, not general computation',
      'Integration with electronic memory and control components',
      'Needs its own libraries, compilers and frameworks',
    ],
    firstUse: 'Matrix-heavy kernels next to electronic memory; interconnect first',
    sources: [ARTICLE_HORIZON],
  },
  {
    id: 'neuromorphic',
    name: 'Neuromorphic architectures',
    mechanism: 'Event-driven chips that mimic the brain and compute only when there is a signal.',
    effects: [
      {
        term: 'staticPower',
        direction: 'lower',
        why: 'no continuous cycling: nothing burns power between events',
      },
      { term: 'computeEnergy', direction: 'lower', why: 'work only on sparse events' },
      {
        term: 'utilization',
        direction: 'unclear',
        why: 'unproven for MoE-dominated, large-batch inference',
      },
    ],
    readiness: 'research',
    readinessNote:
      'Researchers are still exploring whether it fits the large-batch MoE inference hyperscalers run.',
    caveats: [
      'Fit with MoE-dominated, large-batch inference is an open question',
      'Likely first in edge inference and sensing, not data centres',
      'Software stacks (libraries, compilers, frameworks) are early',
    ],
    firstUse: 'Edge inference and sensing: surveillance, gestures, obstacle avoidance, automotive',
    sources: [ARTICLE_HORIZON],
  },
  {
    id: 'quantum',
    name: 'Quantum computing',
    mechanism: 'Qubits hold 0, 1 or both, exploring many possibilities in parallel.',
    effects: [
      {
        term: 'computeThroughputPerDollar',
        direction: 'unclear',
        why: 'whether it accelerates the matrix-heavy math of neural-network inference is an open question',
      },
    ],
    readiness: 'research',
    readinessNote:
      'Practical large-scale hardware is limited by qubit stability, error correction and system integration.',
    caveats: [
      'No shown advantage for matrix-heavy inference',
      'Qubit stability, error correction, system integration',
      'Promise lies in optimisation, sampling and chemistry, not token generation',
    ],
    firstUse: 'Optimisation, sampling from complex distributions, chemical simulation',
    sources: [ARTICLE_HORIZON],
  },
]

export interface TrajectoryValue {
  readonly year: number
  readonly value: number
}

/**
 * Speculative continuation of a 2026–2030 series to 2035: the average annual improvement factor of
 * the window, r = (v2030 / v2026)^(1/4), continues after 2030 with its log-rate multiplied by
 * `rateRetained` each year (v(2030 + k) = v(2030 + k − 1) × r^(rateRetained^k)). With rateRetained < 1
 * the total further change is bounded: the CMOS gains diminish, as the article says. Paradigm shifts
 * are not included (the article gives no numbers for them).
 * Returns only years after 2030, plus 2030 itself as the anchor (flagged by `anchor`).
 * @param series values by year covering FIRST_YEAR…LAST_YEAR (any unit, positive)
 * @param rateRetained share of the previous year's log-rate kept each year, 0..1
 */
export function speculativeExtension(
  series: readonly TrajectoryValue[],
  rateRetained: number,
): readonly (TrajectoryValue & { readonly anchor: boolean })[] {
  const first = series[0]
  const last = series.find((p) => p.year === LAST_YEAR)
  if (!first || !last || !(first.value > 0) || !(last.value > 0) || last.year <= first.year)
    return []
  const annualLogRate = Math.log(last.value / first.value) / (last.year - first.year)
  const out: (TrajectoryValue & { readonly anchor: boolean })[] = [
    { year: LAST_YEAR, value: last.value, anchor: true },
  ]
  let value = last.value
  for (let k = 1; LAST_YEAR + k <= SPECULATIVE_LAST_YEAR; k++) {
    value *= Math.exp(annualLogRate * rateRetained ** k)
    out.push({ year: LAST_YEAR + k, value, anchor: false })
  }
  return out
}
