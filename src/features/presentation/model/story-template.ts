import type { SimulationResult } from '@/engine/index'
import { formatCount, formatFold, formatFoldChange, formatJoules, formatUsd } from '@/lib/format'

/** The numbers a story message can quote, for one scenario. */
export interface StoryFigures {
  readonly costPerMillionOutput: number
  readonly costPerMillionInput: number
  readonly joulesPerToken: number
  readonly tokensPerSecondPerAccelerator: number
  /** 2026 baseline ÷ this scenario (10 = ten times cheaper); undefined until known. */
  readonly costFold: number | undefined
  readonly energyFold: number | undefined
  readonly year: number
  readonly modelName: string
  readonly hardwareName: string
  /**
   * How far the cost and energy figures can be trusted (issue 14 item 6): the result's validation
   * error of the nearest measured regime, as a share; undefined where none is known.
   */
  readonly costRelativeError?: number
  readonly energyRelativeError?: number
}

export interface TemplateField {
  readonly key: string
  readonly description: string
  readonly value: (figures: StoryFigures) => string
}

const PENDING = '…'

/** The placeholders a message may use, in the order the editor lists them. */
export const TEMPLATE_FIELDS: readonly TemplateField[] = [
  {
    key: 'cost',
    description: 'cost per million output tokens',
    value: (f) => formatUsd(f.costPerMillionOutput),
  },
  {
    key: 'inputCost',
    description: 'cost per million input tokens',
    value: (f) => formatUsd(f.costPerMillionInput),
  },
  {
    key: 'energy',
    description: 'energy per output token',
    value: (f) => formatJoules(f.joulesPerToken),
  },
  {
    key: 'fold',
    description: 'times cheaper than the 2026 baseline',
    value: (f) => (f.costFold === undefined ? PENDING : formatFold(f.costFold)),
  },
  // {fold} is a bare factor for stories whose scenarios all get cheaper; {change} carries its own
  // direction, so a step where a lever raises cost reads "1.4× costlier", never "0.73× cheaper".
  {
    key: 'change',
    description:
      'the cost change since the 2026 baseline, in words ("12× cheaper", "1.4× costlier", "no change")',
    value: (f) =>
      f.costFold === undefined
        ? PENDING
        : formatFoldChange(f.costFold, { better: 'cheaper', worse: 'costlier' }),
  },
  {
    key: 'energyFold',
    description: 'times less energy than the 2026 baseline',
    value: (f) => (f.energyFold === undefined ? PENDING : formatFold(f.energyFold)),
  },
  {
    key: 'throughput',
    description: 'output tokens per second per accelerator',
    value: (f) => formatCount(f.tokensPerSecondPerAccelerator),
  },
  { key: 'year', description: 'the scenario’s year', value: (f) => String(f.year) },
  { key: 'model', description: 'the model’s name', value: (f) => f.modelName },
  { key: 'hardware', description: 'the accelerator’s name', value: (f) => f.hardwareName },
]

const FIELDS_BY_KEY = new Map(TEMPLATE_FIELDS.map((field) => [field.key, field]))
const PLACEHOLDER = /\{(\w+)\}/g

/** The message with each known placeholder replaced; "…" while the figures are not known yet. */
export function fillMessage(template: string, figures: StoryFigures | undefined): string {
  return template.replace(PLACEHOLDER, (match, key: string) => {
    const field = FIELDS_BY_KEY.get(key)
    if (!field) return match
    return figures ? field.value(figures) : PENDING
  })
}

/** Placeholders in a message that are not known, so the editor can name them. */
export function unknownPlaceholders(template: string): string[] {
  return [...template.matchAll(PLACEHOLDER)]
    .map((m) => m[1] ?? '')
    .filter((key) => !FIELDS_BY_KEY.has(key))
}

interface FoldSource {
  readonly year: number
  readonly costFold: number
  readonly energyFold: number
}

/** Figures for the live result; the x-fold comes from the trajectory point of the result's year. */
export function figuresFromResult(
  result: SimulationResult,
  trajectory: readonly FoldSource[] | undefined,
): StoryFigures {
  const point = trajectory?.find((p) => p.year === result.scenario.year)
  return {
    costPerMillionOutput: result.costPerMillionTokens.output,
    costPerMillionInput: result.costPerMillionTokens.input,
    joulesPerToken: result.energyPerToken.joules,
    tokensPerSecondPerAccelerator: result.throughput.outputTokensPerSecondPerAccelerator,
    costFold: point?.costFold,
    energyFold: point?.energyFold,
    year: result.scenario.year,
    modelName: result.scenario.modelName,
    hardwareName: result.scenario.hardwareName,
    costRelativeError: result.accuracy.relativeError,
    energyRelativeError: result.accuracy.energyRelativeError,
  }
}

/** Figures for a scenario and its own 2026 baseline (the same scenario without levers). */
export function figuresAgainstBaseline(
  result: SimulationResult,
  baseline: SimulationResult | undefined,
): StoryFigures {
  return {
    ...figuresFromResult(result, undefined),
    costFold: baseline
      ? baseline.costPerMillionTokens.output / result.costPerMillionTokens.output
      : undefined,
    energyFold: baseline
      ? baseline.energyPerToken.joules / result.energyPerToken.joules
      : undefined,
  }
}
