/**
 * The engine's messages in the words of the field on screen. The engine names a field by its path
 * in the scenario format ("hardware.memoryBandwidthTBps must be greater than 0 (got 0)"), which is
 * right for the CLI and wrong for a person at a form: the form says "Memory bandwidth must be above
 * 0 TB/s (got 0)", with the field's own label and unit, and names any other field it mentions by
 * its label too.
 */

/** What a field is called on screen, and its unit. */
export interface FieldWords {
  readonly label: string
  /** As the form writes it: "TB/s", "$", "$/kWh", "share of peak" (units that are words are not repeated in messages). */
  readonly unit?: string
}

/** The words for a dotted path, when a form shows that field. */
export type FieldLookup = (path: string) => FieldWords | undefined

/** A catalogue id or preset reported on its object's `base` / `preset` counts for the field itself. */
const bare = (path: string): string => path.replace(/\.(base|preset)$/, '')

/**
 * A number with its unit as a person writes it: "$30,000" for "$", "$0.1/kWh" for "$/kWh", "0 TB/s".
 * Units that are descriptions rather than units ("share of peak", "≥ 1", "elements") are left off.
 */
export function withUnit(value: string, unit: string | undefined): string {
  if (!unit) return value
  if (unit.startsWith('$')) return `$${value}${unit.slice(1)}`
  if (/[\s≥≤–×]/.test(unit) || /^[a-z]{4,}$/.test(unit)) return value
  return `${value} ${unit}`
}

const BOUND = /^ must be (greater than|at least|less than|at most) (-?[\d.e+-]+) \(got (.+)\)$/
const BOUND_WORDS: Readonly<Record<string, string>> = {
  'greater than': 'above',
  'at least': 'at least',
  'less than': 'below',
  'at most': 'at most',
}
/** Dotted paths inside a message ("cannot exceed model.heads (8)"); file names are left alone below. */
const PATH_IN_TEXT = /\b[a-z][A-Za-z0-9]*(?:\.[A-Za-z0-9]+)+\b/g

/**
 * `message`, about the field at `path`, worded for that field: its label instead of the path, a
 * bound with the field's unit ("must be above 0 TB/s"), other fields by their labels where `lookup`
 * knows them, and a capital first letter.
 */
export function fieldMessage(
  message: string,
  path: string,
  field: FieldWords | string,
  lookup?: FieldLookup,
): string {
  const words = typeof field === 'string' ? { label: field } : field
  let text = message
  for (const prefix of [path, bare(path)]) {
    if (!message.startsWith(`${prefix} `) && !message.startsWith(`${prefix}:`)) continue
    const rest = message.slice(prefix.length)
    const bound = BOUND.exec(rest)
    text = bound
      ? `${words.label} must be ${BOUND_WORDS[bound[1]!]} ${withUnit(bound[2]!, words.unit)} (got ${bound[3]})`
      : `${words.label}${rest}`
    break
  }
  if (lookup) text = labelPaths(text, lookup)
  return text.charAt(0).toUpperCase() + text.slice(1)
}

/** Every dotted path in `text` that `lookup` knows, replaced by its label. */
function labelPaths(text: string, lookup: FieldLookup): string {
  return text.replace(
    PATH_IN_TEXT,
    (found) => lookup(found)?.label ?? lookup(bare(found))?.label ?? found,
  )
}

/** An issue worded for a list read away from its field (a banner): the field's words where known. */
export function wordedIssue<T extends { readonly path: string; readonly message: string }>(
  issue: T,
  lookup: FieldLookup,
): T {
  const words = lookup(issue.path) ?? lookup(bare(issue.path))
  const message = words
    ? fieldMessage(issue.message, issue.path, words, lookup)
    : labelPaths(issue.message, lookup)
  return message === issue.message ? issue : { ...issue, message }
}
