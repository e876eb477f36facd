import { useMemo } from 'react'

import { ChartFrame } from '@/components/ui/chart-frame'
import { NumberField } from '@/components/ui/field'
import type { UseCaseEconomics } from '@/engine/index'
import {
  ARTICLE_USE_CASE_READINGS,
  ARTICLE_USE_CASE_SOURCE,
  USE_CASE_SETTINGS_SOURCES,
} from '@/engine/index'
import { formatPercent } from '@/lib/format'
import { selectEconomicsResult, selectScenario } from '@/state/selectors'
import { useAppStore } from '@/state/store'

import { useEconomicsInputs, useUpdateEconomicsInputs } from '../hooks/use-economics'
import { withSettings } from '../model/edit-inputs'
import { leversOn, scenarioLine } from '../model/scenario-line'
import { articleReconciliation, foldBars, headline, heatmapRows } from '../model/use-case-rows'

import { EconomicsStatus } from './economics-status'
import { FoldChart } from './fold-chart'
import { MarginHeatmap } from './margin-heatmap'
import { Segmented } from './segmented'
import { UseCaseEditor } from './use-case-editor'
import '../economics.css'

const SOURCES =
  'use-case catalogue (src/engine/economics/use-cases.ts: OpenAI/Axios prompt volumes, OpenAI gpt-image-1 token counts, SyFI TraceLab agent traces, Manus, Splitwise, Mooncake; prices from OpenAI revenue, Midjourney, Cursor, Microsoft 365 Copilot, Salesforce Agentforce, voice-agent price lists); cost per task from the engine for each use case’s token shape'

function ArticleComparison({ economics }: { readonly economics: UseCaseEconomics }) {
  const items = articleReconciliation(economics, ARTICLE_USE_CASE_READINGS)
  if (items.length === 0) return null
  const disagreements = items.filter((i) => !i.agrees).length
  return (
    <section className="card" aria-labelledby="use-case-article-title">
      <h3 id="use-case-article-title">Where the engine and the article disagree, and why</h3>
      <p className="econ-small">
        {disagreements === 0
          ? 'The engine’s 2026 margins agree with the article’s reading of every use case it names.'
          : `For ${disagreements} of the ${items.length} use cases the article names, the engine’s 2026 margins read differently. The cost per token is the physics of the model on the hardware; the article gives no price per task and no token counts, so the difference lies in those inputs: what a task sells for (a subscription divided by its requests, a per-minute or per-case price) and how many tokens it takes. Edit them below to test the article’s reading.`}
      </p>
      <ul className="econ-small">
        {items.map((i) => (
          <li key={i.id} data-agrees={i.agrees}>
            {i.sentence}
          </li>
        ))}
      </ul>
      <p className="chart-sources">Source: {ARTICLE_USE_CASE_SOURCE.source}</p>
    </section>
  )
}

export function UseCasesView() {
  const result = useAppStore(selectEconomicsResult)
  const scenario = useAppStore(selectScenario)
  const inputs = useEconomicsInputs()
  const update = useUpdateEconomicsInputs()
  const useCases = result?.useCases
  const year = result?.scenario.year ?? 2026
  const rows = useMemo(() => (useCases ? heatmapRows(useCases, year) : []), [useCases, year])
  const bars = useMemo(() => (useCases ? foldBars(useCases) : []), [useCases])
  const summary = useMemo(() => (useCases ? headline(useCases) : undefined), [useCases])
  const years = useCases?.rows.find((r) => r.years.length > 0)?.years.map((y) => y.year) ?? [
    2026, 2027, 2028, 2029, 2030,
  ]
  const target = inputs.targetGrossMargin

  const modelWords =
    inputs.useCaseModel === 'typical'
      ? 'each use case on its typical model'
      : 'every use case on the scenario’s model'
  const line = result
    ? `${scenarioLine(result, leversOn(scenario), { model: modelWords, workload: 'each use case’s own tokens per task' })} · prices held at 2026 levels`
    : ''

  return (
    <section className="econ-view" aria-label="Use-case economics">
      <EconomicsStatus />
      <div className="card econ-hero">
        <div className="econ-hero-text">
          <p className="econ-kicker">Which AI applications make money on inference, and when</p>
          <p className="econ-headline" aria-live="polite">
            {summary ? summary.sentence : 'Computing the use cases…'}
          </p>
          <p className="econ-small">
            Gross margin = 1 − inference cost per task ÷ price per task. It counts inference compute
            only (no other cost of revenue). The article: most applications need inference to get
            several times cheaper before margins are sustainable.
          </p>
        </div>
        <div className="econ-hero-controls">
          <NumberField
            label="Target gross margin"
            value={target}
            min={0}
            max={0.95}
            scale={100}
            unit="%"
            width="72px"
            hint={`Source: ${USE_CASE_SETTINGS_SOURCES.targetGrossMargin?.source ?? ''}`}
            onCommit={(value) => update((i) => withSettings(i, { targetGrossMargin: value }))}
          />
          <Segmented
            label="Model behind each use case"
            value={inputs.useCaseModel}
            options={[
              { value: 'typical', label: 'Typical per use case' },
              { value: 'scenario', label: 'Scenario’s model' },
            ]}
            onChange={(useCaseModel) => update((i) => withSettings(i, { useCaseModel }))}
          />
        </div>
      </div>

      {useCases ? (
        <>
          <ChartFrame
            title="Gross margin on inference, by use case and year"
            subtitle={line}
            sources={SOURCES}
            exportName="use-case-margins"
            exportScope="each use case's own model, workload and token counts (the rows), priced on the scenario's hardware and levers; the accuracy line is the edited scenario's"
            data={{
              columns: [
                { key: 'useCase', label: 'Use case' },
                { key: 'model', label: 'Model' },
                { key: 'price', label: 'Price per task', unit: 'USD' },
                { key: 'tokens', label: 'Tokens per task (input / output / reasoning)' },
                {
                  key: 'costBaseline',
                  label: 'Cost per task, 2026 baseline (no levers)',
                  unit: 'USD',
                },
                { key: 'marginBaseline', label: 'Gross margin, 2026 baseline', unit: 'share' },
                ...years.flatMap((y) => [
                  { key: `cost${y}`, label: `Cost per task ${y}`, unit: 'USD' },
                  { key: `margin${y}`, label: `Gross margin ${y}`, unit: 'share' },
                ]),
                { key: 'breakEven', label: 'Breaks even' },
                { key: 'target', label: `Reaches ${formatPercent(target)}` },
              ],
              rows: rows.map((r) => ({
                useCase: r.name,
                model: r.modelName,
                price: r.priceUsdPerTask,
                tokens: r.tokens,
                costBaseline: r.baseline.costUsdPerTask,
                marginBaseline: r.baseline.margin,
                ...Object.fromEntries(
                  r.cells.flatMap((c) => [
                    [`cost${c.year}`, c.costUsdPerTask],
                    [`margin${c.year}`, c.margin],
                  ]),
                ),
                breakEven: r.breakEven,
                target: r.targetYear,
              })),
            }}
          >
            <ul className="econ-legend" aria-label="Legend">
              <li>
                <span className="econ-swatch" data-tone="loss" aria-hidden="true" />
                Loses money on every task
              </li>
              <li>
                <span className="econ-swatch" data-tone="below-target" aria-hidden="true" />
                Profitable, below the {formatPercent(target)} target
              </li>
              <li>
                <span className="econ-swatch" data-tone="target" aria-hidden="true" />
                At or above the target
              </li>
            </ul>
            <MarginHeatmap rows={rows} years={years} targetLabel={formatPercent(target)} />
          </ChartFrame>

          <ChartFrame
            title={`How much cheaper each task must get for a ${formatPercent(target)} margin`}
            subtitle={`${line} · 1× = target reached; below 1× the task already has headroom`}
            sources={SOURCES}
            exportName="use-case-cost-reduction-needed"
            exportScope="each use case's own model, workload and token counts (the rows), priced on the scenario's hardware and levers; the accuracy line is the edited scenario's"
            data={{
              columns: [
                { key: 'name', label: 'Use case' },
                {
                  key: 'first',
                  label: `Times cheaper needed, ${years[0] ?? 2026} technology`,
                  unit: '×',
                },
                {
                  key: 'last',
                  label: `Times cheaper needed, ${years[years.length - 1] ?? 2030} scenario`,
                  unit: '×',
                },
              ],
              rows: bars.map((b) => ({ name: b.name, first: b.firstValue, last: b.lastValue })),
            }}
          >
            <FoldChart
              bars={bars}
              firstYear={years[0] ?? 2026}
              lastYear={years[years.length - 1] ?? 2030}
            />
          </ChartFrame>
          <ArticleComparison economics={useCases} />
        </>
      ) : (
        <p className="view-loading">Computing the use cases…</p>
      )}
      <UseCaseEditor />
    </section>
  )
}
