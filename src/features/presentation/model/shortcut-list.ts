export type ShortcutCommand =
  'toggle' | 'leave' | 'next' | 'previous' | 'first' | 'last' | 'freeze' | 'legend'

export interface ShortcutSpec {
  readonly command: ShortcutCommand
  /** Keys as KeyboardEvent.key values. */
  readonly keys: readonly string[]
  /** What the legend shows for the keys. */
  readonly label: string
  readonly description: string
  /** Whether the key works only while presenting. */
  readonly presentingOnly: boolean
  /** In the small always-visible legend of presentation mode. */
  readonly inStrip: boolean
}

/** Every keyboard shortcut, in legend order (app/shortcuts.ts maps keys to commands from this list). */
export const SHORTCUTS: readonly ShortcutSpec[] = [
  {
    command: 'toggle',
    keys: ['p', 'P'],
    label: 'P',
    description: 'Start or stop presenting',
    presentingOnly: false,
    inStrip: false,
  },
  {
    command: 'next',
    keys: ['ArrowRight', 'PageDown', ' '],
    label: '→',
    description: 'Next step of the story',
    presentingOnly: true,
    inStrip: true,
  },
  {
    command: 'previous',
    keys: ['ArrowLeft', 'PageUp'],
    label: '←',
    description: 'Previous step',
    presentingOnly: true,
    inStrip: true,
  },
  {
    command: 'first',
    keys: ['Home'],
    label: 'Home',
    description: 'First step',
    presentingOnly: true,
    inStrip: false,
  },
  {
    command: 'last',
    keys: ['End'],
    label: 'End',
    description: 'Last step',
    presentingOnly: true,
    inStrip: false,
  },
  {
    command: 'freeze',
    keys: ['f', 'F'],
    label: 'F',
    description: 'Freeze the figures while you talk or set up the next change (again to release)',
    presentingOnly: false,
    inStrip: true,
  },
  {
    command: 'legend',
    keys: ['?'],
    label: '?',
    description: 'Show or hide this list of shortcuts',
    presentingOnly: false,
    inStrip: true,
  },
  {
    command: 'leave',
    keys: ['Escape'],
    label: 'Esc',
    description: 'Leave presentation mode',
    presentingOnly: true,
    inStrip: true,
  },
]
