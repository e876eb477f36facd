import type { SimulationResult } from '@/engine/index'

/** "Llama 3.3 70B BF16 on 4× H100 SXM": the setup a fold is measured against, in words. */
export function baselineWords(
  scenario: SimulationResult['scenario'],
  { withCount = true }: { readonly withCount?: boolean } = {},
): string {
  const { weights, activations, kvCache } = scenario.precision
  const formats =
    weights === activations && weights === kvCache
      ? weights.toUpperCase()
      : `${weights.toUpperCase()} weights, ${activations.toUpperCase()} activations, ${kvCache.toUpperCase()} KV cache`
  const count = withCount ? `${scenario.accelerators}× ` : ''
  return `${scenario.modelName} ${formats} on ${count}${scenario.hardwareName}`
}
