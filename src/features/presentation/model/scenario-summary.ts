import { acceleratorById, modelById, REFERENCE, type ScenarioInput } from '@/engine/index'

type Named = { readonly name: string } | undefined

function nameOf(
  value: ScenarioInput['model'] | ScenarioInput['hardware'],
  lookup: (id: string) => Named,
  fallback: string,
): string {
  if (value === undefined) return fallback
  if (typeof value === 'string') return lookup(value)?.name ?? value
  if (value.name) return value.name
  return value.base ? (lookup(value.base)?.name ?? value.base) : 'a custom one'
}

/** One line that says what a step's scenario is, for the editor and the handout. */
export function describeScenarioInput(input: ScenarioInput): string {
  const model = nameOf(input.model ?? REFERENCE.model, modelById, 'the reference model')
  const hardware = nameOf(
    input.hardware ?? REFERENCE.hardware,
    acceleratorById,
    'the reference accelerator',
  )
  const year = input.year ?? 2026
  const levers = Object.values(input.levers ?? {}).filter((v) => v !== undefined && v > 0).length
  const assumptions = input.assumptions === 'evidence' ? 'Evidence' : 'Article'
  return `${model} on ${hardware}, ${year}, ${levers === 0 ? 'no levers' : `${levers} lever${levers === 1 ? '' : 's'} on`}, ${assumptions} assumptions`
}
