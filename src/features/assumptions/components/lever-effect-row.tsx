import { useState } from 'react'

import type { LeverEffect, ScenarioInput } from '@/engine/index'

import { useCheckedCommit } from '../hooks/use-checked-commit'
import { formatValue } from '../model/describe-edit'
import { paramLabel } from '../model/param-labels'
import { removeAt, setAt } from '../model/paths'
import { parseNumber } from '../model/validate-edit'

import { inputText } from './field-row'

interface LeverEffectRowProps {
  readonly leverId: string
  readonly leverName: string
  readonly effect: LeverEffect
  /** The catalogue range under the scenario's assumption set. */
  readonly catalogue: readonly [number, number, number]
  /** The user's override, if any. */
  readonly override: readonly [number, number, number] | undefined
  readonly input: ScenarioInput
  readonly onCommit: (next: ScenarioInput) => void
}

const POSITIONS = ['Low', 'Base', 'High'] as const

/** One effect of a lever: its catalogue range and the user's [low, base, high], validated as typed. */
export function LeverEffectRow({
  leverId,
  leverName,
  effect,
  catalogue,
  override,
  input,
  onCommit,
}: LeverEffectRowProps) {
  const [drafts, setDrafts] = useState<readonly (string | null)[]>([null, null, null])
  const [error, setError] = useState<string | null>(null)
  const range = override ?? catalogue
  const path = ['leverOverrides', leverId, effect.param]
  const label = paramLabel(effect.param)
  const kind = effect.op === 'mul' ? '× multiplier' : '+ added'
  const { submit, cancel } = useCheckedCommit(input, onCommit)

  const onText = (index: number, text: string): void => {
    const nextDrafts = drafts.map((d, i) => (i === index ? text : d))
    setDrafts(nextDrafts)
    const values: number[] = []
    for (let i = 0; i < 3; i++) {
      const typed = nextDrafts[i] ?? inputText(range[i])
      const parsed = parseNumber(typed, false)
      if ('error' in parsed || parsed.value === undefined) {
        cancel()
        setError(`${POSITIONS[i]} value ${'error' in parsed ? parsed.error : 'is empty'}`)
        return
      }
      values.push(parsed.value)
    }
    submit((scenario) => setAt(scenario, path, values), setError)
  }

  const reset = (): void => {
    cancel()
    setDrafts([null, null, null])
    setError(null)
    onCommit(removeAt(input, path))
  }

  return (
    <tr className={override ? 'is-edited' : undefined}>
      <th scope="row">
        <span className="effect-name">{label}</span>
        <span className="effect-kind">{kind}</span>
        <span className="effect-why">{effect.why}</span>
        {error ? (
          <span className="field-error" role="alert">
            {error}
          </span>
        ) : null}
      </th>
      <td className="effect-catalogue">{formatValue(catalogue)}</td>
      {POSITIONS.map((position, i) => (
        <td key={position}>
          <input
            className="input effect-input"
            type="text"
            inputMode="decimal"
            autoComplete="off"
            aria-label={`${leverName}, ${label}: ${position.toLowerCase()} value`}
            aria-invalid={error ? true : undefined}
            value={drafts[i] ?? inputText(range[i])}
            onChange={(event) => onText(i, event.currentTarget.value)}
            onBlur={() => {
              if (!error) setDrafts([null, null, null])
            }}
          />
        </td>
      ))}
      <td className="effect-status">
        {override ? (
          <>
            <span className="edited-badge">edited</span>
            <button
              type="button"
              className="button button-ghost assumption-reset"
              aria-label={`Reset ${leverName}, ${label} to the catalogue range`}
              onClick={reset}
            >
              ↺
            </button>
          </>
        ) : null}
      </td>
    </tr>
  )
}
