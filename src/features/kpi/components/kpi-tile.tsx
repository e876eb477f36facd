import { useId } from 'react'

import { useTweenedNumber } from '../hooks/use-tweened-number'
import type { KpiItem } from '../model/kpi-items'

export function KpiTile({ item }: { readonly item: KpiItem }) {
  const id = useId()
  const valueRef = useTweenedNumber<HTMLSpanElement>(item.value, item.format)
  return (
    <div
      className={`kpi${item.tone ? ` kpi-${item.tone}` : ''}`}
      data-kpi={item.id}
      role="group"
      tabIndex={0}
      aria-labelledby={`${id}-label`}
      aria-describedby={`${id}-tip`}
    >
      <p id={`${id}-label`} className="kpi-label">
        {item.label}
      </p>
      <p className="kpi-value">
        <span ref={valueRef} className="num">
          {item.format(item.value)}
        </span>
        {item.unit ? <span className="kpi-unit">{item.unit}</span> : null}
      </p>
      <p className="kpi-detail">{item.detail}</p>
      <span id={`${id}-tip`} role="tooltip" className="kpi-tip">
        {item.explanation}
      </span>
    </div>
  )
}
