import { lazy, type ComponentType, type LazyExoticComponent } from 'react'

/** Views come in three groups, shown as three clusters of tabs: the answer, its economics, the analyst's tools. */
export type ViewGroup = 'outlook' | 'economics' | 'analysis'

export interface ViewDefinition {
  readonly id: string
  /** Short enough for ten tabs on one row at 1280 px. */
  readonly label: string
  /** What the view holds, in a sentence (the tab's tooltip). */
  readonly description: string
  readonly group: ViewGroup
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
    description:
      "Where a request's time, cost and energy go, phase by phase, and what binds each phase",
    group: 'outlook',
    component: lazy(() =>
      import('@/features/overview/components/overview-view').then((m) => ({
        default: m.OverviewView,
      })),
    ),
  },
  {
    id: 'trajectory',
    label: 'Trajectory',
    description: 'Cost and energy per token from 2026 to 2030, with the P10–P90 uncertainty band',
    group: 'outlook',
    component: lazy(() =>
      import('@/features/trajectory/components/trajectory-view').then((m) => ({
        default: m.TrajectoryView,
      })),
    ),
  },
  {
    id: 'frontier',
    label: 'Frontier',
    description:
      'Throughput per accelerator against speed per user: the best deployment at every interactivity, for this chip and others',
    group: 'outlook',
    component: lazy(() =>
      import('@/features/frontier/components/frontier-view').then((m) => ({
        default: m.FrontierView,
      })),
    ),
  },
  {
    id: 'attribution',
    label: 'Drivers',
    description:
      'Which levers drive the change since 2026 (Owen attribution over the lever groups) and which assumptions matter most',
    group: 'outlook',
    component: lazy(() =>
      import('@/features/attribution/components/attribution-view').then((m) => ({
        default: m.AttributionView,
      })),
    ),
  },
  {
    id: 'claims',
    label: 'Claims',
    description: "The article's headline claims checked under Article and Evidence assumptions",
    group: 'outlook',
    component: lazy(() =>
      import('@/features/claims/components/claims-view').then((m) => ({ default: m.ClaimsView })),
    ),
  },
  {
    id: 'use-cases',
    label: 'Use cases',
    description: 'Cost per request and per task for chat, coding, agents, voice and reasoning',
    group: 'economics',
    component: lazy(() =>
      import('@/features/economics/components/use-cases-view').then((m) => ({
        default: m.UseCasesView,
      })),
    ),
  },
  {
    id: 'fleet',
    label: 'Fleet & power',
    description:
      'Fleet size, power and energy for a demand, and what a power-capped site can serve',
    group: 'economics',
    component: lazy(() =>
      import('@/features/economics/components/fleet-view').then((m) => ({ default: m.FleetView })),
    ),
  },
  {
    id: 'hardware',
    label: 'Hardware',
    description: 'Disaggregated serving, mature-node chips, the value chain and beyond 2030',
    group: 'economics',
    component: lazy(() =>
      import('@/features/economics/components/hardware-view').then((m) => ({
        default: m.HardwareView,
      })),
    ),
  },
  {
    id: 'compare',
    label: 'Compare',
    description: 'Saved scenarios and presets side by side',
    group: 'analysis',
    component: lazy(() =>
      import('@/features/compare/components/compare-view').then((m) => ({
        default: m.CompareView,
      })),
    ),
  },
  {
    id: 'assumptions',
    label: 'Assumptions',
    description:
      'Every catalogue value and lever effect, with its source and evidence grade, editable',
    group: 'analysis',
    component: lazy(() =>
      import('@/features/assumptions/components/assumptions-view').then((m) => ({
        default: m.AssumptionsView,
      })),
    ),
  },
  {
    id: 'validation',
    label: 'Validation',
    description: 'The engine against published measurements and our own GPU runs',
    group: 'analysis',
    component: lazy(() =>
      import('@/features/validation/components/validation-view').then((m) => ({
        default: m.ValidationView,
      })),
    ),
  },
]
