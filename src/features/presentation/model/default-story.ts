import {
  LEVER_GROUPS,
  LEVER_IDS,
  presetById,
  type LeverGroup,
  type LeverId,
  type ScenarioInput,
} from '@/engine/index'
import type { Story, StoryStep } from '@/state/ui-slice'

/** The year the default story's lever steps look at. */
export const STORY_HORIZON_YEAR = 2030

const TECHNOLOGY_LEVERS: readonly LeverId[] = LEVER_IDS.filter((id) => id !== 'designLag')

function leversAtFullAdoption(ids: readonly LeverId[]): Partial<Record<LeverId, number>> {
  return Object.fromEntries(ids.filter((id) => id !== 'designLag').map((id) => [id, 1]))
}

/** A preset's input when engineer B's preset exists, else the same scenario built here. */
function presetInput(presetId: string, fallback: ScenarioInput): ScenarioInput {
  return presetById(presetId)?.input ?? fallback
}

function groupStep(group: LeverGroup, id: string, title: string, message: string): StoryStep {
  const presetId = `group-${group}`
  return {
    id,
    title,
    message,
    input: presetInput(presetId, {
      levers: leversAtFullAdoption(LEVER_GROUPS[group]),
      year: STORY_HORIZON_YEAR,
      assumptions: 'article',
    }),
    view: 'trajectory',
    presetId,
  }
}

/**
 * The default narrative: the 2026 baseline, each lever group of the article in its order (each on
 * its own, by 2030), all levers together by 2030, then what it means for use cases. Messages hold
 * placeholders ({cost}, {fold} …) that are filled from the live result when a step is shown.
 */
export const DEFAULT_STORY: Story = {
  title: 'What will a token cost in 2030?',
  steps: [
    {
      id: 'baseline',
      title: 'Where we start: 2026',
      message:
        'In {year}, serving {model} on {hardware} costs about {cost} per million output tokens and uses {energy} of electricity per token.',
      input: presetInput('baseline-2026', { levers: {}, year: 2026, assumptions: 'article' }),
      view: 'overview',
      presetId: 'baseline-2026',
    },
    groupStep(
      'computeMemory',
      'compute-memory',
      'Lever 1: better chips and memory',
      'Custom chips, smaller transistors, 3D packaging, chiplets and faster memory, on their own, bring the cost to {cost} per million tokens by {year}: {fold} cheaper than in 2026.',
    ),
    groupStep(
      'networking',
      'networking',
      'Lever 2: faster networks',
      'Bigger groups of linked chips, faster links between racks and optics built into the chip package, on their own, reach {cost} by {year}: {fold} cheaper.',
    ),
    groupStep(
      'software',
      'software',
      'Lever 3: smarter software',
      'Better serving software, smaller and compressed models and better compilers, on the same hardware, reach {cost} by {year}: {fold} cheaper.',
    ),
    groupStep(
      'architecture',
      'architecture',
      'Lever 4: new model designs',
      'Models that use only part of their weights per token, new layer types and predicting several tokens at once reach {cost} by {year}: {fold} cheaper.',
    ),
    {
      id: 'all-levers',
      title: 'All levers together by 2030',
      message:
        'The levers multiply: {cost} per million output tokens by {year}, {fold} cheaper than 2026, at {energy} per token. The article expects up to two orders of magnitude.',
      input: presetInput('article-all', {
        levers: leversAtFullAdoption(TECHNOLOGY_LEVERS),
        year: STORY_HORIZON_YEAR,
        assumptions: 'article',
      }),
      view: 'attribution',
      presetId: 'article-all',
    },
    {
      id: 'use-cases',
      title: 'What it means for products',
      message:
        'At {cost} per million tokens, which products pay for themselves, from chatbots and voice to coding assistants and agents, and the year each one breaks even.',
      input: presetInput('article-all', {
        levers: leversAtFullAdoption(TECHNOLOGY_LEVERS),
        year: STORY_HORIZON_YEAR,
        assumptions: 'article',
      }),
      view: 'use-cases',
      presetId: 'article-all',
    },
  ],
}
