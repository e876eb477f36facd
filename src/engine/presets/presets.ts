/**
 * Preset scenarios as data. A preset sets the levers, the year and the assumption set; applied in
 * the dashboard it keeps the user's model, hardware and workload (they are not part of `input`).
 * Every preset resolves with resolveScenario (tests/engine/presets.test.ts).
 */
import type { AssumptionSet, LeverGroup, LeverId } from '../levers/ids'
import { LEVER_GROUPS, LEVER_IDS } from '../levers/ids'
import type { ScenarioInput } from '../scenario-schema'

export interface Preset {
  readonly id: string
  readonly name: string
  /** One line: what the preset assumes, in plain words. */
  readonly description: string
  readonly input: ScenarioInput
}

type Levers = Partial<Record<LeverId, number>>

/** The technology levers, without the design-lag risk. */
const TECHNOLOGY_LEVERS: readonly LeverId[] = LEVER_IDS.filter((id) => id !== 'designLag')

/** Every technology lever at one adoption, design lag off. */
function allAt(adoption: number): Levers {
  return { ...Object.fromEntries(TECHNOLOGY_LEVERS.map((id) => [id, adoption])), designLag: 0 }
}

/** One group's levers at full adoption, every other lever off. */
function groupPreset(group: LeverGroup, name: string, description: string): Preset {
  const on = new Set<LeverId>(LEVER_GROUPS[group].filter((id) => id !== 'designLag'))
  return {
    id: `group-${group}`,
    name,
    description,
    input: {
      levers: Object.fromEntries(LEVER_IDS.map((id) => [id, on.has(id) ? 1 : 0])),
      year: 2030,
      assumptions: 'article' satisfies AssumptionSet,
    },
  }
}

/**
 * Conservative adoption by 2030 under the Evidence set: mature software levers broadly deployed,
 * hardware levers partly, the technologies still in pilots (3D packaging, PIM, CPO) barely.
 */
const CONSERVATIVE: Levers = {
  customSilicon: 0.4,
  advancedNodes: 0.5,
  advancedPackaging: 0.2,
  chiplets: 0.5,
  hbm: 0.6,
  memoryPooling: 0.3,
  processingInMemory: 0.1,
  scaleUp: 0.5,
  scaleOut: 0.5,
  coPackagedOptics: 0.2,
  inferenceEngine: 0.7,
  modelOptimization: 0.6,
  compilerStack: 0.6,
  mixtureOfExperts: 0.5,
  stateSpace: 0.2,
  multiTokenDecoding: 0.5,
  designLag: 1,
}

export const PRESETS: readonly Preset[] = [
  {
    id: 'baseline-2026',
    name: '2026 baseline',
    description:
      'No levers: today’s hardware and software, the reference every x-fold is measured against.',
    input: { levers: {}, year: 2026, assumptions: 'article' },
  },
  {
    id: 'article-all',
    name: 'Article: all levers',
    description:
      'All 16 technology levers fully adopted by 2030 with the article’s effect sizes; no design lag.',
    input: { levers: allAt(1), year: 2030, assumptions: 'article' },
  },
  {
    id: 'conservative',
    name: 'Conservative',
    description:
      'Independent evidence, partial adoption by 2030, and chips that lag the models they run.',
    input: { levers: CONSERVATIVE, year: 2030, assumptions: 'evidence' },
  },
  {
    id: 'aggressive',
    name: 'Aggressive',
    description:
      'Independent evidence, every technology lever fully adopted by 2030, no design lag.',
    input: { levers: allAt(1), year: 2030, assumptions: 'evidence' },
  },
  groupPreset(
    'computeMemory',
    'Compute & memory only',
    'The seven chip and memory levers fully adopted by 2030 (Article effects).',
  ),
  groupPreset(
    'networking',
    'Networking only',
    'Scale-up, scale-out and co-packaged optics fully adopted by 2030 (Article effects).',
  ),
  groupPreset(
    'software',
    'Software only',
    'Inference engine, model optimization and compilers fully adopted by 2030 (Article effects).',
  ),
  groupPreset(
    'architecture',
    'Architecture evolution only',
    'Mixture of experts, state-space layers and multi-token decoding by 2030 (Article effects).',
  ),
]

export function presetById(id: string): Preset | undefined {
  return PRESETS.find((p) => p.id === id)
}
