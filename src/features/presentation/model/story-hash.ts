/** The URL hash key of a shared story: #story=<lz-string of the JSON payload>. */
export const STORY_HASH_KEY = 'story'

/**
 * The encoded story of a URL hash ("#story=…&other=…"), or undefined when there is none. Parsed by
 * hand: lz-string's URI alphabet has "+", which URLSearchParams would turn into a space.
 */
export function storyParamFromHash(hash: string): string | undefined {
  const prefix = `${STORY_HASH_KEY}=`
  const part = hash
    .replace(/^#/, '')
    .split('&')
    .find((p) => p.startsWith(prefix))
  return part === undefined ? undefined : part.slice(prefix.length)
}

/** The hash without its story part ("" when nothing else is left). */
export function hashWithoutStory(hash: string): string {
  const rest = hash
    .replace(/^#/, '')
    .split('&')
    .filter((p) => p !== '' && !p.startsWith(`${STORY_HASH_KEY}=`))
  return rest.length ? `#${rest.join('&')}` : ''
}
