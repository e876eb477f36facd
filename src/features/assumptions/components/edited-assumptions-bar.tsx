import { useMemo } from 'react'

import { listAssumptionEdits } from '@/state/assumption-edits'
import { useAppStore } from '@/state/store'

import { describeEdit } from '../model/describe-edit'
import { withoutAssumptionEdits } from '../model/reset'

import '../assumptions.css'

const SHOWN = 3

/** One line above the key figures whenever edited assumptions are in use, so no number is mistaken for a default. */
export function EditedAssumptionsBar() {
  const scenario = useAppStore((s) => s.scenario)
  const activeView = useAppStore((s) => s.activeView)
  const edits = useMemo(() => listAssumptionEdits(scenario).map(describeEdit), [scenario])
  if (edits.length === 0) return null
  const shown = edits.slice(0, SHOWN)
  const more = edits.length - shown.length
  const review = (): void => useAppStore.getState().setActiveView('assumptions')
  const resetAll = (): void => {
    const s = useAppStore.getState()
    s.updateScenario((input) => withoutAssumptionEdits(input))
    s.notify('info', 'All assumptions are back to their defaults.')
  }
  return (
    <div className="edited-bar" role="status" aria-label="Edited assumptions in use">
      <span className="edited-badge">edited</span>
      <span className="edited-bar-text">
        <strong>
          {edits.length} assumption{edits.length === 1 ? ' differs' : 's differ'} from the defaults:
        </strong>{' '}
        {shown.map((e, i) => (
          <span key={e.label}>
            {i > 0 ? ' · ' : ''}
            {e.label} <strong>{e.value}</strong>
          </span>
        ))}
        {more > 0 ? (
          <span
            title={edits
              .slice(SHOWN)
              .map((e) => `${e.label}: ${e.value}`)
              .join('\n')}
          >
            {' '}
            · and {more} more
          </span>
        ) : null}
      </span>
      <span className="edited-bar-actions">
        {activeView === 'assumptions' ? null : (
          <button type="button" className="button" onClick={review}>
            Review
          </button>
        )}
        <button type="button" className="button button-ghost" onClick={resetAll}>
          Reset all
        </button>
      </span>
    </div>
  )
}
