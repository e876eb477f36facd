import { lazy, Suspense, useRef, useState } from 'react'
import { useShallow } from 'zustand/react/shallow'

import { MenuButton, type MenuItem } from '@/components/ui/menu-button'
import { useScenarioCheck } from '@/components/ui/scenario-check'
import { copyText } from '@/lib/export/clipboard'
import { downloadText, fileName } from '@/lib/export/download'
import { useAppStore } from '@/state/store'

import { shareLinkFor } from '../model/share-link'

import { ImportErrorDialog } from './import-error-dialog'
import { SaveAsDialog } from './save-as-dialog'
import { ShareLinkDialog } from './share-link-dialog'

import '../scenarios.css'

// The library list, and reading and writing scenario files: loaded when first used, so the first
// paint does not wait for them (their scenarios are checked by the engine in the worker).
const LibraryDialog = lazy(() =>
  import('./library-dialog').then((m) => ({ default: m.LibraryDialog })),
)

type OpenDialog =
  | { readonly kind: 'save-as' }
  | { readonly kind: 'library' }
  | {
      readonly kind: 'import-error'
      readonly message: string
      readonly problems: readonly string[]
    }
  | { readonly kind: 'share'; readonly url: string }

/** The scenario library in the header: save, open, import, export, share. */
export function LibraryMenu() {
  const { activeName, unsaved, count, names } = useAppStore(
    useShallow((s) => {
      const active = s.library.scenarios.find((x) => x.id === s.library.activeId)
      return {
        activeName: active?.name,
        unsaved:
          active !== undefined &&
          ((active.input !== s.scenario &&
            JSON.stringify(active.input) !== JSON.stringify(s.scenario)) ||
            // Economics inputs count only for a scenario saved with them (absent: saved before).
            (active.economics !== undefined &&
              JSON.stringify(active.economics) !== JSON.stringify(s.economics.inputs))),
        count: s.library.scenarios.length,
        names: s.library.scenarios.map((x) => x.name).join('\n'),
      }
    }),
  )
  const [dialog, setDialog] = useState<OpenDialog | null>(null)
  // Imported scenarios are checked by the engine in the worker, through the app's port.
  const check = useScenarioCheck()
  const fileRef = useRef<HTMLInputElement>(null)

  const close = (): void => setDialog(null)

  const save = (): void => {
    const s = useAppStore.getState()
    if (s.saveActiveScenario()) s.notify('info', `Saved “${activeName ?? ''}”.`)
    else setDialog({ kind: 'save-as' })
  }

  const exportCurrent = async (): Promise<void> => {
    const [{ describeInput }, { serializeScenarioFile }] = await Promise.all([
      import('../model/describe'),
      import('../model/scenario-file'),
    ])
    const s = useAppStore.getState()
    const name = activeName ?? s.scenario.name ?? describeInput(s.scenario).summary
    downloadText(
      serializeScenarioFile(
        { name, input: s.scenario, view: { tab: s.activeView }, economics: s.economics.inputs },
        new Date().toISOString(),
      ),
      fileName(name, 'json'),
      'application/json',
    )
    s.notify('info', `Exported “${name}” as a file.`)
  }

  const share = async (): Promise<void> => {
    const s = useAppStore.getState()
    const url = shareLinkFor(window.location, s.scenario, { tab: s.activeView }, s.economics.inputs)
    if (await copyText(url))
      s.notify(
        'info',
        s.economics.inputs
          ? 'Link copied. Whoever opens it sees this scenario, your economics inputs and this view.'
          : 'Link copied. Whoever opens it sees this scenario and this view.',
      )
    else setDialog({ kind: 'share', url })
  }

  const importFile = async (file: File): Promise<void> => {
    if (!check) {
      // Only outside the app (a test without the port): nothing is imported unchecked.
      useAppStore
        .getState()
        .notify('error', `“${file.name}” could not be imported: there is no engine to check it.`)
      return
    }
    const { readScenarioFile } = await import('../model/actions')
    const outcome = await readScenarioFile(file, check)
    const s = useAppStore.getState()
    if (!outcome.ok) {
      setDialog({ kind: 'import-error', message: outcome.message, problems: outcome.problems })
      return
    }
    const ids = s.addSavedScenarios(outcome.scenarios)
    if (ids.length === 1 && ids[0]) {
      s.openScenario(ids[0])
      const saved = useAppStore.getState().library.scenarios.find((x) => x.id === ids[0])
      s.notify('info', `Imported “${saved?.name ?? ''}” and opened it.`)
      setDialog(null)
    } else {
      s.notify('info', `Imported ${ids.length} scenarios into your saved scenarios.`)
      setDialog({ kind: 'library' })
    }
  }

  const items: readonly MenuItem[] = [
    {
      id: 'save',
      label: activeName ? `Save “${activeName}”` : 'Save',
      hint: activeName ? 'overwrite the saved copy' : 'name it first',
      onSelect: save,
    },
    {
      id: 'save-as',
      label: 'Save as…',
      hint: 'a new saved scenario',
      onSelect: () => setDialog({ kind: 'save-as' }),
    },
    {
      id: 'open',
      label: 'Open…',
      hint: count === 0 ? 'nothing saved yet' : `${count} saved in this browser`,
      onSelect: () => setDialog({ kind: 'library' }),
    },
    {
      id: 'import',
      label: 'Import from file…',
      hint: 'a .json scenario or library',
      separated: true,
      onSelect: () => fileRef.current?.click(),
    },
    {
      id: 'export',
      label: 'Export to file',
      hint: 'this scenario as .json',
      onSelect: () => void exportCurrent(),
    },
    {
      id: 'share',
      label: 'Copy share link',
      hint: 'scenario and view in the link',
      separated: true,
      onSelect: () => void share(),
    },
  ]

  return (
    <div className="library-menu">
      <MenuButton
        label={
          <span className="library-menu-label">
            <span>Scenarios</span>
            {activeName ? (
              <span className="library-menu-active" title={activeName}>
                {activeName}
                {unsaved ? <span aria-label="(unsaved changes)"> •</span> : null}
              </span>
            ) : null}
          </span>
        }
        ariaLabel={
          activeName
            ? `Scenarios: ${activeName}${unsaved ? ' (unsaved changes)' : ''}`
            : 'Scenarios'
        }
        heading="Scenario library"
        items={items}
      />
      <input
        ref={fileRef}
        type="file"
        accept="application/json,.json"
        className="visually-hidden"
        tabIndex={-1}
        aria-label="Import a scenario file"
        data-testid="scenario-import-input"
        onChange={(event) => {
          const file = event.currentTarget.files?.[0]
          event.currentTarget.value = ''
          if (file) void importFile(file)
        }}
      />
      {dialog?.kind === 'save-as' ? (
        <SaveAsDialog
          initialName={activeName ?? ''}
          existingNames={names ? names.split('\n') : []}
          onClose={close}
          onSave={(name) => {
            const s = useAppStore.getState()
            const id = s.saveScenarioAs(name)
            const saved = useAppStore.getState().library.scenarios.find((x) => x.id === id)
            s.notify('info', `Saved “${saved?.name ?? name}” in this browser.`)
            close()
          }}
        />
      ) : null}
      {dialog?.kind === 'library' ? (
        <Suspense fallback={null}>
          <LibraryDialog onClose={close} onImport={() => fileRef.current?.click()} />
        </Suspense>
      ) : null}
      {dialog?.kind === 'import-error' ? (
        <ImportErrorDialog message={dialog.message} problems={dialog.problems} onClose={close} />
      ) : null}
      {dialog?.kind === 'share' ? <ShareLinkDialog url={dialog.url} onClose={close} /> : null}
    </div>
  )
}
