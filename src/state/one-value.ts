/**
 * One value per quantity. The scenario format can hold the accelerator's price and its rental rate
 * in two places each: `hardware.priceUsd` / `hardware.usdPerHour` and `economics.acceleratorPriceUsd`
 * / `economics.usdPerHour` (the engine reads the economics one first). Two values for one quantity
 * can disagree, and then one of the fields on screen is silently ignored. The store keeps each in one
 * place, on the accelerator (a price belongs to a chip: picking another chip replaces it, with an
 * undo), and the assumption editor shows that one value wherever it offers the field. An input that
 * holds it under `economics` (a scenario file, a link, the CLI's examples) has it moved there, the
 * value the engine used kept, so the figures do not change.
 */
import type { ScenarioInput } from '@/engine/index'

type Economics = NonNullable<ScenarioInput['economics']>
type HardwareObject = Exclude<NonNullable<ScenarioInput['hardware']>, string>

/** Economics field → the accelerator field that holds the same quantity. */
export const SAME_QUANTITY = {
  acceleratorPriceUsd: 'priceUsd',
  usdPerHour: 'usdPerHour',
} as const satisfies Partial<Record<keyof Economics, keyof HardwareObject>>

/** The input with each duplicated quantity held once, on the accelerator (the same object if already so). */
export function oneValuePerQuantity(input: ScenarioInput): ScenarioInput {
  const economics = input.economics
  if (economics?.acceleratorPriceUsd === undefined && economics?.usdPerHour === undefined)
    return input
  const { acceleratorPriceUsd, usdPerHour, ...keptEconomics } = economics
  const moved: Partial<HardwareObject> = {
    ...(acceleratorPriceUsd === undefined ? {} : { priceUsd: acceleratorPriceUsd }),
    ...(usdPerHour === undefined ? {} : { usdPerHour }),
  }
  const current = input.hardware
  // A catalogue id becomes `{ base, … }`; no hardware at all means the reference chip, which an
  // object without a `base` also means.
  const hardware: HardwareObject =
    typeof current === 'object'
      ? { ...current, ...moved }
      : { ...(current === undefined ? {} : { base: current }), ...moved }
  const { economics: _moved, ...rest } = input
  return Object.keys(keptEconomics).length > 0
    ? { ...rest, hardware, economics: keptEconomics }
    : { ...rest, hardware }
}
