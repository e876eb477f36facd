/**
 * Use-case catalogue: what one task of each AI application asks of the model (tokens per model call,
 * calls per task), how often users run it, and what a task earns. Every number carries a source and an
 * evidence grade in `sources` (keyed by field name), as in catalog/*.ts. Prices are what the seller of the
 * task charges per task (subscription ÷ tasks, or a per-task list price), so the margin computed from
 * them is the seller's gross margin on inference compute.
 *
 * Grades: H = primary or peer-reviewed; M = vendor page or reliable secondary report; L = an estimate
 * derived here, with the reasoning in the source line.
 */
import type { Citation, Sources } from '../catalog/types'

/** One use case, as an analyst edits it (all plain JSON so scenarios can be saved). */
export interface UseCaseInput {
  readonly id: string
  readonly name: string
  /** What one task is, in plain words ("one prompt answered"). */
  readonly task: string
  /** Catalogue model id the application typically runs on (used when the model mode is 'typical'). */
  readonly model: string
  /** Prompt tokens per model call (system prompt, history, retrieved text, tool results, audio). */
  readonly inputTokensPerCall: number
  /** Visible output tokens per model call (text, audio or image tokens). */
  readonly outputTokensPerCall: number
  /** Hidden reasoning ("thinking") tokens per model call; decoded like output tokens. */
  readonly reasoningTokensPerCall: number
  /** Model calls per task: tool-call and agent-step inflation (1 = one call per task). */
  readonly callsPerTask: number
  /** Share of prompt tokens served from a prefix (KV) cache, 0..0.99. */
  readonly prefixCacheHitRate: number
  /** Interactivity target, output tokens/s each user must see (0 = none). */
  readonly minOutputTokensPerSecondPerUser: number
  /** Tasks one user runs per month. */
  readonly tasksPerUserPerMonth: number
  /** What the seller earns per task, USD. */
  readonly priceUsdPerTask: number
  /** How the price was set, in a few words (shown next to it). */
  readonly priceBasis: string
}

export interface UseCaseSpec extends UseCaseInput {
  readonly description: string
  readonly sources: Sources
}

/** Frontier-class proxy: the open model in the catalogue closest to the products these use cases run on. */
const FRONTIER_PROXY: Citation = {
  source:
    'Estimate: consumer and enterprise assistants in 2026 run on frontier-scale sparse (MoE) models; DeepSeek-V3 (671B total, 37B active) is the catalogue’s open frontier-class proxy',
  grade: 'L',
  note: 'Switch the view to "the scenario’s model" to run every use case on the sidebar model instead.',
}
const REASONING_PROXY: Citation = {
  source:
    'Estimate: reasoning products run on reasoning-tuned frontier models; DeepSeek-R1 (same architecture as DeepSeek-V3) is the catalogue’s open proxy',
  grade: 'L',
}
const SPLITWISE_CHAT: Citation = {
  source:
    'Patel et al., "Splitwise", ISCA 2024 (arXiv 2311.18677): Azure conversation trace, median prompt 1,020 / output 129 tokens',
  grade: 'H',
}
const CHAT_PROMPTS: Citation = {
  source:
    'OpenAI to Axios (July 2025): ChatGPT receives over 2.5 billion prompts a day; ~700–800 million weekly users reported in 2025',
  grade: 'M',
}
const AUDIO_TOKENS: Citation = {
  source:
    'OpenAI Realtime API as measured by developers (community.openai.com, 2024–25): input audio ~10 tokens per second, output audio ~20 tokens per second',
  grade: 'M',
}
const GPT_IMAGE_TOKENS: Citation = {
  source:
    'OpenAI gpt-image-1 pricing (developers.openai.com; tabulated on community.openai.com): a 1024×1024 high-quality image is 4,160 output image tokens (medium 1,056, low 272)',
  grade: 'M',
}
const MIDJOURNEY: Citation = {
  source:
    'Midjourney plans (docs.midjourney.com): Basic $10/month with 3.3 fast GPU-hours; an average job takes ~1 GPU-minute (help.midjourney.com) → ~200 images a month',
  grade: 'M',
}
const SYFI_TRACELAB: Citation = {
  source:
    'SyFI TraceLab, University of Washington (357,161 coding-agent steps, Claude Code and Codex): per step cached prefix median 116k–126k tokens, ~96 % of input cached, output median 184–252 tokens, ~8 steps per request',
  grade: 'M',
}
const MANUS: Citation = {
  source:
    'Yichao Ji, "Context Engineering for AI Agents: Lessons from Building Manus" (manus.im, Jul 2025): input-to-output ratio ~100:1 per agent step; KV-cache hit rate is the key production metric',
  grade: 'M',
}
const AGENTFORCE: Citation = {
  source:
    'Salesforce Agentforce list price $2 per conversation (Dreamforce, Sep 2024; still the 2026 list rate per licensing guides)',
  grade: 'M',
}
const CURSOR: Citation = {
  source:
    'Cursor Pro $20/month; the 2024–25 plan included 500 premium requests (cursor.com pricing; forum.cursor.com). Since mid-2025 it includes $20 of model usage instead',
  grade: 'M',
}
const M365_COPILOT: Citation = {
  source:
    'Microsoft 365 Copilot list price $30 per user per month (Microsoft, Nov 2023; unchanged 2025)',
  grade: 'H',
}
const MOONCAKE: Citation = {
  source:
    'Qin et al., "Mooncake", FAST 2025 (arXiv 2407.00079): Kimi long-context traffic, mean input 7,590 / output 182 tokens',
  grade: 'H',
}
const INFERENCEX: Citation = {
  source: 'SemiAnalysis InferenceX reasoning preset: 1k input / 8k output tokens',
  grade: 'M',
}

const useCaseList: readonly UseCaseSpec[] = [
  {
    id: 'chatbot',
    name: 'Chatbot',
    task: 'one prompt answered',
    description:
      'Consumer assistant (free and paid users together): a prompt with its conversation history, an answer, and a thinking step on some prompts.',
    model: 'deepseek-v3',
    inputTokensPerCall: 2000,
    outputTokensPerCall: 400,
    reasoningTokensPerCall: 500,
    callsPerTask: 1,
    prefixCacheHitRate: 0.5,
    minOutputTokensPerSecondPerUser: 40,
    tasksPerUserPerMonth: 100,
    priceUsdPerTask: 0.01,
    priceBasis: 'revenue per prompt',
    sources: {
      model: FRONTIER_PROXY,
      inputTokensPerCall: {
        ...SPLITWISE_CHAT,
        grade: 'L',
        note: 'Estimate: the 2023 median of ~1,000 tokens doubled for longer histories, memory and system prompts in 2026 assistants.',
      },
      outputTokensPerCall: {
        source:
          'LMSYS-Chat-1M mean response ~215 tokens (Zheng et al., ICLR 2024); 2025–26 answers run longer; 400 assumed',
        grade: 'L',
      },
      reasoningTokensPerCall: {
        source:
          'Estimate: assistants route a minority of prompts to thinking modes that emit thousands of hidden tokens (Gemini 2.5 Flash uses ~17× more tokens per request than its predecessor, The Decoder 2025); averaged over all prompts',
        grade: 'L',
      },
      callsPerTask: {
        source:
          'One model call per prompt; web search or tools add calls on a minority of prompts (estimate)',
        grade: 'L',
      },
      prefixCacheHitRate: {
        source:
          'Estimate: each turn re-sends the shared system prompt and the history; SGLang RadixAttention and Mooncake report large prefix reuse in chat',
        grade: 'L',
      },
      minOutputTokensPerSecondPerUser: {
        source: 'Chat workload preset (catalog/workloads.ts): 40 tokens/s per user',
        grade: 'M',
      },
      tasksPerUserPerMonth: {
        ...CHAT_PROMPTS,
        grade: 'L',
        note: '2.5 billion prompts a day over ~750 million weekly users ≈ 3–4 prompts per user per day.',
      },
      priceUsdPerTask: {
        source:
          'Estimate: OpenAI 2025 revenue ~$13 billion (press reports), ~70 % from ChatGPT subscriptions, over ~900 billion prompts a year ≈ $0.01 per prompt',
        grade: 'L',
      },
    },
  },
  {
    id: 'voice',
    name: 'Voice assistant',
    task: 'one minute of conversation',
    description:
      'Speech-to-speech assistant or phone agent: audio in and out as tokens, about four turns a minute, each re-reading the conversation so far.',
    model: 'deepseek-v3',
    inputTokensPerCall: 2500,
    outputTokensPerCall: 150,
    reasoningTokensPerCall: 0,
    callsPerTask: 4,
    prefixCacheHitRate: 0.8,
    minOutputTokensPerSecondPerUser: 50,
    tasksPerUserPerMonth: 200,
    priceUsdPerTask: 0.08,
    priceBasis: 'price per minute',
    sources: {
      model: FRONTIER_PROXY,
      inputTokensPerCall: {
        ...AUDIO_TOKENS,
        grade: 'L',
        note: 'Estimate: ~1,000-token system prompt plus the audio history (10 tokens per second of speech) re-sent every turn.',
      },
      outputTokensPerCall: {
        ...AUDIO_TOKENS,
        note: '150 audio tokens ≈ 7.5 s of speech per turn; four turns ≈ 30 s of speech a minute.',
      },
      reasoningTokensPerCall: {
        source: 'Real-time voice models answer without a separate thinking phase (latency budget)',
        grade: 'L',
      },
      callsPerTask: { source: 'Estimate: about four turns per minute of conversation', grade: 'L' },
      prefixCacheHitRate: {
        source: 'Estimate: a session-sticky router keeps the growing transcript in cache',
        grade: 'L',
      },
      minOutputTokensPerSecondPerUser: {
        source:
          'Voice workload preset (catalog/workloads.ts): 50 tokens/s so the first sentence arrives within ~0.5 s',
        grade: 'L',
      },
      tasksPerUserPerMonth: {
        source: 'Estimate: ~200 minutes a month per seat or phone line',
        grade: 'L',
      },
      priceUsdPerTask: {
        source:
          'Voice-agent platforms 2025–26: Vapi $0.05/min platform fee plus model costs; bundled rates ₹6–7/min ≈ $0.07–0.08 (sigmamind.ai, bolti.co.in pricing guides)',
        grade: 'L',
      },
    },
  },
  {
    id: 'image',
    name: 'Image generation',
    task: 'one 1024×1024 image',
    description:
      'Text-to-image by an autoregressive multimodal model that emits image tokens (as GPT-image-1 bills them); diffusion models cost differently.',
    model: 'deepseek-v3',
    inputTokensPerCall: 150,
    outputTokensPerCall: 4160,
    reasoningTokensPerCall: 0,
    callsPerTask: 1,
    prefixCacheHitRate: 0.1,
    minOutputTokensPerSecondPerUser: 50,
    tasksPerUserPerMonth: 200,
    priceUsdPerTask: 0.05,
    priceBasis: 'subscription ÷ images',
    sources: {
      model: {
        ...FRONTIER_PROXY,
        note: 'GPT-image-1 is built on a GPT-4o-class multimodal model; the proxy decodes the same number of image tokens.',
      },
      inputTokensPerCall: {
        source: 'Estimate: a text prompt of ~50–150 tokens plus a short system prompt',
        grade: 'L',
      },
      outputTokensPerCall: GPT_IMAGE_TOKENS,
      reasoningTokensPerCall: { source: 'No separate thinking phase assumed', grade: 'L' },
      callsPerTask: { source: 'One generation per image (no retries assumed)', grade: 'L' },
      prefixCacheHitRate: { source: 'Estimate: only the system prompt repeats', grade: 'L' },
      minOutputTokensPerSecondPerUser: {
        source:
          'Estimate: 4,160 tokens at 50 tokens/s ≈ 80 s per image, about what image tools make users wait',
        grade: 'L',
      },
      tasksPerUserPerMonth: MIDJOURNEY,
      priceUsdPerTask: MIDJOURNEY,
    },
  },
  {
    id: 'coding',
    name: 'Coding assistant',
    task: 'one agent-mode request',
    description:
      'IDE coding agent: a request becomes several model calls, each re-reading a large, mostly cached code context and emitting a tool call or an edit.',
    model: 'deepseek-v3',
    inputTokensPerCall: 40000,
    outputTokensPerCall: 250,
    reasoningTokensPerCall: 200,
    callsPerTask: 6,
    prefixCacheHitRate: 0.9,
    minOutputTokensPerSecondPerUser: 30,
    tasksPerUserPerMonth: 500,
    priceUsdPerTask: 0.04,
    priceBasis: 'subscription ÷ requests',
    sources: {
      model: FRONTIER_PROXY,
      inputTokensPerCall: {
        ...SYFI_TRACELAB,
        grade: 'L',
        note: 'Estimate: IDE agents send less context than the CLI agents in the trace (median ~120k); 40k assumed.',
      },
      outputTokensPerCall: SYFI_TRACELAB,
      reasoningTokensPerCall: {
        source: 'Estimate: a short thinking step before most tool calls',
        grade: 'L',
      },
      callsPerTask: {
        ...SYFI_TRACELAB,
        grade: 'L',
        note: 'IDE requests are shorter than the ~8-step CLI sessions; 6 assumed.',
      },
      prefixCacheHitRate: {
        ...SYFI_TRACELAB,
        grade: 'L',
        note: 'Trace mean ~0.96; 0.9 assumed for IDE agents with more edits between calls.',
      },
      minOutputTokensPerSecondPerUser: {
        source: 'Agentic workload preset (catalog/workloads.ts): 30 tokens/s',
        grade: 'L',
      },
      tasksPerUserPerMonth: CURSOR,
      priceUsdPerTask: { ...CURSOR, note: '$20 ÷ 500 requests = $0.04 per request.' },
    },
  },
  {
    id: 'agentic',
    name: 'Agentic workflow',
    task: 'one resolved case',
    description:
      'Autonomous agent resolving a customer or back-office case end to end: many tool-using steps over a long, mostly cached context.',
    model: 'deepseek-v3',
    inputTokensPerCall: 25000,
    outputTokensPerCall: 250,
    reasoningTokensPerCall: 300,
    callsPerTask: 25,
    prefixCacheHitRate: 0.95,
    minOutputTokensPerSecondPerUser: 30,
    tasksPerUserPerMonth: 100,
    priceUsdPerTask: 2,
    priceBasis: 'price per conversation',
    sources: {
      model: FRONTIER_PROXY,
      inputTokensPerCall: {
        ...MANUS,
        note: '100:1 input-to-output ratio × 250 output tokens = 25,000 tokens per step.',
      },
      outputTokensPerCall: SYFI_TRACELAB,
      reasoningTokensPerCall: {
        source: 'Estimate: a short thinking step before each action',
        grade: 'L',
      },
      callsPerTask: {
        source:
          'Estimate: ~25 tool-using steps to resolve a case (retrieval, lookups, updates, checks)',
        grade: 'L',
      },
      prefixCacheHitRate: SYFI_TRACELAB,
      minOutputTokensPerSecondPerUser: {
        source: 'Agentic workload preset (catalog/workloads.ts): 30 tokens/s',
        grade: 'L',
      },
      tasksPerUserPerMonth: { source: 'Estimate: cases per seat per month', grade: 'L' },
      priceUsdPerTask: AGENTFORCE,
    },
  },
  {
    id: 'rag',
    name: 'Enterprise search (RAG)',
    task: 'one question answered',
    description:
      'Question answering over company documents: a query rewrite, then an answer over ~8k tokens of retrieved passages.',
    model: 'deepseek-v3',
    inputTokensPerCall: 8192,
    outputTokensPerCall: 300,
    reasoningTokensPerCall: 0,
    callsPerTask: 2,
    prefixCacheHitRate: 0.3,
    minOutputTokensPerSecondPerUser: 20,
    tasksPerUserPerMonth: 150,
    priceUsdPerTask: 0.2,
    priceBasis: 'seat price ÷ questions',
    sources: {
      model: FRONTIER_PROXY,
      inputTokensPerCall: {
        ...MOONCAKE,
        note: 'Mean input 7,590 tokens, rounded to the 8k preset.',
      },
      outputTokensPerCall: {
        ...MOONCAKE,
        grade: 'L',
        note: 'Mean output 182 tokens; 300 assumed for cited enterprise answers.',
      },
      reasoningTokensPerCall: { source: 'No thinking phase assumed', grade: 'L' },
      callsPerTask: { source: 'Estimate: query rewrite plus answer', grade: 'L' },
      prefixCacheHitRate: { source: 'RAG workload preset (catalog/workloads.ts): 0.3', grade: 'L' },
      minOutputTokensPerSecondPerUser: {
        source: 'RAG workload preset (catalog/workloads.ts): 20 tokens/s',
        grade: 'L',
      },
      tasksPerUserPerMonth: { source: 'Estimate: ~7 questions per working day', grade: 'L' },
      priceUsdPerTask: {
        ...M365_COPILOT,
        grade: 'L',
        note: '$30 per seat ÷ 150 questions = $0.20 per question.',
      },
    },
  },
  {
    id: 'reasoning',
    name: 'Reasoning',
    task: 'one hard question',
    description:
      'A reasoning model thinks for thousands of tokens before a short answer: decode-dominated.',
    model: 'deepseek-r1',
    inputTokensPerCall: 1024,
    outputTokensPerCall: 800,
    reasoningTokensPerCall: 8000,
    callsPerTask: 1,
    prefixCacheHitRate: 0.1,
    minOutputTokensPerSecondPerUser: 50,
    tasksPerUserPerMonth: 400,
    priceUsdPerTask: 0.05,
    priceBasis: 'subscription ÷ questions',
    sources: {
      model: REASONING_PROXY,
      inputTokensPerCall: INFERENCEX,
      outputTokensPerCall: {
        source: 'Estimate: a short final answer after the thinking',
        grade: 'L',
      },
      reasoningTokensPerCall: {
        ...INFERENCEX,
        note: 'ML.ENERGY v3.0 (arXiv 2601.22076) measures up to 25× more energy per response for reasoning than chat, mostly from longer outputs.',
      },
      callsPerTask: { source: 'One call per question', grade: 'L' },
      prefixCacheHitRate: {
        source: 'Reasoning workload preset (catalog/workloads.ts): 0.1',
        grade: 'L',
      },
      minOutputTokensPerSecondPerUser: {
        source: 'Reasoning workload preset (catalog/workloads.ts): 50 tokens/s',
        grade: 'L',
      },
      tasksPerUserPerMonth: {
        source: 'Estimate: ~100 reasoning questions a week on a $20 plan',
        grade: 'L',
      },
      priceUsdPerTask: {
        source: 'Estimate: $20/month subscription ÷ ~400 reasoning questions',
        grade: 'L',
      },
    },
  },
]

export const USE_CASES: readonly UseCaseSpec[] = useCaseList

export function findUseCase(id: string): UseCaseSpec | undefined {
  return USE_CASES.find((u) => u.id === id)
}

/** The editable part of a catalogue entry (no description or sources). */
export function inputOfUseCase(spec: UseCaseSpec): UseCaseInput {
  const { description: _description, sources: _sources, ...input } = spec
  return input
}

/** Target gross margin for "the cost reduction still needed", share of price. */
export const DEFAULT_TARGET_GROSS_MARGIN = 0.6

export const USE_CASE_SETTINGS_SOURCES: Sources = {
  targetGrossMargin: {
    source:
      'Investors benchmark software at ~70–80 % gross margin (public SaaS medians); 60 % chosen as a modest target for AI products, whose margins run lower',
    grade: 'L',
  },
}

/**
 * What the article says about each use case's margins, where it names the use case. "Several
 * multiples" is read as a cost cut of at least 3× to reach a sustainable margin; "approaching
 * economic viability" as needing less than that (the engine's target margin, same threshold).
 */
export type ArticleUseCaseReading = 'needs-several-fold' | 'approaching-viability'

/** Cost cut the article's "several multiples" is read as: at least 3×. */
export const SEVERAL_FOLD = 3

export const ARTICLE_USE_CASE_READINGS: Readonly<Record<string, ArticleUseCaseReading>> = {
  chatbot: 'needs-several-fold',
  voice: 'needs-several-fold',
  image: 'needs-several-fold',
  coding: 'approaching-viability',
  agentic: 'approaching-viability',
}

export const ARTICLE_USE_CASE_SOURCE: Citation = {
  source:
    'Article (shared/seed): “Across most enterprise software use cases, including those for chatbots, voice, and image generation, achieving sustainable margins would require inference costs to decline by several multiples … Coding assistants and agentic AI systems … are beginning to approach economic viability. Still, margins in these categories remain significantly below investors’ and operators’ expectations.” It gives no per-task prices or token counts.',
  grade: 'M',
}
