/**
 * Geometry of the overview's hand-drawn SVG charts (stacked phase bars, log-log roofline): pure
 * functions from the data and the plot box to pixel positions, so the layout is tested without a
 * browser and the components only draw. The overview is the first view and follows the slider
 * on every frame; plain SVG costs a fraction of a millisecond where a charting library took tens.
 */
import type { Breakdown } from './phase-breakdown'

export interface PlotBox {
  readonly left: number
  readonly top: number
  readonly width: number
  readonly height: number
}

export interface BarSegment {
  readonly key: string
  readonly label: string
  readonly color: string
  readonly value: number
  readonly y: number
  readonly height: number
}

export interface BarGeometry {
  readonly label: string
  readonly total: number
  /** Left edge and width of the bar; the band is the bar's category slot (hover area). */
  readonly x: number
  readonly width: number
  readonly bandX: number
  readonly bandWidth: number
  /** Top of the stack (where the total is written). */
  readonly top: number
  /** Bottom-up, in series order; zero-height segments left out. */
  readonly segments: readonly BarSegment[]
}

export interface TickGeometry {
  readonly value: number
  readonly position: number
}

/** Gap on each side of a bar, as a share of its category slot (the bar takes the rest). */
export const BAR_CATEGORY_GAP = 0.3

/** A linear y scale from [0, max] to the plot's bottom…top. */
export function linearY(max: number, box: PlotBox): (value: number) => number {
  const bottom = box.top + box.height
  return (value) =>
    max > 0 ? bottom - (Math.min(Math.max(value, 0), max) / max) * box.height : bottom
}

/** Stacked bars, one per phase, on the axis `ticks` (0 … at least the largest total). */
export function stackedBars(
  breakdown: Breakdown,
  ticks: readonly number[],
  box: PlotBox,
): { bars: BarGeometry[]; ticks: TickGeometry[] } {
  const max = ticks[ticks.length - 1] ?? 1
  const y = linearY(max, box)
  const band = box.width / breakdown.rows.length
  const bars = breakdown.rows.map((row, i): BarGeometry => {
    const bandX = box.left + i * band
    const x = bandX + band * BAR_CATEGORY_GAP
    let base = 0
    const segments: BarSegment[] = []
    for (const s of breakdown.series) {
      const value = row.values[s.key] ?? 0
      const top = y(base + value)
      const bottom = y(base)
      base += value
      if (bottom - top > 0)
        segments.push({
          key: s.key,
          label: s.label,
          color: s.color,
          value,
          y: top,
          height: bottom - top,
        })
    }
    return {
      label: row.label,
      total: row.total,
      x,
      width: band * (1 - 2 * BAR_CATEGORY_GAP),
      bandX,
      bandWidth: band,
      top: y(row.total),
      segments,
    }
  })
  return { bars, ticks: ticks.map((value) => ({ value, position: y(value) })) }
}

/** A log10 scale from `domain` to `range` (pixels; reversed for a y axis). */
export function logScale(
  domain: readonly [number, number],
  range: readonly [number, number],
): (value: number) => number {
  const [d0, d1] = [Math.log10(domain[0]), Math.log10(domain[1])]
  const [r0, r1] = range
  const span = d1 - d0 || 1
  return (value) => {
    const v = Math.log10(Math.max(value, Number.MIN_VALUE))
    const clamped = Math.min(Math.max(v, Math.min(d0, d1)), Math.max(d0, d1))
    return r0 + ((clamped - d0) / span) * (r1 - r0)
  }
}

/** SVG polyline `points` for data points under two scales. */
export function polylinePoints(
  points: readonly { readonly x: number; readonly y: number }[],
  x: (v: number) => number,
  y: (v: number) => number,
): string {
  return points.map((p) => `${round(x(p.x))},${round(y(p.y))}`).join(' ')
}

/** Two decimals are plenty for pixels and keep the SVG (and exports) small. */
export const round = (v: number): number => Math.round(v * 100) / 100
