import { useMemo, useState } from 'react'
import { useShallow } from 'zustand/react/shallow'

import { ChartFrame } from '@/components/ui/chart-frame'
import { useExportProvenance } from '@/components/ui/export-provenance'
import { MenuButton, type MenuItem } from '@/components/ui/menu-button'
import { PRESETS } from '@/engine/index'
import { copyTable } from '@/lib/export/clipboard'
import { toCsv } from '@/lib/export/csv'
import { downloadText, fileName } from '@/lib/export/download'
import { toJsonDocument } from '@/lib/export/json'
import { csvPreamble, type ExportProvenance } from '@/lib/export/provenance'
import { CURRENT_SCENARIO_ID, MAX_COMPARED, REFERENCE_SCENARIO_ID } from '@/state/compare-slice'
import { useAppStore } from '@/state/store'

import { INITIAL_METRIC_IDS, METRICS } from '../model/metrics'
import { overlayData, overlayExport, type OverlayMetric } from '../model/overlay'
import { compareExport, compareName, compareRows, PRESET_PREFIX } from '../model/rows'

import { CompareTable } from './compare-table'
import { TrajectoryOverlay } from './trajectory-overlay'

import '../compare.css'

/** What the comparison table's exported figures are for: its rows, not the scenario being edited. */
const COMPARE_TABLE_SCOPE =
  "the compared scenarios in the rows, each with its own model, hardware, year and levers (the Details column); the accuracy line is the edited scenario's"

const TABLE_SOURCES =
  'Inference Economics Lab engine (each scenario resolved and simulated as in the main views; 2030 figures from its trajectory).'

/** Scenarios side by side: a sortable table of figures with deltas, and their trajectories overlaid. */
export function CompareView() {
  const provenanceNow = useExportProvenance()
  const { selection, referenceId, metricIds, outcomes, status, failure, saved, activeName } =
    useAppStore(
      useShallow((s) => ({
        selection: s.compare.selection,
        referenceId: s.compare.referenceId,
        metricIds: s.compare.metrics ?? INITIAL_METRIC_IDS,
        outcomes: s.compare.outcomes,
        status: s.compare.status,
        failure: s.compare.failure,
        saved: s.library.scenarios,
        activeName: s.library.scenarios.find((x) => x.id === s.library.activeId)?.name,
      })),
    )
  const toggle = useAppStore((s) => s.toggleCompared)
  const setReference = useAppStore((s) => s.setCompareReference)
  const setMetrics = useAppStore((s) => s.setCompareMetrics)
  const [metric, setMetric] = useState<OverlayMetric>('cost')
  const [copyStatus, setCopyStatus] = useState('')

  const ctx = useMemo(() => ({ saved, activeName }), [saved, activeName])
  const present = useMemo(
    () =>
      selection.filter(
        (id) =>
          id === CURRENT_SCENARIO_ID ||
          id === REFERENCE_SCENARIO_ID ||
          id.startsWith(PRESET_PREFIX) ||
          saved.some((s) => s.id === id),
      ),
    [selection, saved],
  )
  const rows = useMemo(
    () => compareRows(present, referenceId, outcomes, METRICS, ctx),
    [present, referenceId, outcomes, ctx],
  )
  const overlay = useMemo(() => overlayData(rows, outcomes, metric), [rows, outcomes, metric])
  const referenceName = compareName(referenceId, ctx)
  const exportTable = useMemo(
    () => compareExport(rows, metricIds, referenceName),
    [rows, metricIds, referenceName],
  )
  const full = present.length >= MAX_COMPARED

  const choice = (id: string, label: string, hint?: string): MenuItem => ({
    id,
    label,
    ...(hint ? { hint } : {}),
    checked: present.includes(id),
    disabled: full && !present.includes(id),
    onSelect: () => toggle(id),
  })
  const scenarioItems: MenuItem[] = [
    choice(CURRENT_SCENARIO_ID, compareName(CURRENT_SCENARIO_ID, ctx), 'what you are editing'),
    choice(
      REFERENCE_SCENARIO_ID,
      compareName(REFERENCE_SCENARIO_ID, ctx),
      'Llama 3.3 70B on H100, chat',
    ),
    ...saved.map((s, i) => ({ ...choice(s.id, s.name, 'saved'), separated: i === 0 })),
    ...PRESETS.filter((p) => !p.id.startsWith('group-')).map((p, i) => ({
      ...choice(`${PRESET_PREFIX}${p.id}`, `Current + ${p.name}`, p.description),
      separated: i === 0,
    })),
  ]
  const metricItems: MenuItem[] = METRICS.map((m) => ({
    id: m.id,
    label: m.label,
    hint: m.unit,
    checked: metricIds.includes(m.id),
    onSelect: () => {
      const next = metricIds.includes(m.id)
        ? metricIds.filter((x) => x !== m.id)
        : METRICS.map((x) => x.id).filter((x) => x === m.id || metricIds.includes(x))
      setMetrics(next)
    },
  }))
  // The table's files carry the same provenance as every chart's (app, version, time, the
  // scenario being edited, its accuracy, a link back), and say that the rows are the compared
  // scenarios, each with its own model, hardware and levers (the Details column).
  const tableProvenance = (): ExportProvenance | undefined => {
    const p = provenanceNow()
    return p ? { ...p, scope: COMPARE_TABLE_SCOPE } : undefined
  }
  const tableExportItems: MenuItem[] = [
    {
      id: 'csv',
      label: 'CSV',
      hint: 'for spreadsheets',
      onSelect: () => {
        const p = tableProvenance()
        const preamble = `# Scenario comparison\r\n# Changes against ${referenceName}\r\n# sources: ${TABLE_SOURCES}\r\n${p ? csvPreamble(p) : ''}`
        downloadText(
          `${preamble}${toCsv(exportTable)}`,
          fileName('scenario-comparison', 'csv'),
          'text/csv',
        )
      },
    },
    {
      id: 'json',
      label: 'JSON',
      hint: 'with units',
      onSelect: () => {
        const p = tableProvenance()
        downloadText(
          toJsonDocument(exportTable, {
            title: 'Scenario comparison',
            subtitle: `Changes against ${referenceName}`,
            sources: TABLE_SOURCES,
            exportedAt: p?.exportedAt ?? new Date().toISOString(),
            ...(p ? { provenance: p } : {}),
          }),
          fileName('scenario-comparison', 'json'),
          'application/json',
        )
      },
    },
    {
      id: 'copy',
      label: 'Copy table',
      hint: 'paste into a sheet or slide',
      onSelect: () => {
        void copyTable(exportTable, 'Scenario comparison').then((ok) =>
          setCopyStatus(
            ok
              ? 'Table copied: paste it into a spreadsheet or a slide.'
              : 'The browser did not allow copying; use CSV instead.',
          ),
        )
      },
    },
  ]

  return (
    <div className="compare-view">
      <section className="card compare-card" aria-labelledby="compare-title">
        <div className="compare-toolbar">
          <div>
            <h2 id="compare-title">Compare scenarios</h2>
            <p className="compare-subtitle">
              {rows.length} scenario{rows.length === 1 ? '' : 's'} · changes against{' '}
              <strong>{referenceName}</strong>
              {status === 'running' ? <span className="compare-status"> · updating…</span> : null}
            </p>
          </div>
          <div className="compare-controls">
            <MenuButton
              label={`Scenarios (${present.length})`}
              heading={`Compare up to ${MAX_COMPARED}`}
              items={scenarioItems}
              align="end"
            />
            <MenuButton label="Columns" heading="Figures to show" items={metricItems} align="end" />
            <label className="compare-reference">
              <span>Deltas against</span>
              <select
                className="select"
                value={referenceId}
                onChange={(event) => setReference(event.currentTarget.value)}
              >
                {present.map((id) => (
                  <option key={id} value={id}>
                    {compareName(id, ctx)}
                  </option>
                ))}
              </select>
            </label>
            <MenuButton
              label="Export"
              ariaLabel="Export the comparison table"
              heading="Export this table"
              items={tableExportItems}
              align="end"
            />
          </div>
        </div>
        {failure ? (
          <div className="banner banner-error" role="alert">
            The comparison could not be computed: {failure}
          </div>
        ) : null}
        {rows.length === 0 ? (
          <p className="compare-empty">
            Choose scenarios to compare with the Scenarios menu above.
          </p>
        ) : (
          <CompareTable rows={rows} visibleMetrics={metricIds} referenceName={referenceName} />
        )}
        {saved.length === 0 ? (
          <p className="compare-hint">
            Tip: save scenarios (Scenarios menu in the header › Save as…) to compare them here;
            presets can be added straight away.
          </p>
        ) : null}
        <p className="chart-export-status" role="status">
          {copyStatus}
        </p>
        <p className="chart-sources">Sources: {TABLE_SOURCES}</p>
      </section>

      <ChartFrame
        title={
          metric === 'cost'
            ? 'Cost per million output tokens, 2026–2030'
            : 'Energy per output token, 2026–2030'
        }
        subtitle={`${overlay.series.length} scenario${overlay.series.length === 1 ? '' : 's'}: ${overlay.series.map((s) => s.name).join(' · ')}`}
        sources="Inference Economics Lab engine: each year applies slider × availability of every lever to each scenario’s 2026 reference (lever catalogue, lever-evidence.md). Log scale."
        data={overlayExport(overlay, metric)}
        exportName={`compare-${metric}-2026-2030`}
        exportScope="each compared scenario (the columns), not only the one being edited; the accuracy line is the edited scenario's"
        actions={
          <div className="segmented" role="radiogroup" aria-label="Figure">
            {(['cost', 'energy'] as const).map((m) => (
              <label key={m} className="segmented-option">
                <input
                  type="radio"
                  name="compare-overlay-metric"
                  checked={metric === m}
                  onChange={() => setMetric(m)}
                />
                <span>{m === 'cost' ? 'Cost' : 'Energy'}</span>
              </label>
            ))}
          </div>
        }
      >
        {overlay.series.length === 0 ? (
          <p className="compare-empty">No trajectory yet.</p>
        ) : (
          <TrajectoryOverlay data={overlay} metric={metric} />
        )}
      </ChartFrame>
    </div>
  )
}
