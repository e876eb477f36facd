import type { MatureNodeComparison, NodeConfig } from '@/engine/index'
import { formatFold, formatUsd } from '@/lib/format'

import { shortHardwareName } from './hardware-name'

export function nodeConfig(c: MatureNodeComparison, id: NodeConfig['id']): NodeConfig | undefined {
  return c.configs.find((x) => x.id === id)
}

/** The article's claim tested in one sentence. */
export function matureSentence(c: MatureNodeComparison): string {
  const mature = nodeConfig(c, 'mature-optimized')
  const leading = nodeConfig(c, 'leading-optimized')
  const leadingAsIs = nodeConfig(c, 'leading-as-is')
  if (!mature?.feasible || !leading?.feasible || !leadingAsIs?.feasible)
    return 'One of the configurations cannot run; see why below.'
  const vsSame = c.costRatioSameSoftware
  const vsAsIs = c.costRatioVsUnoptimizedLeading
  const sameText =
    vsSame >= 1 ? `${formatFold(vsSame)} the cost of` : `${formatFold(1 / vsSame)} cheaper than`
  const asIsText =
    vsAsIs <= 1 ? `${formatFold(1 / vsAsIs)} cheaper than` : `${formatFold(vsAsIs)} the cost of`
  return `With optimized software in ${c.year}, ${shortHardwareName(mature.hardwareName)} (${mature.processNm} nm) serves a million tokens for ${formatUsd(mature.usdPerMillionOutputTokens)}: ${sameText} ${shortHardwareName(leading.hardwareName)} with the same software, but ${asIsText} ${shortHardwareName(leadingAsIs.hardwareName)} without it (${formatUsd(leadingAsIs.usdPerMillionOutputTokens)}).`
}
