import { useCallback } from 'react'

import { defaultEconomicsInputs, type EconomicsInputs } from '@/engine/index'
import { selectEconomicsInputs } from '@/state/selectors'
import { useAppStore } from '@/state/store'

/** The sourced defaults, built once. */
export const DEFAULT_ECONOMICS_INPUTS: EconomicsInputs = defaultEconomicsInputs()

/** The economics inputs being edited (the defaults until the analyst changes something). */
export function useEconomicsInputs(): EconomicsInputs {
  return useAppStore(selectEconomicsInputs) ?? DEFAULT_ECONOMICS_INPUTS
}

/** Apply a pure update to the economics inputs. */
export function useUpdateEconomicsInputs(): (
  update: (inputs: EconomicsInputs) => EconomicsInputs,
) => void {
  const set = useAppStore((s) => s.setEconomicsInputs)
  return useCallback(
    (update) => set(update(useAppStore.getState().economics.inputs ?? DEFAULT_ECONOMICS_INPUTS)),
    [set],
  )
}
