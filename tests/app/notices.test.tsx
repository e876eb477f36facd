import { act, render, screen } from '@testing-library/react'
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest'

import { NOTICE_MS, Notices, UNDO_NOTICE_MS } from '@/app/notices'
import { useAppStore } from '@/state/store'

const initialState = useAppStore.getState()

beforeEach(() => {
  useAppStore.setState(initialState, true)
  vi.useFakeTimers()
})
afterEach(() => {
  vi.useRealTimers()
})

describe('Notices', () => {
  it('close themselves after a few seconds; one with Undo stays longer', () => {
    render(<Notices />)
    act(() => useAppStore.getState().notify('info', 'Opened the shared story.'))
    act(() => useAppStore.getState().notify('warning', 'Preset applied.', { year: 2027 }))
    expect(screen.getByText('Opened the shared story.')).toBeInTheDocument()
    act(() => {
      vi.advanceTimersByTime(NOTICE_MS + 10)
    })
    expect(screen.queryByText('Opened the shared story.')).not.toBeInTheDocument()
    expect(screen.getByText('Preset applied.')).toBeInTheDocument()
    act(() => {
      vi.advanceTimersByTime(UNDO_NOTICE_MS - NOTICE_MS)
    })
    expect(screen.queryByText('Preset applied.')).not.toBeInTheDocument()
    expect(useAppStore.getState().notices).toEqual([])
  })

  it('NOTICE_MS is "a few seconds": long enough to read, short enough not to linger', () => {
    expect(NOTICE_MS).toBeGreaterThanOrEqual(4000)
    expect(NOTICE_MS).toBeLessThanOrEqual(8000)
  })
})
