import { ChartFrame } from '@/components/ui/chart-frame'
import { SelectField } from '@/components/ui/field'
import { GradeBadge } from '@/components/ui/grade-badge'
import type {
  MatureNodeComparison,
  NodeConfig,
  LeadingHardwareId,
  MatureHardwareId,
} from '@/engine/index'
import {
  MATURE_NODE_SOURCES,
  ASCEND_910B_SOURCES,
  LEADING_HARDWARE_IDS,
  acceleratorById,
} from '@/engine/index'
import { formatJoules, formatNumber, formatUsd } from '@/lib/format'
import { useAppStore } from '@/state/store'

import { useEconomicsInputs, useUpdateEconomicsInputs } from '../hooks/use-economics'
import { boundaryLabel } from '../model/boundary'
import { withMatureNode } from '../model/edit-inputs'
import { matureSentence, nodeConfig } from '../model/mature-rows'
import { BOUND_WORDS } from '../model/serving-rows'

const MATURE_OPTIONS: readonly { readonly value: MatureHardwareId; readonly label: string }[] = [
  { value: 'a100-80gb', label: 'NVIDIA A100 (TSMC 7 nm; datasheet)' },
  { value: 'ascend-910b-class', label: 'Ascend 910B-class (SMIC 7 nm; estimates)' },
]
const LEADING_OPTIONS = LEADING_HARDWARE_IDS.map((id: LeadingHardwareId) => ({
  value: id,
  label: acceleratorById(id)?.name ?? id,
}))
const YEARS = ['2026', '2027', '2028', '2029', '2030'] as const

function Cell({
  config,
  highlight,
}: {
  readonly config: NodeConfig | undefined
  readonly highlight?: boolean
}) {
  if (!config) return <td>—</td>
  if (!config.feasible) {
    return (
      <td>
        <span className="econ-config-issue">Cannot run: {config.issues.join(' ')}</span>
      </td>
    )
  }
  return (
    <td data-highlight={highlight ? 'true' : undefined}>
      <span className="econ-matrix-value num">{formatUsd(config.usdPerMillionOutputTokens)}/M</span>
      <span className="econ-matrix-detail num">
        {formatJoules(config.joulesPerOutputToken)} per token ·{' '}
        {formatNumber(config.outputTokensPerSecondPerAccelerator)} tokens/s per chip
      </span>
      <span className="econ-matrix-detail">
        {config.acceleratorsPerReplica} chip{config.acceleratorsPerReplica === 1 ? '' : 's'} per
        copy · decode limited by {BOUND_WORDS[config.decodeBound] ?? config.decodeBound}
      </span>
    </td>
  )
}

/** "(7 nm)", or "(node not given)" for a part without one. */
function nodeWords(nm: number | undefined): string {
  return nm !== undefined && Number.isFinite(nm) ? `(${nm} nm)` : '(node not given)'
}

export function MatureNodePanel({
  comparison,
  line,
  pue,
  boundary,
}: {
  readonly comparison: MatureNodeComparison
  readonly line: string
  readonly pue: number
  readonly boundary: 'chip' | 'node' | 'facility'
}) {
  const inputs = useEconomicsInputs()
  const update = useUpdateEconomicsInputs()
  const setScenario = useAppStore((s) => s.setScenario)
  const notify = useAppStore((s) => s.notify)
  const c = comparison
  const mature = nodeConfig(c, 'mature-optimized')
  const leading = nodeConfig(c, 'leading-optimized')
  const matureLabel = mature?.hardwareName ?? 'Mature node'
  const leadingLabel = leading?.hardwareName ?? 'Leading edge'
  const sources = [
    MATURE_NODE_SOURCES.optimizedSoftware?.source,
    inputs.matureNode.mature === 'ascend-910b-class'
      ? `Ascend 910B-class figures: ${ASCEND_910B_SOURCES['peakTflops.fp16']?.source}; memory bandwidth: ${ASCEND_910B_SOURCES.memoryBandwidthTBps?.source}; price: ${ASCEND_910B_SOURCES.priceUsd?.source}`
      : MATURE_NODE_SOURCES.mature?.source,
    'leading-edge hardware: src/engine/catalog/accelerators.ts',
  ]
    .filter(Boolean)
    .join('; ')
  return (
    <>
      <div className="econ-controls">
        <SelectField
          label="Mature-node hardware"
          value={inputs.matureNode.mature}
          options={MATURE_OPTIONS}
          onChange={(mature) => update((i) => withMatureNode(i, { mature }))}
        />
        <SelectField
          label="Leading-edge hardware"
          value={inputs.matureNode.leading}
          options={LEADING_OPTIONS}
          onChange={(leading) => update((i) => withMatureNode(i, { leading }))}
        />
        <SelectField
          label="Year"
          value={String(inputs.matureNode.year) as (typeof YEARS)[number]}
          options={YEARS.map((y) => ({ value: y, label: y }))}
          onChange={(year) => update((i) => withMatureNode(i, { year: Number(year) }))}
        />
        <div className="econ-field">
          <span className="econ-field-label">Try it in the scenario</span>
          <button
            type="button"
            className="button button-primary"
            onClick={() => {
              setScenario(c.presetInput, null)
              notify(
                'info',
                `Scenario set to the mature-node preset: ${matureLabel} with the software levers at 100 % in ${c.year}.`,
              )
            }}
          >
            Load the mature-node preset
          </button>
        </div>
      </div>
      {inputs.matureNode.mature === 'ascend-910b-class' ? (
        <p className="econ-note">
          <GradeBadge grade="L" /> Ascend 910B-class figures come from secondary reports that
          disagree (memory bandwidth 0.4–1.6 TB/s); no verifiable price, so the A100’s is used.
        </p>
      ) : null}
      <p className="econ-headline econ-headline-sm">{matureSentence(c)}</p>
      <ChartFrame
        title="Mature node vs leading edge, with and without the software levers"
        subtitle={`${line} · ${c.year} · only the software levers, at 100 %: model optimization, inference engine, compiler stack · ${boundaryLabel(boundary, pue)}`}
        sources={sources}
        exportName="mature-node-comparison"
        exportScope="the configurations in the rows, each on its own hardware, with the scenario's model and workload"
        data={{
          columns: [
            { key: 'config', label: 'Configuration' },
            { key: 'hardware', label: 'Hardware' },
            { key: 'processNm', label: 'Process', unit: 'nm' },
            { key: 'cost', label: 'Cost', unit: '$/M output tokens' },
            { key: 'energy', label: `Energy (${boundary})`, unit: 'J/output token' },
            { key: 'throughput', label: 'Output throughput per chip', unit: 'tokens/s' },
            { key: 'chips', label: 'Chips per copy' },
            { key: 'decodeBound', label: 'Decode limited by' },
          ],
          rows: c.configs.map((x) => ({
            config: `${x.node === 'mature' ? 'Mature node' : 'Leading edge'}, ${x.optimized ? 'optimized software' : 'software as is'}`,
            hardware: x.hardwareName,
            processNm: x.processNm,
            cost: x.usdPerMillionOutputTokens,
            energy: x.joulesPerOutputToken,
            throughput: x.outputTokensPerSecondPerAccelerator,
            chips: x.acceleratorsPerReplica,
            decodeBound: x.decodeBound,
          })),
        }}
      >
        <table className="econ-matrix" aria-label="Cost and energy per token: hardware by software">
          <thead>
            <tr>
              <td className="econ-matrix-corner" aria-hidden="true" />
              <th scope="col">
                Mature node: {matureLabel} {nodeWords(mature?.processNm)}
              </th>
              <th scope="col">
                Leading edge: {leadingLabel} {nodeWords(leading?.processNm)}
              </th>
            </tr>
          </thead>
          <tbody>
            <tr>
              <th scope="row">Optimized software</th>
              <Cell config={mature} highlight />
              <Cell config={leading} />
            </tr>
            <tr>
              <th scope="row">Software as in 2026</th>
              <Cell config={nodeConfig(c, 'mature-as-is')} />
              <Cell config={nodeConfig(c, 'leading-as-is')} />
            </tr>
          </tbody>
        </table>
      </ChartFrame>
      <section className="card" aria-labelledby="econ-constraints-title">
        <h3 id="econ-constraints-title">What binds the mature node</h3>
        <ul className="econ-constraints">
          {c.constraints.map((k) => (
            <li key={k.id} data-basis={k.basis}>
              <strong>
                {k.name}{' '}
                <span className="econ-config-note">
                  ({k.basis === 'model' ? 'from the engine' : 'context, not modelled'})
                </span>
              </strong>
              {k.detail}
            </li>
          ))}
        </ul>
      </section>
    </>
  )
}
