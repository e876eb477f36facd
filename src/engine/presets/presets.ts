/**
 * Preset scenarios as data. A preset sets the levers, the year and the assumption set; applied in
 * the dashboard it keeps the user's model, hardware and workload (they are not part of `input`).
 * Every preset resolves with resolveScenario (tests/engine/presets.test.ts).
 */
import { LEVERS } from '../levers/catalog'
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

/**
 * Levers whose Article effects differ from their Evidence effects: the ones the article sizes itself.
 * For every other lever the article gives no number, so the Article set uses the independent
 * evidence too (src/engine/levers/catalog.ts), and a preset must not call those "the article's".
 */
export function articleSizedLevers(ids: readonly LeverId[]): LeverId[] {
  return ids.filter((id) =>
    LEVERS.find((l) => l.id === id)?.effects.some((e) =>
      e.ranges.article.some((v, i) => v !== e.ranges.evidence[i]),
    ),
  )
}

const leverWords = (id: LeverId): string =>
  (LEVERS.find((l) => l.id === id)?.name ?? id).replace(/\s*\(.*\)\s*$/, '').toLowerCase()

function listWords(items: readonly string[]): string {
  if (items.length <= 1) return items.join('')
  return `${items.slice(0, -1).join(', ')} and ${items[items.length - 1]!}`
}

/**
 * Which effect set the levers that are on use, in words: under the Article set, the article's own
 * sizes only for the levers it sizes, the independent evidence for the rest; under Evidence, the
 * evidence for all.
 */
export function effectSetWords(levers: Levers, set: AssumptionSet): string {
  const on = LEVER_IDS.filter((id) => id !== 'designLag' && (levers[id] ?? 0) > 0)
  if (on.length === 0) return ''
  if (set === 'evidence') return 'Every lever uses the independent evidence.'
  const sized = articleSizedLevers(on)
  const rest = on.length - sized.length
  if (sized.length === 0)
    return `The article sizes none of ${on.length === 1 ? 'this lever' : `these ${on.length} levers`}, so ${on.length === 1 ? 'it uses' : 'they use'} the independent evidence.`
  const article = `The article’s own effect sizes for ${listWords(sized.map(leverWords))}`
  return rest === 0
    ? `${article}.`
    : `${article}; the independent evidence for the other ${rest}, which the article does not size.`
}

/** The technology levers, without the design-lag risk. */
const TECHNOLOGY_LEVERS: readonly LeverId[] = LEVER_IDS.filter((id) => id !== 'designLag')

/** Every technology lever at one adoption, design lag off. */
function allAt(adoption: number): Levers {
  return { ...Object.fromEntries(TECHNOLOGY_LEVERS.map((id) => [id, adoption])), designLag: 0 }
}

/** One group's levers at full adoption, every other lever off. */
function groupPreset(group: LeverGroup, name: string, description: string): Preset {
  const on = new Set<LeverId>(LEVER_GROUPS[group].filter((id) => id !== 'designLag'))
  const levers: Levers = Object.fromEntries(LEVER_IDS.map((id) => [id, on.has(id) ? 1 : 0]))
  return {
    id: `group-${group}`,
    name,
    description: `${description} ${effectSetWords(levers, 'article')}`,
    input: { levers, year: 2030, assumptions: 'article' satisfies AssumptionSet },
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
    description: `All ${TECHNOLOGY_LEVERS.length} technology levers fully adopted by 2030, no design lag. ${effectSetWords(allAt(1), 'article')}`,
    input: { levers: allAt(1), year: 2030, assumptions: 'article' },
  },
  {
    id: 'conservative',
    name: 'Conservative',
    description:
      'Partial adoption by 2030 and chips that lag the models they run. Every lever uses the independent evidence.',
    input: { levers: CONSERVATIVE, year: 2030, assumptions: 'evidence' },
  },
  {
    id: 'aggressive',
    name: 'Aggressive',
    description:
      'Every technology lever fully adopted by 2030, no design lag. Every lever uses the independent evidence.',
    input: { levers: allAt(1), year: 2030, assumptions: 'evidence' },
  },
  groupPreset(
    'computeMemory',
    'Compute & memory only',
    'The seven chip and memory levers fully adopted by 2030.',
  ),
  groupPreset(
    'networking',
    'Networking only',
    'Scale-up, scale-out and co-packaged optics fully adopted by 2030.',
  ),
  groupPreset(
    'software',
    'Software only',
    'Inference engine, model optimization and compilers fully adopted by 2030.',
  ),
  groupPreset(
    'architecture',
    'Architecture evolution only',
    'Mixture of experts, state-space layers and multi-token decoding by 2030.',
  ),
]

export function presetById(id: string): Preset | undefined {
  return PRESETS.find((p) => p.id === id)
}
