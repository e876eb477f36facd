/**
 * Workload presets: prompt and output lengths, interactivity target and prefix-cache reuse for six
 * common serving patterns. Lengths are per request (per model call for agentic). Where the figure is
 * a measured trace statistic the grade is H/M; where it is a judgement, L with the reasoning.
 */
import type { Citation, WorkloadSpec } from './types'

const SPLITWISE: Citation = {
  source:
    'Patel et al., "Splitwise: Efficient generative LLM inference using phase splitting", ISCA 2024 (arXiv 2311.18677): Azure production traces, coding median prompt 1,500 / output 13 tokens; conversation median prompt 1,020 / output 129 tokens',
  grade: 'H',
}
const INFERENCEX_PRESETS: Citation = {
  source:
    'SemiAnalysis InferenceX (inferencex.semianalysis.com; repo SemiAnalysisAI/InferenceX-app): standard ISL/OSL presets 1k/1k, 1k/8k, 8k/1k',
  grade: 'M',
}
const MOONCAKE: Citation = {
  source:
    'Qin et al., "Mooncake: A KVCache-centric Disaggregated Architecture for LLM Serving", FAST 2025 (arXiv 2407.00079) and its open trace (github.com/kvcache-ai/Mooncake): Kimi long-context traffic, mean input 7,590 / output 182 tokens, block hashes show shared prefixes',
  grade: 'H',
}
const SYFI_TRACELAB: Citation = {
  source:
    'SyFI TraceLab, University of Washington (tracelab.cs.washington.edu/exp/llm_generation/token_length_distribution): 357,161 coding-agent steps (Claude Code, Codex); per step cached prefix median 126k / 116k tokens, new (appended) tokens median ~860 (mean 8.5k / 5.3k), output median 252 / 184 tokens',
  grade: 'M',
}
const MANUS: Citation = {
  source:
    'Yichao "Peak" Ji, "Context Engineering for AI Agents: Lessons from Building Manus" (manus.im/blog, 18 Jul 2025): average input-to-output token ratio ~100:1; KV-cache hit rate is the key production metric',
  grade: 'M',
}

/**
 * Spread of output lengths (standard deviation ÷ mean of the reference outputs) in MLPerf Inference's
 * datasets, from the tok_ref_output_len column of the MLCommons files as summarised in
 * openshift-psap/performance-dashboard@67033baeaac1 mlperf-data/summaries/ (the summaries reproduce the
 * means MLCommons publishes). Reference answers stand in for what a served model writes.
 */
const MLPERF_OUTPUT_SPREAD = {
  source:
    'MLPerf Inference datasets, reference-output lengths (tok_ref_output_len of the MLCommons files, summarised in github.com/openshift-psap/performance-dashboard mlperf-data/summaries @ 67033ba)',
  grade: 'M',
} as const

const workloadList = [
  // -------------------------------------------------------------------------------------------
  {
    id: 'chat',
    name: 'Chat assistant',
    description:
      'Multi-turn conversational assistant: about a thousand prompt tokens (system prompt plus history), a few hundred tokens of answer, streamed to a human reader.',
    inputTokens: 1024,
    outputTokens: 256,
    minOutputTokensPerSecondPerUser: 40,
    prefixCacheHitRate: 0.3,
    outputLengthCv: 0.79,
    sources: {
      outputLengthCv: {
        ...MLPERF_OUTPUT_SPREAD,
        note: 'OpenOrca GPT-4 answers (the llama2-70b set, 24,576 samples): 0.79.',
      },
      inputTokens: {
        ...SPLITWISE,
        note: 'Conversation median prompt 1,020 tokens; also the InferenceX 1k input preset and the engine reference scenario (1,024).',
      },
      outputTokens: {
        source:
          'Splitwise conversation median output 129 tokens (ISCA 2024); LMSYS-Chat-1M mean response ~215 tokens (Zheng et al., ICLR 2024); engine reference scenario 256',
        grade: 'M',
        note: 'Rounded up to 256: answers from 2025-26 chat models run longer than the 2023 traces.',
      },
      minOutputTokensPerSecondPerUser: {
        source:
          'Artificial Analysis output-speed leaderboard: hosted 70B-class models stream at ~40–100 tokens/s per user (2025–26); MLPerf v5.0 Llama-2-70B interactive TPOT 40 ms (25 tokens/s) is the floor',
        grade: 'M',
        note: '40 tokens/s (TPOT 25 ms): the low end of what users of current chat products see, with headroom above the MLPerf floor.',
      },
      prefixCacheHitRate: {
        source:
          'Estimate: in multi-turn chat each turn re-sends the history and a shared system prompt; SGLang RadixAttention (Zheng et al., NeurIPS 2024) and Mooncake report substantial prefix reuse for chat',
        grade: 'L',
        note: 'About a third of prompt tokens served from cache; depends heavily on routing (cache-aware vs round-robin).',
      },
    },
  },
  // -------------------------------------------------------------------------------------------
  {
    id: 'rag',
    name: 'RAG / long context',
    description:
      'Retrieval-augmented question answering and document analysis: long prompts of retrieved passages or whole documents, short answers.',
    inputTokens: 8192,
    outputTokens: 256,
    minOutputTokensPerSecondPerUser: 20,
    prefixCacheHitRate: 0.3,
    outputLengthCv: 0.45,
    sources: {
      outputLengthCv: {
        ...MLPERF_OUTPUT_SPREAD,
        grade: 'L',
        note: 'CNN/DailyMail summaries (the llama3.1-8b set, 13,368 samples): 0.45, a proxy for answers over retrieved passages.',
      },
      inputTokens: {
        ...MOONCAKE,
        note: 'Mean input 7,590 tokens in the Kimi trace; rounded to 8,192 = the InferenceX 8k input preset.',
      },
      outputTokens: {
        ...MOONCAKE,
        note: 'Mean output 182 tokens; rounded up to 256. (InferenceX 8k/1k uses 1,024-token outputs for a heavier variant.)',
      },
      minOutputTokensPerSecondPerUser: {
        source:
          'Estimate: human-read answers; a little below the chat target because TTFT, not TPOT, dominates long-prompt latency',
        grade: 'L',
      },
      prefixCacheHitRate: {
        ...MOONCAKE,
        grade: 'L',
        note: 'Estimate: system prompts and popular documents repeat (the trace shares leading blocks across requests) but retrieved passages differ per query; 0.3 assumed.',
      },
    },
  },
  // -------------------------------------------------------------------------------------------
  {
    id: 'coding',
    name: 'Coding assistant (IDE completion)',
    description:
      'In-editor code completion: the surrounding file and related snippets as prompt, a short completion back, latency-critical.',
    inputTokens: 1500,
    outputTokens: 13,
    minOutputTokensPerSecondPerUser: 50,
    prefixCacheHitRate: 0.6,
    outputLengthCv: 0,
    sources: {
      outputLengthCv: {
        source:
          'No published spread for completions; equal lengths assumed (13-token completions barely move the context either way)',
        grade: 'L',
      },
      inputTokens: { ...SPLITWISE, note: 'Coding trace median prompt 1,500 tokens.' },
      outputTokens: {
        ...SPLITWISE,
        note: 'Coding trace median output 13 tokens: the workload is prefill-heavy. Agent-style coding (whole-repo context, long sessions) is the agentic preset.',
      },
      minOutputTokensPerSecondPerUser: {
        source:
          'Estimate: completions must appear within a keystroke pause (~300 ms incl. TTFT); 13 tokens at 50 tokens/s take 0.26 s',
        grade: 'L',
      },
      prefixCacheHitRate: {
        source:
          'Estimate: successive completion requests in the same file share most of the prefix (file content before the cursor)',
        grade: 'L',
      },
    },
  },
  // -------------------------------------------------------------------------------------------
  {
    id: 'agentic',
    name: 'Agentic (tool-using agent step)',
    description:
      'One model call inside a multi-step agent loop (coding agents, research agents): a long, mostly cached context of instructions, tool results and history; a short action or tool call out.',
    inputTokens: 25000,
    outputTokens: 250,
    minOutputTokensPerSecondPerUser: 30,
    prefixCacheHitRate: 0.95,
    outputLengthCv: 0,
    sources: {
      outputLengthCv: {
        source:
          'No published spread of agent steps’ outputs; equal lengths assumed, which is optimistic if a few steps write long outputs',
        grade: 'L',
      },
      inputTokens: {
        ...MANUS,
        note: '100:1 input:output ratio x 250 output tokens = 25,000. Coding-agent traces run longer (SyFI TraceLab median context ~120k per step); OpenRouter State of AI (Dec 2025) reports programming prompts often above 20k tokens.',
      },
      outputTokens: {
        ...SYFI_TRACELAB,
        note: 'Median output per agent step 252 (Claude) / 184 (Codex) tokens; each step usually emits the next tool call.',
      },
      minOutputTokensPerSecondPerUser: {
        source:
          'Estimate: agent outputs are read by tools, not people, but a user waits for the whole loop (~8 steps per request in the TraceLab data), so per-call speed still matters',
        grade: 'L',
      },
      prefixCacheHitRate: {
        ...SYFI_TRACELAB,
        note: "Share of each step's input that is cached prefix: mean 194,361 / (194,361 + 8,479) = 0.96 (Claude), 116,623 / (116,623 + 5,283) = 0.96 (Codex); medians ~0.99. Manus calls the hit rate the most important production metric.",
      },
    },
  },
  // -------------------------------------------------------------------------------------------
  {
    id: 'voice',
    name: 'Voice assistant',
    description:
      'Spoken conversation through speech-to-text, LLM and text-to-speech: modest prompts, short spoken replies, and a strict latency budget for the first audio.',
    inputTokens: 1024,
    outputTokens: 128,
    minOutputTokensPerSecondPerUser: 50,
    prefixCacheHitRate: 0.6,
    outputLengthCv: 0,
    sources: {
      outputLengthCv: {
        source: 'No published spread of spoken replies; equal lengths assumed',
        grade: 'L',
      },
      inputTokens: {
        source:
          'Estimate: system prompt plus transcribed multi-turn history, comparable to chat (Splitwise conversation median 1,020)',
        grade: 'L',
      },
      outputTokens: {
        source:
          'Estimate: spoken replies are kept to a few sentences (~100 words ~ 130 tokens, ~40 s of speech at 150 words/min)',
        grade: 'L',
      },
      minOutputTokensPerSecondPerUser: {
        source:
          'Estimate: the first sentence (~20 tokens) must reach text-to-speech within a ~0.5 s voice-to-voice budget after ~0.1-0.2 s of TTFT, i.e. >= 50 tokens/s; playback itself needs only ~3-4 tokens/s',
        grade: 'L',
      },
      prefixCacheHitRate: {
        source:
          'Estimate: every turn re-sends the same system prompt and the growing transcript, which a session-sticky router keeps in cache',
        grade: 'L',
      },
    },
  },
  // -------------------------------------------------------------------------------------------
  {
    id: 'reasoning',
    name: 'Reasoning (long chain of thought)',
    description:
      'Reasoning models that think before answering: a short prompt, thousands of generated tokens, decode-dominated.',
    inputTokens: 1024,
    outputTokens: 8192,
    minOutputTokensPerSecondPerUser: 50,
    prefixCacheHitRate: 0.1,
    outputLengthCv: 1.25,
    sources: {
      outputLengthCv: {
        ...MLPERF_OUTPUT_SPREAD,
        note: 'DeepSeek-R1 reasoning traces (the deepseek-r1 set, 4,388 samples): 1.25; the long tail doubles the context the running sequences hold (see workload.outputLengthCv).',
      },
      inputTokens: { ...INFERENCEX_PRESETS, note: '1k/8k preset (the reasoning case).' },
      outputTokens: {
        ...INFERENCEX_PRESETS,
        note: '8k output tokens. ML.ENERGY v3.0 (arXiv 2601.22076) measures up to 25x more energy per response for reasoning than chat, mostly from longer outputs.',
      },
      minOutputTokensPerSecondPerUser: {
        source:
          'Estimate: 8,192 tokens at 50 tokens/s take ~2.7 min; at the 25 tokens/s chat target it would be ~5.5 min, too slow for interactive use',
        grade: 'L',
      },
      prefixCacheHitRate: {
        source: 'Estimate: mostly single-shot prompts; only the system prompt repeats',
        grade: 'L',
      },
    },
  },
] as const satisfies readonly WorkloadSpec[]

export const WORKLOADS: readonly WorkloadSpec[] = workloadList

export function workloadById(id: string): WorkloadSpec | undefined {
  return WORKLOADS.find((workload) => workload.id === id)
}
