import { useEffect, useMemo, useState } from 'react'
import { useShallow } from 'zustand/react/shallow'

import { Dialog } from '@/components/ui/dialog'
import { useScenarioCheck } from '@/components/ui/scenario-check'
import { downloadText, fileName } from '@/lib/export/download'
import { MAX_NAME_LENGTH, type SavedScenario } from '@/state/library-slice'
import { useAppStore } from '@/state/store'

import { byUpdated, describeInput, formatSavedTime, savedProblems } from '../model/describe'
import { serializeLibraryFile, serializeScenarioFile } from '../model/scenario-file'

interface LibraryDialogProps {
  readonly onClose: () => void
  readonly onImport: () => void
}

function RenameForm({
  saved,
  onDone,
}: {
  readonly saved: SavedScenario
  readonly onDone: () => void
}) {
  const rename = useAppStore((s) => s.renameScenario)
  const [name, setName] = useState(saved.name)
  return (
    <form
      className="library-rename"
      onSubmit={(event) => {
        event.preventDefault()
        if (name.trim()) rename(saved.id, name)
        onDone()
      }}
    >
      <input
        className="input"
        aria-label={`New name for ${saved.name}`}
        value={name}
        maxLength={MAX_NAME_LENGTH}
        autoFocus
        onChange={(event) => setName(event.currentTarget.value)}
        onKeyDown={(event) => {
          if (event.key === 'Escape') {
            event.preventDefault()
            event.stopPropagation()
            onDone()
          }
        }}
      />
      <button type="submit" className="button button-primary">
        Rename
      </button>
      <button type="button" className="button" onClick={onDone}>
        Cancel
      </button>
    </form>
  )
}

/** The saved scenarios: open, rename, duplicate, export, delete; import and export all. */
export function LibraryDialog({ onClose, onImport }: LibraryDialogProps) {
  const { scenarios, activeId, persistence } = useAppStore(
    useShallow((s) => ({
      scenarios: s.library.scenarios,
      activeId: s.library.activeId,
      persistence: s.library.persistence,
    })),
  )
  const openScenario = useAppStore((s) => s.openScenario)
  const duplicateScenario = useAppStore((s) => s.duplicateScenario)
  const deleteScenario = useAppStore((s) => s.deleteScenario)
  const notify = useAppStore((s) => s.notify)
  const [renaming, setRenaming] = useState<string | null>(null)
  const [confirmDelete, setConfirmDelete] = useState<string | null>(null)
  const sorted = useMemo(() => [...scenarios].sort(byUpdated), [scenarios])
  const descriptions = useMemo(
    () => new Map(scenarios.map((s) => [s.id, describeInput(s.input)])),
    [scenarios],
  )
  // Which saved scenarios cannot be opened, checked by the engine in the worker (the app's port).
  const check = useScenarioCheck()
  const [problemsById, setProblemsById] = useState<ReadonlyMap<string, readonly string[]>>(
    () => new Map(),
  )
  useEffect(() => {
    if (!check) return
    let current = true
    void savedProblems(scenarios, check).then((found) => {
      if (current) setProblemsById(found)
    })
    return () => {
      current = false
    }
  }, [scenarios, check])

  const exportOne = (saved: SavedScenario): void => {
    downloadText(
      serializeScenarioFile(saved, new Date().toISOString()),
      fileName(saved.name, 'json'),
      'application/json',
    )
  }

  return (
    <Dialog
      title="Saved scenarios"
      wide
      onClose={onClose}
      footer={
        <>
          <button type="button" className="button" onClick={onImport}>
            Import from file…
          </button>
          <button
            type="button"
            className="button"
            disabled={scenarios.length === 0}
            onClick={() =>
              downloadText(
                serializeLibraryFile(sorted, new Date().toISOString()),
                fileName('saved-scenarios', 'json'),
                'application/json',
              )
            }
          >
            Export all ({scenarios.length})
          </button>
          <button type="button" className="button button-primary" onClick={onClose}>
            Close
          </button>
        </>
      }
    >
      {persistence.status !== 'ok' && persistence.message ? (
        <div className="banner banner-warning" role="status">
          {persistence.message}
        </div>
      ) : null}
      {sorted.length === 0 ? (
        <p className="library-empty">
          No saved scenarios yet. Use <strong>Save as…</strong> in the Scenarios menu to keep the
          current one in this browser, or import a file.
        </p>
      ) : (
        <ul className="library-list" aria-label="Saved scenarios">
          {sorted.map((saved) => {
            const description = descriptions.get(saved.id)
            const problems = problemsById.get(saved.id) ?? []
            return (
              <li
                key={saved.id}
                className="library-item"
                aria-current={saved.id === activeId ? 'true' : undefined}
              >
                <div className="library-item-main">
                  {renaming === saved.id ? (
                    <RenameForm saved={saved} onDone={() => setRenaming(null)} />
                  ) : (
                    <p className="library-item-name">
                      {saved.name}
                      {saved.id === activeId ? (
                        <span className="library-open-tag">open</span>
                      ) : null}
                      {description?.custom ? (
                        <span
                          className="edited-badge"
                          title="Uses edited assumptions (hardware, model, prices or lever effects)"
                        >
                          edited
                        </span>
                      ) : null}
                    </p>
                  )}
                  <p className="library-item-summary">{description?.summary}</p>
                  <p className="library-item-time">Saved {formatSavedTime(saved.updatedAt)}</p>
                  {problems.length > 0 ? (
                    <p className="field-error">
                      Cannot be opened in this version: {problems.join('; ')}
                    </p>
                  ) : null}
                </div>
                {confirmDelete === saved.id ? (
                  <div
                    className="library-item-actions"
                    role="group"
                    aria-label={`Confirm deleting ${saved.name}`}
                  >
                    <span>Delete “{saved.name}”?</span>
                    <button
                      type="button"
                      className="button button-danger"
                      onClick={() => {
                        deleteScenario(saved.id)
                        setConfirmDelete(null)
                        notify('info', `Deleted “${saved.name}”.`)
                      }}
                    >
                      Delete
                    </button>
                    <button type="button" className="button" onClick={() => setConfirmDelete(null)}>
                      Keep
                    </button>
                  </div>
                ) : (
                  <div
                    className="library-item-actions"
                    role="group"
                    aria-label={`Actions for ${saved.name}`}
                  >
                    <button
                      type="button"
                      className="button button-primary"
                      disabled={problems.length > 0}
                      aria-label={`Open ${saved.name}`}
                      onClick={() => {
                        if (openScenario(saved.id)) onClose()
                      }}
                    >
                      Open
                    </button>
                    <button
                      type="button"
                      className="button"
                      aria-label={`Rename ${saved.name}`}
                      onClick={() => setRenaming(saved.id)}
                    >
                      Rename
                    </button>
                    <button
                      type="button"
                      className="button"
                      aria-label={`Duplicate ${saved.name}`}
                      onClick={() => duplicateScenario(saved.id)}
                    >
                      Duplicate
                    </button>
                    <button
                      type="button"
                      className="button"
                      aria-label={`Export ${saved.name} as a file`}
                      onClick={() => exportOne(saved)}
                    >
                      Export
                    </button>
                    <button
                      type="button"
                      className="button button-ghost"
                      aria-label={`Delete ${saved.name}`}
                      onClick={() => setConfirmDelete(saved.id)}
                    >
                      Delete
                    </button>
                  </div>
                )}
              </li>
            )
          })}
        </ul>
      )}
    </Dialog>
  )
}
