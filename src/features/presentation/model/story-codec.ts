import { compressToEncodedURIComponent, decompressFromEncodedURIComponent } from 'lz-string'

import type { ScenarioCheck } from '@/components/ui/scenario-check'
import { type ScenarioInput, z } from '@/engine/index'
import type { Story } from '@/state/ui-slice'

import { newStepId } from './story-edit'
import { STORY_HASH_KEY } from './story-hash'

/** What a story file or link holds; bump STORY_FORMAT_VERSION and add a reader on any change. */
export const STORY_FORMAT = 'inference-economics-lab/story'
export const STORY_FORMAT_VERSION = 1
export const MAX_STEPS = 50

const stepSchema = z.object({
  title: z
    .string({ error: 'has no title' })
    .trim()
    .min(1, 'has no title')
    .max(120, 'has a title longer than 120 characters'),
  message: z
    .string({ error: 'has no message' })
    .max(600, 'has a message longer than 600 characters'),
  view: z
    .string({ error: 'names no view' })
    .min(1, 'names no view')
    .max(60, 'names a view id longer than 60 characters'),
  input: z.record(z.string(), z.unknown(), {
    error: 'has no scenario (expected an object in "input")',
  }),
  presetId: z
    .string({ error: 'has a preset id that is not text' })
    .max(80, 'has a preset id longer than 80 characters')
    .optional(),
})

const payloadSchema = z.object({
  format: z.literal(STORY_FORMAT),
  version: z
    .number({ error: 'has no format version' })
    .int('has a format version that is not a whole number'),
  story: z.object(
    {
      title: z
        .string({ error: 'has no title' })
        .trim()
        .min(1, 'has no title')
        .max(200, 'has a title longer than 200 characters'),
      steps: z
        .array(z.unknown(), { error: 'has no list of steps' })
        .min(1, 'has no steps')
        .max(MAX_STEPS, `has more than ${MAX_STEPS} steps`),
    },
    { error: 'is missing (the file has no "story" object)' },
  ),
})

export type DecodeOutcome =
  | { readonly ok: true; readonly story: Story }
  | {
      readonly ok: false
      readonly message: string
      /**
       * True when nothing is known to be wrong with the story: the engine gave no answer on its
       * scenarios (it failed or was restarted). The caller keeps what it has (a stored story is
       * neither copied aside nor overwritten) and says to try again.
       */
      readonly unchecked?: true
    }

/** Why a story was not opened when the engine gave no answer on its scenarios. */
export const STORY_NOT_CHECKED =
  'its scenarios could not be checked: the engine did not answer (it may have been restarted); try again'

/** The story as the JSON written to files and links (step ids are not part of it). */
export function storyPayload(story: Story) {
  return {
    format: STORY_FORMAT,
    version: STORY_FORMAT_VERSION,
    story: {
      title: story.title,
      steps: story.steps.map(({ title, message, view, input, presetId }) => ({
        title,
        message,
        view,
        input,
        ...(presetId ? { presetId } : {}),
      })),
    },
  }
}

export function encodeStoryFile(story: Story): string {
  return `${JSON.stringify(storyPayload(story), null, 2)}\n`
}

export function encodeStoryHash(story: Story): string {
  return `${STORY_HASH_KEY}=${compressToEncodedURIComponent(JSON.stringify(storyPayload(story)))}`
}

function firstZodMessage(error: z.ZodError): string {
  return error.issues[0]?.message ?? 'is not a story'
}

/**
 * Validate a parsed payload: the story's shape here, each step's scenario by the engine in the
 * worker, through the app's port `check`, one step after the other. Every message names what is
 * wrong, in words, and the first step that is wrong.
 */
export async function decodeStoryPayload(
  data: unknown,
  check: ScenarioCheck,
): Promise<DecodeOutcome> {
  if (typeof data !== 'object' || data === null || Array.isArray(data))
    return { ok: false, message: 'it is not a story (expected a JSON object)' }
  const record = data as Record<string, unknown>
  if (record.format !== STORY_FORMAT)
    return {
      ok: false,
      message:
        'it is not an Inference Economics Lab story (the "format" field is missing or different)',
    }
  if (typeof record.version === 'number' && record.version > STORY_FORMAT_VERSION) {
    return {
      ok: false,
      message: `it was made by a newer version of the app (story format ${record.version}; this app reads format ${STORY_FORMAT_VERSION})`,
    }
  }
  const parsed = payloadSchema.safeParse(data)
  if (!parsed.success) return { ok: false, message: `the story ${firstZodMessage(parsed.error)}` }
  if (parsed.data.version !== STORY_FORMAT_VERSION) {
    return {
      ok: false,
      message: `story format ${parsed.data.version} is not known (this app reads format ${STORY_FORMAT_VERSION})`,
    }
  }
  const steps = []
  for (const [index, raw] of parsed.data.story.steps.entries()) {
    const label = `step ${index + 1}`
    const step = stepSchema.safeParse(raw)
    if (!step.success) return { ok: false, message: `${label} ${firstZodMessage(step.error)}` }
    const issues = await check(step.data.input)
    if (issues === undefined) return { ok: false, message: STORY_NOT_CHECKED, unchecked: true }
    if (issues.length > 0) {
      return {
        ok: false,
        message: `${label} (“${step.data.title}”) has a scenario that cannot run: ${issues.map((i) => i.message).join('; ')}`,
      }
    }
    steps.push({
      id: newStepId(),
      title: step.data.title,
      message: step.data.message,
      view: step.data.view,
      // Accepted by the engine just above.
      input: step.data.input as ScenarioInput,
      ...(step.data.presetId ? { presetId: step.data.presetId } : {}),
    })
  }
  return { ok: true, story: { title: parsed.data.story.title, steps } }
}

export async function decodeStoryFile(text: string, check: ScenarioCheck): Promise<DecodeOutcome> {
  let data: unknown
  try {
    data = JSON.parse(text)
  } catch {
    return { ok: false, message: 'the file is not valid JSON' }
  }
  return decodeStoryPayload(data, check)
}

export async function decodeStoryParam(
  param: string,
  check: ScenarioCheck,
): Promise<DecodeOutcome> {
  let json: string | null
  try {
    json = decompressFromEncodedURIComponent(param)
  } catch {
    // lz-string throws on some damaged input (found by the link fuzz tests).
    json = null
  }
  if (!json)
    return {
      ok: false,
      message:
        'the link is damaged or incomplete (it could not be unpacked); ask for the link again',
    }
  let data: unknown
  try {
    data = JSON.parse(json)
  } catch {
    return { ok: false, message: 'the link is damaged (its content is not valid JSON)' }
  }
  return decodeStoryPayload(data, check)
}
