import { useId } from 'react'

import type { AssumptionSet } from '@/engine/index'
import { presetById, PRESETS } from '@/engine/index'
import { selectAssumptions, selectPresetId, selectYear } from '@/state/selectors'
import { useAppStore } from '@/state/store'

import { ASSUMPTION_WORDS } from '../model/effect-words'
import { YEARS } from '../model/lever-view'

import '../levers.css'

const SETS: readonly AssumptionSet[] = ['article', 'evidence']
const CUSTOM = 'custom'

/** Preset, assumption set, year and reset: the scenario-wide choices, in the app header. */
export function HeaderControls() {
  const presetId = useAppStore(selectPresetId)
  const year = useAppStore(selectYear)
  const assumptions = useAppStore(selectAssumptions)
  const updateScenario = useAppStore((s) => s.updateScenario)
  const resetScenario = useAppStore((s) => s.resetScenario)
  const presetSelectId = useId()
  const setHelpId = useId()
  const preset = presetId ? presetById(presetId) : undefined

  const applyPreset = (id: string): void => {
    const chosen = presetById(id)
    if (chosen) useAppStore.getState().applyPreset(chosen)
  }

  return (
    <div className="header-controls">
      <div className="header-field">
        <label htmlFor={presetSelectId} className="header-label">
          Preset
        </label>
        <select
          id={presetSelectId}
          className="select header-preset"
          value={preset ? preset.id : CUSTOM}
          title={preset?.description ?? 'Your own settings'}
          onChange={(event) => applyPreset(event.currentTarget.value)}
        >
          {preset ? null : (
            <option value={CUSTOM} disabled>
              Custom (edited)
            </option>
          )}
          <optgroup label="Scenarios">
            {PRESETS.filter((p) => !p.id.startsWith('group-')).map((p) => (
              <option key={p.id} value={p.id}>
                {p.name}
              </option>
            ))}
          </optgroup>
          <optgroup label="One lever group">
            {PRESETS.filter((p) => p.id.startsWith('group-')).map((p) => (
              <option key={p.id} value={p.id}>
                {p.name}
              </option>
            ))}
          </optgroup>
        </select>
      </div>

      <fieldset className="header-field segmented-field">
        <legend className="header-label">Effects</legend>
        <div className="segmented">
          {SETS.map((set) => (
            <label key={set} className="segmented-option" title={ASSUMPTION_WORDS[set].line}>
              <input
                type="radio"
                name="assumption-set"
                value={set}
                checked={assumptions === set}
                onChange={() => updateScenario((s) => ({ ...s, assumptions: set }))}
              />
              <span>{ASSUMPTION_WORDS[set].name}</span>
            </label>
          ))}
        </div>
        <button
          type="button"
          className="header-help"
          aria-label="What the assumption sets mean"
          aria-describedby={setHelpId}
        >
          ?
        </button>
        <span className="header-help-text" id={setHelpId} role="tooltip">
          <strong>Article:</strong> {ASSUMPTION_WORDS.article.line} <strong>Evidence:</strong>{' '}
          {ASSUMPTION_WORDS.evidence.line}
        </span>
      </fieldset>

      <fieldset className="header-field segmented-field">
        <legend className="header-label">Year</legend>
        <div className="segmented">
          {YEARS.map((y) => (
            <label key={y} className="segmented-option">
              <input
                type="radio"
                name="scenario-year"
                value={y}
                checked={year === y}
                onChange={() => updateScenario((s) => ({ ...s, year: y }))}
              />
              <span className="num">{y}</span>
            </label>
          ))}
        </div>
      </fieldset>

      <button
        type="button"
        className="button header-reset"
        onClick={resetScenario}
        title="Reset: back to the 2026 baseline (no levers, reference model, hardware and workload)"
      >
        <span aria-hidden="true" className="header-reset-icon">
          ↺
        </span>
        <span className="header-reset-text">Reset</span>
      </button>
    </div>
  )
}
