import { act, render, screen, within } from '@testing-library/react'
import userEvent from '@testing-library/user-event'
import { beforeEach, describe, expect, it } from 'vitest'

import { runGpuValidation, runValidation } from '@/engine/index'
import { ValidationView } from '@/features/validation/components/validation-view'
import { useAppStore } from '@/state/store'

const initialState = useAppStore.getState()

beforeEach(() => {
  useAppStore.setState(initialState, true)
})

describe('ValidationView', () => {
  it('asks for the validation run and waits for it', () => {
    render(<ValidationView />)
    expect(useAppStore.getState().validation.status).toBe('requested')
    expect(screen.getByText(/Running the engine on the published measurements/)).toBeInTheDocument()
  })

  // Hundreds of cases: role queries over the whole table take seconds under jsdom.
  it(
    'shows the validation error per regime first, then the parity charts and every case',
    { timeout: 60_000 },
    () => {
      const report = { ...runValidation(), gpu: runGpuValidation() }
      useAppStore.getState().validationSucceeded(report)
      render(<ValidationView />)
      expect(screen.getByRole('heading', { name: /How far to trust a number/ })).toBeInTheDocument()
      const validationCount = report.rows.filter(
        (r) => r.role === 'validation' && Number.isFinite(r.ratio),
      ).length
      expect(screen.getByText(`${report.withinBand} / ${validationCount}`)).toBeInTheDocument()
      const regimes = screen.getByRole('table', {
        name: /Maximum throughput: validation error per regime/,
      })
      expect(within(regimes).getAllByRole('row')).toHaveLength(
        report.measured.throughputValidationByRegime.length + 1,
      )
      expect(
        screen.getByRole('figure', {
          name: /Serving throughput: engine against published measurements/,
        }),
      ).toBeInTheDocument()
      expect(
        screen.getByRole('figure', { name: /Phase times: engine against our/ }),
      ).toBeInTheDocument()
      const table = screen.getByRole('table', {
        name: 'Published serving benchmarks, case by case (validation set first)',
      })
      expect(within(table).getAllByRole('row')).toHaveLength(
        report.rows.filter((r) => Number.isFinite(r.ratio)).length + 2,
      )
      // The forward test (a round published after the calibration) is stated with its own figures.
      const forward = screen.getByText(
        (_, el) => el?.tagName === 'P' && /^Forward test\./.test(el.textContent ?? ''),
      )
      expect(forward).toHaveTextContent(
        'On MLPerf Inference v6.0 results, published in May 2026 and first read here after the fit',
      )
      expect(forward).toHaveTextContent(
        `(${report.measured.forward.throughput.count} maximum-throughput cases, ${report.measured.forward.tpot.count} serving cases`,
      )
      expect(report.measured.forward.throughput.count).toBeGreaterThan(40)
      // The small-batch error, which widens the band of results at such a batch, is stated.
      expect(
        screen.getByText(
          (_, el) =>
            el?.tagName === 'P' &&
            /^At 16 or fewer sequences per replica the engine errs more/.test(el.textContent ?? ''),
        ),
      ).toHaveTextContent(`(${report.measured.tpotSmallBatch.moe.count} cases)`)
      // What a change does on real silicon: one row per lever and origin of its pairs.
      const levers = screen.getByRole('table', { name: /What a change does on real silicon/ })
      expect(within(levers).getAllByRole('row')).toHaveLength(report.measured.levers.length + 1)
      const verified = within(levers).getAllByRole('rowheader', {
        name: 'tokens verified per step',
      })
      expect(verified).toHaveLength(2)
      expect(
        within(levers).getByRole('row', {
          name: /^tokens verified per step published \(EAGLE-3 paper Table 3.* 18 /,
        }),
      ).toBeInTheDocument()
      // Validation error comes before the per-case table on the page.
      expect(regimes.compareDocumentPosition(table) & Node.DOCUMENT_POSITION_FOLLOWING).toBeTruthy()
      expect(
        within(table).getByRole('rowheader', { name: /Median of \d+ cases/ }),
      ).toBeInTheDocument()
    },
  )

  it('offers a retry when the run failed', async () => {
    const user = userEvent.setup()
    render(<ValidationView />)
    act(() => {
      useAppStore.getState().validationStarted()
      useAppStore.getState().validationFailed('the worker crashed')
    })
    expect(screen.getByRole('alert')).toHaveTextContent(
      'The validation cases could not be run: the worker crashed.',
    )
    await user.click(screen.getByRole('button', { name: 'Try again' }))
    expect(useAppStore.getState().validation.status).toBe('requested')
  })
})
