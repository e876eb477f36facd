import { paramWords } from '@/engine/index'
import type { ParamName } from '@/engine/index'

/** An engine parameter that levers act on, in words (one vocabulary for the whole app). */
export function paramLabel(param: string): string {
  return paramWords(param as ParamName)
}
