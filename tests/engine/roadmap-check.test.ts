/**
 * The roadmap check (issue 12 item 3): each trajectory year's lever-built chip beside the parts in
 * volume by that year. Expected values are written out from the catalogue's cited figures
 * (docs/roadmap.md), never read back from the code under test:
 * H100 SXM: 989.4 / 1,978.9 TFLOP/s BF16 / FP8, 3.35 TB/s, 700 W, $30,000, $2.99/hour.
 * H200 SXM: 989.4 / 1,978.9, 4.8 TB/s, 700 W, $32,000, $4/hour. MI455X: 10,000 / 20,000, 19.6 TB/s,
 * 2,300 W. Vera Rubin: 8,350 / 16,700, 22 TB/s, 2,300 W. Rubin Ultra (2027): 32 TB/s, 3,000 W.
 * TPU v6e: $6,000 (the cheapest part by 2026). MI300X and SN40L: $1.85/hour (the cheapest rental).
 */
import { describe, expect, it } from 'vitest'

import {
  analyze,
  formatLabelOfBits,
  partShortName,
  resolveScenario,
  type RoadmapCheck,
  type RoadmapEnvelopeAxis,
} from '@/engine/index'

function checks(input: unknown): readonly RoadmapCheck[] {
  const resolved = resolveScenario(input)
  if (!resolved.ok) throw new Error(JSON.stringify(resolved.issues))
  const years = analyze(resolved.scenario, { parts: ['trajectory'] }).trajectory ?? []
  return years.map((y) => {
    if (!y.roadmapCheck) throw new Error(`no roadmap check in ${y.year}`)
    return y.roadmapCheck
  })
}

function checkOf(input: unknown, year: number): RoadmapCheck {
  const found = checks(input).find((c) => c.year === year)
  if (!found) throw new Error(`no ${year} in the trajectory`)
  return found
}

function axis(check: RoadmapCheck, name: RoadmapEnvelopeAxis['axis']): RoadmapEnvelopeAxis {
  const found = check.envelope.find((e) => e.axis === name)
  if (!found) throw new Error(`no ${name} axis`)
  return found
}

describe('roadmap check: ratios against the catalogue', () => {
  const check2026 = checkOf({}, 2026) // H100 SXM, BF16, TCO, no levers

  it('is on every trajectory year', () => {
    expect(checks({}).map((c) => c.year)).toEqual([2026, 2027, 2028, 2029, 2030])
  })

  it('takes the chip from the scenario hardware at the format in use', () => {
    expect(check2026.formatLabel).toBe('FP16/BF16')
    expect(check2026.mathBits).toBe(16)
    expect(check2026.chip.flopsPerSecond).toBeCloseTo(989.4e12, -6)
    expect(check2026.chip.memoryBandwidthBytesPerSecond).toBeCloseTo(3.35e12, -6)
    expect(check2026.chip.powerLimitWatts).toBe(700)
    expect(check2026.usdPerHourBasis).toBe('capital-recovery')
  })

  it('sets the envelope from the best part in volume by the year', () => {
    const flops = axis(check2026, 'flops')
    expect(flops.partId).toBe('mi455x')
    expect(flops.ratio).toBeCloseTo(989.4 / 10_000, 9)
    const bandwidth = axis(check2026, 'bandwidth')
    expect(bandwidth.partId).toBe('rubin')
    expect(bandwidth.value).toBeCloseTo(22e12, -6)
    expect(bandwidth.ratio).toBeCloseTo(3.35 / 22, 9)
    const watts = axis(check2026, 'watts')
    expect(watts.value).toBe(2300)
    expect(watts.ratio).toBeCloseTo(700 / 2300, 9)
    // The cheapest part: TPU v6e at $6,000; in TCO the per-hour ratio is the price ratio.
    const usd = axis(check2026, 'usdPerHour')
    expect(usd.partId).toBe('tpu-v6e')
    expect(usd.ratio).toBeCloseTo(30_000 / 6_000, 9)
  })

  it('finds the nearest part and its ratios', () => {
    expect(check2026.nearest?.id).toBe('h200-sxm')
    expect(check2026.nearest?.ratios.flops).toBeCloseTo(1, 12)
    expect(check2026.nearest?.ratios.bandwidth).toBeCloseTo(3.35 / 4.8, 9)
    expect(check2026.nearest?.ratios.watts).toBeCloseTo(1, 12)
    expect(check2026.nearest?.ratios.usdPerHour).toBeCloseTo(30_000 / 32_000, 9)
  })

  it('compares parts at the same format: FP8 here, a part without FP8 at its next wider peak', () => {
    const fp8 = checkOf({ precision: { weights: 'fp8', activations: 'fp8' } }, 2026)
    expect(fp8.formatLabel).toBe('8-bit')
    expect(fp8.chip.flopsPerSecond).toBeCloseTo(1978.9e12, -6)
    expect(axis(fp8, 'flops').ratio).toBeCloseTo(1978.9 / 20_000, 9)
    const sn40l = fp8.parts.find((p) => p.id === 'sn40l')
    expect(sn40l?.flopsPerSecond).toBeCloseTo(638e12, -6) // no FP8 or INT8: its BF16 peak
    expect(sn40l?.ratios.flops).toBeCloseTo(1978.9 / 638, 9)
    const v6e = fp8.parts.find((p) => p.id === 'tpu-v6e')
    expect(v6e?.flopsPerSecond).toBeCloseTo(1836e12, -6) // no FP8: its INT8 peak
  })

  it('prices by rental in rental mode', () => {
    const rental = checkOf({ economics: { mode: 'rental' } }, 2026)
    expect(rental.usdPerHourBasis).toBe('rental')
    expect(rental.chip.usdPerHour).toBeCloseTo(2.99, 9)
    expect(axis(rental, 'usdPerHour').value).toBeCloseTo(1.85, 9)
    expect(axis(rental, 'usdPerHour').ratio).toBeCloseTo(2.99 / 1.85, 9)
    expect(rental.nearest?.id).toBe('h200-sxm')
    expect(rental.nearest?.ratios.usdPerHour).toBeCloseTo(2.99 / 4, 9)
  })

  it('adds the parts of each year as they reach volume', () => {
    const all = checks({})
    const ids = (year: number) => all.find((c) => c.year === year)?.parts.map((p) => p.id) ?? []
    expect(ids(2026)).toContain('rubin')
    expect(ids(2026)).not.toContain('rubin-ultra')
    expect(ids(2027)).toContain('rubin-ultra')
    expect(axis(all[4]!, 'bandwidth').partId).toBe('rubin-ultra')
  })

  it('compares an SRAM chip only with SRAM parts and an HBM chip only with the rest', () => {
    expect(check2026.parts.map((p) => p.id)).not.toContain('cerebras-wse3')
    const groq = checkOf({ hardware: 'groq-lpu', model: 'llama-3.1-8b' }, 2026)
    expect(groq.parts.map((p) => p.id)).toEqual(['cerebras-wse3'])
  })
})

describe('roadmap check: the caveat', () => {
  it('is absent when the chip is within the envelope', () => {
    expect(checks({}).flatMap((c) => c.caveats)).toEqual([])
    expect(checks({}).map((c) => c.outside)).toEqual([false, false, false, false, false])
    // A part checked against itself is on the envelope, not beyond it.
    const rubin = checkOf({ hardware: 'rubin' }, 2026)
    expect(rubin.caveats).toEqual([])
    expect(rubin.outside).toBe(false)
  })

  it('names the ratio, the axis and the part when the chip is outside', () => {
    // 96 TB/s is three times Rubin Ultra's 32 TB/s, the most of any part by 2027.
    const wide = checkOf({ hardware: { base: 'h100-sxm', memoryBandwidthTBps: 96 } }, 2030)
    expect(wide.outside).toBe(true)
    expect(axis(wide, 'bandwidth').ratio).toBeCloseTo(3, 12)
    expect(axis(wide, 'bandwidth').outside).toBe(true)
    expect(wide.caveats).toContain(
      'The 2030 chip needs 3.0× the memory bandwidth of any announced part (Rubin Ultra, 32 TB/s)',
    )
    expect(axis(wide, 'flops').outside).toBe(false)
    expect(wide.caveats.some((c) => c.includes('FLOP/s of any'))).toBe(false)
  })

  it('flags a power limit above every part, and a price below every part', () => {
    const hot = checkOf({ hardware: { base: 'h100-sxm', tdpW: 4500 } }, 2030)
    expect(hot.caveats).toContain(
      'The 2030 chip needs 1.5× the power limit of any announced part (Rubin Ultra, 3,000 W)',
    )
    const cheap = checkOf({ economics: { acceleratorPriceUsd: 3000 } }, 2026)
    expect(axis(cheap, 'usdPerHour').ratio).toBeCloseTo(3000 / 6000, 9)
    expect(cheap.caveats.filter((c) => c.includes('less per hour'))).toHaveLength(1)
  })

  it('stays finite for a chip priced at $0', () => {
    const free = checkOf({ economics: { acceleratorPriceUsd: 0 } }, 2026)
    expect(free.chip.usdPerHour).toBe(0)
    expect(free.nearest?.id).toBe('h200-sxm')
    expect(free.envelope.map((e) => e.axis)).not.toContain('bandwidthPerUsdPerHour')
    expect(free.envelope.every((e) => Number.isFinite(e.ratio))).toBe(true)
    expect(free.caveats).toContain(
      'The 2026 chip costs nothing per hour (capital recovery of the price), below any announced part (TPU v6e Trillium, $0.18/hour)',
    )
  })

  it('flags FLOP/s per watt beyond every part even when each figure alone is within', () => {
    // Rubin's FP16 peak at H100's 700 W: 8,350 / 700 = 11.9 TFLOP/s per W against MI455X's
    // 10,000 / 2,300 = 4.35, the best of 2026.
    const efficient = checkOf({ hardware: { base: 'rubin', tdpW: 700 } }, 2026)
    expect(axis(efficient, 'flops').outside).toBe(false)
    expect(axis(efficient, 'watts').outside).toBe(false)
    expect(axis(efficient, 'flopsPerWatt').partId).toBe('mi455x')
    expect(axis(efficient, 'flopsPerWatt').ratio).toBeCloseTo(8350 / 700 / (10_000 / 2300), 9)
    expect(efficient.caveats.some((c) => c.includes('FP16/BF16 FLOP/s per watt'))).toBe(true)
  })
})

describe('roadmap check: words', () => {
  it('shortens part names for sentences', () => {
    expect(
      partShortName({ name: 'NVIDIA Rubin Ultra (per 4-die package, NVL576)', vendor: 'NVIDIA' }),
    ).toBe('Rubin Ultra')
    expect(partShortName({ name: 'Google TPU7x (Ironwood)', vendor: 'Google' })).toBe(
      'TPU7x Ironwood',
    )
    expect(partShortName({ name: 'Groq LPU (TSP v1)', vendor: 'Groq' })).toBe('Groq LPU')
  })

  it('names the format', () => {
    expect(formatLabelOfBits(16)).toBe('FP16/BF16')
    expect(formatLabelOfBits(8)).toBe('8-bit')
    expect(formatLabelOfBits(4)).toBe('4-bit')
    expect(formatLabelOfBits(6)).toBe('6.0-bit mix')
  })
})
