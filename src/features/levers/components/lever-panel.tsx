import { useCallback, useRef, useState } from 'react'
import { useShallow } from 'zustand/react/shallow'

import type { LeverId, LeverSpec } from '@/engine/index'
import { presetById } from '@/engine/index'
import { selectAssumptions, selectYear } from '@/state/selectors'
import { useAppStore } from '@/state/store'

import { ASSUMPTION_WORDS } from '../model/effect-words'
import { modelTraits, notApplicableReason, PANEL_GROUPS } from '../model/lever-view'

import { LeverDrawer } from './lever-drawer'
import { LeverGroup } from './lever-group'

import '../levers.css'

export function LeverPanel() {
  const year = useAppStore(selectYear)
  const assumptions = useAppStore(selectAssumptions)
  const { model, resolvedModel, presetId, anyOn } = useAppStore(
    useShallow((s) => ({
      model: s.scenario.model,
      resolvedModel: s.run.result?.scenario.model,
      presetId: s.presetId,
      anyOn: Object.values(s.scenario.levers ?? {}).some((v) => (v ?? 0) > 0),
    })),
  )
  const updateScenario = useAppStore((s) => s.updateScenario)
  const traits = modelTraits(model, resolvedModel)
  const preset = presetId ? presetById(presetId) : undefined

  const memory = useRef(new Map<LeverId, number>())
  const remember = useCallback((id: LeverId, adoption: number) => {
    memory.current.set(id, adoption)
  }, [])
  const recall = useCallback((id: LeverId) => memory.current.get(id), [])

  const [open, setOpen] = useState<{ lever: LeverSpec; trigger: HTMLButtonElement } | undefined>(
    undefined,
  )
  const onInfo = useCallback(
    (lever: LeverSpec, trigger: HTMLButtonElement) => setOpen({ lever, trigger }),
    [],
  )
  const close = useCallback(() => {
    const trigger = open?.trigger
    setOpen(undefined)
    trigger?.focus()
  }, [open])

  return (
    <section className="levers" aria-labelledby="levers-title">
      <header className="levers-head">
        <div className="levers-head-row">
          <h2 id="levers-title">Technology levers</h2>
          <button
            type="button"
            className="button button-ghost levers-clear"
            disabled={!anyOn}
            onClick={() => updateScenario((s) => ({ ...s, levers: {} }))}
          >
            All off
          </button>
        </div>
        <p className="levers-lede">
          Slide to set how widely each technology is adopted by{' '}
          <strong className="num">{year}</strong>; what a lever can deliver that year is capped by
          its availability.
        </p>
        <p className="levers-context">
          <span>
            <strong>{ASSUMPTION_WORDS[assumptions].name} effects:</strong>{' '}
            {ASSUMPTION_WORDS[assumptions].line}
          </span>
          {preset ? (
            <span>
              <strong>Preset {preset.name}:</strong> {preset.description}
            </span>
          ) : null}
        </p>
      </header>
      {PANEL_GROUPS.map((group) => (
        <LeverGroup
          key={group.id}
          group={group}
          year={year}
          traits={traits}
          remember={remember}
          recall={recall}
          onInfo={onInfo}
        />
      ))}
      {open ? (
        <LeverDrawer
          lever={open.lever}
          year={year}
          assumptions={assumptions}
          reason={notApplicableReason(open.lever, traits)}
          onClose={close}
        />
      ) : null}
    </section>
  )
}
