import { useEffect, useId, type CSSProperties, type KeyboardEvent } from 'react'

import type { LeverSpec } from '@/engine/index'
import { useAppStore } from '@/state/store'

import {
  adoptionText,
  availabilityIn,
  availabilityText,
  SHORT_MECHANISM,
} from '../model/lever-view'

/** Keyboard steps, in percentage points. */
const STEP = 5
const FINE_STEP = 1
const PAGE_STEP = 20

const KEY_DELTAS: Readonly<Record<string, number>> = {
  ArrowRight: STEP,
  ArrowUp: STEP,
  ArrowLeft: -STEP,
  ArrowDown: -STEP,
  PageUp: PAGE_STEP,
  PageDown: -PAGE_STEP,
}

interface LeverRowProps {
  readonly lever: LeverSpec
  readonly year: number
  /** Why the lever cannot act on the current model; the row is disabled when set. */
  readonly reason: string | undefined
  /** Remember / recall the last non-zero adoption, so switching a lever back on restores it. */
  readonly remember: (id: LeverSpec['id'], adoption: number) => void
  readonly recall: (id: LeverSpec['id']) => number | undefined
  readonly onInfo: (lever: LeverSpec, trigger: HTMLButtonElement) => void
}

export function LeverRow({ lever, year, reason, remember, recall, onInfo }: LeverRowProps) {
  const adoption = useAppStore((s) => s.scenario.levers?.[lever.id] ?? 0)
  const setLever = useAppStore((s) => s.setLever)
  const sliderId = useId()
  const metaId = useId()
  const percent = Math.round(adoption * 100)
  const on = adoption > 0
  const disabled = reason !== undefined
  const available = availabilityIn(lever, year)
  const risk = lever.id === 'designLag'

  useEffect(() => {
    if (adoption > 0) remember(lever.id, adoption)
  }, [adoption, lever.id, remember])

  const onKeyDown = (event: KeyboardEvent<HTMLInputElement>): void => {
    let next: number | undefined
    if (event.key === 'Home') next = 0
    else if (event.key === 'End') next = 100
    else {
      const delta = KEY_DELTAS[event.key]
      if (delta !== undefined)
        next = percent + (event.shiftKey ? Math.sign(delta) * FINE_STEP : delta)
    }
    if (next === undefined) return
    event.preventDefault()
    setLever(lever.id, Math.min(100, Math.max(0, next)) / 100)
  }

  const toggle = (): void => {
    if (on) setLever(lever.id, 0)
    else {
      const remembered = recall(lever.id) ?? 0
      setLever(lever.id, remembered >= 0.05 ? remembered : 1)
    }
  }

  return (
    <li className="lever-row" data-on={on} data-disabled={disabled} data-risk={risk}>
      <div className="lever-row-top">
        <button
          type="button"
          role="switch"
          className="lever-switch"
          aria-checked={on}
          aria-label={`${lever.name} on or off`}
          disabled={disabled}
          onClick={toggle}
        >
          <span aria-hidden="true" className="lever-switch-knob" />
        </button>
        <label htmlFor={sliderId} className="lever-name" title={lever.name}>
          {lever.name}
        </label>
        <output htmlFor={sliderId} className="lever-value num" aria-hidden="true">
          {percent} %
        </output>
        <button
          type="button"
          className="lever-info-button"
          aria-label={`About ${lever.name}: effects, sources and evidence`}
          aria-haspopup="dialog"
          onClick={(event) => onInfo(lever, event.currentTarget)}
        >
          <span aria-hidden="true">i</span>
        </button>
      </div>
      <input
        id={sliderId}
        type="range"
        className="lever-slider"
        min={0}
        max={100}
        step={1}
        value={percent}
        disabled={disabled}
        aria-valuetext={adoptionText(adoption, lever)}
        aria-describedby={metaId}
        style={{ '--fill': `${percent}%` } as CSSProperties}
        onChange={(event) => setLever(lever.id, Number(event.currentTarget.value) / 100)}
        onKeyDown={onKeyDown}
      />
      <p id={metaId} className="lever-meta">
        {disabled ? (
          <span className="lever-reason">Not applicable: {reason}</span>
        ) : (
          <>
            <span
              className="lever-availability"
              data-level={available <= 0 ? 'none' : available >= 1 ? 'full' : 'part'}
            >
              {availabilityText(lever, year)}
            </span>
            <span aria-hidden="true"> · </span>
            <span className="lever-mechanism" title={lever.mechanism}>
              {SHORT_MECHANISM[lever.id]}
            </span>
          </>
        )}
      </p>
    </li>
  )
}
