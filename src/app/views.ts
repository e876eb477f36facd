import { lazy, type ComponentType, type LazyExoticComponent } from 'react'

export interface ViewDefinition {
  readonly id: string
  readonly label: string
  readonly component: LazyExoticComponent<ComponentType>
}

/**
 * The main views, in tab order. Each feature registers its view here with a lazy import so the
 * first paint loads only what the first view needs.
 */
export const VIEWS: readonly ViewDefinition[] = [
  {
    id: 'overview',
    label: 'Prefill & decode',
    component: lazy(() => import('@/features/overview/components/overview-view').then((m) => ({ default: m.OverviewView }))),
  },
]
