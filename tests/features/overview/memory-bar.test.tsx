import { render, screen } from '@testing-library/react'
import { describe, expect, it } from 'vitest'

import { MemoryBar } from '@/features/overview/components/memory-bar'

import { engineResult } from './model/fixtures'

describe('MemoryBar', () => {
  it('counts the sequences in the batch in words that agree with the number', () => {
    const { unmount } = render(<MemoryBar result={engineResult({ workload: { batchSize: 1 } })} />)
    expect(
      screen.getByText(/^The KV cache holds the one sequence in the batch; memory\s+would hold/),
    ).toBeInTheDocument()
    unmount()
    render(<MemoryBar result={engineResult({ workload: { batchSize: 8 } })} />)
    expect(screen.getByText(/^The KV cache holds the 8 sequences in the batch/)).toBeInTheDocument()
  })
})
