/**
 * frontier(scenario): the throughput–interactivity frontier of a scenario's model, workload and
 * chip, named for the CLI and the views (kernel/frontier.ts does the work).
 */
import { attentionWord, planOf } from './deployment'
import { FRONTIER_MAX_POINTS, frontierOf } from './kernel/frontier'
import { P } from './params'
import type { DeploymentPlan } from './result'
import type { Scenario } from './scenario'
import { scenarioParams } from './simulate'

/** One point of the frontier: the best deployment and batch found at its speed per user. */
export interface FrontierPoint {
  readonly outputTokensPerSecondPerUser: number
  readonly outputTokensPerSecondPerAccelerator: number
  readonly costPerMillionOutputTokens: number
  readonly ttftSeconds: number
  /** Concurrent sequences per replica. */
  readonly batchSize: number
  /**
   * The plan, and how it runs attention: "data" where a mixture of experts spread over more than one
   * accelerator attends data-parallel, else "tensor" (result.ts DeploymentResult).
   */
  readonly deployment: DeploymentPlan & { readonly attentionParallelism: 'data' | 'tensor' }
}

export interface FrontierOptions {
  /** Most points returned (default 200); a denser frontier is thinned evenly. */
  readonly maxPoints?: number
}

/**
 * The Pareto curve of output tokens/s per accelerator (and its cost per million output tokens)
 * against output tokens/s per user, over batch sizes and deployment plans, sorted by speed per
 * user ascending. Empty when the model fits no plan on this chip.
 */
export function frontier(scenario: Scenario, options: FrontierOptions = {}): FrontierPoint[] {
  const params = scenarioParams(scenario)
  const f = frontierOf(params, options.maxPoints ?? FRONTIER_MAX_POINTS)
  const moe = params[P.EXPERTS]! > 1
  const points: FrontierPoint[] = []
  for (let i = 0; i < f.count; i++) {
    // Each point's placement as its evaluation ran it (pinned, or swept both ways).
    const expertsSplit = f.expertsSplit[i] === 1
    const spread = moe && !expertsSplit
    points.push({
      outputTokensPerSecondPerUser: f.tokensPerSecondPerUser[i]!,
      outputTokensPerSecondPerAccelerator: f.tokensPerSecondPerAccelerator[i]!,
      costPerMillionOutputTokens: f.usdPerMillionOutput[i]!,
      ttftSeconds: f.ttftSeconds[i]!,
      batchSize: f.batch[i]!,
      deployment: {
        ...planOf(f.tensor[i]!, f.pipeline[i]!, f.replicas[i]!, moe, expertsSplit),
        attentionParallelism: attentionWord(spread, f.tensor[i]!, f.attentionTensor[i]!),
      },
    })
  }
  return points
}
