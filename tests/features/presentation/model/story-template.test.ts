import { describe, expect, it } from 'vitest'

import {
  fillMessage,
  figuresAgainstBaseline,
  figuresFromResult,
  TEMPLATE_FIELDS,
  unknownPlaceholders,
} from '@/features/presentation/model/story-template'
import { formatFold, formatJoules, formatUsd } from '@/lib/format'

import { resultOf } from '../fixtures'

describe('fillMessage', () => {
  const result = resultOf({ year: 2030, levers: { hbm: 1 } })
  const baseline = resultOf({ year: 2030, levers: {} })
  const figures = figuresAgainstBaseline(result, baseline)

  it('fills each known placeholder from the figures', () => {
    const text = fillMessage(
      '{model} on {hardware} in {year}: {cost}, {energy}, {fold} cheaper',
      figures,
    )
    expect(text).toBe(
      `${result.scenario.modelName} on ${result.scenario.hardwareName} in 2030: ${formatUsd(result.costPerMillionTokens.output)}, ${formatJoules(result.energyPerToken.joules)}, ${formatFold(baseline.costPerMillionTokens.output / result.costPerMillionTokens.output)} cheaper`,
    )
  })

  it('leaves unknown placeholders as typed and shows … while the figures are not known', () => {
    expect(fillMessage('{price} and {cost}', figures)).toBe(
      `{price} and ${formatUsd(result.costPerMillionTokens.output)}`,
    )
    expect(fillMessage('now {cost} ({fold})', undefined)).toBe('now … (…)')
    expect(unknownPlaceholders('{price} {cost} {nope}')).toEqual(['price', 'nope'])
  })

  it('{change} says which way the cost moved, so a costlier step never reads "0.73× cheaper"', () => {
    const costlier = resultOf({ year: 2030, levers: { designLag: 1 } })
    const base = resultOf({ year: 2030, levers: {} })
    const ratio = base.costPerMillionTokens.output / costlier.costPerMillionTokens.output
    expect(ratio).toBeLessThan(1)
    expect(fillMessage('{change}', figuresAgainstBaseline(costlier, base))).toBe(
      `${formatFold(1 / ratio)} costlier`,
    )
    expect(fillMessage('{change}', figures)).toBe(
      `${formatFold(baseline.costPerMillionTokens.output / result.costPerMillionTokens.output)} cheaper`,
    )
    expect(fillMessage('{change}', figuresAgainstBaseline(base, base))).toBe('no change')
  })

  it('documents every placeholder it knows', () => {
    for (const field of TEMPLATE_FIELDS)
      expect(fillMessage(`{${field.key}}`, figures)).toBe(field.value(figures))
  })
})

describe('figuresFromResult', () => {
  it('takes the x-fold from the trajectory point of the result’s year', () => {
    const result = resultOf({ year: 2028, levers: { inferenceEngine: 1 } })
    const trajectory = [
      { year: 2027, costFold: 2, energyFold: 3 },
      { year: 2028, costFold: 5, energyFold: 7 },
    ]
    const figures = figuresFromResult(result, trajectory)
    expect(figures.costFold).toBe(5)
    expect(figures.energyFold).toBe(7)
    expect(figuresFromResult(result, undefined).costFold).toBeUndefined()
    expect(fillMessage('{fold}', figuresFromResult(result, undefined))).toBe('…')
  })
})
