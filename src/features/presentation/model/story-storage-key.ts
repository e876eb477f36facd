/** Where the user's story is kept in this browser (local storage). */
export const STORY_STORAGE_KEY = 'inference-economics-lab.story.v1'
