/**
 * The provenance every export carries (lib/export/provenance.ts), read from the store at the moment
 * of the export: the scenario the figures were computed for, every lever, and the share link that
 * reopens this view.
 */
import { LEVER_IDS } from '@/engine/index'
import { shareLinkFor } from '@/features/scenarios/model/share-link'
import type { ExportProvenance } from '@/lib/export/provenance'
import type { AppState } from '@/state/store'

import { version } from '../../package.json'

export const APP_NAME = 'Inference Economics Lab'
export const APP_VERSION: string = version

export function exportProvenance(
  s: AppState,
  location: Pick<Location, 'origin' | 'pathname' | 'search'>,
  now: Date,
): ExportProvenance {
  const r = s.run.result?.scenario
  const levers = Object.fromEntries(LEVER_IDS.map((id) => [id, s.scenario.levers?.[id] ?? 0]))
  const batch = s.run.result?.batchSize
  const accuracy = s.run.result?.accuracy
  return {
    app: APP_NAME,
    appVersion: APP_VERSION,
    exportedAt: now.toISOString(),
    assumptionSet: s.scenario.assumptions ?? r?.assumptions ?? 'article',
    levers,
    model:
      r?.modelName ?? (typeof s.scenario.model === 'string' ? s.scenario.model : 'custom model'),
    hardware: r ? `${r.accelerators}× ${r.hardwareName}` : 'default hardware',
    workload: r
      ? `${r.inputTokens} input / ${r.outputTokens} output tokens per request${r.outputLengthCv > 0 ? ` (answer lengths vary: standard deviation ${r.outputLengthCv} × the mean)` : ''}${batch ? `, batch ${batch}` : ''}`
      : 'default workload',
    year: r?.year ?? s.scenario.year ?? 2026,
    accuracy: accuracy
      ? `±${Math.round(accuracy.relativeError * 100)} % (${accuracy.basis}); energy ±${Math.round(accuracy.energyRelativeError * 100)} % (${accuracy.energyBasis})`
      : 'not computed yet',
    shareLink: shareLinkFor(location, s.scenario, { tab: s.activeView }),
  }
}
