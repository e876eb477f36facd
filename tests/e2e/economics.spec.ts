import { readFile } from 'node:fs/promises'

import type { Browser, Page } from 'playwright-core'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'

import { BASE_URL, collectConsoleErrors, launchBrowser } from './helpers/browser'

const HEADLINE = '.econ-headline'

async function openView(page: Page, name: string): Promise<void> {
  await page.getByRole('tab', { name, exact: true }).click()
}

/** Text of the use-case headline once it is computed and differs from `previous`. */
async function headlineText(page: Page, previous?: string): Promise<string> {
  await page.waitForFunction(
    ([sel, prev]) => {
      const text = document.querySelector(sel ?? '')?.textContent ?? ''
      return text.startsWith('With 2026 technology') && text !== prev
    },
    [HEADLINE, previous] as const,
    { timeout: 20_000 },
  )
  return (await page.locator(HEADLINE).first().textContent()) ?? ''
}

describe('economics views', () => {
  let browser: Browser | undefined

  beforeAll(async () => {
    browser = await launchBrowser()
  })

  afterAll(async () => {
    await browser?.close()
  })

  it('use cases: margins by year from the worker, recomputed when the target or the levers change', async () => {
    if (!browser) throw new Error('browser did not launch')
    const page = await browser.newPage({ viewport: { width: 1440, height: 900 } })
    const errors = collectConsoleErrors(page)
    await page.goto(BASE_URL, { waitUntil: 'networkidle' })
    await openView(page, 'Use cases')

    const first = await headlineText(page)
    expect(first).toMatch(
      /^With 2026 technology, \d of 7 use cases lose money on every task and \d more miss a 60 % margin\./,
    )
    const table = page.getByRole('table', {
      name: 'Gross margin on inference by use case and year',
    })
    expect(await table.locator('tbody tr').count()).toBe(7)
    await page.locator('.econ-view .recharts-surface').first().waitFor({ state: 'visible' })

    // A lower target: fewer use cases miss it.
    const target = page.getByLabel('Target gross margin')
    await target.fill('20')
    await target.press('Enter')
    const second = await headlineText(page, first)
    expect(second).toContain('miss a 20 % margin')

    // A preset with every lever by 2030: the scenario reaches the target for more use cases.
    await page.getByRole('combobox', { name: 'Preset' }).selectOption({ index: 1 })
    const third = await headlineText(page, second)
    const reached = (text: string) =>
      Number(/(\d) of 7 reach it by 2030|all (\d) reach/.exec(text)?.slice(1).find(Boolean) ?? '0')
    expect(reached(third)).toBeGreaterThanOrEqual(reached(second))

    expect(errors).toEqual([])
    await page.close()
  })

  it('a saved scenario keeps the economics inputs, brings them back when opened, and exports them', async () => {
    if (!browser) throw new Error('browser did not launch')
    const page = await browser.newPage({ viewport: { width: 1440, height: 900 } })
    const errors = collectConsoleErrors(page)
    await page.goto(BASE_URL, { waitUntil: 'networkidle' })
    await openView(page, 'Use cases')
    const first = await headlineText(page)
    const target = page.getByLabel('Target gross margin')
    await target.fill('20')
    await target.press('Enter')
    await headlineText(page, first)

    await page.getByRole('button', { name: /^Scenarios/ }).click()
    await page.getByRole('menuitem', { name: /Save as/ }).click()
    await page.getByLabel('Name').fill('Thin margins')
    await page.keyboard.press('Enter')
    await page.getByRole('button', { name: 'Scenarios: Thin margins' }).waitFor()

    // Another margin: the saved scenario is now behind the screen.
    await target.fill('45')
    await target.press('Enter')
    await page.getByRole('button', { name: 'Scenarios: Thin margins (unsaved changes)' }).waitFor()

    await page.getByRole('button', { name: /^Scenarios/ }).click()
    await page.getByRole('menuitem', { name: /^Open/ }).click()
    await page.getByRole('button', { name: 'Open Thin margins' }).click()
    await page.getByRole('button', { name: 'Scenarios: Thin margins' }).waitFor()
    expect(await page.getByLabel('Target gross margin').inputValue()).toBe('20')

    await page.getByRole('button', { name: /^Scenarios/ }).click()
    const [download] = await Promise.all([
      page.waitForEvent('download'),
      page.getByRole('menuitem', { name: /Export to file/ }).click(),
    ])
    const path = '/tmp/iel-e2e-scenario-with-economics.json'
    await download.saveAs(path)
    const file = JSON.parse(await readFile(path, 'utf8')) as {
      kind: string
      economics: { targetGrossMargin: number } | null
    }
    expect(file.kind).toBe('inference-economics-lab/scenario')
    expect(file.economics?.targetGrossMargin).toBeCloseTo(0.2, 10)

    expect(errors).toEqual([])
    await page.close()
  })

  it('fleet & power and hardware: charts, the boundary on energy figures, the speculative horizon off by default', async () => {
    if (!browser) throw new Error('browser did not launch')
    const page = await browser.newPage({ viewport: { width: 1920, height: 1080 } })
    const errors = collectConsoleErrors(page)
    await page.goto(BASE_URL, { waitUntil: 'networkidle' })

    await openView(page, 'Fleet & power')
    const energy = page.getByRole('figure', { name: 'Energy to serve the demand' })
    await energy
      .locator('.recharts-wrapper .recharts-surface')
      .last()
      .waitFor({ state: 'visible', timeout: 20_000 })
    expect(await energy.innerText()).toContain('Energy at the facility boundary')
    expect(
      await page.getByRole('figure', { name: 'Hardware to serve the demand' }).innerText(),
    ).toContain('$700B')
    expect(
      await page
        .getByRole('table', { name: 'What each lever is worth at the site' })
        .locator('tbody tr')
        .count(),
    ).toBe(4)

    await openView(page, 'Hardware')
    await page.getByRole('heading', { name: /Disaggregated serving/ }).waitFor({ timeout: 20_000 })
    expect(await page.locator('.econ-config').count()).toBe(3)
    expect(await page.locator('.econ-config').nth(2).innerText()).toMatch(/Split: H100 → Groq LPU/)
    await page.getByRole('button', { name: 'Load the mature-node preset' }).waitFor()

    const horizon = page.getByRole('figure', {
      name: /Cost per token to 2030, and a speculative look beyond/,
    })
    expect(await horizon.innerText()).not.toContain('SPECULATIVE')
    await page.getByRole('checkbox', { name: 'Speculative 2031–2035' }).check()
    await horizon.getByText('SPECULATIVE: not a forecast').waitFor({ timeout: 20_000 })
    expect(await horizon.innerText()).toContain('2035')

    expect(errors).toEqual([])
    await page.close()
  })
})
