import { useEffect, useId, useRef, type KeyboardEvent } from 'react'
import { createPortal } from 'react-dom'

import { GradeBadge } from '@/components/ui/grade-badge'
import type { LeverSpec } from '@/engine/index'

import { effectLines } from '../model/effect-words'
import { availabilityIn, PANEL_GROUPS, YEARS } from '../model/lever-view'

interface LeverDrawerProps {
  readonly lever: LeverSpec
  readonly year: number
  readonly assumptions: 'article' | 'evidence'
  readonly reason: string | undefined
  readonly onClose: () => void
}

const FOCUSABLE = 'button, [href], input, select, textarea, [tabindex]:not([tabindex="-1"])'

/** Details of one lever: what it changes under each assumption set, when, and on whose evidence. */
export function LeverDrawer({ lever, year, assumptions, reason, onClose }: LeverDrawerProps) {
  const titleId = useId()
  const panelRef = useRef<HTMLDivElement>(null)
  const closeRef = useRef<HTMLButtonElement>(null)
  const group = PANEL_GROUPS.find((g) => g.levers.some((l) => l.id === lever.id))
  const lines = effectLines(lever)
  const anyDiffers = lines.some((l) => l.differs)

  useEffect(() => {
    closeRef.current?.focus()
  }, [lever.id])

  const onKeyDown = (event: KeyboardEvent<HTMLDivElement>): void => {
    if (event.key === 'Escape') {
      event.stopPropagation()
      onClose()
      return
    }
    if (event.key !== 'Tab' || !panelRef.current) return
    const focusable = [...panelRef.current.querySelectorAll<HTMLElement>(FOCUSABLE)]
    const first = focusable[0]
    const last = focusable[focusable.length - 1]
    if (!first || !last) return
    if (event.shiftKey && document.activeElement === first) {
      event.preventDefault()
      last.focus()
    } else if (!event.shiftKey && document.activeElement === last) {
      event.preventDefault()
      first.focus()
    }
  }

  // A portal: the sidebar is a sticky stacking context, so the drawer must live outside it.
  return createPortal(
    <div className="lever-drawer-layer">
      <div className="lever-drawer-backdrop" aria-hidden="true" onClick={onClose} />
      <div
        ref={panelRef}
        className="lever-drawer"
        role="dialog"
        aria-modal="true"
        aria-labelledby={titleId}
        onKeyDown={onKeyDown}
      >
        <div className="lever-drawer-head">
          <div>
            <p className="lever-drawer-kicker">{group?.title}</p>
            <h2 id={titleId}>{lever.name}</h2>
          </div>
          <button
            ref={closeRef}
            type="button"
            className="button button-ghost lever-drawer-close"
            aria-label="Close details"
            onClick={onClose}
          >
            ×
          </button>
        </div>
        <div
          className="lever-drawer-body"
          tabIndex={0}
          role="region"
          aria-label={`Details of ${lever.name}`}
        >
          {reason ? (
            <p className="banner banner-warning">Not applicable to this model: {reason}</p>
          ) : null}
          <p className="lever-drawer-mechanism">{lever.mechanism}</p>

          <h3>When it is available</h3>
          <p className="lever-drawer-note">
            Share of the full effect that can be deployed at scale each year; the slider sets
            adoption on top.
          </p>
          <ol className="availability-strip" aria-label="Availability by year">
            {YEARS.map((y) => {
              const share = availabilityIn(lever, y)
              return (
                <li key={y} data-current={y === year}>
                  <span
                    className="availability-bar"
                    style={{ height: `${Math.max(2, share * 100)}%` }}
                    aria-hidden="true"
                  />
                  <span className="availability-value num">{Math.round(share * 100)} %</span>
                  <span className="availability-year num">{y}</span>
                </li>
              )
            })}
          </ol>

          <h3>What it changes at full adoption</h3>
          <table className="effects-table">
            <caption className="visually-hidden">
              Effects of {lever.name} under each assumption set, smaller change first
            </caption>
            <thead>
              <tr>
                <th scope="col">Quantity</th>
                <th scope="col" data-active={assumptions === 'article'}>
                  Article
                </th>
                <th scope="col" data-active={assumptions === 'evidence'}>
                  Evidence
                </th>
              </tr>
            </thead>
            <tbody>
              {lines.map((line) => (
                <tr key={line.param} data-differs={line.differs}>
                  <th scope="row">
                    {line.words}
                    <span className="effects-why">{line.why}</span>
                  </th>
                  <td data-active={assumptions === 'article'}>
                    <span className="num">{line.article}</span>
                    {line.article !== line.articleBase ? (
                      <span className="effects-base num">base {line.articleBase}</span>
                    ) : null}
                  </td>
                  <td data-active={assumptions === 'evidence'}>
                    <span className="num">{line.evidence}</span>
                    {line.evidence !== line.evidenceBase ? (
                      <span className="effects-base num">base {line.evidenceBase}</span>
                    ) : null}
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
          <p className="lever-drawer-note">
            Ranges run from the lever’s weak to its strong outcome; the band on the trajectory
            samples within them.
            {anyDiffers
              ? ' Highlighted rows: the two assumption sets disagree.'
              : ' Both assumption sets use the same published values.'}
          </p>

          <h3>The article’s claim</h3>
          <p>
            {lever.articleClaim ??
              'The article puts no number on this lever; the Article set uses the independent values.'}
          </p>
          <h3>Independent evidence</h3>
          <p>{lever.evidenceRange}</p>
          <p className="lever-drawer-grades">
            Evidence grade: Article <GradeBadge grade={lever.grade.article} /> · Evidence{' '}
            <GradeBadge grade={lever.grade.evidence} />
          </p>

          <h3>Sources</h3>
          <ul className="lever-sources">
            {lever.sources.map((source) => (
              <li key={source.source}>
                <GradeBadge grade={source.grade} />
                <span>{source.source}</span>
              </li>
            ))}
          </ul>
          <p className="lever-drawer-note">
            Grades: H = primary source or peer-reviewed · M = vendor claim or reliable secondary
            report · L = secondary only or an estimate. Full research notes with addresses:
            lever-evidence.md.
          </p>
        </div>
      </div>
    </div>,
    document.body,
  )
}
