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

const DEFAULT_JSON = JSON.stringify(DEFAULT_ECONOMICS_INPUTS)

/**
 * The inputs as the store keeps them: null where they equal the sourced defaults, so an edit undone
 * or a reset leaves no trace (the page address, share links and every export's provenance carry
 * edited inputs only; a reset had kept a 2,000-character copy of the defaults in all of them).
 */
export function storedEconomicsInputs(inputs: EconomicsInputs): EconomicsInputs | null {
  return JSON.stringify(inputs) === DEFAULT_JSON ? null : inputs
}

/** Apply a pure update to the economics inputs. */
export function useUpdateEconomicsInputs(): (
  update: (inputs: EconomicsInputs) => EconomicsInputs,
) => void {
  const set = useAppStore((s) => s.setEconomicsInputs)
  return useCallback(
    (update) =>
      set(
        storedEconomicsInputs(
          update(useAppStore.getState().economics.inputs ?? DEFAULT_ECONOMICS_INPUTS),
        ),
      ),
    [set],
  )
}
