import { useShallow } from 'zustand/react/shallow'

import { SelectField, type SelectOption } from '@/components/ui/field'
import { formatUsd } from '@/lib/format'
import { useAppStore } from '@/state/store'

import {
  withDeploymentPinned,
  withDeploymentSearched,
  withExpertPlacement,
  type ExpertPlacement,
  type PinnedPlan,
} from '../model/scenario-edits'

const EXPERT_PLACEMENT_OPTIONS: readonly SelectOption<ExpertPlacement>[] = [
  { value: 'auto', label: 'The cheaper of the two (engine chooses)' },
  { value: 'spread', label: 'Spread over the group (expert parallel)' },
  { value: 'split', label: 'Split across the group (MoE tensor parallel)' },
]

/** "+12 %" of a runner-up's cost over the chosen plan's, or "misses a target". */
function costWords(cost: number | null, best: number): string {
  if (cost === null) return 'misses a target'
  // Every price at zero (a schema-valid what-if) prices every plan at $0: no ratio to give.
  if (!(best > 0)) return `${formatUsd(cost)}/M (${cost > best ? 'costlier' : 'same cost'})`
  const more = cost / best - 1
  const delta =
    Math.abs(more) < 0.005
      ? 'same cost'
      : `${more > 0 ? '+' : '−'}${Math.abs(more * 100).toFixed(0)} %`
  return `${formatUsd(cost)}/M (${delta})`
}

/**
 * The deployment plan in words (issue 13 item 1): the plan the search chose and why, the
 * runner-ups with their cost, and a pin. A pinned plan stops the search; unpinning starts it again.
 */
export function DeploymentPlan() {
  const pinned = useAppStore((s) => s.scenario.deployment)
  const { deployment, cost } = useAppStore(
    useShallow((s) => ({
      deployment: s.run.result?.deployment,
      cost: s.run.result?.costPerMillionTokens.output,
    })),
  )
  const updateScenario = useAppStore((s) => s.updateScenario)
  const isPinned = pinned?.tensorParallel !== undefined
  const placement: ExpertPlacement =
    pinned?.expertParallel === undefined ? 'auto' : pinned.expertParallel === 1 ? 'split' : 'spread'
  // Only a pinned group of a mixture of experts has experts to place: spread ones show as EP > 1,
  // split ones as "MoE TP" in the plan's label.
  const placesExperts =
    isPinned &&
    (pinned.tensorParallel ?? 1) > 1 &&
    (pinned.expertParallel !== undefined ||
      (deployment?.expertParallel ?? 1) > 1 ||
      (deployment?.label.includes('(MoE TP') ?? false))
  // A pinned plan that no longer runs (a bigger model, a smaller chip) has no result to describe:
  // the way back to the search must stay on screen.
  if (!deployment && isPinned) {
    return (
      <div className="deployment-plan" role="group" aria-label="Deployment plan">
        <div className="deployment-plan-head">
          <span className="field-label">Deployment</span>
          <span className="deployment-plan-tag" data-pinned="true">
            pinned · TP{pinned.tensorParallel}
            {(pinned.pipelineParallel ?? 1) > 1 ? ` × PP${pinned.pipelineParallel}` : ''}
          </span>
        </div>
        <button
          type="button"
          className="button"
          onClick={() => updateScenario(withDeploymentSearched)}
        >
          Unpin (search again)
        </button>
      </div>
    )
  }
  if (!deployment) return null
  const pin = (plan: PinnedPlan): void => updateScenario((s) => withDeploymentPinned(s, plan))
  return (
    <div className="deployment-plan" role="group" aria-label="Deployment plan">
      <div className="deployment-plan-head">
        <span className="field-label">Deployment</span>
        <span className="deployment-plan-tag" data-pinned={isPinned ? 'true' : undefined}>
          {isPinned ? 'pinned' : 'searched'} · {deployment.label}
        </span>
      </div>
      <p className="deployment-plan-why">{deployment.why}</p>
      {placesExperts ? (
        <SelectField
          className="scenario-field"
          label="Experts"
          value={placement}
          options={EXPERT_PLACEMENT_OPTIONS}
          hint={
            placement === 'split'
              ? 'Each MoE layer ends in one all-reduce: cheaper at small batches, more bytes at large ones. TensorRT-LLM and vLLM place experts this way by default.'
              : placement === 'spread'
                ? 'Each MoE layer sends tokens to their experts and back (dispatch and combine): fewer bytes than an all-reduce, but each layer waits for the accelerator whose experts the step touches most.'
                : 'The engine prices both placements and keeps the cheaper; the plan above says which, and by how much.'
          }
          onChange={(placement) => updateScenario((s) => withExpertPlacement(s, placement))}
        />
      ) : null}
      {isPinned ? (
        <button
          type="button"
          className="button"
          onClick={() => updateScenario(withDeploymentSearched)}
        >
          Unpin (search again)
        </button>
      ) : (
        <button type="button" className="button" onClick={() => pin(deployment)}>
          Pin this plan
        </button>
      )}
      {!isPinned && deployment.alternatives.length > 0 && cost !== undefined ? (
        <ul className="deployment-plan-alternatives" aria-label="Runner-up plans">
          {deployment.alternatives.map((alt) => (
            <li key={`${alt.tensorParallel}-${alt.pipelineParallel}-${alt.replicas}`}>
              <span>
                {alt.replicas > 1 ? `${alt.replicas}× ` : ''}
                {alt.label}
              </span>
              <span className="num">
                {costWords(alt.costPerMillionOutputTokens, cost)}
                {alt.costPerMillionOutputTokens !== null && !alt.meetsTargets
                  ? ' · misses a target'
                  : ''}
              </span>
              {alt.costPerMillionOutputTokens !== null ? (
                <button
                  type="button"
                  className="link-button"
                  aria-label={`Pin ${alt.label}`}
                  onClick={() => pin(alt)}
                >
                  pin
                </button>
              ) : null}
            </li>
          ))}
        </ul>
      ) : null}
    </div>
  )
}
