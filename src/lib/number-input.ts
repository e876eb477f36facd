/** Parsing and checking what an analyst types into a number field, with a message naming the problem. */

export interface NumberRule {
  readonly min: number
  readonly max: number
  /** Whole numbers only. */
  readonly integer?: boolean
  /** The field shows value × scale (e.g. 100 for a percentage of a share). */
  readonly scale?: number
}

export type ParsedNumber =
  { readonly ok: true; readonly value: number } | { readonly ok: false; readonly message: string }

const clean = (text: string): string => text.replace(/[\s,_]/g, '').replace(/[−–]/g, '-')

/** Parse a typed number ("1,000", "2.5e14", "60") against a rule; the value returned is unscaled. */
export function parseNumberInput(text: string, label: string, rule: NumberRule): ParsedNumber {
  const scale = rule.scale ?? 1
  const raw = clean(text)
  if (raw === '') return { ok: false, message: `${label} needs a number` }
  const shown = Number(raw)
  if (!Number.isFinite(shown))
    return { ok: false, message: `${label} must be a number (got "${text.trim()}")` }
  if (rule.integer && !Number.isInteger(shown))
    return { ok: false, message: `${label} must be a whole number (got ${text.trim()})` }
  const min = rule.min * scale
  const max = rule.max * scale
  if (shown < min)
    return {
      ok: false,
      message: `${label} must be at least ${formatBound(min)} (got ${text.trim()})`,
    }
  if (shown > max)
    return {
      ok: false,
      message: `${label} must be at most ${formatBound(max)} (got ${text.trim()})`,
    }
  return { ok: true, value: shown / scale }
}

function formatBound(value: number): string {
  return Math.abs(value) >= 1e6
    ? value.toExponential(0).replace('e+', 'e')
    : value.toLocaleString('en-US', { maximumFractionDigits: 4 })
}

/** The text a field shows for a value. */
export function numberInputText(value: number, scale = 1): string {
  const shown = value * scale
  if (Math.abs(shown) >= 1e9) return shown.toExponential(2).replace('e+', 'e')
  return String(Number(shown.toPrecision(6)))
}
