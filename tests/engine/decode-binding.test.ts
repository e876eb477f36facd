import { describe, expect, it } from 'vitest'

import { decodeBinding, decodeBoundShares } from '@/engine/decode-binding'
import { runScenario, type ScenarioInput, type SimulationResult } from '@/engine/index'

function run(input: ScenarioInput): SimulationResult {
  const r = runScenario(input)
  if (!r.ok) throw new Error(r.issues.map((i) => i.message).join('; '))
  return r.result
}

describe('decodeBoundShares', () => {
  it('divides each limiter by the total (hand computed)', () => {
    // 3 + 1 + 0.5 + 0.5 = 5 s.
    expect(decodeBoundShares(3, 1, 0.5, 0.5)).toEqual({
      compute: 0.6,
      memory: 0.2,
      communication: 0.1,
      overhead: 0.1,
    })
  })
})

describe('decodeBinding', () => {
  const shares = (compute: number, memory: number, communication = 0, overhead = 0) => ({
    compute,
    memory,
    communication,
    overhead,
  })

  it('calls decode mixed when the minority roof takes at least a fifth of the time', () => {
    const b = decodeBinding(shares(0.58, 0.42), false, 136, 203)
    expect(b.binding).toBe('mixed')
    expect(b.boundLabel).toBe(
      'mixed: linear layers compute-bound; 58 % of decode time on the compute roof, 42 % on the memory roof (attention’s KV reads, and the weight streaming the math does not hide)',
    )
  })

  it('calls decode mixed when the roofline point lies on the minority side of the ridge', () => {
    // Compute 85 %, memory 15 % (below a fifth), but the aggregate point is left of the ridge.
    expect(decodeBinding(shares(0.85, 0.15), false, 180, 203).binding).toBe('mixed')
    expect(decodeBinding(shares(0.85, 0.15), false, 250, 203).binding).toBe('compute')
  })

  it('keeps one roof when all kernels sit on it, and names communication or overhead when they lead', () => {
    expect(decodeBinding(shares(0, 0.9, 0.05, 0.05), true, 50, 203).boundLabel).toBe(
      'memory-bandwidth-bound',
    )
    expect(decodeBinding(shares(0.3, 0.2, 0.5), false, 100, 203).binding).toBe('communication')
  })

  it('names the linear layers as memory-bound when they are the ones on the memory roof', () => {
    expect(decodeBinding(shares(0.3, 0.7), true, 100, 203).boundLabel).toBe(
      'mixed: linear layers memory-bound; 70 % of decode time on the memory roof, 30 % on the compute roof (the math the weight streaming does not hide, and attention’s)',
    )
  })

  it('warns of a flip when compute and memory take nearly the same time', () => {
    expect(decodeBinding(shares(0.48, 0.45, 0.07), false, 150, 203).flipNote).toMatch(
      /^Close to a flip: compute takes 48 % and memory 45 % of decode time/,
    )
    expect(decodeBinding(shares(0.7, 0.3), false, 150, 203).flipNote).toBe('')
  })
})

describe('the decode binding in results', () => {
  it('labels the review’s decode mixed, with its shares (review §1.6: TP4 at batch 300)', () => {
    const r = run({
      accelerators: 4,
      deployment: { tensorParallel: 4 },
      workload: { batchSize: 300 },
    })
    expect(r.batchSize).toBe(300)
    expect(r.decode.binding).toBe('mixed')
    expect(r.decode.boundLabel).toBe(
      'mixed: linear layers compute-bound; 42 % of decode time on the compute roof, 41 % on the memory roof (attention’s KV reads, and the weight streaming the math does not hide)',
    )
    const s = r.decode.boundShares
    expect(s.compute + s.memory + s.communication + s.overhead).toBeCloseTo(1, 12)
    expect(s.compute).toBeCloseTo(r.decode.computeSeconds / r.decode.seconds, 12)
  })

  it('never contradicts the roofline: one-roof labels sit on that side of the ridge', () => {
    const contradictions: string[] = []
    const seen = new Set<string>()
    for (const batchSize of [1, 8, 32, 64, 128, 150, 180, 212, 256, 400, 1024])
      for (const model of ['llama-3.3-70b', 'llama-3.1-8b', 'deepseek-v3']) {
        const outcome = runScenario({
          model,
          workload: { batchSize },
          accelerators: model === 'deepseek-v3' ? 16 : 4,
        })
        if (!outcome.ok) continue
        const { decode, roofline } = outcome.result
        seen.add(decode.binding)
        const right = roofline.decodeFlopsPerByte >= roofline.ridgeFlopsPerByte
        if (
          (decode.binding === 'compute' && !right) ||
          (decode.binding === 'memory-bandwidth' && right)
        )
          contradictions.push(`${model} batch ${batchSize}: ${decode.boundLabel}`)
      }
    expect(contradictions).toEqual([])
    // The grid crosses the regimes, so the check is not vacuous.
    expect(seen.has('memory-bandwidth')).toBe(true)
    expect(seen.has('mixed')).toBe(true)
  })
})
