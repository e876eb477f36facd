import { render, screen, within } from '@testing-library/react'
import userEvent from '@testing-library/user-event'
import { afterEach, describe, expect, it, vi } from 'vitest'

import { ShareLinkContext } from '@/components/ui/share-link'
import { presetById } from '@/engine/index'
import { Handout } from '@/features/presentation/components/handout'
import {
  decodeShareLink,
  readShareParam,
  shareLinkFor,
} from '@/features/scenarios/model/share-link'
import { formatUsd } from '@/lib/format'

import { evaluateInThread, resultOf, THREE_STEP_STORY } from './fixtures'

afterEach(() => {
  vi.restoreAllMocks()
})

describe('Handout', () => {
  it('renders one page per step, with its numbers, and prints on request', async () => {
    const user = userEvent.setup()
    const print = vi.spyOn(window, 'print').mockImplementation(() => undefined)
    render(
      <Handout
        story={THREE_STEP_STORY}
        evaluateSteps={evaluateInThread}
        onClose={() => undefined}
      />,
    )
    const dialog = screen.getByRole('dialog', { name: 'Handout: Three steps' })
    expect(within(dialog).getByRole('status')).toHaveTextContent(
      'Computing the numbers for 3 steps',
    )
    const pages = await within(dialog).findAllByRole('article')
    expect(pages).toHaveLength(3)
    const alpha = resultOf(THREE_STEP_STORY.steps[0]!.input)
    expect(
      within(pages[0]!).getByText(`Alpha costs ${formatUsd(alpha.costPerMillionTokens.output)}.`),
    ).toBeInTheDocument()
    expect(within(pages[2]!).getByRole('heading', { name: 'Charlie' })).toBeInTheDocument()
    // Every page carries the error band beside its cost and energy (issue 14 item 6).
    const band = `±${Math.round(alpha.accuracy.relativeError * 100)}`
    const cost = formatUsd(alpha.costPerMillionTokens.output).replace('$', '\\$')
    const [costFigure] = within(pages[0]!).getAllByRole('definition')
    expect(costFigure).toHaveTextContent(new RegExp(`^${cost}\\s${band}\\s%$`))
    await user.click(within(dialog).getByRole('button', { name: 'Print or save as PDF' }))
    expect(print).toHaveBeenCalledOnce()
  })

  it('each page prints the link that reopens its own step’s scenario and view', async () => {
    const here = { origin: 'https://lab.example', pathname: '/', search: '' }
    render(
      <ShareLinkContext value={(input, tab) => shareLinkFor(here, input, { tab })}>
        <Handout
          story={THREE_STEP_STORY}
          evaluateSteps={evaluateInThread}
          onClose={() => undefined}
        />
      </ShareLinkContext>,
    )
    const pages = await screen.findAllByRole('article')
    expect(pages).toHaveLength(3)
    pages.forEach((page, i) => {
      const step = THREE_STEP_STORY.steps[i]!
      const link = within(page).getByRole('link')
      const href = link.getAttribute('href') ?? ''
      expect(href.startsWith('https://lab.example/')).toBe(true)
      expect(link).toHaveTextContent(href)
      const url = new URL(href)
      const decoded = decodeShareLink(readShareParam(url.hash, url.search) ?? '')
      expect(decoded).toMatchObject({
        ok: true,
        state: { input: step.input, view: { tab: step.view } },
      })
    })
  })

  it('prints no link outside the app (no one provides it)', async () => {
    render(
      <Handout
        story={THREE_STEP_STORY}
        evaluateSteps={evaluateInThread}
        onClose={() => undefined}
      />,
    )
    const pages = await screen.findAllByRole('article')
    expect(within(pages[0]!).queryByRole('link')).not.toBeInTheDocument()
  })

  it('says so when the numbers cannot be computed', async () => {
    render(
      <Handout
        story={THREE_STEP_STORY}
        evaluateSteps={() => Promise.reject(new Error('the engine worker crashed'))}
        onClose={() => undefined}
      />,
    )
    expect(await screen.findByRole('alert')).toHaveTextContent(
      'The handout could not be computed: the engine worker crashed',
    )
    expect(screen.getByRole('button', { name: 'Print or save as PDF' })).toBeDisabled()
  })

  it('a page whose fold is past the article’s ceiling carries the caveat; the others do not', async () => {
    const article = presetById('article-all')!
    const baseline = resultOf({}).costPerMillionTokens.output
    const fold = baseline / resultOf(article.input).costPerMillionTokens.output
    const story = {
      title: 'Ceiling',
      steps: [
        { ...THREE_STEP_STORY.steps[0]!, id: 'a', title: 'Today' },
        { ...THREE_STEP_STORY.steps[1]!, id: 'b', title: 'Article', input: article.input },
      ],
    }
    render(<Handout story={story} evaluateSteps={evaluateInThread} onClose={() => undefined} />)
    const pages = await screen.findAllByRole('article')
    expect(
      within(pages[0]!).queryByText(/beyond the article’s own ceiling/),
    ).not.toBeInTheDocument()
    // The Article preset's fold is the headline the review quoted (302×); the caveat follows it.
    const caveat = within(pages[1]!).queryByText(/beyond the article’s own ceiling of about 100×/)
    expect(caveat === null).toBe(fold <= 100)
  })
})
