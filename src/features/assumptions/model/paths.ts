/** Reading and writing one field of a scenario input by its dotted path, immutably. */
import { REFERENCE, type ScenarioInput } from '@/engine/index'

export type Path = readonly string[]

type Node = Record<string, unknown>

const isNode = (value: unknown): value is Node =>
  typeof value === 'object' && value !== null && !Array.isArray(value)

/** Fields whose input may be a catalogue id (string) or an object of overrides on a `base`. */
const ID_OR_OBJECT: Readonly<Record<string, string>> = { hardware: 'base', model: 'base' }

export function getAt(input: ScenarioInput, path: Path): unknown {
  let node: unknown = input
  for (const key of path) {
    if (!isNode(node)) return undefined
    node = node[key]
  }
  return node
}

/** The catalogue entry an edit starts from when the input names none (pinned, so it never drifts). */
const DEFAULT_BASE: Readonly<Record<string, string>> = {
  hardware: REFERENCE.hardware,
  model: REFERENCE.model,
}

function asObject(value: unknown, head: string): Node {
  if (isNode(value)) return value
  const baseKey = ID_OR_OBJECT[head]
  if (!baseKey) return {}
  const base = typeof value === 'string' ? value : DEFAULT_BASE[head]
  return base === undefined ? {} : { [baseKey]: base }
}

function setIn(node: Node, path: Path, value: unknown): Node {
  const [key, ...rest] = path
  if (key === undefined) return node
  if (rest.length === 0) return { ...node, [key]: value }
  const child = node[key]
  return { ...node, [key]: setIn(isNode(child) ? child : {}, rest, value) }
}

/** The input with `path` set to `value` (an id-form hardware or model becomes `{ base, … }`). */
export function setAt(input: ScenarioInput, path: Path, value: unknown): ScenarioInput {
  const [head] = path
  if (head === undefined) return input
  const [, ...rest] = path
  return { ...input, [head]: setIn(asObject((input as Node)[head], head), rest, value) }
}

/** Drop empty objects; an id-or-object field left with only its base collapses back to the id. */
function prune(node: Node, head: string | undefined): Node | string | undefined {
  const out: Node = {}
  for (const [key, value] of Object.entries(node)) {
    if (isNode(value)) {
      const child = prune(value, undefined)
      if (child !== undefined) out[key] = child
    } else if (value !== undefined) out[key] = value
  }
  const keys = Object.keys(out)
  if (keys.length === 0) return undefined
  const baseKey = head ? ID_OR_OBJECT[head] : undefined
  if (baseKey && keys.length === 1 && keys[0] === baseKey && typeof out[baseKey] === 'string')
    return out[baseKey]
  return out
}

/** The input without `path` (back to the default), tidied. */
export function removeAt(input: ScenarioInput, path: Path): ScenarioInput {
  const [head, ...rest] = path
  if (head === undefined || !(head in input)) return input
  const { [head]: current, ...others } = input as Node
  if (rest.length === 0) return others
  // A field inside a catalogue id (`hardware: "b200"`) is not set: nothing to remove.
  if (!isNode(current)) return input
  const removeIn = (node: Node, keys: Path): Node => {
    const [key, ...more] = keys
    if (key === undefined) return node
    if (more.length === 0) {
      const { [key]: _removed, ...kept } = node
      return kept
    }
    const child = node[key]
    return isNode(child) ? { ...node, [key]: removeIn(child, more) } : node
  }
  const next = prune(removeIn(current, rest), head)
  return next === undefined ? others : { ...others, [head]: next }
}

export const pathKey = (path: Path): string => path.join('.')
