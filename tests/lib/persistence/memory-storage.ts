import type { StorageLike } from '@/lib/persistence/versioned-storage'

/** An in-memory Storage with an optional size quota (in characters), like a browser's. */
export class MemoryStorage implements StorageLike {
  readonly items = new Map<string, string>()
  constructor(private readonly quota = Infinity) {}

  getItem(key: string): string | null {
    return this.items.get(key) ?? null
  }

  setItem(key: string, value: string): void {
    let used = 0
    for (const [k, v] of this.items) if (k !== key) used += k.length + v.length
    if (used + key.length + value.length > this.quota)
      throw new DOMException('The quota has been exceeded.', 'QuotaExceededError')
    this.items.set(key, value)
  }

  removeItem(key: string): void {
    this.items.delete(key)
  }
}
