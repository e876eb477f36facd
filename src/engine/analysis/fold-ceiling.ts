/**
 * The article's range for all levers together ("at least 10×, up to about 100×") and the verdict of
 * a figure against a claim's range, in a module of its own with no engine dependencies, so the
 * dashboard's headline figures can carry the caveat without loading the analyses.
 */
/** Where an engine figure lands against a claim's range: inside, above its ceiling, below its floor. */
export type ClaimVerdict = 'within' | 'exceeds' | 'short'

/** The article's ceiling for all levers together: "up to about 100×" cheaper by 2030. */
export const ARTICLE_FOLD_CEILING = 100
/** The article's floor for all levers together: "at least 10×". */
export const ARTICLE_FOLD_FLOOR = 10

/**
 * A figure against a claim's range [low, high]: within (both ends included), exceeds (above the
 * ceiling) or short (below the floor). For a reduction, "above" means a deeper cut.
 */
export function claimVerdict(low: number, high: number, value: number): ClaimVerdict {
  if (value > high) return 'exceeds'
  if (value < low) return 'short'
  return 'within'
}

/**
 * The caveat any headline fold past the article's own ceiling carries, in plain words; undefined at
 * or below the ceiling. `contributors` are lever names, largest first, when an attribution is at hand.
 */
export function foldCeilingCaveat(
  fold: number,
  contributors: readonly string[] = [],
): string | undefined {
  if (!(fold > ARTICLE_FOLD_CEILING)) return undefined
  const because =
    contributors.length > 0 ? `, mostly from ${listWords(contributors.slice(0, 3))}` : ''
  return (
    `${foldWords(fold)} is beyond the article’s own ceiling of about ${ARTICLE_FOLD_CEILING}× with all levers together${because}: ` +
    'the lever effects compound past what the article claims, so read it as an upper bound, not a forecast.'
  )
}

export const foldWords = (fold: number): string =>
  `${fold >= 10 ? Math.round(fold).toLocaleString('en-US') : fold.toFixed(1)}×`

export function listWords(items: readonly string[]): string {
  if (items.length <= 1) return items.join('')
  return `${items.slice(0, -1).join(', ')} and ${items[items.length - 1]!}`
}
