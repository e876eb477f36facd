/**
 * The worker's frontier request: one item per scenario, the chip named, the plain result's
 * operating point beside the curve; a chip that is not in the catalogue, or a model that fits no
 * plan, comes back as issues in place, and a target no deployment meets keeps the curve (the view
 * shows how far off the target is) without an operating point.
 */
import { describe, expect, it } from 'vitest'

import { engineApi } from '@/worker/engine-api'

describe('engineApi.frontier', () => {
  it('answers each scenario in order, with its chip and operating point', () => {
    const reply = engineApi.frontier({
      runId: 7,
      inputs: [
        {},
        { hardware: 'b200' },
        { hardware: 'no-such-chip' },
        { workload: { minOutputTokensPerSecondPerUser: 5000 } },
      ],
    })
    expect(reply.runId).toBe(7)
    if (!reply.ok) throw new Error(JSON.stringify(reply.error))
    const [h100, b200, unknown, unmeetable] = reply.value
    expect(h100).toMatchObject({ ok: true, hardware: 'h100-sxm' })
    expect(b200).toMatchObject({
      ok: true,
      hardware: 'b200',
      hardwareName: 'NVIDIA B200 (HGX, 1000 W)',
    })
    expect(unknown).toMatchObject({ ok: false, issues: [{ path: 'hardware' }] })
    expect(unmeetable).toMatchObject({ ok: true, hardware: 'h100-sxm', operatingPoint: null })
    if (!h100?.ok || !unmeetable?.ok) throw new Error('expected two frontiers')
    expect(h100.points.length).toBeGreaterThan(3)
    expect(h100.operatingPoint?.label).toBe('TP8')
    expect(h100.operatingPoint?.outputTokensPerSecondPerUser).toBeGreaterThan(0)
    // The target does not move the curve: the same sweep, except that a scenario with an operating
    // point adds it as a candidate (it lies on or below the curve, and on it where the sweep's batch
    // grid passes between its batch sizes).
    const key = (p: { batchSize: number; outputTokensPerSecondPerUser: number }): string =>
      `${p.batchSize}/${p.outputTokensPerSecondPerUser}`
    const withTarget = new Set(h100.points.map(key))
    for (const p of unmeetable.points) expect(withTarget.has(key(p))).toBe(true)
    expect(h100.points.length - unmeetable.points.length).toBeLessThanOrEqual(1)
  })
})
