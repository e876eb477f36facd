import type { ClaimCheck } from '@/engine/index'
import type { ExportTable } from '@/lib/export/table-data'

/**
 * The claims table as numbers: the article's range and the engine's low, base and high under both
 * assumption sets, in the metric's own units (a reduction as a fraction 0–1, a gain or fold as ×).
 */
export function claimsExport(checks: readonly ClaimCheck[]): ExportTable {
  return {
    columns: [
      { key: 'id', label: 'Claim id' },
      { key: 'claim', label: 'Claim' },
      { key: 'metric', label: 'Metric (reduction: fraction 0–1; gain or fold: ×)' },
      { key: 'articleLow', label: 'Article range, low' },
      { key: 'articleHigh', label: 'Article range, high' },
      { key: 'articleSetLow', label: 'Engine, Article effects, weak end' },
      { key: 'articleSetBase', label: 'Engine, Article effects, base' },
      { key: 'articleSetHigh', label: 'Engine, Article effects, strong end' },
      { key: 'evidenceSetLow', label: 'Engine, Evidence effects, weak end' },
      { key: 'evidenceSetBase', label: 'Engine, Evidence effects, base' },
      { key: 'evidenceSetHigh', label: 'Engine, Evidence effects, strong end' },
      { key: 'verdictUnderArticle', label: 'Verdict with Article effects' },
      { key: 'verdictUnderEvidence', label: 'Verdict with Evidence effects' },
      { key: 'why', label: 'Why' },
    ],
    rows: checks.map((c) => ({
      id: c.id,
      claim: c.claim,
      metric: c.metric,
      articleLow: c.articleRange[0],
      articleHigh: c.articleRange[1],
      articleSetLow: c.engine.article.low,
      articleSetBase: c.engine.article.base,
      articleSetHigh: c.engine.article.high,
      evidenceSetLow: c.engine.evidence.low,
      evidenceSetBase: c.engine.evidence.base,
      evidenceSetHigh: c.engine.evidence.high,
      verdictUnderArticle: c.verdict.article,
      verdictUnderEvidence: c.verdict.evidence,
      why: c.explanation,
    })),
  }
}
