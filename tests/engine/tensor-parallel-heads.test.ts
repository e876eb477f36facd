/**
 * Tensor parallelism splits attention by query heads, so no plan has more tensor-parallel ranks
 * than the model has heads (a mixture of experts may spread its experts wider: at most one expert
 * per rank). Before this bound the frontier's fast end for Llama 3.3 70B on H100 was TP512 over the
 * scale-out network, and Groq ran Llama 3.3 70B as TP384; wider groups now run as pipeline stages.
 */
import { describe, expect, it } from 'vitest'

import { frontier, MODELS, resolveScenario, runScenario, type Scenario } from '@/engine'

function scenario(input: unknown): Scenario {
  const resolved = resolveScenario(input)
  if (!resolved.ok) throw new Error(JSON.stringify(resolved.issues))
  return resolved.scenario
}

/** The bound written out from the catalogue, independently of the kernel's function. */
function widestGroup(modelId: string): number {
  const model = MODELS.find((m) => m.id === modelId)
  if (!model) throw new Error(`no model ${modelId}`)
  return Math.max(model.heads, model.experts)
}

describe('tensor parallelism within the attention heads', () => {
  it('the frontier of Llama 3.3 70B on H100 never goes past TP64 (64 heads)', () => {
    const points = frontier(scenario({ model: 'llama-3.3-70b', hardware: 'h100-sxm' }))
    expect(points.length).toBeGreaterThan(5)
    for (const point of points) expect(point.deployment.tensorParallel).toBeLessThanOrEqual(64)
  })

  it('Llama 3.1 8B (32 heads) stays within TP32 at every frontier point on H100', () => {
    const points = frontier(scenario({ model: 'llama-3.1-8b', hardware: 'h100-sxm' }))
    for (const point of points) expect(point.deployment.tensorParallel).toBeLessThanOrEqual(32)
  })

  it('Groq spreads Llama 3.3 70B int8 over pipeline stages of at most 64 ranks', () => {
    const outcome = runScenario({
      model: 'llama-3.3-70b',
      hardware: 'groq-lpu',
      precision: { weights: 'int8', activations: 'int8', kvCache: 'int8' },
    })
    if (!outcome.ok) throw new Error(JSON.stringify(outcome.issues))
    const plan = outcome.result.deployment
    expect(plan.tensorParallel).toBeLessThanOrEqual(64)
    expect(plan.pipelineParallel).toBeGreaterThan(1)
    // 70 GB of int8 weights in 230 MB of SRAM per chip need at least ~300 chips.
    expect(plan.acceleratorsPerReplica).toBeGreaterThanOrEqual(300)
  })

  it.each(MODELS.map((m) => m.id))(
    'the auto plan of %s on H100 and on GB200 is within the bound',
    (id) => {
      for (const hardware of ['h100-sxm', 'gb200']) {
        const outcome = runScenario({ model: id, hardware })
        // A model that does not fit anywhere in the search's reach is an error, not a plan.
        const tensor = outcome.ok ? outcome.result.deployment.tensorParallel : 0
        expect(tensor).toBeLessThanOrEqual(widestGroup(id))
      }
    },
  )

  it('a mixture of experts may spread its experts wider than its heads (Kimi K2: 64 heads, 384 experts)', () => {
    const outcome = runScenario({
      model: 'kimi-k2',
      hardware: 'gb200',
      accelerators: 72,
      deployment: { tensorParallel: 72 },
    })
    expect(outcome.ok).toBe(true)
  })

  it('a pinned group wider than the heads is refused, naming both numbers', () => {
    const outcome = runScenario({
      model: 'llama-3.3-70b',
      accelerators: 128,
      deployment: { tensorParallel: 128 },
    })
    expect(outcome.ok).toBe(false)
    const message = outcome.ok ? '' : outcome.issues.map((i) => i.message).join(' ')
    expect(message).toMatch(/128/)
    expect(message).toMatch(/64 attention heads/)
  })
})
