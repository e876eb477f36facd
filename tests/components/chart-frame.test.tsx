import { render, screen, within } from '@testing-library/react'
import userEvent from '@testing-library/user-event'
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest'

import { ChartFrame } from '@/components/ui/chart-frame'
import { ExportProvenanceContext } from '@/components/ui/export-provenance'

const DATA = {
  columns: [
    { key: 'year', label: 'Year' },
    { key: 'cost', label: 'Cost', unit: '$/M tokens' },
  ],
  rows: [{ year: 2026, cost: 0.98 }],
}

describe('ChartFrame', () => {
  let blobs: Blob[]
  let names: string[]

  beforeEach(() => {
    blobs = []
    names = []
    Object.defineProperty(URL, 'createObjectURL', {
      configurable: true,
      value: (blob: Blob) => {
        blobs.push(blob)
        return 'blob:x'
      },
    })
    Object.defineProperty(URL, 'revokeObjectURL', { configurable: true, value: () => undefined })
    vi.spyOn(HTMLAnchorElement.prototype, 'click').mockImplementation(function (
      this: HTMLAnchorElement,
    ) {
      names.push(this.download)
    })
  })

  afterEach(() => {
    vi.restoreAllMocks()
  })

  it('keeps its existing props: title, subtitle, sources and actions', () => {
    render(
      <ChartFrame
        title="Cost per token"
        subtitle="Llama 3.3 70B on H100"
        sources="engine"
        actions={<button type="button">Log scale</button>}
      >
        <p>chart</p>
      </ChartFrame>,
    )
    expect(screen.getByRole('figure', { name: 'Cost per token' })).toBeInTheDocument()
    expect(screen.getByText('Llama 3.3 70B on H100')).toBeInTheDocument()
    expect(screen.getByText('Sources: engine')).toBeInTheDocument()
    expect(screen.getByRole('button', { name: 'Log scale' })).toBeInTheDocument()
  })

  it('offers PNG and SVG always, and CSV, JSON and copy when it has data', async () => {
    const user = userEvent.setup()
    const { rerender } = render(
      <ChartFrame title="No data">
        <p>chart</p>
      </ChartFrame>,
    )
    await user.click(screen.getByRole('button', { name: 'Export: No data' }))
    expect(screen.getAllByRole('menuitem').map((i) => i.textContent)).toEqual([
      'PNG image2× resolution, for slides',
      'SVG imagevector, for editing',
    ])
    await user.keyboard('{Escape}')
    rerender(
      <ChartFrame title="With data" data={DATA}>
        <p>chart</p>
      </ChartFrame>,
    )
    await user.click(screen.getByRole('button', { name: 'Export: With data' }))
    const menu = screen.getByRole('menu')
    expect(within(menu).getAllByRole('menuitem')).toHaveLength(5)
  })

  it('downloads the data as CSV with units, named after the chart, and says so', async () => {
    const user = userEvent.setup()
    render(
      <ChartFrame title="Cost per token, 2026–2030" data={DATA}>
        <p>chart</p>
      </ChartFrame>,
    )
    await user.click(screen.getByRole('button', { name: /^Export/ }))
    await user.click(screen.getByRole('menuitem', { name: /CSV data/ }))
    expect(names).toEqual(['cost-per-token-2026-2030.csv'])
    expect(await blobs[0]?.text()).toBe(
      '# Cost per token, 2026–2030\r\nYear,Cost ($/M tokens)\r\n2026,0.98\r\n',
    )
    expect(screen.getByRole('status')).toHaveTextContent('Saved cost-per-token-2026-2030.csv.')
  })

  it('writes the sources line into the CSV, as the chart shows it (it was left out)', async () => {
    const user = userEvent.setup()
    render(
      <ChartFrame title="Cost" subtitle="Scenario A" sources="engine; NVIDIA datasheet" data={DATA}>
        <p>chart</p>
      </ChartFrame>,
    )
    await user.click(screen.getByRole('button', { name: /^Export/ }))
    await user.click(screen.getByRole('menuitem', { name: /CSV data/ }))
    expect(await blobs[0]?.text()).toBe(
      '# Cost\r\n# Scenario A\r\n# sources: engine; NVIDIA datasheet\r\nYear,Cost ($/M tokens)\r\n2026,0.98\r\n',
    )
  })

  it('says in every export what its figures were computed for, where that is not the scenario', async () => {
    const user = userEvent.setup()
    const provenance = {
      app: 'Inference Economics Lab',
      appVersion: '1.0.0',
      exportedAt: '2026-12-07T00:00:00.000Z',
      assumptionSet: 'article',
      levers: {},
      model: 'Llama 3.3 70B Instruct',
      hardware: '8× NVIDIA H100 SXM5 80GB',
      workload: 'chat workload',
      year: 2026,
      accuracy: '±8 %',
      shareLink: 'https://example.test/#s=x',
    }
    render(
      <ExportProvenanceContext value={() => provenance}>
        <ChartFrame title="Claims" data={DATA} exportScope="each claim's own scenario (rows)">
          <p>chart</p>
        </ChartFrame>
      </ExportProvenanceContext>,
    )
    await user.click(screen.getByRole('button', { name: /^Export/ }))
    await user.click(screen.getByRole('menuitem', { name: /CSV data/ }))
    expect(await blobs[0]?.text()).toContain("# figures: each claim's own scenario (rows)\r\n")
    await user.click(screen.getByRole('button', { name: /^Export/ }))
    await user.click(screen.getByRole('menuitem', { name: /JSON data/ }))
    expect(JSON.parse((await blobs[1]?.text()) ?? '')).toMatchObject({
      provenance: { scope: "each claim's own scenario (rows)", model: 'Llama 3.3 70B Instruct' },
    })
  })

  it('downloads JSON with the title, scenario line and sources', async () => {
    const user = userEvent.setup()
    render(
      <ChartFrame
        title="Cost"
        subtitle="Scenario A"
        sources="engine"
        data={DATA}
        exportName="my-chart"
      >
        <p>chart</p>
      </ChartFrame>,
    )
    await user.click(screen.getByRole('button', { name: /^Export/ }))
    await user.click(screen.getByRole('menuitem', { name: /JSON data/ }))
    expect(names).toEqual(['my-chart.json'])
    expect(JSON.parse((await blobs[0]?.text()) ?? '')).toMatchObject({
      title: 'Cost',
      subtitle: 'Scenario A',
      sources: 'engine',
      rows: [{ year: 2026, cost: 0.98 }],
    })
  })

  it('can be turned off', () => {
    render(
      <ChartFrame title="Plain" exportable={false}>
        <p>chart</p>
      </ChartFrame>,
    )
    expect(screen.queryByRole('button', { name: /Export/ })).not.toBeInTheDocument()
  })
})

describe('MenuButton keyboard', () => {
  it('opens on ArrowDown, moves with arrows, closes on Escape with focus back on the button', async () => {
    const user = userEvent.setup()
    render(
      <ChartFrame title="Keys" data={DATA}>
        <p>chart</p>
      </ChartFrame>,
    )
    const button = screen.getByRole('button', { name: 'Export: Keys' })
    button.focus()
    await user.keyboard('{ArrowDown}')
    expect(button).toHaveAttribute('aria-expanded', 'true')
    expect(screen.getByRole('menuitem', { name: /PNG/ })).toHaveFocus()
    await user.keyboard('{ArrowDown}')
    expect(screen.getByRole('menuitem', { name: /SVG/ })).toHaveFocus()
    await user.keyboard('{End}')
    expect(screen.getByRole('menuitem', { name: /Copy data/ })).toHaveFocus()
    await user.keyboard('{ArrowDown}')
    expect(screen.getByRole('menuitem', { name: /PNG/ })).toHaveFocus()
    await user.keyboard('{Escape}')
    expect(screen.queryByRole('menu')).not.toBeInTheDocument()
    expect(button).toHaveFocus()
  })
})
