import { useEffect, useMemo } from 'react'

import { ChartFrame } from '@/components/ui/chart-frame'
import { GPU_RATIO_BAND, RATIO_BAND } from '@/engine/index'
import { formatNumber } from '@/lib/format'
import { selectValidation } from '@/state/selectors'
import { useAppStore } from '@/state/store'

import {
  gpuPoints,
  parityExport,
  paritySet,
  throughputPoints,
  validationPoints,
} from '../model/parity'
import { gpuStatement, summarize, throughputStatement } from '../model/statement'

import { LeverTable } from './lever-table'
import { ParityChart } from './parity-chart'
import { RegimeTable } from './regime-table'
import { ValidationTable } from './validation-table'

import '../validation.css'

const THROUGHPUT_UNIT = 'tokens/s per accelerator'
const THROUGHPUT_SOURCES =
  'MLPerf Inference v4.1, v5.1 and v6.0 results (MLCommons logs) and NVIDIA TensorRT-LLM performance tables, collected with their sources in src/engine/validation/measured.json; each mapped to a scenario by fixed rules (measured-cases.ts), never tuned per case. Validation cases were never seen by the calibration.'

/** The engine against published measurements: parity charts, per-case errors and the accuracy to expect. */
export function ValidationView() {
  const { status, report, failure } = useAppStore(selectValidation)
  const requestValidation = useAppStore((s) => s.requestValidation)
  useEffect(() => {
    requestValidation()
  }, [requestValidation])

  const throughput = useMemo(
    () => (report ? paritySet(throughputPoints(report.rows), RATIO_BAND) : undefined),
    [report],
  )
  const gpu = useMemo(
    () =>
      report?.gpu
        ? paritySet(gpuPoints(report.gpu.rows, `${report.gpu.data.source}`), GPU_RATIO_BAND)
        : undefined,
    [report],
  )

  if (status === 'error') {
    return (
      <div className="banner banner-error" role="alert">
        The validation cases could not be run: {failure}.{' '}
        <button type="button" className="button" onClick={requestValidation}>
          Try again
        </button>
      </div>
    )
  }
  if (!report || !throughput)
    return <p className="view-loading">Running the engine on the published measurements…</p>

  const summary = summarize(validationPoints(throughput.points), RATIO_BAND)
  const statement = throughputStatement(summary, RATIO_BAND)
  const m = report.measured
  const gpuSummary = gpu ? summarize(gpu.points, GPU_RATIO_BAND) : undefined

  return (
    <div className="validation-view">
      <section className="card validation-statement" aria-labelledby="validation-statement-title">
        <div className="validation-figures">
          <div className="validation-figure">
            <span className="validation-figure-value">
              {formatNumber(summary.medianAbsErrorPct, 2)} %
            </span>
            <span className="validation-figure-label">
              median throughput error on the validation set
            </span>
          </div>
          <div className="validation-figure">
            <span className="validation-figure-value">
              {summary.withinBand} / {summary.count}
            </span>
            <span className="validation-figure-label">
              cases within {RATIO_BAND[0]}–{RATIO_BAND[1]}×
            </span>
          </div>
          <div className="validation-figure">
            <span className="validation-figure-value">
              {formatNumber(summary.best, 3)}–{formatNumber(summary.worst, 3)}×
            </span>
            <span className="validation-figure-label">engine ÷ measured, range</span>
          </div>
        </div>
        <div className="validation-text">
          <h2 id="validation-statement-title">
            How far to trust a number: {statement.headline.toLowerCase()}
          </h2>
          {statement.detail.map((line) => (
            <p key={line}>{line}</p>
          ))}
          <p>
            Validation cases are measurements the calibration never saw: {m.splitRule} In-sample, on
            the {m.throughputFit.count} fitting cases, the median error is{' '}
            {formatNumber(m.throughputFit.medianAbsErrorPct, 2)} %; that only says the fit
            converged. Time per output token on {m.tpot.count} serving-curve cases: median error{' '}
            {formatNumber(m.tpot.medianAbsErrorPct, 2)} %.
          </p>
          {m.tpotSmallBatch.dense.count + m.tpotSmallBatch.moe.count > 0 ? (
            <p>
              At {m.tpotSmallBatch.maxBatch} or fewer sequences per replica the engine errs more,
              its steps too short: time per output token median error{' '}
              {formatNumber(m.tpotSmallBatch.dense.medianAbsErrorPct, 2)} % on dense models (
              {m.tpotSmallBatch.dense.count} cases) and{' '}
              {formatNumber(m.tpotSmallBatch.moe.medianAbsErrorPct, 2)} % on mixtures of experts (
              {m.tpotSmallBatch.moe.count} cases). Results at such a batch carry that error in their
              ± band.
            </p>
          ) : null}
          {m.forward.throughput.count > 0 ? (
            <p>
              <strong>Forward test.</strong> On {m.forward.round} results, published in May 2026 and
              first read here after the fit ({m.forward.throughput.count} maximum-throughput cases,{' '}
              {m.forward.tpot.count} serving cases, all in the validation set): median throughput
              error {formatNumber(m.forward.throughput.medianAbsErrorPct, 2)} %, within{' '}
              {RATIO_BAND[0]}–{RATIO_BAND[1]}× in{' '}
              {formatNumber(m.forward.throughput.withinFactorShare * 100, 2)} % of cases; time per
              output token median error {formatNumber(m.forward.tpot.medianAbsErrorPct, 2)} %. Much
              of that agreement is the submitters’ newer software meeting the engine: on the same
              DeepSeek-R1 Blackwell systems the engine was about 2× optimistic against the previous
              round. Without this round the validation median is{' '}
              {formatNumber(m.forward.throughputValidationWithout.medianAbsErrorPct, 2)} %.
            </p>
          ) : null}
          {m.energy.count > 0 ? (
            <p>
              Energy per output token against measured GPU energy (The ML.ENERGY Leaderboard v3.0,
              vLLM on H100 and B200) on {m.energy.count} cases: median error{' '}
              {formatNumber(m.energy.medianAbsErrorPct, 2)} %, the engine{' '}
              {m.energy.signedBiasPct < 0 ? 'below' : 'above'} the measurement by a median{' '}
              {formatNumber(Math.abs(m.energy.signedBiasPct), 2)} %; GPU power on the same runs:
              median error {formatNumber(m.power.medianAbsErrorPct, 2)} %. Energy figures carry this
              larger error band.
            </p>
          ) : null}
          {report.gpu ? (
            <p>
              {gpuStatement(
                report.gpu.summary,
                report.gpu.groups,
                report.gpu.hardwareName,
                report.gpu.kernel.cases.length,
              )}
            </p>
          ) : null}
        </div>
      </section>

      <section className="card" aria-label="Validation error per regime">
        <RegimeTable
          caption="Maximum throughput: validation error per regime (family · format · parallelism · dense/MoE)"
          regimes={m.throughputValidationByRegime}
        />
        <RegimeTable
          caption="Time per output token on serving curves: validation error per regime"
          regimes={m.tpotByRegime}
        />
        {m.energy.count > 0 ? (
          <RegimeTable
            caption="Energy per output token (GPU energy, ML.ENERGY v3.0): validation error per regime"
            regimes={m.energyByRegime}
          />
        ) : null}
        {m.power.count > 0 ? (
          <RegimeTable
            caption="Power per GPU under load (ML.ENERGY v3.0): validation error per regime"
            regimes={m.powerByRegime}
          />
        ) : null}
        <LeverTable
          caption="What a change does on real silicon: pairs of measurements that differ in one thing, the engine’s ratio against the measured ratio (target: median error ≤ 12 %; docs/validation.md §3 says which pairs touch the fitting set)"
          levers={m.levers}
        />
        <details>
          <summary className="validation-details-summary">
            In-sample error on the fitting set ({m.throughputFit.count} cases)
          </summary>
          <RegimeTable
            caption="Maximum throughput: in-sample error per regime (the cases the derates were fitted on)"
            regimes={m.throughputFitByRegime}
          />
        </details>
      </section>

      <div className="validation-charts">
        <ChartFrame
          title="Serving throughput: engine against published measurements"
          subtitle={`${throughput.points.length} cases (${summary.count} validation) · tokens/s per accelerator · on the solid diagonal the engine matches the measurement; dashed: ${RATIO_BAND[0]}× and ${RATIO_BAND[1]}×`}
          sources={THROUGHPUT_SOURCES}
          data={parityExport(throughput.points, THROUGHPUT_UNIT)}
          exportName="validation-throughput-parity"
          exportScope="each measured case as its source ran it (model, hardware, format, parallelism: the rows), not the scenario being edited"
        >
          <ParityChart set={throughput} unit="tokens/s" />
        </ChartFrame>
        {gpu && gpuSummary && report.gpu ? (
          <ChartFrame
            title={`Phase times: engine against our ${report.gpu.hardwareName} measurements`}
            subtitle={`${gpuSummary.count} cases · ms per prefill pass or decode step · solid diagonal = exact; dashed: ${GPU_RATIO_BAND[0]}× and ${GPU_RATIO_BAND[1]}×`}
            sources={`${report.gpu.data.source}; ${report.gpu.data.env.gpu_name}, torch ${report.gpu.data.env.torch_version}, CUDA ${report.gpu.data.env.cuda_version} (src/engine/validation/gpu-h200.json, method in scripts/gpu/README.md).`}
            data={parityExport(gpu.points, 'ms')}
            exportName="validation-gpu-parity"
            exportScope="each of our own GPU measurements as it was run (the rows), not the scenario being edited"
          >
            <ParityChart set={gpu} unit="ms" />
          </ChartFrame>
        ) : null}
      </div>

      <section className="card" aria-label="Validation cases">
        <ValidationTable
          caption="Published serving benchmarks, case by case (validation set first)"
          points={throughput.points}
          unit={THROUGHPUT_UNIT}
          band={RATIO_BAND}
          summary={summary}
        />
        <p className="chart-sources">Sources: {THROUGHPUT_SOURCES}</p>
      </section>
      {gpu && gpuSummary ? (
        <section className="card" aria-label="GPU timing cases">
          <details>
            <summary className="validation-details-summary">
              Our {report.gpu?.hardwareName} timings, case by case ({gpuSummary.count} cases, median
              error {formatNumber(gpuSummary.medianAbsErrorPct, 2)} %)
            </summary>
            <ValidationTable
              caption="Single prefill passes and decode steps"
              points={gpu.points}
              unit="ms"
              band={GPU_RATIO_BAND}
              summary={gpuSummary}
            />
          </details>
        </section>
      ) : null}
    </div>
  )
}
