/**
 * Recharts settings shared by the charts, mostly the horizontal bar charts (`layout="vertical"`: one
 * row per category, values along x). They are plain props to spread onto recharts' own elements
 * rather than wrapper components, so each chart still writes out its elements and renders as before.
 * Axis titles set their look per chart: given as `style`, recharts also measures them at that size
 * when wrapping them, so moving between `style` and plain attributes could rewrap a title.
 */

/** Axis tick labels in the muted colour; axis titles take the same look. */
export const AXIS_TICK = { fill: 'var(--text-muted)', fontSize: 12 } as const

/** Row labels on the category axis, in the text colour. */
export const ROW_TICK = { fill: 'var(--text)', fontSize: 13 } as const

/** Vertical grid lines only: the rows themselves separate the categories. */
export const ROW_GRID = {
  stroke: 'var(--border)',
  strokeDasharray: '3 3',
  horizontal: false,
} as const

/** The band behind the bar (row or column) under the pointer. */
export const BAR_CURSOR = { fill: 'var(--surface-2)' } as const

/** The zero line of a chart whose bars run both ways from it. */
export const ZERO_LINE = { x: 0, stroke: 'var(--text-muted)' } as const

/** The category axis: row labels read from `dataKey`, in a column `width` px wide. */
export function rowAxis(dataKey: string, width: number) {
  return { type: 'category', dataKey, width, tick: ROW_TICK } as const
}

/** What recharts hands a custom tooltip: whether it shows, and the hovered datum (once per series). */
export interface ChartTooltipProps<Datum> {
  readonly active?: boolean
  readonly payload?: readonly { readonly payload?: Datum }[]
}

/** The datum under the pointer; undefined while the tooltip is hidden. */
export function hoveredDatum<Datum>({
  active,
  payload,
}: ChartTooltipProps<Datum>): Datum | undefined {
  return active ? payload?.[0]?.payload : undefined
}
