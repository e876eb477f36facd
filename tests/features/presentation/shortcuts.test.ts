import { afterEach, beforeEach, describe, expect, it } from 'vitest'

import { installShortcuts, isTypingTarget } from '@/app/shortcuts'
import { DEFAULT_STORY } from '@/features/presentation/model/default-story'
import { createAppStore, type AppStore } from '@/state/store'

import { THREE_STEP_STORY } from './fixtures'

let store: AppStore
let uninstall: () => void
const VIEW_IDS = ['overview', 'trajectory']

function press(
  key: string,
  init: KeyboardEventInit = {},
  target: EventTarget = document.body,
): KeyboardEvent {
  const event = new KeyboardEvent('keydown', { key, bubbles: true, cancelable: true, ...init })
  target.dispatchEvent(event)
  return event
}

beforeEach(() => {
  store = createAppStore()
  uninstall = installShortcuts(store, () => VIEW_IDS)
})

afterEach(() => {
  uninstall()
  document.body.innerHTML = ''
})

describe('presentation shortcuts', () => {
  it('P starts and stops presenting; Esc leaves', () => {
    press('p')
    expect(store.getState().presentation).toBe(true)
    press('P')
    expect(store.getState().presentation).toBe(false)
    press('p')
    press('Escape')
    expect(store.getState().presentation).toBe(false)
  })

  it('→ and ← step through the story: scenario, view and step number', () => {
    store.getState().setStory(THREE_STEP_STORY)
    press('ArrowRight')
    expect(store.getState().storyStep).toBeNull() // only while presenting
    press('p')
    const next = press('ArrowRight')
    expect(next.defaultPrevented).toBe(true)
    expect(store.getState().storyStep).toBe(0)
    expect(store.getState().scenario).toEqual(THREE_STEP_STORY.steps[0]?.input)
    press('PageDown')
    expect(store.getState().storyStep).toBe(1)
    expect(store.getState().activeView).toBe('trajectory')
    press('ArrowRight')
    expect(store.getState().storyStep).toBe(2)
    expect(store.getState().activeView).toBe('overview') // 'nowhere' is not registered
    press('ArrowRight')
    expect(store.getState().storyStep).toBe(2)
    press('ArrowLeft')
    expect(store.getState().storyStep).toBe(1)
    press('Home')
    expect(store.getState().storyStep).toBe(0)
    press('End')
    expect(store.getState().storyStep).toBe(2)
  })

  it('plays the default story when the user has none', () => {
    press('p')
    press('ArrowRight')
    press('ArrowRight')
    expect(store.getState().scenario).toEqual(DEFAULT_STORY.steps[1]?.input)
    expect(store.getState().presetId).toBe(DEFAULT_STORY.steps[1]?.presetId)
  })

  it('F freezes and releases the figures; stepping or leaving presentation releases them', () => {
    press('f')
    expect(store.getState().frozen).toBe(true)
    press('f')
    expect(store.getState().frozen).toBe(false)
    press('p')
    press('f')
    expect(store.getState().frozen).toBe(true)
    press('F')
    expect(store.getState().frozen).toBe(false)
    press('f')
    press('ArrowRight')
    expect(store.getState().frozen).toBe(false)
    press('f')
    press('Escape')
    expect(store.getState().frozen).toBe(false)
  })

  it('? opens and closes the shortcut legend', () => {
    press('?', { shiftKey: true })
    expect(store.getState().shortcutsOpen).toBe(true)
    press('?', { shiftKey: true })
    expect(store.getState().shortcutsOpen).toBe(false)
  })

  it('ignores keys typed into fields, keys with Ctrl/Meta/Alt, and keys while a dialog is open', () => {
    const input = document.createElement('input')
    document.body.append(input)
    press('p', {}, input)
    expect(store.getState().presentation).toBe(false)
    press('p', { ctrlKey: true })
    press('p', { metaKey: true })
    expect(store.getState().presentation).toBe(false)
    const dialog = document.createElement('div')
    dialog.setAttribute('aria-modal', 'true')
    document.body.append(dialog)
    press('p')
    expect(store.getState().presentation).toBe(false)
  })

  it('leaves arrows to widgets that use them (tabs, sliders) when not presenting', () => {
    const tab = document.createElement('button')
    tab.setAttribute('role', 'tab')
    document.body.append(tab)
    const event = press('ArrowRight', {}, tab)
    expect(event.defaultPrevented).toBe(false)
    expect(store.getState().storyStep).toBeNull()
    press('f', {}, tab)
    expect(store.getState().frozen).toBe(true)
  })

  it.each(['ArrowRight', 'PageDown', ' '])(
    'while presenting, %j steps the story even when a tab or slider has focus, and the widget never sees it',
    (key) => {
      store.getState().setStory(THREE_STEP_STORY)
      store.getState().setPresentation(true)
      for (const role of ['tab', 'slider']) {
        const widget = document.createElement('button')
        widget.setAttribute('role', role)
        let widgetSaw = false
        widget.addEventListener('keydown', () => (widgetSaw = true))
        document.body.append(widget)
        const before = store.getState().storyStep
        press(key, {}, widget)
        expect(store.getState().storyStep).toBe(before === null ? 0 : before + 1)
        expect(widgetSaw).toBe(false)
      }
      press(key === ' ' ? 'ArrowLeft' : 'PageUp')
      expect(store.getState().storyStep).toBe(0)
    },
  )

  it('while presenting, PageDown steps even from a text field, but arrows stay with its caret', () => {
    store.getState().setStory(THREE_STEP_STORY)
    store.getState().setPresentation(true)
    const input = document.createElement('input')
    document.body.append(input)
    press('ArrowRight', {}, input)
    expect(store.getState().storyStep).toBeNull()
    press('PageDown', {}, input)
    expect(store.getState().storyStep).toBe(0)
  })

  it('a tab chosen by hand while presenting moves the story to the nearest step with that view', () => {
    store.getState().setStory(THREE_STEP_STORY)
    store.getState().setPresentation(true)
    press('PageDown')
    const steps = THREE_STEP_STORY.steps
    const other = steps.findIndex((s) => s.view !== steps[0]!.view)
    expect(other).toBeGreaterThan(0)
    store.getState().setActiveView(steps[other]!.view)
    expect(store.getState().storyStep).toBe(other)
    expect(store.getState().activeView).toBe(steps[other]!.view)
  })

  it('stops listening when uninstalled', () => {
    uninstall()
    press('p')
    expect(store.getState().presentation).toBe(false)
    uninstall = () => undefined
  })
})

describe('isTypingTarget', () => {
  it('treats text fields, selects, sliders and contenteditable as typing; buttons and checkboxes not', () => {
    const make = (html: string) => {
      const host = document.createElement('div')
      host.innerHTML = html
      document.body.append(host)
      return host.firstElementChild
    }
    expect(isTypingTarget(make('<input type="text">'))).toBe(true)
    expect(isTypingTarget(make('<input type="range">'))).toBe(true)
    expect(isTypingTarget(make('<textarea></textarea>'))).toBe(true)
    expect(isTypingTarget(make('<select></select>'))).toBe(true)
    expect(
      isTypingTarget(
        make('<div contenteditable="true"><span>x</span></div>')?.firstElementChild ?? null,
      ),
    ).toBe(true)
    expect(isTypingTarget(make('<input type="checkbox">'))).toBe(false)
    expect(isTypingTarget(make('<button>Go</button>'))).toBe(false)
  })
})
