import { paramWords } from '@/engine/levers/param-words'
import type { ParamName } from '@/engine/levers/types'

/** An engine parameter that levers act on, in words (one vocabulary for the whole app). */
export function paramLabel(param: string): string {
  return paramWords(param as ParamName)
}
