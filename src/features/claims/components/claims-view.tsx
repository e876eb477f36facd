import { Fragment, useEffect, useMemo } from 'react'

import { ChartFrame } from '@/components/ui/chart-frame'
import { REFERENCE, workloadById } from '@/engine/index'
import { selectClaims } from '@/state/selectors'
import { useAppStore } from '@/state/store'

import {
  claimRows,
  claimsVerdict,
  VERDICT_WORDS,
  type ClaimRow,
  type Verdict,
} from '../model/claim-rows'
import { claimsExport } from '../model/claims-export'

import '../claims.css'

const chat = workloadById(REFERENCE.workload)
/** The reference workload in words, from the engine's own definition. */
const VERDICT_MARKS: Readonly<Record<Verdict, string>> = { within: '✓', exceeds: '▲', short: '✗' }

const REFERENCE_WORDS = `Llama 3.3 70B in BF16 on H100 SXM, replica sized automatically; ${chat?.name.toLowerCase() ?? 'chat'}: ${chat?.inputTokens.toLocaleString('en-US') ?? '?'} prompt and ${chat?.outputTokens ?? '?'} output tokens at ≥ ${chat?.minOutputTokensPerSecondPerUser ?? '?'} tokens/s per user`

function VerdictBadge({ verdict, set }: { readonly verdict: Verdict; readonly set: string }) {
  return (
    <span className="claim-verdict" data-verdict={verdict}>
      <span aria-hidden="true">{VERDICT_MARKS[verdict]}</span> {VERDICT_WORDS[verdict]}
      <span className="visually-hidden"> with the {set} effects</span>
    </span>
  )
}

function EngineValue({ value }: { readonly value: ClaimRow['article'] }) {
  return (
    <>
      <span className="claim-base num">{value.base}</span>
      {value.range ? <span className="claim-range num">weak–strong: {value.range}</span> : null}
    </>
  )
}

export function ClaimsView() {
  const claims = useAppStore(selectClaims)
  const requestClaims = useAppStore((s) => s.requestClaims)
  const rows = useMemo(() => (claims.checks ? claimRows(claims.checks) : []), [claims.checks])

  useEffect(() => {
    requestClaims()
  }, [requestClaims])

  if (!claims.checks) {
    if (claims.status === 'error') {
      return (
        <div className="banner banner-error" role="alert">
          <strong>The claim checks could not be computed.</strong> {claims.failure}{' '}
          <button type="button" className="button" onClick={requestClaims}>
            Try again
          </button>
        </div>
      )
    }
    return (
      <p className="view-loading" role="status">
        Checking the article’s claims against the engine…
      </p>
    )
  }

  return (
    <ChartFrame
      className="claims"
      title="Does the article’s arithmetic hold?"
      subtitle={`Each headline claim of the article, recomputed by the engine on the 2026 reference workload (${REFERENCE_WORDS}). A lever “alone” is fully adopted by 2030 with every other lever off. Figures are the base effect; “weak–strong” runs from the low to the high end of the lever’s effect range. Each claim is a range with a ceiling: a figure above it exceeds the article (it claims more than the article does, and says why); below it, it falls short.`}
      sources="McKinsey, “Frontiers of compute: the technologies to reduce AI inference costs” (2026) for the claims; the engine’s lever catalogue and lever-evidence.md for the Article and Evidence effect sizes (src/engine/analysis/claims.ts)."
      data={claimsExport(claims.checks)}
      exportName="claims"
      exportScope={`the 2026 reference workload (${REFERENCE_WORDS}) under each row's lever and assumption set, not the scenario being edited`}
    >
      <p className="claims-verdict-line">{claimsVerdict(rows)}</p>
      <div className="claims-table-wrap">
        <table className="claims-table">
          <caption className="visually-hidden">
            The article’s claims against the engine under both assumption sets
          </caption>
          <thead>
            <tr>
              <th scope="col">Claim</th>
              <th scope="col">Article says</th>
              <th scope="col">Engine with Article effects</th>
              <th scope="col">Engine with Evidence effects</th>
            </tr>
          </thead>
          <tbody>
            {rows.map((row) => (
              <Fragment key={row.id}>
                <tr className="claim-row">
                  <th scope="row" rowSpan={2}>
                    {row.claim}
                    <span className="claim-measure">{row.measure}</span>
                  </th>
                  <td className="num">{row.articleRange}</td>
                  <td>
                    <EngineValue value={row.article} />
                    <VerdictBadge verdict={row.verdict.article} set="Article" />
                    <span className="claim-verdict-why">{row.why.article}</span>
                  </td>
                  <td>
                    <EngineValue value={row.evidence} />
                    <VerdictBadge verdict={row.verdict.evidence} set="Evidence" />
                    <span className="claim-verdict-why">{row.why.evidence}</span>
                  </td>
                </tr>
                <tr className="claim-why-row">
                  <td colSpan={3} className="claim-explanation">
                    <span className="claim-why-label">Why: </span>
                    {row.explanation}
                  </td>
                </tr>
              </Fragment>
            ))}
          </tbody>
        </table>
      </div>
    </ChartFrame>
  )
}
