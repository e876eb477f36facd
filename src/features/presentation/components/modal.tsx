import { useEffect, useId, useRef, type KeyboardEvent, type ReactNode } from 'react'
import { createPortal } from 'react-dom'

const FOCUSABLE =
  'a[href], button:not([disabled]), input:not([disabled]), select:not([disabled]), textarea:not([disabled]), [tabindex]:not([tabindex="-1"])'

interface ModalProps {
  readonly title: string
  readonly onClose: () => void
  readonly children: ReactNode
  readonly className?: string
  /** Extra content next to the title (actions). */
  readonly actions?: ReactNode
  /** Element id of a short description. */
  readonly describedBy?: string
  /** A key that closes the dialog besides Esc (the ? legend closes with ?). */
  readonly closeKey?: string
}

/**
 * A modal dialog rendered over the page: the page behind is inert, focus starts inside and
 * returns to where it was, Tab stays inside, Esc closes.
 */
export function Modal({
  title,
  onClose,
  children,
  className,
  actions,
  describedBy,
  closeKey,
}: ModalProps) {
  const panelRef = useRef<HTMLDivElement>(null)
  const titleId = useId()
  const onCloseRef = useRef(onClose)

  useEffect(() => {
    onCloseRef.current = onClose
  }, [onClose])

  useEffect(() => {
    const previous = document.activeElement instanceof HTMLElement ? document.activeElement : null
    const root = document.getElementById('root')
    const wasInert = root?.hasAttribute('inert') ?? false
    root?.setAttribute('inert', '')
    const panel = panelRef.current
    const first =
      panel?.querySelector<HTMLElement>('[data-autofocus]:not([disabled])') ??
      panel?.querySelector<HTMLElement>(FOCUSABLE)
    ;(first ?? panel)?.focus()
    return () => {
      if (!wasInert) root?.removeAttribute('inert')
      previous?.focus()
    }
  }, [])

  const onKeyDown = (event: KeyboardEvent<HTMLDivElement>): void => {
    if (event.key === 'Escape' || (closeKey !== undefined && event.key === closeKey)) {
      event.preventDefault()
      event.stopPropagation()
      onCloseRef.current()
      return
    }
    if (event.key !== 'Tab' || !panelRef.current) return
    const all = [...panelRef.current.querySelectorAll<HTMLElement>(FOCUSABLE)].filter(
      (el) => !el.closest('[hidden]'),
    )
    const visible = all.filter((el) => el.getClientRects().length > 0)
    const items = visible.length > 0 ? visible : all
    const firstItem = items[0]
    const lastItem = items[items.length - 1]
    if (!firstItem || !lastItem) return
    if (event.shiftKey && document.activeElement === firstItem) {
      event.preventDefault()
      lastItem.focus()
    } else if (!event.shiftKey && document.activeElement === lastItem) {
      event.preventDefault()
      firstItem.focus()
    }
  }

  return createPortal(
    <div className="pres-modal-backdrop">
      <div
        ref={panelRef}
        className={`pres-modal ${className ?? ''}`}
        role="dialog"
        aria-modal="true"
        aria-labelledby={titleId}
        aria-describedby={describedBy}
        tabIndex={-1}
        onKeyDown={onKeyDown}
      >
        <div className="pres-modal-head">
          <h2 id={titleId}>{title}</h2>
          <div className="pres-modal-actions">
            {actions}
            <button type="button" className="button" onClick={onClose}>
              Close
            </button>
          </div>
        </div>
        <div className="pres-modal-body">{children}</div>
      </div>
    </div>,
    document.body,
  )
}
