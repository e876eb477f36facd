import { useEffect, useState } from 'react'

import { Dialog } from '@/components/ui/dialog'
import { useExportProvenance } from '@/components/ui/export-provenance'
import { useShareLinkFor } from '@/components/ui/share-link'
import { foldCeilingCaveat } from '@/engine/index'
import { formatCount, formatErrorBand, formatJoules, formatUsd } from '@/lib/format'
import type { Story } from '@/state/ui-slice'

import { foldLabel, formatFoldMagnitude } from '../model/fold-label'
import {
  handoutChartRows,
  handoutInputs,
  handoutPages,
  type EvaluateSteps,
  type HandoutPage,
} from '../model/handout'
import { describeScenarioInput } from '../model/scenario-summary'
import { fillMessage } from '../model/story-template'

import { HandoutChart } from './handout-chart'

interface HandoutProps {
  readonly story: Story
  readonly evaluateSteps: EvaluateSteps
  readonly onClose: () => void
}

type Status =
  | { readonly kind: 'loading' }
  | { readonly kind: 'ready'; readonly pages: readonly HandoutPage[] }
  | { readonly kind: 'error'; readonly message: string }

const SOURCES =
  'Inference Economics Lab engine (first-principles prefill/decode model, calibrated on measured results); lever effects and availability from the lever catalogue with their cited sources.'

function FoldCaveat({ fold }: { readonly fold: number | undefined }) {
  const caveat = fold === undefined ? undefined : foldCeilingCaveat(fold)
  return caveat ? <p className="handout-caveat">{caveat}</p> : null
}

/** The story as a handout: one printed page per step with its numbers and chart (Print → Save as PDF). */
export function Handout({ story, evaluateSteps, onClose }: HandoutProps) {
  const [status, setStatus] = useState<Status>({ kind: 'loading' })
  const provenanceNow = useExportProvenance()
  // Stamped when the pages' numbers arrive: the time they were computed, not the dialog's opening.
  const [printed, setPrinted] = useState<string | undefined>(undefined)

  useEffect(() => {
    let cancelled = false
    evaluateSteps(handoutInputs(story.steps)).then(
      (evaluations) => {
        if (cancelled || !evaluations) return
        const p = provenanceNow()
        setPrinted(p ? `${p.app} ${p.appVersion} · computed ${p.exportedAt}` : undefined)
        setStatus({ kind: 'ready', pages: handoutPages(story.steps, evaluations) })
      },
      (error: unknown) => {
        if (!cancelled)
          setStatus({
            kind: 'error',
            message: error instanceof Error ? error.message : String(error),
          })
      },
    )
    return () => {
      cancelled = true
    }
  }, [story, evaluateSteps, provenanceNow])

  const count = story.steps.length
  return (
    <Dialog
      title={`Handout: ${story.title}`}
      onClose={onClose}
      className="handout"
      wide
      actions={
        <button
          type="button"
          className="button button-primary"
          onClick={() => window.print()}
          disabled={status.kind !== 'ready'}
          data-autofocus
        >
          Print or save as PDF
        </button>
      }
    >
      <p className="handout-intro">
        {count} page{count === 1 ? '' : 's'}, one per step, each with its numbers and a chart. In
        the print dialog choose “Save as PDF” to keep a file.
      </p>
      {status.kind === 'loading' ? (
        <p role="status">Computing the numbers for {count} steps…</p>
      ) : null}
      {status.kind === 'error' ? (
        <p role="alert" className="banner banner-error">
          The handout could not be computed: {status.message}
        </p>
      ) : null}
      {status.kind === 'ready' ? (
        <div className="handout-pages" data-ready="true">
          {status.pages.map((page, i) => (
            <HandoutPageView
              key={page.step.id}
              page={page}
              index={i}
              pages={status.pages}
              storyTitle={story.title}
              printed={printed}
            />
          ))}
        </div>
      ) : null}
    </Dialog>
  )
}

interface HandoutPageViewProps {
  readonly page: HandoutPage
  readonly index: number
  readonly pages: readonly HandoutPage[]
  readonly storyTitle: string
  /** "Inference Economics Lab 1.0.0 · computed 2026-12-07T…": what wrote the page, and when. */
  readonly printed: string | undefined
}

function HandoutPageView({ page, index, pages, storyTitle, printed }: HandoutPageViewProps) {
  const { step } = page
  const link = useShareLinkFor()(step.input, step.view)
  return (
    <article className="handout-page" aria-label={`Page ${index + 1}: ${step.title}`}>
      <header className="handout-page-head">
        <p>
          {storyTitle} · step {index + 1} of {pages.length}
        </p>
        <h3>{step.title}</h3>
      </header>
      {page.ok ? (
        <>
          <p className="handout-message">{fillMessage(step.message, page.figures)}</p>
          <dl className="handout-figures">
            <div>
              <dt>Cost per million output tokens</dt>
              <dd className="num">
                {formatUsd(page.figures.costPerMillionOutput)}{' '}
                <span className="handout-band">
                  {formatErrorBand(page.figures.costRelativeError)}
                </span>
              </dd>
            </div>
            <div>
              <dt>Cost per million input tokens</dt>
              <dd className="num">{formatUsd(page.figures.costPerMillionInput)}</dd>
            </div>
            <div>
              <dt>Energy per output token</dt>
              <dd className="num">
                {formatJoules(page.figures.joulesPerToken)}{' '}
                <span className="handout-band">
                  {formatErrorBand(page.figures.energyRelativeError)}
                </span>
              </dd>
            </div>
            <div>
              <dt>{foldLabel(page.figures.costFold, '2026')}</dt>
              <dd className="num">
                {page.figures.costFold === undefined
                  ? '—'
                  : formatFoldMagnitude(page.figures.costFold)}
              </dd>
            </div>
            <div>
              <dt>Output tokens/s per accelerator</dt>
              <dd className="num">{formatCount(page.figures.tokensPerSecondPerAccelerator)}</dd>
            </div>
          </dl>
          <FoldCaveat fold={page.figures.costFold} />
          <HandoutChart rows={handoutChartRows(pages, index)} />
        </>
      ) : (
        <p className="banner banner-error">This step’s scenario cannot run: {page.message}</p>
      )}
      <footer className="handout-page-foot">
        <p>
          Scenario: {describeScenarioInput(step.input)}. “Cheaper than 2026” compares with the same
          setup with no levers.
        </p>
        <p>
          ± figures: the engine’s validation error in the nearest measured regime
          (docs/validation.md). Sources: {SOURCES}
        </p>
        {printed ? <p>{printed}</p> : null}
        {link ? (
          <p className="handout-link">
            Reopen this step’s scenario: <a href={link}>{link}</a>
          </p>
        ) : null}
      </footer>
    </article>
  )
}
