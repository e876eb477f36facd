import type { SimulationResult } from '@/engine/index'
import { formatPercent, formatSeconds } from '@/lib/format'

import { phaseBindings, type PhaseBinding } from '../model/binding'

function BindingCard({
  binding,
  seconds,
}: {
  readonly binding: PhaseBinding
  readonly seconds: string
}) {
  const title =
    binding.phase === 'prefill' ? 'Prefill · reading the prompt' : 'Decode · writing the answer'
  return (
    <article
      className={`card binding binding-${binding.phase}`}
      aria-label={`${title}: ${binding.boundLabel}`}
    >
      <header className="binding-header">
        <h3>{title}</h3>
        <span className={`bound-badge bound-${binding.bound}`}>{binding.boundLabel}</span>
      </header>
      <p className="binding-sentence">{binding.sentence}</p>
      <p className="binding-facts">
        <span>
          <strong className="num">{formatPercent(binding.peakShare)}</strong> of peak FLOP/s
        </span>
        <span>
          <strong className="num">{seconds}</strong> for the batch
        </span>
      </p>
    </article>
  )
}

export function PhaseBindings({ result }: { readonly result: SimulationResult }) {
  const [prefill, decode] = phaseBindings(result)
  return (
    <section className="bindings" aria-label="What binds each phase">
      <BindingCard binding={prefill} seconds={formatSeconds(result.prefill.seconds)} />
      <BindingCard binding={decode} seconds={formatSeconds(result.decode.seconds)} />
    </section>
  )
}
