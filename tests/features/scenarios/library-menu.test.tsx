import { render, screen, waitFor, within } from '@testing-library/react'
import userEvent from '@testing-library/user-event'
import { beforeEach, describe, expect, it } from 'vitest'

import { ScenarioCheckContext, type ScenarioCheck } from '@/components/ui/scenario-check'
import { defaultEconomicsInputs } from '@/engine/index'
import { LibraryMenu } from '@/features/scenarios/components/library-menu'
import { useAppStore } from '@/state/store'

import { checkInThread } from '../../helpers/scenario-check'

const initialState = useAppStore.getState()

beforeEach(() => {
  useAppStore.setState(initialState, true)
})

function file(name: string, text: string): File {
  return new File([text], name, { type: 'application/json' })
}

/** The menu as the app renders it: with the engine's check (here answered in this thread). */
function renderChecked(check: ScenarioCheck = checkInThread): void {
  render(
    <ScenarioCheckContext value={check}>
      <LibraryMenu />
    </ScenarioCheckContext>,
  )
}

async function openMenu(user: ReturnType<typeof userEvent.setup>): Promise<void> {
  await user.click(screen.getByRole('button', { name: /^Scenarios/ }))
}

describe('LibraryMenu', () => {
  it('saves the current scenario under a name and shows it as the open one', async () => {
    const user = userEvent.setup()
    useAppStore.getState().setLever('hbm', 1)
    render(<LibraryMenu />)
    await openMenu(user)
    await user.click(screen.getByRole('menuitem', { name: /Save as/ }))
    const dialog = screen.getByRole('dialog', { name: 'Save scenario as' })
    await user.type(within(dialog).getByLabelText('Name'), 'HBM all in')
    await user.click(within(dialog).getByRole('button', { name: 'Save' }))
    expect(useAppStore.getState().library.scenarios).toMatchObject([
      { name: 'HBM all in', input: { levers: { hbm: 1 } } },
    ])
    expect(screen.queryByRole('dialog')).not.toBeInTheDocument()
    expect(screen.getByRole('button', { name: 'Scenarios: HBM all in' })).toBeInTheDocument()
    useAppStore.getState().setLever('hbm', 0.5)
    expect(
      await screen.findByRole('button', { name: 'Scenarios: HBM all in (unsaved changes)' }),
    ).toBeInTheDocument()
  })

  it('marks the open scenario unsaved when its economics inputs are edited, and saved again once back', async () => {
    useAppStore.getState().saveScenarioAs('Priced')
    render(<LibraryMenu />)
    expect(screen.getByRole('button', { name: 'Scenarios: Priced' })).toBeInTheDocument()
    useAppStore
      .getState()
      .setEconomicsInputs({ ...defaultEconomicsInputs(), targetGrossMargin: 0.61 })
    expect(
      await screen.findByRole('button', { name: 'Scenarios: Priced (unsaved changes)' }),
    ).toBeInTheDocument()
    useAppStore.getState().setEconomicsInputs(null)
    expect(await screen.findByRole('button', { name: 'Scenarios: Priced' })).toBeInTheDocument()
  })

  it('asks for a name instead of saving an empty one', async () => {
    const user = userEvent.setup()
    render(<LibraryMenu />)
    await openMenu(user)
    await user.click(screen.getByRole('menuitem', { name: /^Save\b/ }))
    const dialog = screen.getByRole('dialog', { name: 'Save scenario as' })
    await user.click(within(dialog).getByRole('button', { name: 'Save' }))
    expect(within(dialog).getByText('Enter a name.')).toBeInTheDocument()
    expect(within(dialog).getByLabelText('Name')).toHaveAttribute('aria-invalid', 'true')
    expect(useAppStore.getState().library.scenarios).toHaveLength(0)
  })

  it('names, through the engine’s check, a saved scenario this version cannot open', async () => {
    const user = userEvent.setup()
    useAppStore.getState().saveScenarioAs('Old plan')
    useAppStore.setState((s) => ({
      library: {
        ...s.library,
        scenarios: s.library.scenarios.map((x) => ({ ...x, input: { model: 'gpt-9' } })),
      },
    }))
    render(
      <ScenarioCheckContext value={checkInThread}>
        <LibraryMenu />
      </ScenarioCheckContext>,
    )
    await openMenu(user)
    await user.click(screen.getByRole('menuitem', { name: /Open/ }))
    const dialog = await screen.findByRole('dialog', { name: 'Saved scenarios' })
    expect(
      await within(dialog).findByText(/Cannot be opened in this version: model "gpt-9"/),
    ).toBeInTheDocument()
    expect(within(dialog).getByRole('button', { name: 'Open Old plan' })).toBeDisabled()
  })

  it('lists saved scenarios to open, rename, duplicate and delete (after confirming)', async () => {
    const user = userEvent.setup()
    useAppStore.getState().updateScenario(() => ({ year: 2030 }))
    useAppStore.getState().saveScenarioAs('Plan A')
    useAppStore.getState().resetScenario()
    render(<LibraryMenu />)
    await openMenu(user)
    await user.click(screen.getByRole('menuitem', { name: /Open/ }))
    const dialog = await screen.findByRole('dialog', { name: 'Saved scenarios' })
    expect(within(dialog).getByText(/2030 · no levers/)).toBeInTheDocument()

    await user.click(within(dialog).getByRole('button', { name: 'Rename Plan A' }))
    const input = within(dialog).getByRole('textbox', { name: 'New name for Plan A' })
    await user.clear(input)
    await user.type(input, 'Plan B{Enter}')
    expect(useAppStore.getState().library.scenarios[0]?.name).toBe('Plan B')

    await user.click(within(dialog).getByRole('button', { name: 'Duplicate Plan B' }))
    expect(useAppStore.getState().library.scenarios.map((s) => s.name)).toEqual([
      'Plan B',
      'Plan B (copy)',
    ])

    await user.click(within(dialog).getByRole('button', { name: 'Delete Plan B (copy)' }))
    await user.click(within(dialog).getByRole('button', { name: 'Delete' }))
    expect(useAppStore.getState().library.scenarios.map((s) => s.name)).toEqual(['Plan B'])

    await user.click(within(dialog).getByRole('button', { name: 'Open Plan B' }))
    expect(useAppStore.getState().scenario).toEqual({ year: 2030 })
    expect(screen.queryByRole('dialog')).not.toBeInTheDocument()
  })

  it('imports a valid file into the library and opens it', async () => {
    const user = userEvent.setup()
    renderChecked()
    const text = JSON.stringify({
      kind: 'inference-economics-lab/scenario',
      schemaVersion: 1,
      name: 'From a colleague',
      input: { year: 2029 },
    })
    await user.upload(screen.getByTestId('scenario-import-input'), file('colleague.json', text))
    await waitFor(() => expect(useAppStore.getState().library.scenarios).toHaveLength(1))
    expect(useAppStore.getState().scenario).toEqual({ year: 2029 })
    expect(useAppStore.getState().notices.at(-1)?.message).toBe(
      'Imported “From a colleague” and opened it.',
    )
  })

  it('refuses a broken file with the problem named, and changes nothing', async () => {
    const user = userEvent.setup()
    useAppStore.getState().saveScenarioAs('Keep me')
    const before = {
      scenario: useAppStore.getState().scenario,
      library: useAppStore.getState().library,
    }
    renderChecked()
    await user.upload(
      screen.getByTestId('scenario-import-input'),
      file('bad.json', JSON.stringify({ workload: { inputTokens: -5 } })),
    )
    const dialog = await screen.findByRole('alertdialog', { name: 'The file was not imported' })
    expect(
      within(dialog).getByText('workload.inputTokens must be at least 1 (got -5)'),
    ).toBeInTheDocument()
    expect(useAppStore.getState().scenario).toBe(before.scenario)
    expect(useAppStore.getState().library).toBe(before.library)
  })

  it('imports nothing, and says so, when the engine gives no answer for a scenario', async () => {
    const user = userEvent.setup()
    useAppStore.getState().saveScenarioAs('Keep me')
    const before = {
      scenario: useAppStore.getState().scenario,
      library: useAppStore.getState().library,
    }
    const checked: unknown[] = []
    // The engine answers the first scenario, then fails (a crashed worker being restarted).
    const failsOnSecond: ScenarioCheck = (input) => {
      checked.push(input)
      return checked.length === 1 ? checkInThread(input) : Promise.resolve(undefined)
    }
    renderChecked(failsOnSecond)
    const text = JSON.stringify({
      kind: 'inference-economics-lab/library',
      schemaVersion: 1,
      scenarios: [
        { name: 'One', input: { year: 2027 } },
        { name: 'Two', input: { year: 2028 } },
      ],
    })
    await user.upload(screen.getByTestId('scenario-import-input'), file('two.json', text))
    const dialog = await screen.findByRole('alertdialog', { name: 'The file was not imported' })
    expect(
      within(dialog).getByText(
        /could not be checked: the engine did not answer.*try the import again/,
      ),
    ).toBeInTheDocument()
    expect(checked).toEqual([{ year: 2027 }, { year: 2028 }])
    expect(useAppStore.getState().scenario).toBe(before.scenario)
    expect(useAppStore.getState().library).toBe(before.library)
  })

  it('imports nothing unchecked outside the app (no engine port)', async () => {
    const user = userEvent.setup()
    render(<LibraryMenu />)
    await user.upload(
      screen.getByTestId('scenario-import-input'),
      file('plain.json', JSON.stringify({ year: 2027 })),
    )
    await waitFor(() =>
      expect(useAppStore.getState().notices.at(-1)?.message).toBe(
        '“plain.json” could not be imported: there is no engine to check it.',
      ),
    )
    expect(useAppStore.getState().library.scenarios).toHaveLength(0)
  })

  it('refuses a hostile file (prototype pollution) and renders a <script> name as text', async () => {
    const user = userEvent.setup()
    renderChecked()
    await user.upload(
      screen.getByTestId('scenario-import-input'),
      file('evil.json', '{"__proto__": {"isAdmin": true}, "year": 2027}'),
    )
    expect(
      await screen.findByText(/"__proto__" \(at __proto__\), which is not allowed/),
    ).toBeInTheDocument()
    expect(({} as Record<string, unknown>).isAdmin).toBeUndefined()
    await user.click(screen.getByRole('button', { name: 'OK' }))

    const named = JSON.stringify({
      kind: 'inference-economics-lab/scenario',
      schemaVersion: 1,
      name: '<img src=x onerror=alert(1)><script>alert(1)</script>',
      input: {},
    })
    await user.upload(screen.getByTestId('scenario-import-input'), file('named.json', named))
    await waitFor(() => expect(useAppStore.getState().library.scenarios).toHaveLength(1))
    await openMenu(user)
    await user.click(screen.getByRole('menuitem', { name: /Open/ }))
    const dialog = await screen.findByRole('dialog', { name: 'Saved scenarios' })
    expect(
      within(dialog).getByText('<img src=x onerror=alert(1)><script>alert(1)</script>', {
        exact: false,
      }),
    ).toBeInTheDocument()
    expect(within(dialog).queryByRole('img')).not.toBeInTheDocument()
  })

  it('shows the share link to copy by hand when the clipboard is refused', async () => {
    const user = userEvent.setup()
    Object.defineProperty(navigator, 'clipboard', {
      configurable: true,
      value: { writeText: () => Promise.reject(new Error('denied')) },
    })
    document.execCommand = () => false
    useAppStore.getState().updateScenario(() => ({ year: 2028 }))
    render(<LibraryMenu />)
    await openMenu(user)
    await user.click(screen.getByRole('menuitem', { name: /Copy share link/ }))
    const dialog = await screen.findByRole('dialog', { name: 'Share link' })
    expect(within(dialog).getByRole<HTMLInputElement>('textbox').value).toMatch(
      /#s=[A-Za-z0-9+\-$]+$/,
    )
  })
})
