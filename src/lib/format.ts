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

/**
 * A number with about three significant figures and thousands separators: 1,234 · 12.3 · 0.0123;
 * from a billion on, scientific (1.2×10¹⁵), so a figure never runs to twenty digits.
 */
export function formatNumber(value: number, significant = SIGNIFICANT): string {
  if (!Number.isFinite(value)) return '—'
  if (value === 0) return '0'
  const abs = Math.abs(value)
  if (abs >= 1e9) return formatScientific(value)
  if (abs >= 10 ** significant) return formatter(0).format(Math.round(value))
  const digits = Math.max(0, significant - 1 - Math.floor(Math.log10(abs)))
  return formatter(Math.min(digits, 6)).format(value)
}

const SUPERSCRIPT: Readonly<Record<string, string>> = {
  '-': '⁻',
  '0': '⁰',
  '1': '¹',
  '2': '²',
  '3': '³',
  '4': '⁴',
  '5': '⁵',
  '6': '⁶',
  '7': '⁷',
  '8': '⁸',
  '9': '⁹',
}

/**
 * A number too large or too small for any prefix, in scientific notation a person reads:
 * 1.2e21 → "1.2×10²¹", 3e-9 → "3×10⁻⁹" (two significant figures: a figure this far out is an order
 * of magnitude, not a measurement).
 */
export function formatScientific(value: number): string {
  if (!Number.isFinite(value)) return '—'
  if (value === 0) return '0'
  const [mantissa = '0', exponent = '0'] = value.toExponential(1).split('e')
  const digits = exponent.replace('+', '')
  const m = mantissa.replace(/\.0$/, '').replace('-', '−')
  return `${m}×10${[...digits].map((c) => SUPERSCRIPT[c] ?? c).join('')}`
}

/** Beyond the largest prefix or below the smallest: where a figure gives way to scientific notation. */
const HUGE = 1e21
const TINY = 1e-9

/**
 * `value` with the largest prefix from `prefixes` (ordered largest first) that keeps it at or
 * above 1; beyond the list, scientific notation with the base unit. "121,179,810 kJ" reads "121 GJ".
 */
function withPrefix(
  value: number,
  prefixes: readonly (readonly [number, string])[],
  base: string,
  join = ' ',
): string {
  if (!Number.isFinite(value)) return '—'
  const abs = Math.abs(value)
  if (abs >= HUGE || (abs > 0 && abs < TINY)) return `${formatScientific(value)}${join}${base}`
  for (const [scale, unit] of prefixes)
    if (abs >= scale) return `${formatNumber(value / scale)}${join}${unit}`
  const last = prefixes[prefixes.length - 1]
  return last && abs > 0 ? `${formatNumber(value / last[0])}${join}${last[1]}` : `0${join}${base}`
}

/** US dollars: $1.23, $0.0123, $1.2k, $3.4M, $700B, $12T; beyond, $1.2×10¹⁸. */
export function formatUsd(value: number): string {
  if (!Number.isFinite(value)) return '—'
  // The sign goes before the currency symbol, as a minus sign: −$5, not $-5.
  if (value < 0) return `−${formatUsd(-value)}`
  if (value >= 1e15 || (value > 0 && value < 1e-6)) return `$${formatScientific(value)}`
  if (value >= 1e12) return `$${formatNumber(value / 1e12)}T`
  if (value >= 1e9) return `$${formatNumber(value / 1e9)}B`
  if (value >= 1e6) return `$${formatNumber(value / 1e6)}M`
  if (value >= 1e4) return `$${formatNumber(value / 1e3)}k`
  return `$${formatNumber(value)}`
}

/** Joules with an SI prefix: 1.52 J, 152 mJ, 3.4 kJ, 121 GJ; 1.2×10²¹ J beyond the prefixes. */
export function formatJoules(value: number): string {
  if (!Number.isFinite(value)) return '—'
  const abs = Math.abs(value)
  if (abs >= 1e3) return withPrefix(value, LARGE_JOULES, 'J')
  if (abs === 0 || abs >= 0.1) return `${formatNumber(value)} J`
  // Below a tenth of a joule: millijoules (0.152 J → 152 mJ), as the figures always have read.
  if (abs >= 1e-4) return `${formatNumber(value * 1e3)} mJ`
  if (abs >= 1e-7) return `${formatNumber(value * 1e6)} µJ`
  return withPrefix(value, [[1e-9, 'nJ']], 'J')
}
const LARGE_JOULES = [
  [1e18, 'EJ'],
  [1e15, 'PJ'],
  [1e12, 'TJ'],
  [1e9, 'GJ'],
  [1e6, 'MJ'],
  [1e3, 'kJ'],
] as const

/**
 * Seconds as a person reads a wait: 25.1 ms, 1.23 s, 4.2 min, 3.1 h, 12 days, 4.5 years; µs below a
 * millisecond, scientific beyond ten thousand years.
 */
export function formatSeconds(value: number): string {
  if (!Number.isFinite(value)) return '—'
  const abs = Math.abs(value)
  if (abs === 0) return '0 ms'
  if (abs < 1e-3)
    return withPrefix(
      value,
      [
        [1e-6, 'µs'],
        [1e-9, 'ns'],
      ],
      's',
    )
  if (abs < 1) return `${formatNumber(value * 1e3)} ms`
  if (abs < 600) return `${formatNumber(value)} s`
  if (abs < 7200) return `${formatNumber(value / 60)} min`
  if (abs < 172_800) return `${formatNumber(value / 3600)} h`
  if (abs < YEAR_SECONDS) return `${formatNumber(value / 86_400)} days`
  if (abs < 1e4 * YEAR_SECONDS) return `${formatNumber(value / YEAR_SECONDS)} years`
  return `${formatScientific(value / YEAR_SECONDS)} years`
}
/** A Julian year, 365.25 days. */
const YEAR_SECONDS = 31_557_600

/** A count with k/M/B/T suffixes: 950, 12.3k, 4.5M, 7T; beyond, 1.2×10¹⁸. */
export function formatCount(value: number): string {
  if (!Number.isFinite(value)) return '—'
  const abs = Math.abs(value)
  if (abs >= 1e15) return formatScientific(value)
  if (abs >= 1e12) return `${formatNumber(value / 1e12)}T`
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

/** A fold change: 12.3× / 0.8×; a huge one compactly, 12.3k× or 1.2×10¹⁸×. */
export function formatFold(value: number): string {
  if (!Number.isFinite(value)) return '—'
  if (Math.abs(value) >= 1e4) return `${formatCount(value)}×`
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

/** Watts with a prefix: 700 W, 4.8 kW, 12 MW, 3 GW, 2 TW; scientific beyond. */
export function formatWatts(value: number): string {
  if (!Number.isFinite(value)) return '—'
  const abs = Math.abs(value)
  if (abs >= 1e15) return `${formatScientific(value)} W`
  if (abs >= 1e12) return `${formatNumber(value / 1e12)} TW`
  if (abs >= 1e9) return `${formatNumber(value / 1e9)} GW`
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

/** Bytes with a decimal prefix: 512 B, 168 MB, 1.6 GB, 3 PB; scientific beyond. */
export function formatBytes(value: number): string {
  if (!Number.isFinite(value)) return '—'
  const abs = Math.abs(value)
  if (abs >= 1e18) return `${formatScientific(value)} B`
  if (abs >= 1e15) return `${formatNumber(value / 1e15)} PB`
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

/**
 * An error band as the key figures show it: "±8 %" for a relative error of 0.08 (the validation
 * error of the nearest measured regime, docs/validation.md); '' where none is known.
 */
export function formatErrorBand(relativeError: number | undefined): string {
  return relativeError !== undefined && Number.isFinite(relativeError) && relativeError > 0
    ? `±${Math.round(relativeError * 100)}\u00a0%`
    : ''
}
