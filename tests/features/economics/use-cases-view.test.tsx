import { render, screen, within } from '@testing-library/react'
import userEvent from '@testing-library/user-event'
import { beforeEach, describe, expect, it } from 'vitest'

import { UseCasesView } from '@/features/economics/components/use-cases-view'
import { headline } from '@/features/economics/model/use-case-rows'
import { useAppStore } from '@/state/store'

import { economicsResult } from './fixtures'

const initialState = useAppStore.getState()
const result = economicsResult()

beforeEach(() => {
  useAppStore.setState(initialState, true)
})

describe('UseCasesView', () => {
  it('says where the engine and the article disagree on use-case margins, and why', () => {
    useAppStore.getState().economicsSucceeded(result, 1)
    render(<UseCasesView />)
    const section = screen.getByRole('region', {
      name: 'Where the engine and the article disagree, and why',
    })
    const items = within(section).getAllByRole('listitem')
    // The article names five use cases: chatbots, voice, image generation, coding and agents.
    expect(items.map((i) => i.textContent?.split(':')[0])).toEqual([
      'Chatbot',
      'Voice assistant',
      'Image generation',
      'Coding assistant',
      'Agentic workflow',
    ])
    expect(section).toHaveTextContent('the article gives no price per task and no token counts')
  })

  it('waits for the first result', () => {
    render(<UseCasesView />)
    expect(screen.getAllByText('Computing the use cases…').length).toBeGreaterThan(0)
  })

  it('leads with the five-second sentence and a margin heatmap per use case and year', () => {
    useAppStore.getState().economicsSucceeded(result, 1)
    render(<UseCasesView />)
    expect(screen.getByText(headline(result.useCases!).sentence)).toBeInTheDocument()
    const table = screen.getByRole('table', {
      name: 'Gross margin on inference by use case and year',
    })
    const rows = within(table).getAllByRole('row')
    expect(rows).toHaveLength(1 + result.useCases!.rows.length)
    expect(within(table).getByRole('rowheader', { name: /Coding assistant/ })).toBeInTheDocument()
    expect(
      within(table)
        .getAllByRole('columnheader')
        .map((h) => h.textContent),
    ).toEqual([
      'Use case',
      'Price per task',
      '2026 baseline',
      '2026',
      '2027',
      '2028',
      '2029',
      '2030',
      'Breaks even',
      'Reaches 60 %',
    ])
    // Each cell says its meaning in words, not only in colour. Which words depends on the data:
    // since models default to the format they ship in (DeepSeek-V3 in FP8), no use case need lose
    // money, so any of the tone labels counts.
    expect(
      within(table).getAllByText(
        /^(loses money|profitable, below target|meets the target margin|cannot run)$/,
      ).length,
    ).toBeGreaterThanOrEqual(result.useCases!.rows.length)
    expect(
      screen.getByRole('figure', { name: 'How much cheaper each task must get for a 60 % margin' }),
    ).toBeInTheDocument()
  })

  it('applies a new target margin on Enter and names a bad one without applying it', async () => {
    const user = userEvent.setup()
    useAppStore.getState().economicsSucceeded(result, 1)
    render(<UseCasesView />)
    const field = screen.getByLabelText('Target gross margin')
    await user.clear(field)
    await user.type(field, '40{Enter}')
    expect(useAppStore.getState().economics.inputs?.targetGrossMargin).toBeCloseTo(0.4, 12)

    await user.clear(field)
    await user.type(field, '120{Enter}')
    expect(screen.getByRole('alert')).toHaveTextContent(
      'Target gross margin must be at most 95 (got 120)',
    )
    expect(useAppStore.getState().economics.inputs?.targetGrossMargin).toBeCloseTo(0.4, 12)
    expect(field).toHaveAttribute('aria-invalid', 'true')
  })

  it("switches every use case to the scenario's model", async () => {
    const user = userEvent.setup()
    useAppStore.getState().economicsSucceeded(result, 1)
    render(<UseCasesView />)
    await user.click(screen.getByRole('radio', { name: 'Scenario’s model' }))
    expect(useAppStore.getState().economics.inputs?.useCaseModel).toBe('scenario')
  })

  it('edits a use case assumption and marks it as edited', async () => {
    const user = userEvent.setup()
    useAppStore.getState().economicsSucceeded(result, 1)
    render(<UseCasesView />)
    const price = screen.getByLabelText('Chatbot: price per task ($)')
    await user.clear(price)
    await user.type(price, '0.02{Enter}')
    const chatbot = useAppStore
      .getState()
      .economics.inputs?.useCases.find((u) => u.id === 'chatbot')
    expect(chatbot?.priceUsdPerTask).toBe(0.02)
    expect(screen.getByText('edited')).toBeInTheDocument()
    await user.click(screen.getByRole('button', { name: 'Reset use cases to sourced values' }))
    // Back at the sourced values the inputs are stored as none (no copy of the defaults travels
    // in links or exports), and the field shows the sourced price.
    expect(useAppStore.getState().economics.inputs).toBeNull()
    expect(screen.getByLabelText('Chatbot: price per task ($)')).toHaveValue('0.01')
  })

  it('lists the source and grade of every assumption', () => {
    useAppStore.getState().economicsSucceeded(result, 1)
    render(<UseCasesView />)
    expect(
      screen.getByText('Sources and evidence grades (H high, M medium, L low)'),
    ).toBeInTheDocument()
    expect(screen.getAllByText(/4,160 output image tokens/).length).toBeGreaterThan(0)
  })
})
