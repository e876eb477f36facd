import { Dialog } from '@/components/ui/dialog'

import { SHORTCUTS } from '../model/shortcut-list'

function Keys({ keys }: { readonly keys: string }) {
  return <kbd>{keys}</kbd>
}

/** The always-visible reminder at the foot of the presentation. */
export function ShortcutStrip() {
  const next = SHORTCUTS.find((s) => s.command === 'next')
  const previous = SHORTCUTS.find((s) => s.command === 'previous')
  const rest = SHORTCUTS.filter(
    (s) => s.inStrip && s.command !== 'next' && s.command !== 'previous',
  )
  const short: Record<string, string> = {
    freeze: 'freeze',
    legend: 'all shortcuts',
    leave: 'leave',
  }
  return (
    <aside className="presenter-strip" aria-label="Keyboard shortcuts">
      <span>
        <Keys keys={previous?.label ?? '←'} /> <Keys keys={next?.label ?? '→'} /> step
      </span>
      {rest.map((s) => (
        <span key={s.command}>
          <Keys keys={s.label} /> {short[s.command] ?? s.description}
        </span>
      ))}
    </aside>
  )
}

/** The full list of shortcuts (the ? key). */
export function ShortcutLegend({ onClose }: { readonly onClose: () => void }) {
  return (
    <Dialog title="Keyboard shortcuts" onClose={onClose} className="pres-legend" closeKey="?">
      <dl className="pres-legend-list">
        {SHORTCUTS.map((s) => (
          <div key={s.command}>
            <dt>
              {s.keys
                .filter(
                  (k, i, all) => all.findIndex((o) => o.toLowerCase() === k.toLowerCase()) === i,
                )
                .map((k) => (
                  <kbd key={k}>{KEY_NAMES[k] ?? k.toUpperCase()}</kbd>
                ))}
            </dt>
            <dd>
              {s.description}
              {s.presentingOnly ? (
                <span className="pres-legend-note"> (while presenting)</span>
              ) : null}
            </dd>
          </div>
        ))}
      </dl>
      <p className="pres-legend-foot">
        Shortcuts do nothing while you type in a field. While presenting, →, ←, Page Down, Page Up
        and Space always step the story (a clicker works whatever has focus); otherwise Tab moves
        between controls and Enter or Space presses a button.
      </p>
    </Dialog>
  )
}

const KEY_NAMES: Record<string, string> = {
  ArrowRight: '→',
  ArrowLeft: '←',
  PageDown: 'Page Down',
  ' ': 'Space',
  PageUp: 'Page Up',
  Home: 'Home',
  End: 'End',
  Escape: 'Esc',
  '?': '?',
}
