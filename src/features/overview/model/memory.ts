import type { SimulationResult } from '@/engine/index'

export interface MemorySegment {
  readonly key: 'weights' | 'kvCache' | 'free'
  readonly label: string
  readonly gb: number
  /** Share of usable memory, 0..1. */
  readonly share: number
}

export interface MemoryModel {
  readonly usableGB: number
  readonly segments: readonly MemorySegment[]
  /** Sequences whose KV cache would fit, against the batch in use. */
  readonly batchSize: number
  readonly batchCapacity: number
}

/** Usable memory of the replica split into weights, KV cache for the batch in use, and free. */
export function memoryModel(result: SimulationResult): MemoryModel {
  const { weightsGB, kvCacheGB, usableGB } = result.memory
  const free = Math.max(0, usableGB - weightsGB - kvCacheGB)
  const share = (gb: number): number => (usableGB > 0 ? gb / usableGB : 0)
  return {
    usableGB,
    segments: [
      { key: 'weights', label: 'Weights', gb: weightsGB, share: share(weightsGB) },
      { key: 'kvCache', label: 'KV cache', gb: kvCacheGB, share: share(kvCacheGB) },
      { key: 'free', label: 'Free', gb: free, share: share(free) },
    ],
    batchSize: result.batchSize,
    batchCapacity: result.batchCapacity,
  }
}
