import { LEVERS, type ScenarioInput } from '@/engine/index'

import { LeverEffectRow } from './lever-effect-row'

interface LeverOverridesCardProps {
  readonly input: ScenarioInput
  readonly onCommit: (next: ScenarioInput) => void
}

const GROUP_WORDS: Readonly<Record<string, string>> = {
  computeMemory: 'Compute and memory',
  networking: 'Networking',
  software: 'Software',
  architecture: 'Architecture',
}

/** Every lever's effects at full adoption, with the user's overrides. */
export function LeverOverridesCard({ input, onCommit }: LeverOverridesCardProps) {
  const set = input.assumptions ?? 'article'
  const overrides = input.leverOverrides ?? {}
  const editedLevers = Object.values(overrides).filter((o) => o && Object.keys(o).length > 0).length
  return (
    <section
      className="card assumption-card assumption-card-wide"
      aria-labelledby="lever-effects-title"
    >
      <div className="assumption-card-head">
        <div>
          <h2 id="lever-effects-title">Lever effects</h2>
          <p>
            What each lever does to the engine at full adoption, as{' '}
            <strong>low / base / high</strong>. The catalogue column shows the{' '}
            {set === 'article' ? 'Article' : 'Evidence'} set; your own range replaces it under both
            sets. The base value drives the figures; low and high drive the uncertainty band. A
            multiplier of 0.5 halves the quantity, 2 doubles it.
          </p>
        </div>
        {editedLevers > 0 ? (
          <button
            type="button"
            className="button"
            onClick={() => onCommit(withoutOverrides(input))}
          >
            Reset lever effects ({editedLevers} lever{editedLevers === 1 ? '' : 's'})
          </button>
        ) : null}
      </div>
      <div className="lever-override-list">
        {LEVERS.map((lever) => {
          const byParam = overrides[lever.id] ?? {}
          const count = Object.keys(byParam).length
          return (
            <details key={lever.id} className="lever-override" open={count > 0 ? true : undefined}>
              <summary>
                <span className="lever-override-name">{lever.name}</span>
                <span className="lever-override-group">
                  {GROUP_WORDS[lever.group] ?? lever.group}
                </span>
                <span className="lever-override-count">
                  {lever.effects.length} effect{lever.effects.length === 1 ? '' : 's'}
                </span>
                {count > 0 ? <span className="edited-badge">{count} edited</span> : null}
              </summary>
              <p className="lever-override-mechanism">{lever.mechanism}</p>
              <table className="effect-table">
                <thead>
                  <tr>
                    <th scope="col">Effect</th>
                    <th scope="col">Catalogue (low / base / high)</th>
                    <th scope="col">Low</th>
                    <th scope="col">Base</th>
                    <th scope="col">High</th>
                    <th scope="col">
                      <span className="visually-hidden">Status</span>
                    </th>
                  </tr>
                </thead>
                <tbody>
                  {lever.effects.map((effect) => (
                    <LeverEffectRow
                      key={effect.param}
                      leverId={lever.id}
                      leverName={lever.name}
                      effect={effect}
                      catalogue={effect.ranges[set]}
                      override={byParam[effect.param]}
                      input={input}
                      onCommit={onCommit}
                    />
                  ))}
                </tbody>
              </table>
            </details>
          )
        })}
      </div>
    </section>
  )
}

function withoutOverrides(input: ScenarioInput): ScenarioInput {
  const { leverOverrides: _removed, ...rest } = input
  return rest
}
