import { useState } from 'react'

import { ChartFrame } from '@/components/ui/chart-frame'
import { SelectField } from '@/components/ui/field'
import {
  EnvelopeVerdict,
  RoadmapPartsTable,
  roadmapPartsExport,
} from '@/components/ui/roadmap-check'
import { selectScenario, selectTrajectory } from '@/state/selectors'
import { useAppStore } from '@/state/store'

const YEARS = ['2026', '2027', '2028', '2029', '2030'] as const
type YearText = (typeof YEARS)[number]

const asYear = (year: number | undefined): YearText =>
  YEARS.find((y) => Number(y) === year) ?? '2030'

/**
 * The roadmap check for one year (issue 12 item 3): the scenario's hardware after that year's
 * levers beside every part announced in volume by then. The year starts at the scenario's year
 * (2030 when it has none) and can be changed here without touching the scenario.
 */
export function RoadmapPanel({ line }: { readonly line: string }) {
  const trajectory = useAppStore(selectTrajectory)
  const scenarioYear = useAppStore((s) => selectScenario(s).year)
  const [chosen, setChosen] = useState<YearText | undefined>(undefined)
  const year = chosen ?? asYear(scenarioYear)
  const check = trajectory?.find((t) => t.year === Number(year))?.roadmapCheck
  return (
    <>
      <div className="econ-controls">
        <SelectField
          label="Roadmap year"
          value={year}
          options={YEARS.map((y) => ({ value: y, label: y }))}
          onChange={setChosen}
        />
        {check ? (
          <div className="econ-field">
            <span className="econ-field-label">Verdict</span>
            <EnvelopeVerdict check={check} />
          </div>
        ) : null}
      </div>
      {check ? (
        <ChartFrame
          title={`Roadmap check ${check.year}: the lever-built chip against every announced part`}
          subtitle={`${line} · ${check.year} · peak at ${check.formatLabel}`}
          data={roadmapPartsExport(check)}
          exportName={`roadmap-check-${check.year}`}
          sources="Inference Economics Lab engine: the scenario’s hardware with the year’s levers applied, against the catalogue’s parts in volume by that year of the same memory class (docs/roadmap.md; every figure sourced and graded in npm run simulate -- --catalogue; projected parts are announcements, not datasheets)."
        >
          <RoadmapPartsTable check={check} />
        </ChartFrame>
      ) : (
        <p className="view-loading">Computing the roadmap check…</p>
      )}
    </>
  )
}
