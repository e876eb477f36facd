import { SEGMENTS, type SegmentId, type ValueChain } from '@/engine/index'
import { formatPercent, formatUsd } from '@/lib/format'

/** Colour of each segment (Okabe–Ito palette; distinct in colour-blind vision). */
export const SEGMENT_COLORS: Readonly<Record<SegmentId, string>> = {
  logic: 'var(--cat-1)',
  memory: 'var(--cat-2)',
  packaging: 'var(--cat-3)',
  networking: 'var(--cat-5)',
  systems: 'var(--cat-8)',
  vendorMargin: 'var(--cat-6)',
  energy: 'var(--cat-7)',
  facility: 'var(--cat-4)',
  rental: 'var(--series-baseline)',
}

export type StackRow = { readonly label: string; readonly total: number } & Partial<
  Record<SegmentId, number>
>

/** Two 100 % bars: where each dollar goes in the baseline and in the scenario year (shares, 0..100). */
export function valueChainStack(vc: ValueChain): StackRow[] {
  const base: Record<string, number | string> = {
    label: `2026 baseline · ${formatUsd(vc.baselineUsdPerMillion)}/M`,
    total: vc.baselineUsdPerMillion,
  }
  const scen: Record<string, number | string> = {
    label: `Scenario ${vc.year} · ${formatUsd(vc.scenarioUsdPerMillion)}/M`,
    total: vc.scenarioUsdPerMillion,
  }
  for (const row of vc.rows) {
    base[row.id] = row.baselineShare * 100
    scen[row.id] = row.scenarioShare * 100
  }
  return [base as StackRow, scen as StackRow]
}

export function segmentsShown(vc: ValueChain): typeof SEGMENTS {
  const ids = new Set(vc.rows.map((r) => r.id))
  return SEGMENTS.filter((s) => ids.has(s.id))
}

/** Which segments gain and lose share of each dollar, in one sentence. */
export function valueChainSentence(vc: ValueChain): string {
  if (vc.mode === 'rental')
    return 'In rental mode the cost is one rental price per hour; switch the cost basis to "own it (TCO)" to see where each dollar goes.'
  const sorted = [...vc.rows].sort(
    (a, b) => b.scenarioShare - b.baselineShare - (a.scenarioShare - a.baselineShare),
  )
  const gainer = sorted[0]
  const loser = sorted[sorted.length - 1]
  const largest = [...vc.rows].sort((a, b) => b.scenarioShare - a.scenarioShare)[0]
  if (!gainer || !loser || !largest) return ''
  const cents = (share: number): string => `${Math.round(share * 100)}¢`
  const moved = Math.abs(gainer.scenarioShare - gainer.baselineShare) > 0.005
  const first = `Of each dollar of cost per token, ${largest.name.toLowerCase()} takes the most: ${cents(largest.scenarioShare)} in ${vc.year}.`
  if (!moved) return `${first} Move the levers to see value shift between suppliers.`
  return `${first} As the levers move, ${gainer.name.toLowerCase()} gains share (${cents(gainer.baselineShare)} → ${cents(gainer.scenarioShare)}) and ${loser.name.toLowerCase()} loses it (${cents(loser.baselineShare)} → ${cents(loser.scenarioShare)}), while total cost falls to ${formatPercent(vc.scenarioUsdPerMillion / vc.baselineUsdPerMillion)} of 2026.`
}
