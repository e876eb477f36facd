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
  {
    id: 'trajectory',
    label: '2026–2030 trajectory',
    component: lazy(() => import('@/features/trajectory/components/trajectory-view').then((m) => ({ default: m.TrajectoryView }))),
  },
  {
    id: 'attribution',
    label: 'What drives it',
    component: lazy(() => import('@/features/attribution/components/attribution-view').then((m) => ({ default: m.AttributionView }))),
  },
  {
    id: 'claims',
    label: 'Article claims check',
    component: lazy(() => import('@/features/claims/components/claims-view').then((m) => ({ default: m.ClaimsView }))),
  },
  {
    id: 'use-cases',
    label: 'Use cases',
    component: lazy(() => import('@/features/economics/components/use-cases-view').then((m) => ({ default: m.UseCasesView }))),
  },
  {
    id: 'fleet',
    label: 'Fleet & power',
    component: lazy(() => import('@/features/economics/components/fleet-view').then((m) => ({ default: m.FleetView }))),
  },
  {
    id: 'hardware',
    label: 'Hardware',
    component: lazy(() => import('@/features/economics/components/hardware-view').then((m) => ({ default: m.HardwareView }))),
  },
  {
    id: 'compare',
    label: 'Compare',
    component: lazy(() => import('@/features/compare/components/compare-view').then((m) => ({ default: m.CompareView }))),
  },
  {
    id: 'assumptions',
    label: 'Assumptions',
    component: lazy(() => import('@/features/assumptions/components/assumptions-view').then((m) => ({ default: m.AssumptionsView }))),
  },
  {
    id: 'validation',
    label: 'Validation',
    component: lazy(() => import('@/features/validation/components/validation-view').then((m) => ({ default: m.ValidationView }))),
  },
]
