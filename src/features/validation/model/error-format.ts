import { formatNumber } from '@/lib/format'

/** A percentage error as the validation tables show it: "12 %", or "—" where there is none. */
export const errorPct = (x: number): string =>
  Number.isFinite(x) ? `${formatNumber(x, 2)} %` : '—'

/** A signed percentage (engine above the measurement: +), with a true minus sign; "—" where there is none. */
export const signedPct = (x: number): string =>
  Number.isFinite(x) ? `${x > 0 ? '+' : x < 0 ? '−' : ''}${formatNumber(Math.abs(x), 2)} %` : '—'
