import { useState } from 'react'
import { useShallow } from 'zustand/react/shallow'

import { NumberField, SelectField } from '@/components/ui/field'
import {
  acceleratorById,
  ACCELERATORS,
  modelById,
  MODELS,
  REFERENCE,
  WORKLOADS,
} from '@/engine/index'
import { formatCount, formatUsd } from '@/lib/format'
import { useAppStore } from '@/state/store'

import {
  acceleratorCountOptions,
  BOUNDARY_OPTIONS,
  SERVING_STACK_OPTIONS,
  ECONOMICS_OPTIONS,
  effectiveHardware,
  hardwareDescriptor,
  hardwareGroups,
  modelDescriptor,
  modelGroups,
  nativeFormatsLabel,
  PRECISION_OPTIONS,
  shortHardwareName,
  workloadOptionLabel,
} from '../model/catalogue-options'
import { issuesByPath, messagesFor } from '../model/field-issues'
import {
  catalogueIdOf,
  effectivePrecision,
  effectiveWorkload,
  isCustomised,
  presetIdOf,
  withAccelerators,
  withBatch,
  withBoundary,
  withServingStack,
  withEconomicsMode,
  withHardware,
  withModel,
  withPrecision,
  withWorkloadNumber,
  withWorkloadPreset,
  type PrecisionKey,
} from '../model/scenario-edits'

import { DeploymentPlan } from './deployment-plan'
import '../scenario.css'

const HARDWARE_GROUPS = hardwareGroups(ACCELERATORS)
const MODEL_GROUPS = modelGroups(MODELS)
const WORKLOAD_OPTIONS = WORKLOADS.map((w) => ({ value: w.id, label: workloadOptionLabel(w) }))
const PRECISION_FIELDS: readonly { readonly key: PrecisionKey; readonly label: string }[] = [
  { key: 'weights', label: 'Weights' },
  { key: 'activations', label: 'Activations' },
  { key: 'kvCache', label: 'KV cache' },
]
/** Fields inside the Advanced disclosure: an issue on one of them opens it. */
const ADVANCED_PATHS = [
  'accelerators',
  'precision.weights',
  'precision.activations',
  'precision.kvCache',
  'serving.stack',
  'workload.inputTokens',
  'workload.outputTokens',
  'workload.minOutputTokensPerSecondPerUser',
  'workload.outputLengthCv',
  'workload.batchSize',
  'energy.boundary',
]

export function ScenarioControls() {
  // Only the fields shown here: a lever drag changes the scenario but not these, and skips this render.
  const scenario = useAppStore(
    useShallow((s) => ({
      model: s.scenario.model,
      hardware: s.scenario.hardware,
      accelerators: s.scenario.accelerators,
      precision: s.scenario.precision,
      workload: s.scenario.workload,
      economics: s.scenario.economics,
      energy: s.scenario.energy,
      serving: s.scenario.serving,
    })),
  )
  const issues = useAppStore((s) => s.run.issues)
  const updateScenario = useAppStore((s) => s.updateScenario)
  const solved = useAppStore(
    useShallow((s) => ({
      accelerators: s.run.result?.scenario.accelerators,
      acceleratorsAuto: s.run.result?.scenario.acceleratorsAuto ?? false,
      batchSize: s.run.result?.batchSize,
      usdPerHour: s.run.result?.cost.usdPerHourPerAccelerator,
    })),
  )

  const notify = useAppStore((s) => s.notify)
  // Picking another model or chip replaces a customised one: say so, and offer to undo, so edits
  // made in the assumption editor are never lost without a word.
  const replaceCatalogueChoice = (field: 'model' | 'hardware', id: string): void => {
    const before = useAppStore.getState().scenario
    updateScenario((s) => (field === 'model' ? withModel(s, id) : withHardware(s, id)))
    if (isCustomised(before[field])) {
      const name =
        field === 'model' ? (modelById(id)?.name ?? id) : (acceleratorById(id)?.name ?? id)
      notify('info', `Your customised ${field} was replaced by the catalogue's ${name}.`, before)
    }
  }

  const byPath = issuesByPath(issues)
  const hasAdvancedIssue = ADVANCED_PATHS.some((p) => byPath.has(p))
  const [advancedOpen, setAdvancedOpen] = useState(false)
  const [advancedIssueSeen, setAdvancedIssueSeen] = useState(false)
  if (hasAdvancedIssue !== advancedIssueSeen) {
    setAdvancedIssueSeen(hasAdvancedIssue)
    if (hasAdvancedIssue) setAdvancedOpen(true)
  }

  const modelId = catalogueIdOf(scenario.model, REFERENCE.model)
  const hardwareId = catalogueIdOf(scenario.hardware, REFERENCE.hardware)
  const model = modelById(modelId)
  const catalogueHardware = acceleratorById(hardwareId)
  // The line under the select and the summary show the chip as edited in the assumption editor.
  const effective = catalogueHardware
    ? effectiveHardware(catalogueHardware, scenario.hardware)
    : undefined
  const hardware = effective?.spec
  const workload = effectiveWorkload(scenario)
  const mode = scenario.economics?.mode ?? 'tco'
  const boundary = scenario.energy?.boundary ?? 'facility'
  const stack = scenario.serving?.stack ?? 'tuned'
  const accelerators = scenario.accelerators ?? 'auto'
  const autoCount =
    accelerators === 'auto' && solved.acceleratorsAuto ? solved.accelerators : undefined

  const summary = [
    model?.name ?? modelId,
    replicaLabel(
      accelerators === 'auto' ? autoCount : accelerators,
      hardware ? shortHardwareName(hardware) : hardwareId,
    ),
    workload.preset?.name ?? presetIdOf(scenario),
  ].join(' · ')

  const workloadHint = workload.edited
    ? `Edited: ${formatCount(workload.inputTokens)} in / ${formatCount(workload.outputTokens)} out (preset ${formatCount(workload.preset?.inputTokens ?? 0)} / ${formatCount(workload.preset?.outputTokens ?? 0)})`
    : `${formatCount(workload.inputTokens)}-token prompts, ${formatCount(workload.outputTokens)}-token answers, at least ${formatCount(workload.minOutputTokensPerSecondPerUser)} tokens/s per user`
  const costHint =
    solved.usdPerHour === undefined
      ? ECONOMICS_OPTIONS.find((o) => o.value === mode)?.hint
      : `${formatUsd(solved.usdPerHour)} per accelerator-hour${mode === 'tco' ? ', all-in' : ' (rental reference)'}`

  return (
    <section className="scenario-controls" aria-label="Scenario">
      <details className="sidebar-section" open>
        <summary>
          <span className="sidebar-section-title">Scenario</span>
          <span className="sidebar-section-summary">{summary}</span>
        </summary>
        <div className="scenario-fields">
          <SelectField
            className="scenario-field"
            label="Model"
            value={modelId}
            groups={MODEL_GROUPS}
            hint={
              model
                ? `${modelDescriptor(model)}${isCustomised(scenario.model) ? ' · customised' : ''}`
                : undefined
            }
            messages={messagesFor(byPath, 'model', 'Model')}
            onChange={(id) => replaceCatalogueChoice('model', id)}
          />
          <SelectField
            className="scenario-field"
            label="Hardware"
            value={hardwareId}
            groups={HARDWARE_GROUPS}
            hint={
              hardware
                ? `${hardwareDescriptor(hardware, effective?.edited)}${isCustomised(scenario.hardware) ? ' · customised' : ''}`
                : undefined
            }
            messages={messagesFor(byPath, 'hardware', 'Hardware')}
            onChange={(id) => replaceCatalogueChoice('hardware', id)}
          />
          <SelectField
            className="scenario-field"
            label="Workload"
            value={presetIdOf(scenario)}
            options={WORKLOAD_OPTIONS}
            hint={workloadHint}
            messages={messagesFor(byPath, 'workload', 'Workload')}
            onChange={(id) => updateScenario((s) => withWorkloadPreset(s, id))}
          />
          <SelectField
            className="scenario-field"
            label="Cost basis"
            value={mode}
            options={ECONOMICS_OPTIONS}
            hint={costHint}
            messages={messagesFor(byPath, 'economics.mode', 'Cost basis')}
            onChange={(value) => updateScenario((s) => withEconomicsMode(s, value))}
          />
          <DeploymentPlan />

          <details
            className="scenario-advanced"
            open={advancedOpen}
            onToggle={(e) => setAdvancedOpen(e.currentTarget.open)}
          >
            <summary>Advanced</summary>
            <div className="scenario-fields">
              <SelectField
                className="scenario-field"
                label="Energy boundary"
                value={boundary}
                options={BOUNDARY_OPTIONS}
                hint={`${BOUNDARY_OPTIONS.find((o) => o.value === boundary)?.hint ?? ''} Applies to every energy figure.`}
                messages={messagesFor(byPath, 'energy.boundary', 'Energy boundary')}
                onChange={(value) => updateScenario((s) => withBoundary(s, value))}
              />
              <SelectField
                className="scenario-field"
                label="Accelerators per replica"
                value={String(accelerators)}
                options={acceleratorCountOptions(accelerators, autoCount)}
                hint={
                  accelerators === 'auto'
                    ? 'auto: the deployment search picks the cheapest plan that meets the targets'
                    : undefined
                }
                messages={messagesFor(byPath, 'accelerators', 'Accelerators per replica')}
                onChange={(value) =>
                  updateScenario((s) =>
                    withAccelerators(s, value === 'auto' ? 'auto' : Number(value)),
                  )
                }
              />
              <fieldset className="scenario-group">
                <legend>Precision</legend>
                <div className="scenario-row scenario-row-3">
                  {PRECISION_FIELDS.map(({ key, label }) => (
                    <SelectField
                      className="scenario-field"
                      key={key}
                      label={label}
                      value={effectivePrecision(scenario, key, model, hardware)}
                      options={PRECISION_OPTIONS}
                      messages={messagesFor(byPath, `precision.${key}`, `${label} precision`)}
                      onChange={(value) => updateScenario((s) => withPrecision(s, key, value))}
                    />
                  ))}
                </div>
                <p className="field-hint">
                  {model ? `${nativeFormatsLabel(model)}. ` : ''}Fewer bits move fewer bytes; 8- and
                  4-bit math needs hardware support.
                </p>
              </fieldset>
              <SelectField
                className="scenario-field"
                label="Serving software"
                value={stack}
                options={SERVING_STACK_OPTIONS}
                hint={SERVING_STACK_OPTIONS.find((o) => o.value === stack)?.hint}
                messages={messagesFor(byPath, 'serving.stack', 'Serving software')}
                onChange={(value) => updateScenario((s) => withServingStack(s, value))}
              />
              <div className="scenario-row">
                <NumberField
                  live
                  className="scenario-field"
                  label="Input tokens"
                  value={workload.inputTokens}
                  messages={messagesFor(byPath, 'workload.inputTokens', 'Input tokens')}
                  onCommit={(v) => updateScenario((s) => withWorkloadNumber(s, 'inputTokens', v))}
                />
                <NumberField
                  live
                  className="scenario-field"
                  label="Output tokens"
                  value={workload.outputTokens}
                  messages={messagesFor(byPath, 'workload.outputTokens', 'Output tokens')}
                  onCommit={(v) => updateScenario((s) => withWorkloadNumber(s, 'outputTokens', v))}
                />
              </div>
              <div className="scenario-row">
                <NumberField
                  live
                  className="scenario-field"
                  label="Interactivity target"
                  unit="tok/s"
                  hint="Output tokens/s each user must see"
                  value={workload.minOutputTokensPerSecondPerUser}
                  messages={messagesFor(
                    byPath,
                    'workload.minOutputTokensPerSecondPerUser',
                    'Interactivity target',
                  )}
                  onCommit={(v) =>
                    updateScenario((s) =>
                      withWorkloadNumber(s, 'minOutputTokensPerSecondPerUser', v),
                    )
                  }
                />
                <BatchField
                  value={workload.batchSize}
                  solvedBatch={solved.batchSize}
                  messages={messagesFor(byPath, 'workload.batchSize', 'Batch')}
                  onChange={(v) => updateScenario((s) => withBatch(s, v))}
                />
              </div>
              <NumberField
                live
                className="scenario-field"
                label="Answer length spread"
                min={0}
                max={10}
                hint="Standard deviation ÷ mean of the answers’ lengths (0: all equal). Long answers hold their slots longer, so the running answers are longer than the mean: reasoning traces ≈ 1.25, chat ≈ 0.8"
                value={workload.outputLengthCv}
                messages={messagesFor(byPath, 'workload.outputLengthCv', 'Answer length spread')}
                onCommit={(v) => updateScenario((s) => withWorkloadNumber(s, 'outputLengthCv', v))}
              />
            </div>
          </details>
        </div>
      </details>
    </section>
  )
}

function replicaLabel(count: number | undefined, hardwareName: string): string {
  return count === undefined ? hardwareName : `${count}× ${hardwareName}`
}

interface BatchFieldProps {
  readonly value: number | 'max'
  readonly solvedBatch: number | undefined
  readonly messages: readonly string[]
  readonly onChange: (value: number | 'max') => void
}

function BatchField({ value, solvedBatch, messages, onChange }: BatchFieldProps) {
  const fixed = value !== 'max'
  return (
    <div className="batch-field">
      <SelectField
        className="scenario-field"
        label="Batch"
        value={fixed ? 'fixed' : 'max'}
        options={[
          {
            value: 'max',
            label: solvedBatch === undefined || fixed ? 'max' : `max (${formatCount(solvedBatch)})`,
          },
          { value: 'fixed', label: 'fixed size' },
        ]}
        hint={fixed ? undefined : 'Largest that fits and meets the target'}
        messages={fixed ? [] : messages}
        onChange={(v) => onChange(v === 'max' ? 'max' : Math.max(1, Math.round(solvedBatch ?? 1)))}
      />
      {fixed ? (
        <NumberField
          live
          className="scenario-field"
          label="Batch size"
          unit="requests"
          value={value}
          messages={messages}
          onCommit={onChange}
        />
      ) : null}
    </div>
  )
}
