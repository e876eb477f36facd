/**
 * The assumptions editor's values (each field's value in use and its default) come from the engine
 * in the worker, through a port app/ provides (app/assumption-values.ts): the page never resolves a
 * scenario itself. The view reads them with `useAssumptionValues(input)`.
 */
import { createContext, useContext, useEffect, useState } from 'react'

import type { AssumptionValues, ScenarioInput } from '@/engine/index'

/** The values for `input`, or undefined when no answer came (a newer request replaced it, or the engine failed). */
export type AssumptionValuesPort = (input: ScenarioInput) => Promise<AssumptionValues | undefined>

export const AssumptionValuesContext = createContext<AssumptionValuesPort | undefined>(undefined)

/**
 * The values for the latest input the engine has answered: those of an earlier input while the
 * next answer is on its way (a few milliseconds), so the fields never blank out; undefined before
 * the first answer, and always outside the app (no port).
 */
export function useAssumptionValues(input: ScenarioInput): AssumptionValues | undefined {
  const port = useContext(AssumptionValuesContext)
  const [values, setValues] = useState<AssumptionValues>()
  useEffect(() => {
    if (!port) return
    let current = true
    void port(input).then((answer) => {
      if (current && answer !== undefined) setValues(answer)
    })
    return () => {
      current = false
    }
  }, [input, port])
  return values
}
