import { leverById, overlapRows, paramWords } from '@/engine/index'
import type { LeverSpec, ParamName, OverlapRule } from '@/engine/index'

export const OVERLAP_RULE_TEXT: Readonly<Record<OverlapRule, string>> = {
  frontier:
    'one frontier: their gains combine as a Euclidean norm of the logarithms, so two 4× gains give 7.1×, not 16×',
  opposite: 'one gains and the other loses: the two add up in log terms',
  multiply: 'separate lines of the bill of materials: the factors multiply',
  'add-capped': 'shares that add up to their cap',
  'active-parameters':
    'both cut the parameters each token uses: the two cuts share one frontier, and distillation keeps only what mixture of experts has not already taken',
  'hbm-headstart':
    'the gains are stated from HBM3e; on a part that already has HBM4 only what is left beyond HBM4 applies, and parts without HBM do not take the lever',
}

export interface OverlapLine {
  /** The other side: a lever's name, or "An HBM4 part". */
  readonly with: string
  readonly quantities: string
  readonly rule: string
}

const quantityWords = (q: string): string => (q.includes(' ') ? q : paramWords(q as ParamName))

/** How a lever combines with the levers (or hardware) it overlaps, one line per pair and rule. */
export function overlapLines(lever: LeverSpec): OverlapLine[] {
  return overlapRows()
    .filter((row) => row.a === lever.id || row.b === lever.id)
    .map((row) => {
      const other = row.a === lever.id ? row.b : row.a
      const words = [...new Set(row.quantities.map(quantityWords))]
      return {
        with: other === 'hardware' ? 'An HBM4 part' : leverById(other).name,
        quantities: words.join(', '),
        rule: OVERLAP_RULE_TEXT[row.rule],
      }
    })
}

/** The lever's number-format floor in words, when it narrows formats. */
export function floorText(lever: LeverSpec): string | undefined {
  if (!lever.effects.some((e) => e.floor !== undefined)) return undefined
  return 'Number formats stop at 4 bits for weights and the KV cache (FP4, the narrowest format with hardware support and published accuracy) and, for activations, at the narrowest width the chip computes in: 4 bits with FP4 math, 8 bits without.'
}
