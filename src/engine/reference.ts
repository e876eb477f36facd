/** The 2026 reference scenario's choices (README and src/engine/README.md explain them). */
export const REFERENCE = {
  hardware: 'h100-sxm',
  accelerators: 'auto',
  model: 'llama-3.3-70b',
  precision: { weights: 'bf16', activations: 'bf16', kvCache: 'bf16' },
  workload: 'chat',
  year: 2026,
  assumptions: 'article',
} as const
