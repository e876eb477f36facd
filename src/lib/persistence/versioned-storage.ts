/**
 * Versioned JSON in browser storage. Each value is stored in an envelope
 * `{ schemaVersion, savedAt, data }`; reading runs the migrations from the stored version up to the
 * current one. Nothing is lost silently:
 * - unreadable data (broken JSON, a failed migration, entries a repair drops) is copied to a backup key before anything
 *   new is written, and the user is told where it went; if even the backup cannot be written,
 *   saving stays off so the original is not overwritten;
 * - data from a newer version of the app is never overwritten by this one (read-only);
 * - a full storage (quota) or storage switched off returns a message instead of throwing.
 */

/** The subset of the Web Storage API used here (localStorage, or a stub in tests). */
export interface StorageLike {
  getItem(key: string): string | null
  setItem(key: string, value: string): void
  removeItem(key: string): void
}

export interface LegacyKey {
  readonly key: string
  /** Format version of what that key holds (stored without an envelope). */
  readonly version: number
}

export type ValidateOutcome<T> =
  | { readonly ok: true; readonly value: T; readonly warnings: readonly string[] }
  | { readonly ok: false; readonly error: string }

export interface VersionedFormat<T> {
  readonly key: string
  /** Current format version. */
  readonly version: number
  /** Migration from version n to n + 1, keyed by n. Each one is pure. */
  readonly migrations: Readonly<Record<number, (data: unknown) => unknown>>
  /** Keys used by earlier releases, read when `key` is empty. They are never deleted. */
  readonly legacyKeys?: readonly LegacyKey[]
  /** Checks data already migrated to `version`; may repair it, reporting each repair as a warning. */
  readonly validate: (data: unknown) => ValidateOutcome<T>
  readonly empty: () => T
  /** What the data is, in words, for messages: "your saved scenarios". */
  readonly noun: string
}

export type LoadStatus = 'empty' | 'loaded' | 'migrated' | 'recovered' | 'newer' | 'unavailable'

export interface LoadOutcome<T> {
  readonly value: T
  readonly status: LoadStatus
  /** Messages for the user (empty when all is well). */
  readonly messages: readonly string[]
  /** False when saving would destroy data this version cannot read, or storage is off. */
  readonly writable: boolean
}

export type SaveOutcome =
  | { readonly ok: true }
  | {
      readonly ok: false
      readonly reason: 'quota' | 'unavailable' | 'read-only'
      readonly message: string
    }

interface Envelope {
  readonly schemaVersion: number
  readonly savedAt?: string
  readonly data: unknown
}

function isEnvelope(value: unknown): value is Envelope {
  return (
    typeof value === 'object' &&
    value !== null &&
    !Array.isArray(value) &&
    typeof (value as { schemaVersion?: unknown }).schemaVersion === 'number' &&
    'data' in value
  )
}

export function isQuotaError(error: unknown): boolean {
  if (
    !(error instanceof Error) &&
    !(typeof DOMException !== 'undefined' && error instanceof DOMException)
  )
    return false
  const e = error as { name?: string; code?: number }
  return (
    e.name === 'QuotaExceededError' ||
    e.name === 'NS_ERROR_DOM_QUOTA_REACHED' ||
    e.code === 22 ||
    e.code === 1014
  )
}

/** Run the migrations from `from` up to `to`; throws with the failing step named. */
export function migrate(
  data: unknown,
  from: number,
  to: number,
  migrations: VersionedFormat<unknown>['migrations'],
): unknown {
  let value = data
  for (let v = from; v < to; v++) {
    const step = migrations[v]
    if (!step) throw new Error(`no migration from version ${v} to ${v + 1}`)
    try {
      value = step(value)
    } catch (error) {
      throw new Error(
        `migration from version ${v} to ${v + 1} failed: ${error instanceof Error ? error.message : String(error)}`,
        {
          cause: error,
        },
      )
    }
  }
  return value
}

export interface VersionedStorage<T> {
  load(): LoadOutcome<T>
  save(value: T, now?: Date): SaveOutcome
  /** Stop writing (data this version must not overwrite). */
  readonly writable: () => boolean
}

export function createVersionedStorage<T>(
  format: VersionedFormat<T>,
  storage: StorageLike | undefined,
  clock: () => Date = () => new Date(),
): VersionedStorage<T> {
  let writable = storage !== undefined

  const backup = (raw: string): string | undefined => {
    if (!storage) return undefined
    const key = `${format.key}:backup:${clock().toISOString()}`
    try {
      storage.setItem(key, raw)
      return key
    } catch {
      return undefined
    }
  }

  const unreadable = (raw: string, why: string): LoadOutcome<T> => {
    const key = backup(raw)
    writable = key !== undefined
    return {
      value: format.empty(),
      status: 'recovered',
      writable,
      messages: [
        key
          ? `${capitalize(format.noun)} could not be read (${why}). A copy was kept in this browser's storage under "${key}"; you start with an empty list.`
          : `${capitalize(format.noun)} could not be read (${why}), and there is no room to keep a copy: saving is paused so nothing is overwritten. Export what you need, then free some browser storage.`,
      ],
    }
  }

  const fromVersion = (
    data: unknown,
    version: number,
    raw: string,
    migrated: boolean,
  ): LoadOutcome<T> => {
    if (version > format.version) {
      writable = false
      return {
        value: format.empty(),
        status: 'newer',
        writable,
        messages: [
          `${capitalize(format.noun)} were saved by a newer version of this app (format ${version}; this one reads up to ${format.version}). They are left untouched; reload the page to get the newer version.`,
        ],
      }
    }
    let current: unknown
    try {
      current = migrate(data, version, format.version, format.migrations)
    } catch (error) {
      return unreadable(raw, error instanceof Error ? error.message : String(error))
    }
    const checked = format.validate(current)
    if (!checked.ok) return unreadable(raw, checked.error)
    const messages = [...checked.warnings]
    if (checked.warnings.length > 0) {
      // A repair drops or changes something: keep the original first.
      const key = backup(raw)
      if (key) messages.push(`The original data was kept in this browser's storage under "${key}".`)
      else {
        writable = false
        messages.push(
          'There is no room to keep a copy of the original, so saving is paused to avoid overwriting it.',
        )
      }
    }
    if (migrated)
      messages.unshift(
        `${capitalize(format.noun)} were upgraded from an earlier version of the app.`,
      )
    return { value: checked.value, status: migrated ? 'migrated' : 'loaded', writable, messages }
  }

  return {
    writable: () => writable,
    load(): LoadOutcome<T> {
      if (!storage) {
        return {
          value: format.empty(),
          status: 'unavailable',
          writable: false,
          messages: [
            `Browser storage is switched off, so ${format.noun} last only until this tab closes. Export them to keep them.`,
          ],
        }
      }
      let raw: string | null
      try {
        raw = storage.getItem(format.key)
      } catch {
        writable = false
        return {
          value: format.empty(),
          status: 'unavailable',
          writable,
          messages: [
            `Browser storage cannot be read, so ${format.noun} last only until this tab closes. Export them to keep them.`,
          ],
        }
      }
      if (raw === null) {
        for (const legacy of format.legacyKeys ?? []) {
          let old: string | null
          try {
            old = storage.getItem(legacy.key)
          } catch {
            old = null
          }
          if (old === null) continue
          let parsed: unknown
          try {
            parsed = JSON.parse(old)
          } catch {
            return unreadable(old, `the data under "${legacy.key}" is not valid JSON`)
          }
          return fromVersion(parsed, legacy.version, old, true)
        }
        return { value: format.empty(), status: 'empty', writable, messages: [] }
      }
      let parsed: unknown
      try {
        parsed = JSON.parse(raw)
      } catch {
        return unreadable(raw, 'the stored data is not valid JSON')
      }
      if (!isEnvelope(parsed)) return unreadable(raw, 'the stored data has no format version')
      return fromVersion(
        parsed.data,
        parsed.schemaVersion,
        raw,
        parsed.schemaVersion < format.version,
      )
    },
    save(value: T, now: Date = clock()): SaveOutcome {
      if (!storage)
        return {
          ok: false,
          reason: 'unavailable',
          message: `Browser storage is switched off: ${format.noun} are kept only until this tab closes.`,
        }
      if (!writable) {
        return {
          ok: false,
          reason: 'read-only',
          message: `Saving is paused so that stored data this version cannot read is not overwritten.`,
        }
      }
      const envelope: Envelope = {
        schemaVersion: format.version,
        savedAt: now.toISOString(),
        data: value,
      }
      try {
        storage.setItem(format.key, JSON.stringify(envelope))
        return { ok: true }
      } catch (error) {
        if (isQuotaError(error)) {
          return {
            ok: false,
            reason: 'quota',
            message: `The browser's storage is full, so the last change to ${format.noun} was not saved. It is still here in this tab: export to a file, or delete some saved scenarios.`,
          }
        }
        return {
          ok: false,
          reason: 'unavailable',
          message: `The browser refused to save ${format.noun}; the last change is only in this tab. Export to a file to keep it.`,
        }
      }
    },
  }
}

function capitalize(text: string): string {
  return text.charAt(0).toUpperCase() + text.slice(1)
}

/** localStorage, or undefined where reading it throws (storage switched off, sandboxed frames). */
export function browserStorage(): StorageLike | undefined {
  try {
    return typeof localStorage === 'undefined' ? undefined : localStorage
  } catch {
    return undefined
  }
}
