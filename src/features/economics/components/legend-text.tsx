/** Legend labels in the text colour (series colours alone are hard to read, e.g. yellow), in series order. */
export const LEGEND_PROPS = {
  itemSorter: null,
  formatter: (value: unknown) => <span className="econ-legend-text">{String(value)}</span>,
} as const
