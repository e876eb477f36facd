import { createContext, useContext } from 'react'

import type { ScenarioInput } from '@/engine/index'

/**
 * The link that opens the app on `input` in the view `tab`. The app provides it (share links are
 * encoded in features/scenarios), so a feature that prints a scenario, such as the presenter's
 * handout, can say how to reopen it; undefined outside the app.
 */
export type ShareLinkFor = (input: ScenarioInput, tab: string) => string | undefined

export const ShareLinkContext = createContext<ShareLinkFor>(() => undefined)

export function useShareLinkFor(): ShareLinkFor {
  return useContext(ShareLinkContext)
}
