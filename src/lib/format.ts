/** Number formatting with units, shared by every view, so a figure reads the same everywhere. */

const SIGNIFICANT = 3

/**
 * One Intl.NumberFormat per number of decimals, made once: `toLocaleString` with options builds a
 * new formatter on every call (~20 µs), which adds up to whole frames when charts re-render.
 */
const FORMATTERS = new Map<number, Intl.NumberFormat>()
function formatter(maxDecimals: number): Intl.NumberFormat {
  let f = FORMATTERS.get(maxDecimals)
  if (!f) {
    f = new Intl.NumberFormat('en-US', {
      minimumFractionDigits: 0,
      maximumFractionDigits: maxDecimals,
    })
    FORMATTERS.set(maxDecimals, f)
  }
  return f
}

/** A number with about three significant figures and thousands separators: 1,234 · 12.3 · 0.0123. */
export function formatNumber(value: number, significant = SIGNIFICANT): string {
  if (!Number.isFinite(value)) return '—'
  if (value === 0) return '0'
  const abs = Math.abs(value)
  if (abs >= 10 ** significant) return formatter(0).format(Math.round(value))
  const digits = Math.max(0, significant - 1 - Math.floor(Math.log10(abs)))
  return formatter(Math.min(digits, 6)).format(value)
}

/** US dollars: $1.23, $0.0123, $1.2k, $3.4M, $700B. */
export function formatUsd(value: number): string {
  if (!Number.isFinite(value)) return '—'
  // The sign goes before the currency symbol, as a minus sign: −$5, not $-5.
  if (value < 0) return `−${formatUsd(-value)}`
  if (value >= 1e9) return `$${formatNumber(value / 1e9)}B`
  if (value >= 1e6) return `$${formatNumber(value / 1e6)}M`
  if (value >= 1e4) return `$${formatNumber(value / 1e3)}k`
  return `$${formatNumber(value)}`
}

/** Joules with an SI prefix: 1.52 J, 152 mJ, 3.4 kJ. */
export function formatJoules(value: number): string {
  if (!Number.isFinite(value)) return '—'
  const abs = Math.abs(value)
  if (abs >= 1e3) return `${formatNumber(value / 1e3)} kJ`
  if (abs < 0.1 && abs > 0) return `${formatNumber(value * 1e3)} mJ`
  return `${formatNumber(value)} J`
}

/** Seconds as ms or s: 25.1 ms, 1.23 s. */
export function formatSeconds(value: number): string {
  if (!Number.isFinite(value)) return '—'
  if (Math.abs(value) < 1) return `${formatNumber(value * 1e3)} ms`
  return `${formatNumber(value)} s`
}

/** A count with k/M suffixes: 950, 12.3k, 4.5M. */
export function formatCount(value: number): string {
  if (!Number.isFinite(value)) return '—'
  const abs = Math.abs(value)
  if (abs >= 1e9) return `${formatNumber(value / 1e9)}B`
  if (abs >= 1e6) return `${formatNumber(value / 1e6)}M`
  if (abs >= 1e4) return `${formatNumber(value / 1e3)}k`
  return formatNumber(value)
}

/** A share as a percentage: 0.234 → "23 %". */
export function formatPercent(share: number, digits = 0): string {
  if (!Number.isFinite(share)) return '—'
  return `${(share * 100).toFixed(digits)} %`
}

/** A fold change: 12.3× / 0.8×. */
export function formatFold(value: number): string {
  if (!Number.isFinite(value)) return '—'
  return `${formatNumber(value, value >= 100 ? 3 : 2)}×`
}

/** The words after a fold change: "cheaper" for a fold above 1, "costlier" below it. */
export interface FoldWords {
  readonly better: string
  readonly worse: string
}

/**
 * A fold change as a factor of at least 1 and the word for its direction, so a change for the worse
 * reads "1.4× costlier" rather than "0.73× cheaper". Within half a percent of 1 is no change ("1×").
 */
export function foldChangeParts(
  fold: number,
  words: FoldWords,
): { readonly value: string; readonly word: string } {
  if (!Number.isFinite(fold) || fold <= 0) return { value: '—', word: '' }
  if (Math.abs(fold - 1) < 0.005) return { value: '1×', word: 'no change' }
  return fold > 1
    ? { value: formatFold(fold), word: words.better }
    : { value: formatFold(1 / fold), word: words.worse }
}

/** A fold change in words: "3.4× cheaper", "1.4× costlier", "no change". */
export function formatFoldChange(fold: number, words: FoldWords): string {
  const { value, word } = foldChangeParts(fold, words)
  if (value === '—') return value
  return word === 'no change' ? word : `${value} ${word}`
}

/**
 * A range of fold changes in words, low end first: "2.9× to 3.9× cheaper", "1.2× to 1.6× costlier",
 * and across no change "1.1× costlier to 1.2× cheaper".
 */
export function formatFoldRange(low: number, high: number, words: FoldWords): string {
  const [a, b] = low <= high ? [low, high] : [high, low]
  if (a >= 1) return `${formatFold(a)} to ${formatFold(b)} ${words.better}`
  if (b <= 1) return `${formatFold(1 / b)} to ${formatFold(1 / a)} ${words.worse}`
  return `${formatFold(1 / a)} ${words.worse} to ${formatFold(b)} ${words.better}`
}

/** Watts with a prefix: 700 W, 4.8 kW, 12 MW. */
export function formatWatts(value: number): string {
  if (!Number.isFinite(value)) return '—'
  const abs = Math.abs(value)
  if (abs >= 1e6) return `${formatNumber(value / 1e6)} MW`
  if (abs >= 1e3) return `${formatNumber(value / 1e3)} kW`
  return `${formatNumber(value)} W`
}

/** A large count in words, for executives: 950 · 12.3 thousand · 4.5 million · 200 trillion · 3.2 quadrillion. */
export function formatCountWords(value: number): string {
  if (!Number.isFinite(value)) return '—'
  const abs = Math.abs(value)
  const scales: readonly [number, string][] = [
    [1e15, 'quadrillion'],
    [1e12, 'trillion'],
    [1e9, 'billion'],
    [1e6, 'million'],
    [1e3, 'thousand'],
  ]
  for (const [scale, word] of scales)
    if (abs >= scale) return `${formatNumber(value / scale)} ${word}`
  return formatNumber(value)
}

/** Bytes with a decimal prefix: 512 B, 168 MB, 1.6 GB. */
export function formatBytes(value: number): string {
  if (!Number.isFinite(value)) return '—'
  const abs = Math.abs(value)
  if (abs >= 1e12) return `${formatNumber(value / 1e12)} TB`
  if (abs >= 1e9) return `${formatNumber(value / 1e9)} GB`
  if (abs >= 1e6) return `${formatNumber(value / 1e6)} MB`
  if (abs >= 1e3) return `${formatNumber(value / 1e3)} kB`
  return `${formatNumber(value)} B`
}

/** Energy per year in TWh (GWh below 1 TWh): 6.8 TWh, 420 GWh. */
export function formatTwh(value: number): string {
  if (!Number.isFinite(value)) return '—'
  if (Math.abs(value) < 1 && value !== 0) return `${formatNumber(value * 1e3)} GWh`
  return `${formatNumber(value)} TWh`
}

/** A signed relative change: +12 %, −4.5 %, 0 %. */
export function formatChange(share: number, digits = 0): string {
  if (!Number.isFinite(share)) return '—'
  const pct = share * 100
  const text = Math.abs(pct).toFixed(Math.abs(pct) < 10 && digits === 0 ? 1 : digits)
  if (Number(text) === 0) return '0 %'
  return `${pct > 0 ? '+' : '−'}${text} %`
}
