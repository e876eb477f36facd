import { render, screen } from '@testing-library/react'
import { describe, expect, it } from 'vitest'

import { PresenterFigures } from '@/features/presentation/components/presenter-figures'
import type { StoryFigures } from '@/features/presentation/model/story-template'

const figures = (costFold: number | undefined): StoryFigures => ({
  costPerMillionOutput: 1.35,
  costPerMillionInput: 0.19,
  joulesPerToken: 1.91,
  tokensPerSecondPerAccelerator: 554,
  costFold,
  energyFold: undefined,
  year: 2030,
  modelName: 'Llama 3.3 70B Instruct',
  hardwareName: 'NVIDIA H100 SXM5 80GB',
})

describe('PresenterFigures', () => {
  it('reads a cheaper token as "Cheaper than the 2026 baseline"', () => {
    render(<PresenterFigures figures={figures(3.4)} />)
    expect(screen.getByText('Cheaper than the 2026 baseline')).toBeInTheDocument()
    expect(screen.getByTestId('figure-fold')).toHaveTextContent('3.4×')
  })

  it('reads a dearer token as "Costlier" with a factor above 1, not "0.73× cheaper"', () => {
    render(<PresenterFigures figures={figures(0.73)} />)
    expect(screen.getByText('Costlier than the 2026 baseline')).toBeInTheDocument()
    expect(screen.queryByText('Cheaper than the 2026 baseline')).not.toBeInTheDocument()
    expect(screen.getByTestId('figure-fold')).toHaveTextContent('1.4×')
  })

  it('a fold past the article’s ceiling carries the caveat in plain words; one within it does not', () => {
    const { unmount } = render(<PresenterFigures figures={figures(302)} />)
    expect(screen.getByTestId('figure-caveat')).toHaveTextContent(
      '302× is beyond the article’s own ceiling of about 100× with all levers together',
    )
    unmount()
    render(<PresenterFigures figures={figures(100)} />)
    expect(screen.queryByTestId('figure-caveat')).not.toBeInTheDocument()
  })

  it('shows the error band beside the cost and energy figures (issue 14 item 6)', () => {
    render(
      <PresenterFigures
        figures={{ ...figures(3.4), costRelativeError: 0.082, energyRelativeError: 0.131 }}
      />,
    )
    const [cost, energy] = screen.getAllByRole('term')
    expect(cost).toHaveTextContent(/^Cost per million output tokens\s±8\s%$/)
    expect(energy).toHaveTextContent(/^Energy per output token\s±13\s%$/)
  })
})
