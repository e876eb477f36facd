import { selectEconomicsResult, selectScenario } from '@/state/selectors'
import { useAppStore } from '@/state/store'

import { leversOn, scenarioLine } from '../model/scenario-line'

import { EconomicsStatus } from './economics-status'
import { HorizonPanel } from './horizon-panel'
import { MatureNodePanel } from './mature-node-panel'
import { RoadmapPanel } from './roadmap-panel'
import { ServingPanel } from './serving-panel'
import { ValueChainPanel } from './value-chain-panel'
import '../economics.css'

const SECTIONS = [
  { id: 'econ-roadmap', label: 'Roadmap check' },
  { id: 'econ-serving', label: 'Disaggregated serving' },
  { id: 'econ-mature', label: 'Mature node (7 nm)' },
  { id: 'econ-value', label: 'Value chain' },
  { id: 'econ-horizon', label: 'Beyond 2030' },
] as const

export function HardwareView() {
  const result = useAppStore(selectEconomicsResult)
  const scenario = useAppStore(selectScenario)
  if (!result?.serving || !result.matureNode || !result.valueChain || !result.horizon) {
    return (
      <section className="econ-view" aria-label="Hardware and value">
        <EconomicsStatus />
        <p className="view-loading">Computing the hardware comparisons…</p>
      </section>
    )
  }
  const line = scenarioLine(result, leversOn(scenario))
  return (
    <section className="econ-view" aria-label="Hardware and value">
      <EconomicsStatus />
      <nav className="econ-jump" aria-label="Sections">
        {SECTIONS.map((s) => (
          <a key={s.id} href={`#${s.id}`}>
            {s.label}
          </a>
        ))}
      </nav>

      <h2 className="econ-section-title" id="econ-roadmap">
        Roadmap check: the lever-built chip against announced parts
      </h2>
      <p className="econ-section-intro">
        The levers compound into a chip of each year. Set beside the parts vendors have announced
        for volume by then, it shows whether a forecast rests on hardware no one has announced: a
        ratio above 1 is more than that part offers, and a chip beyond every part on an axis is
        flagged.
      </p>
      <RoadmapPanel line={line} />

      <h2 className="econ-section-title" id="econ-serving">
        Disaggregated serving: prefill and decode on different hardware
      </h2>
      <p className="econ-section-intro">
        Prefill reads the prompt and is limited by compute; decode writes the answer one token at a
        time and is limited by memory bandwidth. Serving them on different chips lets each run on
        hardware built for it, at the price of sending the prompt’s KV cache across the network.
      </p>
      <ServingPanel serving={result.serving} line={line} pue={result.pue} />

      <h2 className="econ-section-title" id="econ-mature">
        Mature node: optimized models on 7 nm-class hardware
      </h2>
      <p className="econ-section-intro">
        The article’s geopolitical point: as software gains cut the work per token, mature-node
        chips, which China can make at scale, may reach competitive costs.
      </p>
      <MatureNodePanel
        comparison={result.matureNode}
        line={scenarioLine(result, leversOn(scenario), { hardware: null })}
        pue={result.pue}
        boundary={result.boundary}
      />

      <h2 className="econ-section-title" id="econ-value">
        Value chain: where value accrues as the levers move
      </h2>
      <p className="econ-section-intro">
        The article’s closing question: which suppliers earn each dollar of cost per token, today
        and under the scenario.
      </p>
      <ValueChainPanel chain={result.valueChain} line={line} />

      <h2 className="econ-section-title" id="econ-horizon">
        <span className="econ-horizon-label">Horizon · not part of the 2026–2030 model</span>
        <br />
        Beyond 2030: emerging compute paradigms
      </h2>
      <p className="econ-section-intro">
        The levers above are all built on CMOS silicon, which the article expects to deliver one or
        two orders of magnitude with diminishing gains. These paradigms could change the terms of
        the cost equation; none has numbers the article stands behind, so none enters any figure
        here.
      </p>
      <HorizonPanel
        horizon={result.horizon}
        line={line}
        pue={result.pue}
        boundary={result.boundary}
      />
    </section>
  )
}
