import type { HorizonTrajectory } from '@/engine/index'

export interface HorizonRow {
  readonly year: number
  /** 2026–2030 only. */
  readonly scenario?: number
  readonly baseline?: number
  /** 2030 (the anchor) to 2035 only; never earlier. */
  readonly speculative?: number
}

/**
 * Chart rows 2026–2035: the modelled 2026–2030 series and, only when asked for, the speculative
 * extension from its 2030 anchor. A year after 2030 never carries a modelled value, and a year before
 * 2030 never carries a speculative one.
 */
export function horizonRows(h: HorizonTrajectory, metric: 'cost' | 'energy'): HorizonRow[] {
  const modelled: HorizonRow[] = h.years.map((y) => ({
    year: y.year,
    scenario: metric === 'cost' ? y.scenarioUsdPerMillion : y.scenarioJoules,
    baseline: metric === 'cost' ? y.baselineUsdPerMillion : y.baselineJoules,
  }))
  const series = h.speculative
    ? metric === 'cost'
      ? h.speculative.usdPerMillion
      : h.speculative.joules
    : []
  const lastModelled = modelled[modelled.length - 1]?.year ?? 2030
  const rows = modelled.map((r) => {
    const anchor = series.find((p) => p.anchor && p.year === r.year)
    return anchor ? { ...r, speculative: anchor.value } : r
  })
  for (const p of series)
    if (!p.anchor && p.year > lastModelled) rows.push({ year: p.year, speculative: p.value })
  return rows
}

/** The 1-2-5 numbers (…, 0.5, 1, 2, 5, 10, …) from decade 10^lowExp to decade 10^highExp. */
function oneTwoFive(lowExp: number, highExp: number): number[] {
  const out: number[] = []
  for (let e = lowExp; e <= highExp; e++)
    for (const step of [1, 2, 5]) out.push(Number((step * 10 ** e).toPrecision(6)))
  return out
}

/**
 * A log-axis domain with some room around every value (speculative ones included): from the 1-2-5
 * number at or below min ÷ 1.3 to the one at or above max × 1.3; ticks at 1-2-5 steps, or at decades
 * only when the axis spans more than three decades.
 */
export function horizonAxis(rows: readonly HorizonRow[]): {
  readonly domain: [number, number]
  readonly ticks: number[]
} {
  const values = rows
    .flatMap((r) => [r.scenario, r.baseline, r.speculative])
    .filter((v): v is number => v !== undefined && Number.isFinite(v) && v > 0)
  if (values.length === 0) return { domain: [0.1, 1], ticks: [0.1, 1] }
  const min = Math.min(...values) / 1.3
  const max = Math.max(...values) * 1.3
  const candidates = oneTwoFive(Math.floor(Math.log10(min)) - 1, Math.ceil(Math.log10(max)) + 1)
  const low = [...candidates].reverse().find((t) => t <= min) ?? candidates[0]!
  const high = candidates.find((t) => t >= max) ?? candidates[candidates.length - 1]!
  const inRange = candidates.filter((t) => t >= low && t <= high)
  const decades = Math.log10(high / low)
  const ticks =
    decades > 3
      ? inRange.filter((t) => Number.isInteger(Math.log10(t)) || t === low || t === high)
      : inRange
  return { domain: [low, high], ticks }
}
