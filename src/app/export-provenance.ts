/**
 * The provenance every export carries (lib/export/provenance.ts), read from the store at the moment
 * of the export: the scenario the figures were computed for, every lever, and the share link that
 * reopens this view.
 */
import {
  acceleratorById,
  LEVER_IDS,
  modelById,
  REFERENCE,
  type ScenarioInput,
} from '@/engine/index'
import { shareLinkFor } from '@/features/scenarios/model/share-link'
import type { ExportProvenance } from '@/lib/export/provenance'
import type { AppState } from '@/state/store'

import { version } from '../../package.json'

export const APP_NAME = 'Inference Economics Lab'
export const APP_VERSION: string = version

/**
 * The model or hardware of the scenario as set, by catalogue name: what the provenance names when
 * there is no result for the scenario on screen (it cannot run, or has not run yet). An unset field
 * is the reference's choice, not a custom one.
 */
function nameOf(
  field: ScenarioInput['model'] | ScenarioInput['hardware'],
  fallbackId: string,
  byId: (id: string) => { readonly name: string } | undefined,
  custom: string,
): string {
  if (field === undefined || typeof field === 'string') {
    const id = field ?? fallbackId
    return byId(id)?.name ?? id
  }
  const edited = field as { readonly name?: string; readonly base?: string }
  if (edited.name) return edited.name
  return edited.base ? `${byId(edited.base)?.name ?? edited.base} (edited)` : custom
}

export function exportProvenance(
  s: AppState,
  location: Pick<Location, 'origin' | 'pathname' | 'search'>,
  now: Date,
): ExportProvenance {
  // The last result is kept while a newer input cannot run (the page never goes blank): it then
  // describes an earlier scenario, not the one being exported.
  const current = s.run.status !== 'error' && s.run.issues.length === 0
  const result = current ? s.run.result : undefined
  const r = result?.scenario
  const levers = Object.fromEntries(LEVER_IDS.map((id) => [id, s.scenario.levers?.[id] ?? 0]))
  const batch = result?.batchSize
  const accuracy = result?.accuracy
  const issue = s.run.issues[0]?.message
  const status = issue
    ? `cannot run as set: ${issue}`
    : s.run.failure
      ? `not computed: the engine failed (${s.run.failure})`
      : result && !result.feasible
        ? `cannot run as set: ${result.issues[0]?.message ?? 'see the scenario'}`
        : result && s.run.status === 'running'
          ? 'runs; the latest change is being computed, and the figures are for the one before it'
          : result
            ? 'runs as set'
            : 'not computed yet'
  const workload = s.scenario.workload
  return {
    app: APP_NAME,
    appVersion: APP_VERSION,
    exportedAt: now.toISOString(),
    assumptionSet: s.scenario.assumptions ?? r?.assumptions ?? REFERENCE.assumptions,
    levers,
    model: r?.modelName ?? nameOf(s.scenario.model, REFERENCE.model, modelById, 'custom model'),
    hardware: r
      ? `${r.accelerators}× ${r.hardwareName}`
      : `${typeof s.scenario.accelerators === 'number' ? `${s.scenario.accelerators}× ` : ''}${nameOf(s.scenario.hardware, REFERENCE.hardware, acceleratorById, 'custom hardware')}`,
    workload: r
      ? `${r.inputTokens} input / ${r.outputTokens} output tokens per request${r.outputLengthCv > 0 ? ` (answer lengths vary: standard deviation ${r.outputLengthCv} × the mean)` : ''}${batch ? `, batch ${batch}` : ''}`
      : typeof workload === 'string'
        ? `${workload} workload`
        : workload
          ? `${workload.preset ?? REFERENCE.workload} workload, edited`
          : `${REFERENCE.workload} workload`,
    year: r?.year ?? s.scenario.year ?? REFERENCE.year,
    status,
    accuracy: accuracy
      ? `±${Math.round(accuracy.relativeError * 100)} % (${accuracy.basis}); energy ±${Math.round(accuracy.energyRelativeError * 100)} % (${accuracy.energyBasis})`
      : 'none: the scenario as set has no result',
    ...(s.economics.inputs ? { economicsInputs: JSON.stringify(s.economics.inputs) } : {}),
    shareLink: shareLinkFor(location, s.scenario, { tab: s.activeView }, s.economics.inputs),
  }
}
