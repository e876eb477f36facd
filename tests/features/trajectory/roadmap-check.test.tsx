/**
 * The roadmap check in the views (issue 12 item 3): the trajectory's per-year table with its
 * caveats flagged, the hardware view's one-year table, and the numbers behind both for export.
 */
import { act, render, screen, within } from '@testing-library/react'
import userEvent from '@testing-library/user-event'
import { beforeEach, describe, expect, it } from 'vitest'

import { roadmapCheckExport, roadmapPartsExport } from '@/components/ui/roadmap-check'
import type { RoadmapCheck } from '@/engine/index'
import { RoadmapPanel } from '@/features/economics/components/roadmap-panel'
import { TrajectoryView } from '@/features/trajectory/components/trajectory-view'
import { useAppStore } from '@/state/store'

import { analysisOf, ARTICLE_ALL } from './fixtures'

const initialState = useAppStore.getState()
const article = analysisOf(ARTICLE_ALL)
const noLevers = analysisOf({})

function checksOf(trajectory: typeof article.trajectory): RoadmapCheck[] {
  return (trajectory ?? []).map((y) => {
    if (!y.roadmapCheck) throw new Error(`no roadmap check in ${y.year}`)
    return y.roadmapCheck
  })
}

function showTrajectory(trajectory: typeof article.trajectory): void {
  act(() => useAppStore.getState().analysisSucceeded('trajectory', { trajectory }, 1))
}

beforeEach(() => {
  useAppStore.setState(initialState, true)
})

describe('roadmap check in the trajectory view', () => {
  it('flags a chip beyond every announced part, at the top and in the table', () => {
    const checks = checksOf(article.trajectory)
    const caveats = checks.flatMap((c) => c.caveats)
    expect(caveats.length).toBeGreaterThan(0) // the Article preset's 2030 chip is beyond the roadmap
    showTrajectory(article.trajectory)
    render(<TrajectoryView />)
    expect(screen.getByRole('note')).toHaveTextContent('Beyond the announced roadmap')
    const frame = screen.getByRole('figure', {
      name: 'Roadmap check: the lever-built chip against announced parts',
    })
    const list = within(frame).getByRole('list', { name: 'Roadmap caveats' })
    expect(
      within(list)
        .getAllByRole('listitem')
        .map((li) => li.textContent),
    ).toEqual(caveats.map((c) => `⚠ ${c}.`))
    const table = within(frame).getByRole('table', { name: 'Roadmap check by year' })
    const row2030 = within(table).getByRole('row', { name: /^2030/ })
    expect(row2030).toHaveTextContent(/Beyond: .*bandwidth/)
    expect(row2030).toHaveTextContent(checks[4]!.nearest!.shortName)
  })

  it('says nothing alarming when every year is within the announced parts', () => {
    expect(checksOf(noLevers.trajectory).every((c) => !c.outside)).toBe(true)
    showTrajectory(noLevers.trajectory)
    render(<TrajectoryView />)
    expect(screen.queryByText(/Beyond the announced roadmap/)).not.toBeInTheDocument()
    expect(screen.queryByRole('list', { name: 'Roadmap caveats' })).not.toBeInTheDocument()
    const table = screen.getByRole('table', { name: 'Roadmap check by year' })
    expect(within(table).getAllByText('Within')).toHaveLength(5)
  })

  it('exports every year with its ratios and caveats', () => {
    const checks = checksOf(article.trajectory)
    const data = roadmapCheckExport(checks)
    expect(data.rows.map((r) => r.year)).toEqual([2026, 2027, 2028, 2029, 2030])
    expect(data.columns.map((c) => c.key)).toEqual(
      expect.arrayContaining(['nearest', 'nearest_bandwidth', 'best_bandwidth', 'caveats']),
    )
    expect(data.rows[4]!.best_bandwidth).toBe(
      checks[4]!.envelope.find((e) => e.axis === 'bandwidth')!.ratio,
    )
    expect(data.rows[4]!.caveats).toBe(checks[4]!.caveats.join(' · '))
  })
})

describe('roadmap check in the hardware view', () => {
  it('shows the scenario year against every part, and another year on request', async () => {
    const user = userEvent.setup()
    useAppStore.getState().setScenario({ ...ARTICLE_ALL, year: 2030 })
    showTrajectory(article.trajectory)
    render(<RoadmapPanel line="test scenario" />)
    const check2030 = checksOf(article.trajectory)[4]!
    const table = screen.getByRole('table', { name: 'Announced parts in volume by 2030' })
    // The chip's own row, then one row per part.
    expect(within(table).getAllByRole('row')).toHaveLength(1 + 1 + check2030.parts.length)
    expect(screen.getAllByText(/Beyond: /).length).toBeGreaterThan(0)
    await user.selectOptions(screen.getByRole('combobox', { name: 'Roadmap year' }), '2026')
    expect(screen.getByRole('table', { name: 'Announced parts in volume by 2026' })).toBeVisible()
    expect(useAppStore.getState().scenario.year).toBe(2030) // the view's year is its own
  })

  it('exports the chip and each part with its ratios', () => {
    const check = checksOf(article.trajectory)[4]!
    const data = roadmapPartsExport(check)
    expect(data.rows).toHaveLength(1 + check.parts.length)
    expect(data.rows[0]!.part).toBe('Lever-built chip, 2030')
    const rubinUltra = data.rows.find((r) => r.id === 'rubin-ultra')
    expect(rubinUltra?.bandwidth).toBe(32e12)
    expect(rubinUltra?.ratio_bandwidth).toBe(check.chip.memoryBandwidthBytesPerSecond / 32e12)
  })
})
