import { formatFold } from '@/lib/format'

/** A fold as a factor of at least 1; its label says which way it goes (0.73 reads "1.4×" under "Costlier …"). */
export const formatFoldMagnitude = (fold: number): string => formatFold(fold >= 1 ? fold : 1 / fold)

/** "Cheaper than …" unless the levers made the token dearer, so a figure never reads "0.73× cheaper". */
export function foldLabel(fold: number | undefined, baseline: string): string {
  return fold !== undefined && fold < 1 / 1.005
    ? `Costlier than ${baseline}`
    : `Cheaper than ${baseline}`
}
