import { useId, useState } from 'react'
import { useShallow } from 'zustand/react/shallow'

import type { LeverSpec } from '@/engine/index'
import { useAppStore } from '@/state/store'

import {
  groupFold,
  groupFoldText,
  notApplicableReason,
  type HardwareTraits,
  type ModelTraits,
  type PanelGroup,
} from '../model/lever-view'

import { LeverRow } from './lever-row'

interface LeverGroupProps {
  readonly group: PanelGroup
  readonly year: number
  readonly traits: ModelTraits | undefined
  readonly hardware: HardwareTraits | undefined
  readonly remember: (id: LeverSpec['id'], adoption: number) => void
  readonly recall: (id: LeverSpec['id']) => number | undefined
  readonly onInfo: (lever: LeverSpec, trigger: HTMLButtonElement) => void
}

function GroupTotal({ group, year }: { readonly group: PanelGroup; readonly year: number }) {
  const { onCount, shares, pending } = useAppStore(
    useShallow((s) => ({
      onCount: group.levers.filter((l) => (s.scenario.levers?.[l.id] ?? 0) > 0).length,
      shares: s.analysis.attribution?.cost,
      pending: s.analysis.heavyStatus !== 'done',
    })),
  )
  const fold = onCount > 0 ? groupFold(group, shares) : undefined
  const risk = group.id === 'risk'
  let effect = ''
  if (onCount > 0 && fold !== undefined) {
    effect = groupFoldText(fold)
  } else if (onCount > 0) effect = 'computing…'
  return (
    <span
      className="lever-group-total"
      title={`Levers on, and their combined effect on cost per token in ${year} (the sum of its levers’ attribution shares)`}
    >
      <span className="num">
        {onCount} of {group.levers.length} on
      </span>
      {effect ? (
        <span
          className="lever-group-effect num"
          data-pending={pending}
          data-tone={risk || (fold !== undefined && fold < 1) ? 'bad' : 'good'}
        >
          {effect}
        </span>
      ) : null}
    </span>
  )
}

export function LeverGroup({
  group,
  year,
  traits,
  hardware,
  remember,
  recall,
  onInfo,
}: LeverGroupProps) {
  const [open, setOpen] = useState(true)
  const listId = useId()
  return (
    <section className="lever-group" data-group={group.id} aria-label={group.title}>
      <h3 className="lever-group-heading">
        <button
          type="button"
          className="lever-group-toggle"
          aria-expanded={open}
          aria-controls={listId}
          onClick={() => setOpen(!open)}
        >
          <span className="lever-group-chevron" aria-hidden="true" />
          <span className="lever-group-title">{group.title}</span>
          <GroupTotal group={group} year={year} />
        </button>
      </h3>
      <ul id={listId} className="lever-list" hidden={!open}>
        {group.levers.map((lever) => (
          <LeverRow
            key={lever.id}
            lever={lever}
            year={year}
            reason={notApplicableReason(lever, traits, hardware)}
            remember={remember}
            recall={recall}
            onInfo={onInfo}
          />
        ))}
      </ul>
    </section>
  )
}
