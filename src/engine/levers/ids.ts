/** Lever ids, in the article's order and groups (the CLI's `levers` field uses them). */
export const LEVER_GROUPS = {
  computeMemory: [
    'customSilicon',
    'advancedNodes',
    'advancedPackaging',
    'chiplets',
    'hbm',
    'memoryPooling',
    'processingInMemory',
  ],
  networking: ['scaleUp', 'scaleOut', 'coPackagedOptics'],
  software: ['inferenceEngine', 'modelOptimization', 'compilerStack'],
  architecture: ['mixtureOfExperts', 'stateSpace', 'multiTokenDecoding', 'designLag'],
} as const

export type LeverGroup = keyof typeof LEVER_GROUPS
export type LeverId = (typeof LEVER_GROUPS)[LeverGroup][number]

export const LEVER_IDS: readonly LeverId[] = [
  ...LEVER_GROUPS.computeMemory,
  ...LEVER_GROUPS.networking,
  ...LEVER_GROUPS.software,
  ...LEVER_GROUPS.architecture,
]

export function isLeverId(id: string): id is LeverId {
  return (LEVER_IDS as readonly string[]).includes(id)
}

export type AssumptionSet = 'article' | 'evidence'
