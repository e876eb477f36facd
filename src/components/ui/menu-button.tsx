import { useEffect, useId, useRef, useState, type KeyboardEvent, type ReactNode } from 'react'

export interface MenuItem {
  readonly id: string
  readonly label: string
  /** Small print under the label. */
  readonly hint?: string
  readonly disabled?: boolean
  /** A checkable item (menuitemcheckbox); the menu stays open when it is toggled. */
  readonly checked?: boolean
  /** Starts a new group (a divider above it). */
  readonly separated?: boolean
  readonly onSelect: () => void
}

interface MenuButtonProps {
  /** Text of the button. */
  readonly label: ReactNode
  /** Accessible name when the label is not enough ("Export chart: Cost per token"). */
  readonly ariaLabel?: string
  readonly items: readonly MenuItem[]
  /** Heading inside the menu. */
  readonly heading?: string
  readonly className?: string
  /** Which edge of the button the menu lines up with. */
  readonly align?: 'start' | 'end'
}

/**
 * A button that opens a menu (WAI-ARIA menu button pattern): Enter, Space or ↓ opens it on the
 * first item, ↑ on the last; arrows, Home and End move; Escape or Tab closes it and focus returns
 * to the button; a click outside closes it.
 */
export function MenuButton({
  label,
  ariaLabel,
  items,
  heading,
  className,
  align = 'end',
}: MenuButtonProps) {
  const [open, setOpen] = useState(false)
  const [focusIndex, setFocusIndex] = useState(0)
  const rootRef = useRef<HTMLDivElement>(null)
  const buttonRef = useRef<HTMLButtonElement>(null)
  const itemRefs = useRef<(HTMLButtonElement | null)[]>([])
  const menuId = useId()
  const enabled = items.map((item, i) => (item.disabled ? -1 : i)).filter((i) => i >= 0)

  useEffect(() => {
    if (!open) return
    itemRefs.current[focusIndex]?.focus()
  }, [open, focusIndex])

  useEffect(() => {
    if (!open) return
    const onPointer = (event: PointerEvent): void => {
      if (rootRef.current && !rootRef.current.contains(event.target as Node)) setOpen(false)
    }
    document.addEventListener('pointerdown', onPointer)
    return () => document.removeEventListener('pointerdown', onPointer)
  }, [open])

  const openAt = (which: 'first' | 'last'): void => {
    if (enabled.length === 0) return
    setFocusIndex(which === 'first' ? enabled[0]! : enabled[enabled.length - 1]!)
    setOpen(true)
  }

  const close = (refocus: boolean): void => {
    setOpen(false)
    if (refocus) buttonRef.current?.focus()
  }

  const move = (step: number): void => {
    const at = enabled.indexOf(focusIndex)
    const next = enabled[(at + step + enabled.length) % enabled.length]
    if (next !== undefined) setFocusIndex(next)
  }

  const onMenuKey = (event: KeyboardEvent): void => {
    switch (event.key) {
      case 'ArrowDown':
        event.preventDefault()
        move(1)
        break
      case 'ArrowUp':
        event.preventDefault()
        move(-1)
        break
      case 'Home':
        event.preventDefault()
        setFocusIndex(enabled[0] ?? 0)
        break
      case 'End':
        event.preventDefault()
        setFocusIndex(enabled[enabled.length - 1] ?? 0)
        break
      case 'Escape':
        event.preventDefault()
        event.stopPropagation()
        close(true)
        break
      case 'Tab':
        close(false)
        break
      default:
        break
    }
  }

  return (
    <div className={`menu-button ${className ?? ''}`} ref={rootRef}>
      <button
        ref={buttonRef}
        type="button"
        className="button"
        aria-haspopup="menu"
        aria-expanded={open}
        aria-controls={open ? menuId : undefined}
        aria-label={ariaLabel}
        onClick={() => (open ? close(false) : openAt('first'))}
        onKeyDown={(event) => {
          if (event.key === 'ArrowDown') {
            event.preventDefault()
            openAt('first')
          } else if (event.key === 'ArrowUp') {
            event.preventDefault()
            openAt('last')
          }
        }}
      >
        {label}
        <span aria-hidden="true" className="menu-button-caret">
          ▾
        </span>
      </button>
      {open ? (
        <div
          className={`menu-popover menu-align-${align}`}
          id={menuId}
          role="menu"
          aria-label={heading ?? ariaLabel}
          onKeyDown={onMenuKey}
        >
          {heading ? (
            <div className="menu-heading" role="presentation">
              {heading}
            </div>
          ) : null}
          {items.map((item, i) => (
            <button
              key={item.id}
              ref={(el) => {
                itemRefs.current[i] = el
              }}
              type="button"
              role={item.checked === undefined ? 'menuitem' : 'menuitemcheckbox'}
              aria-checked={item.checked}
              aria-disabled={item.disabled || undefined}
              tabIndex={i === focusIndex ? 0 : -1}
              className={`menu-item${item.separated ? ' menu-item-separated' : ''}`}
              onClick={() => {
                if (item.disabled) return
                if (item.checked === undefined) close(true)
                item.onSelect()
              }}
            >
              {item.checked === undefined ? null : (
                <span className="menu-check" aria-hidden="true">
                  {item.checked ? '✓' : ''}
                </span>
              )}
              <span className="menu-item-text">
                <span>{item.label}</span>
                {item.hint ? <small>{item.hint}</small> : null}
              </span>
            </button>
          ))}
        </div>
      ) : null}
    </div>
  )
}
