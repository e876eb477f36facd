import { useEffect, useId, useRef, useState, type KeyboardEvent, type ReactNode } from 'react'
import { createPortal } from 'react-dom'

import './dialog.css'

const FOCUSABLE =
  'a[href], button:not([disabled]), input:not([disabled]), select:not([disabled]), textarea:not([disabled]), [tabindex]:not([tabindex="-1"])'

/** The dialogs open now, innermost last: only the topmost answers keys heard outside its panel. */
const openPanels: HTMLElement[] = []

interface DialogProps {
  readonly title: string
  readonly onClose: () => void
  readonly children: ReactNode
  /** Buttons along the bottom (Cancel / Save). */
  readonly footer?: ReactNode
  /** Buttons next to the title (Print, Present from step 1). */
  readonly actions?: ReactNode
  /** Wider layout for lists, tables and pages. */
  readonly wide?: boolean
  /** Announce as an alert dialog (an error the user must read). */
  readonly alert?: boolean
  readonly className?: string
  /** Element id of a short description. */
  readonly describedBy?: string
  /** A key that closes the dialog besides Esc (the ? legend closes with ?). */
  readonly closeKey?: string
}

/**
 * The one modal dialog of the app (the library's dialogs, the story editor, the handout, the
 * shortcut legend): rendered over the page, which is inert behind it; focus starts inside (on a
 * `data-autofocus` element if there is one), Tab stays inside, Esc closes, and focus returns to
 * where it was. A portal on document.body, so printing the handout can hide the page behind it.
 */
export function Dialog({
  title,
  onClose,
  children,
  footer,
  actions,
  wide,
  alert,
  className,
  describedBy,
  closeKey,
}: DialogProps) {
  const panelRef = useRef<HTMLDivElement>(null)
  const titleId = useId()
  const onCloseRef = useRef(onClose)
  const closeKeyRef = useRef(closeKey)
  // Where focus was when the dialog opened, read while it first renders: by the time an effect
  // runs, a child's autoFocus has already moved focus inside (the Save-as field), and focus was
  // then "returned" to that field, gone with the dialog, leaving it on the page's body.
  const [previous] = useState(() =>
    document.activeElement instanceof HTMLElement ? document.activeElement : null,
  )

  useEffect(() => {
    onCloseRef.current = onClose
    closeKeyRef.current = closeKey
  }, [onClose, closeKey])

  useEffect(() => {
    const root = document.getElementById('root')
    const wasInert = root?.hasAttribute('inert') ?? false
    root?.setAttribute('inert', '')
    const panel = panelRef.current
    const first =
      panel?.querySelector<HTMLElement>('[data-autofocus]:not([disabled])') ??
      panel?.querySelector<HTMLElement>(`.dialog-body :is(${FOCUSABLE})`) ??
      panel?.querySelector<HTMLElement>(FOCUSABLE)
    ;(first ?? panel)?.focus()
    if (panel) openPanels.push(panel)
    // A control inside that replaces itself (Delete → Delete / Keep, Rename → a field) drops focus
    // on the page's body, where the panel's own key handler never hears Esc. The topmost dialog
    // hears keys there: Esc (or its close key) closes it, any other key brings focus back inside.
    const onDocumentKey = (event: globalThis.KeyboardEvent): void => {
      if (!panel || openPanels[openPanels.length - 1] !== panel) return
      if (panel.contains(document.activeElement)) return
      if (event.key === 'Escape' || event.key === closeKeyRef.current) {
        event.preventDefault()
        onCloseRef.current()
        return
      }
      panel.focus()
    }
    document.addEventListener('keydown', onDocumentKey)
    return () => {
      document.removeEventListener('keydown', onDocumentKey)
      const at = panel ? openPanels.lastIndexOf(panel) : -1
      if (at >= 0) openPanels.splice(at, 1)
      if (!wasInert) root?.removeAttribute('inert')
      previous?.focus()
    }
  }, [previous])

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

  const classes = ['dialog', wide ? 'dialog-wide' : '', className ?? ''].filter(Boolean).join(' ')
  return createPortal(
    <div className="dialog-backdrop">
      <div
        ref={panelRef}
        className={classes}
        role={alert ? 'alertdialog' : 'dialog'}
        aria-modal="true"
        aria-labelledby={titleId}
        aria-describedby={describedBy}
        tabIndex={-1}
        onKeyDown={onKeyDown}
      >
        <div className="dialog-header">
          <h2 id={titleId}>{title}</h2>
          <div className="dialog-actions">
            {actions}
            <button type="button" className="button" onClick={onClose}>
              Close
            </button>
          </div>
        </div>
        <div className="dialog-body">{children}</div>
        {footer ? <div className="dialog-footer">{footer}</div> : null}
      </div>
    </div>,
    document.body,
  )
}
