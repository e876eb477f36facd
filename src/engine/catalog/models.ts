/**
 * Model catalogue: architectures from the published HuggingFace config.json files.
 * Parameter counts derived from these fields (physics/model-size.ts) match the published totals
 * within ~1% (see each entry's publishedTotalParamsB citation).
 */
import type { Citation, ModelSpec, NumberFormat } from './types'

// ---------------------------------------------------------------------------------------------
// Shared citations, one per config file
// ---------------------------------------------------------------------------------------------

const LLAMA2_7B: Citation = {
  source: 'huggingface.co/meta-llama/Llama-2-7b-hf/blob/main/config.json',
  grade: 'H',
}
const LLAMA2_70B: Citation = {
  source: 'huggingface.co/meta-llama/Llama-2-70b-hf/blob/main/config.json',
  grade: 'H',
}
const LLAMA31_8B: Citation = {
  source: 'huggingface.co/meta-llama/Llama-3.1-8B/blob/main/config.json',
  grade: 'H',
}
const LLAMA31_70B: Citation = {
  source: 'huggingface.co/meta-llama/Llama-3.1-70B/blob/main/config.json',
  grade: 'H',
}
const LLAMA31_405B: Citation = {
  source: 'huggingface.co/meta-llama/Llama-3.1-405B/blob/main/config.json',
  grade: 'H',
}
const LLAMA33_70B: Citation = {
  source: 'huggingface.co/meta-llama/Llama-3.3-70B-Instruct/blob/main/config.json',
  grade: 'H',
}
const MIXTRAL: Citation = {
  source: 'huggingface.co/mistralai/Mixtral-8x7B-v0.1/blob/main/config.json',
  grade: 'H',
}
const DSV3: Citation = {
  source: 'huggingface.co/deepseek-ai/DeepSeek-V3/blob/main/config.json',
  grade: 'H',
}
const DSR1: Citation = {
  source:
    'huggingface.co/deepseek-ai/DeepSeek-R1/blob/main/config.json (same DeepseekV3ForCausalLM architecture as DeepSeek-V3)',
  grade: 'H',
}
const GPT_OSS: Citation = {
  source: 'huggingface.co/openai/gpt-oss-120b/blob/main/config.json',
  grade: 'H',
}
const JAMBA: Citation = {
  source: 'huggingface.co/ai21labs/AI21-Jamba-1.5-Mini/blob/main/config.json',
  grade: 'H',
}

const DSV3_CONTEXT: Citation = {
  source:
    'DeepSeek-V3 model card (huggingface.co/deepseek-ai/DeepSeek-V3): context length 128K; arXiv 2412.19437 §4.3 (YaRN extension to 128K)',
  grade: 'H',
  note: '128K taken as 131,072 tokens; config.json max_position_embeddings is 163840 (YaRN factor 40 x 4096).',
}
const DSV3_FP8: Citation = {
  source:
    'huggingface.co/deepseek-ai/DeepSeek-V3/blob/main/config.json quantization_config (fp8 e4m3, 128x128 weight blocks); arXiv 2412.19437 §3.3 (FP8 mixed precision); DeepSeek-V3 inference code (act_quant: FP8 activations into the FP8 GEMMs, BF16 latent KV cache)',
  grade: 'H',
  note: 'Weights and matrix activations FP8; the reference KV cache is BF16 (serving stacks can store it in FP8).',
}
const GPT_OSS_MXFP4: Citation = {
  source:
    'OpenAI gpt-oss model card (arXiv 2508.10925): MoE weights quantized to MXFP4 (4.25 bits per parameter), which are over 90 % of the parameters; the rest, activations and KV cache in BF16',
  grade: 'H',
  note: 'Weights fp4 for the experts; the attention projections keep BF16 (quantizedAttentionFormat); the embedding table and LM head keep BF16 too (quantizedHeadFormat).',
}
/** Attention kept out of the 4-bit quantization of DeepSeek's NVFP4 checkpoints. */
const DSV3_NVFP4_ATTENTION: Citation = {
  source:
    'NVIDIA TensorRT Model Optimizer, examples/deepseek/ptq.py (the recipe of nvidia/DeepSeek-R1-FP4 and -0528-FP4): quant_cfg "*attn*" disabled, so MLA keeps the FP8 of the released checkpoint; huggingface.co/nvidia/DeepSeek-R1-0528-FP4-v2: "compared to nvidia/DeepSeek-R1-0528-FP4, this checkpoint additionally quantizes the wo module in attention layers"',
  grade: 'M',
  note: 'The default recipe (no --enable_wo_quant): every attention projection FP8, including wo, which the -v2 checkpoint takes to FP4. The LM head ("*head*" disabled) stays wider too, in BF16 (quantizedHeadFormat).',
}
/** gpt-oss's attention in BF16 beside its MXFP4 experts. */
const GPT_OSS_ATTENTION: Citation = {
  source:
    'OpenAI gpt-oss checkpoints, config.json quantization_config: modules_to_not_convert lists model.layers.*.self_attn, the router, embed_tokens and lm_head (huggingface.co/openai/gpt-oss-120b); arXiv 2508.10925 (only the MoE weights are MXFP4)',
  grade: 'H',
}

const QWEN3_32B: Citation = {
  source: 'huggingface.co/Qwen/Qwen3-32B/blob/main/config.json',
  grade: 'H',
}
const QWEN3_32B_CARD: Citation = {
  source: 'huggingface.co/Qwen/Qwen3-32B model card (Model Overview)',
  grade: 'H',
}
const QWEN3_235B: Citation = {
  source: 'huggingface.co/Qwen/Qwen3-235B-A22B-Instruct-2507/blob/main/config.json',
  grade: 'H',
}
const QWEN3_235B_CARD: Citation = {
  source: 'huggingface.co/Qwen/Qwen3-235B-A22B-Instruct-2507 model card (Model Overview)',
  grade: 'H',
}
const KIMI_K2: Citation = {
  source: 'huggingface.co/moonshotai/Kimi-K2-Instruct-0905/blob/main/config.json',
  grade: 'H',
}
const LLAMA4_SCOUT: Citation = {
  source:
    'huggingface.co/meta-llama/Llama-4-Scout-17B-16E-Instruct/blob/main/config.json (text_config)',
  grade: 'H',
}
const LLAMA4_MAVERICK: Citation = {
  source:
    'huggingface.co/meta-llama/Llama-4-Maverick-17B-128E-Instruct/blob/main/config.json (text_config)',
  grade: 'H',
}
const LLAMA4_CARD: Citation = {
  source:
    'Meta Llama 4 model card (github.com/meta-llama/llama-models, models/llama4/MODEL_CARD.md)',
  grade: 'H',
}
const DSV32: Citation = {
  source:
    'huggingface.co/deepseek-ai/DeepSeek-V3.2/blob/main/config.json (DeepseekV32ForCausalLM: the DeepSeek-V3 shape plus the DSA indexer)',
  grade: 'H',
}

const modelList = [
  // -------------------------------------------------------------------------------------------
  {
    id: 'llama-2-7b',
    name: 'Llama 2 7B',
    vendor: 'Meta',
    year: 2023,
    contextTokens: 4096,
    nativePrecision: { weights: 'fp16', activations: 'fp16', kvCache: 'fp16' },
    layers: 32,
    hiddenSize: 4096,
    heads: 32,
    kvHeads: 32,
    headDim: 128,
    intermediateSize: 11008,
    vocabSize: 32000,
    experts: 0,
    expertsPerToken: 0,
    attentionLayerFraction: 1,
    attention: 'mha',
    tiedEmbeddings: false,
    publishedTotalParamsB: 6.74,
    publishedActiveParamsB: 6.74,
    sources: {
      contextTokens: { ...LLAMA2_7B, note: 'max_position_embeddings 4096' },
      nativePrecision: {
        ...LLAMA2_7B,
        note: 'torch_dtype float16: the checkpoint ships in FP16 (numerically the engine treats fp16 and bf16 alike).',
      },
      year: { source: 'Meta, Llama 2 release (18 Jul 2023), arXiv 2307.09288', grade: 'H' },
      layers: { ...LLAMA2_7B, note: 'num_hidden_layers 32' },
      hiddenSize: { ...LLAMA2_7B, note: 'hidden_size 4096' },
      heads: { ...LLAMA2_7B, note: 'num_attention_heads 32' },
      kvHeads: { ...LLAMA2_7B, note: 'num_key_value_heads 32 (multi-head attention)' },
      headDim: { ...LLAMA2_7B, note: 'hidden_size / num_attention_heads = 128' },
      intermediateSize: { ...LLAMA2_7B, note: 'intermediate_size 11008' },
      vocabSize: { ...LLAMA2_7B, note: 'vocab_size 32000' },
      experts: { ...LLAMA2_7B, note: 'Dense model.' },
      expertsPerToken: { ...LLAMA2_7B, note: 'Dense model.' },
      attentionLayerFraction: { ...LLAMA2_7B, note: 'Every layer is attention.' },
      publishedTotalParamsB: {
        source:
          'huggingface.co/meta-llama/Llama-2-7b-hf (safetensors: 6.74B params); model card "7B"',
        grade: 'H',
      },
      publishedActiveParamsB: { source: 'Dense: active = total', grade: 'H' },
    },
  },
  // -------------------------------------------------------------------------------------------
  {
    id: 'llama-2-70b',
    name: 'Llama 2 70B',
    vendor: 'Meta',
    year: 2023,
    contextTokens: 4096,
    nativePrecision: { weights: 'fp16', activations: 'fp16', kvCache: 'fp16' },
    layers: 80,
    hiddenSize: 8192,
    heads: 64,
    kvHeads: 8,
    headDim: 128,
    intermediateSize: 28672,
    vocabSize: 32000,
    experts: 0,
    expertsPerToken: 0,
    attentionLayerFraction: 1,
    attention: 'gqa',
    tiedEmbeddings: false,
    publishedTotalParamsB: 68.98,
    publishedActiveParamsB: 68.98,
    sources: {
      contextTokens: { ...LLAMA2_70B, note: 'max_position_embeddings 4096' },
      nativePrecision: { ...LLAMA2_70B, note: 'torch_dtype float16.' },
      year: { source: 'Meta, Llama 2 release (18 Jul 2023), arXiv 2307.09288', grade: 'H' },
      layers: { ...LLAMA2_70B, note: 'num_hidden_layers 80' },
      hiddenSize: { ...LLAMA2_70B, note: 'hidden_size 8192' },
      heads: { ...LLAMA2_70B, note: 'num_attention_heads 64' },
      kvHeads: { ...LLAMA2_70B, note: 'num_key_value_heads 8 (GQA)' },
      headDim: { ...LLAMA2_70B, note: 'hidden_size / num_attention_heads = 128' },
      intermediateSize: { ...LLAMA2_70B, note: 'intermediate_size 28672' },
      vocabSize: { ...LLAMA2_70B, note: 'vocab_size 32000' },
      experts: { ...LLAMA2_70B, note: 'Dense model.' },
      expertsPerToken: { ...LLAMA2_70B, note: 'Dense model.' },
      attentionLayerFraction: { ...LLAMA2_70B, note: 'Every layer is attention.' },
      publishedTotalParamsB: {
        source:
          'huggingface.co/meta-llama/Llama-2-70b-hf (safetensors: 68.98B params); model card "70B"',
        grade: 'H',
      },
      publishedActiveParamsB: { source: 'Dense: active = total', grade: 'H' },
    },
  },
  // -------------------------------------------------------------------------------------------
  {
    id: 'llama-3.1-8b',
    name: 'Llama 3.1 8B',
    vendor: 'Meta',
    year: 2024,
    contextTokens: 131072,
    nativePrecision: { weights: 'bf16', activations: 'bf16', kvCache: 'bf16' },
    layers: 32,
    hiddenSize: 4096,
    heads: 32,
    kvHeads: 8,
    headDim: 128,
    intermediateSize: 14336,
    vocabSize: 128256,
    experts: 0,
    expertsPerToken: 0,
    attentionLayerFraction: 1,
    attention: 'gqa',
    tiedEmbeddings: false,
    publishedTotalParamsB: 8.03,
    publishedActiveParamsB: 8.03,
    sources: {
      contextTokens: { ...LLAMA31_8B, note: 'max_position_embeddings 131072 (Meta: 128K context)' },
      nativePrecision: { ...LLAMA31_8B, note: 'torch_dtype bfloat16.' },
      year: { source: 'Meta, Llama 3.1 release (23 Jul 2024), arXiv 2407.21783', grade: 'H' },
      layers: { ...LLAMA31_8B, note: 'num_hidden_layers 32' },
      hiddenSize: { ...LLAMA31_8B, note: 'hidden_size 4096' },
      heads: { ...LLAMA31_8B, note: 'num_attention_heads 32' },
      kvHeads: { ...LLAMA31_8B, note: 'num_key_value_heads 8' },
      headDim: { ...LLAMA31_8B, note: 'head_dim 128' },
      intermediateSize: { ...LLAMA31_8B, note: 'intermediate_size 14336' },
      vocabSize: { ...LLAMA31_8B, note: 'vocab_size 128256' },
      experts: { ...LLAMA31_8B, note: 'Dense model.' },
      expertsPerToken: { ...LLAMA31_8B, note: 'Dense model.' },
      attentionLayerFraction: { ...LLAMA31_8B, note: 'Every layer is attention.' },
      publishedTotalParamsB: {
        source:
          'huggingface.co/meta-llama/Llama-3.1-8B (safetensors: 8.03B params); model card "8B"',
        grade: 'H',
      },
      publishedActiveParamsB: { source: 'Dense: active = total', grade: 'H' },
    },
  },
  // -------------------------------------------------------------------------------------------
  {
    id: 'llama-3.1-70b',
    name: 'Llama 3.1 70B',
    vendor: 'Meta',
    year: 2024,
    contextTokens: 131072,
    nativePrecision: { weights: 'bf16', activations: 'bf16', kvCache: 'bf16' },
    layers: 80,
    hiddenSize: 8192,
    heads: 64,
    kvHeads: 8,
    headDim: 128,
    intermediateSize: 28672,
    vocabSize: 128256,
    experts: 0,
    expertsPerToken: 0,
    attentionLayerFraction: 1,
    attention: 'gqa',
    tiedEmbeddings: false,
    publishedTotalParamsB: 70.6,
    publishedActiveParamsB: 70.6,
    sources: {
      contextTokens: {
        ...LLAMA31_70B,
        note: 'max_position_embeddings 131072 (Meta: 128K context)',
      },
      nativePrecision: { ...LLAMA31_70B, note: 'torch_dtype bfloat16.' },
      year: { source: 'Meta, Llama 3.1 release (23 Jul 2024), arXiv 2407.21783', grade: 'H' },
      layers: { ...LLAMA31_70B, note: 'num_hidden_layers 80' },
      hiddenSize: { ...LLAMA31_70B, note: 'hidden_size 8192' },
      heads: { ...LLAMA31_70B, note: 'num_attention_heads 64' },
      kvHeads: { ...LLAMA31_70B, note: 'num_key_value_heads 8' },
      headDim: { ...LLAMA31_70B, note: 'head_dim 128' },
      intermediateSize: { ...LLAMA31_70B, note: 'intermediate_size 28672' },
      vocabSize: { ...LLAMA31_70B, note: 'vocab_size 128256' },
      experts: { ...LLAMA31_70B, note: 'Dense model.' },
      expertsPerToken: { ...LLAMA31_70B, note: 'Dense model.' },
      attentionLayerFraction: { ...LLAMA31_70B, note: 'Every layer is attention.' },
      publishedTotalParamsB: {
        source:
          'huggingface.co/meta-llama/Llama-3.1-70B (safetensors: 70.6B params); model card "70B"',
        grade: 'H',
      },
      publishedActiveParamsB: { source: 'Dense: active = total', grade: 'H' },
    },
  },
  // -------------------------------------------------------------------------------------------
  {
    id: 'llama-3.1-405b',
    name: 'Llama 3.1 405B',
    vendor: 'Meta',
    year: 2024,
    contextTokens: 131072,
    nativePrecision: { weights: 'bf16', activations: 'bf16', kvCache: 'bf16' },
    layers: 126,
    hiddenSize: 16384,
    heads: 128,
    kvHeads: 8,
    headDim: 128,
    intermediateSize: 53248,
    vocabSize: 128256,
    experts: 0,
    expertsPerToken: 0,
    attentionLayerFraction: 1,
    attention: 'gqa',
    tiedEmbeddings: false,
    publishedTotalParamsB: 405.9,
    publishedActiveParamsB: 405.9,
    sources: {
      contextTokens: {
        ...LLAMA31_405B,
        note: 'max_position_embeddings 131072 (Meta: 128K context)',
      },
      nativePrecision: {
        ...LLAMA31_405B,
        note: 'torch_dtype bfloat16. Meta also publishes an FP8 variant (Llama-3.1-405B-FP8) for single-node serving; the reference checkpoint is BF16.',
      },
      year: { source: 'Meta, Llama 3.1 release (23 Jul 2024), arXiv 2407.21783', grade: 'H' },
      layers: { ...LLAMA31_405B, note: 'num_hidden_layers 126' },
      hiddenSize: { ...LLAMA31_405B, note: 'hidden_size 16384' },
      heads: { ...LLAMA31_405B, note: 'num_attention_heads 128' },
      kvHeads: { ...LLAMA31_405B, note: 'num_key_value_heads 8' },
      headDim: { ...LLAMA31_405B, note: 'head_dim 128' },
      intermediateSize: { ...LLAMA31_405B, note: 'intermediate_size 53248' },
      vocabSize: { ...LLAMA31_405B, note: 'vocab_size 128256' },
      experts: { ...LLAMA31_405B, note: 'Dense model.' },
      expertsPerToken: { ...LLAMA31_405B, note: 'Dense model.' },
      attentionLayerFraction: { ...LLAMA31_405B, note: 'Every layer is attention.' },
      publishedTotalParamsB: {
        source:
          'huggingface.co/meta-llama/Llama-3.1-405B (safetensors: ~406B params); model card and paper "405B"',
        grade: 'H',
      },
      publishedActiveParamsB: { source: 'Dense: active = total', grade: 'H' },
    },
  },
  // -------------------------------------------------------------------------------------------
  {
    id: 'llama-3.3-70b',
    name: 'Llama 3.3 70B Instruct',
    vendor: 'Meta',
    year: 2024,
    contextTokens: 131072,
    nativePrecision: { weights: 'bf16', activations: 'bf16', kvCache: 'bf16' },
    layers: 80,
    hiddenSize: 8192,
    heads: 64,
    kvHeads: 8,
    headDim: 128,
    intermediateSize: 28672,
    vocabSize: 128256,
    experts: 0,
    expertsPerToken: 0,
    attentionLayerFraction: 1,
    attention: 'gqa',
    tiedEmbeddings: false,
    publishedTotalParamsB: 70.6,
    publishedActiveParamsB: 70.6,
    sources: {
      contextTokens: {
        ...LLAMA33_70B,
        note: 'max_position_embeddings 131072 (Meta: 128K context)',
      },
      nativePrecision: { ...LLAMA33_70B, note: 'torch_dtype bfloat16.' },
      year: { source: 'Meta, Llama 3.3 70B release (6 Dec 2024)', grade: 'H' },
      layers: { ...LLAMA33_70B, note: 'num_hidden_layers 80 (same architecture as Llama 3.1 70B)' },
      hiddenSize: { ...LLAMA33_70B, note: 'hidden_size 8192' },
      heads: { ...LLAMA33_70B, note: 'num_attention_heads 64' },
      kvHeads: { ...LLAMA33_70B, note: 'num_key_value_heads 8' },
      headDim: { ...LLAMA33_70B, note: 'head_dim 128' },
      intermediateSize: { ...LLAMA33_70B, note: 'intermediate_size 28672' },
      vocabSize: { ...LLAMA33_70B, note: 'vocab_size 128256' },
      experts: { ...LLAMA33_70B, note: 'Dense model.' },
      expertsPerToken: { ...LLAMA33_70B, note: 'Dense model.' },
      attentionLayerFraction: { ...LLAMA33_70B, note: 'Every layer is attention.' },
      publishedTotalParamsB: {
        source:
          'huggingface.co/meta-llama/Llama-3.3-70B-Instruct (safetensors: 70.6B params); model card "70B"',
        grade: 'H',
      },
      publishedActiveParamsB: { source: 'Dense: active = total', grade: 'H' },
    },
  },
  // -------------------------------------------------------------------------------------------
  {
    id: 'mixtral-8x7b',
    name: 'Mixtral 8x7B',
    vendor: 'Mistral AI',
    year: 2023,
    contextTokens: 32768,
    nativePrecision: { weights: 'bf16', activations: 'bf16', kvCache: 'bf16' },
    layers: 32,
    hiddenSize: 4096,
    heads: 32,
    kvHeads: 8,
    headDim: 128,
    intermediateSize: 14336,
    vocabSize: 32000,
    experts: 8,
    expertsPerToken: 2,
    moeIntermediateSize: 14336,
    moeLayers: 32,
    attentionLayerFraction: 1,
    attention: 'gqa',
    tiedEmbeddings: false,
    publishedTotalParamsB: 46.7,
    publishedActiveParamsB: 12.9,
    sources: {
      contextTokens: {
        ...MIXTRAL,
        note: 'max_position_embeddings 32768 (Mistral: 32k-token context)',
      },
      nativePrecision: { ...MIXTRAL, note: 'torch_dtype bfloat16.' },
      year: {
        source: 'Mistral AI, "Mixtral of experts" (11 Dec 2023), arXiv 2401.04088',
        grade: 'H',
      },
      layers: { ...MIXTRAL, note: 'num_hidden_layers 32' },
      hiddenSize: { ...MIXTRAL, note: 'hidden_size 4096' },
      heads: { ...MIXTRAL, note: 'num_attention_heads 32' },
      kvHeads: { ...MIXTRAL, note: 'num_key_value_heads 8' },
      headDim: { ...MIXTRAL, note: 'hidden_size / num_attention_heads = 128' },
      intermediateSize: {
        ...MIXTRAL,
        note: 'intermediate_size 14336 (per expert; no dense FFN layers)',
      },
      vocabSize: { ...MIXTRAL, note: 'vocab_size 32000' },
      experts: { ...MIXTRAL, note: 'num_local_experts 8' },
      expertsPerToken: { ...MIXTRAL, note: 'num_experts_per_tok 2' },
      moeIntermediateSize: { ...MIXTRAL, note: 'Each expert is a SwiGLU FFN of width 14336.' },
      moeLayers: { ...MIXTRAL, note: 'Every layer is a sparse MoE layer.' },
      attentionLayerFraction: {
        ...MIXTRAL,
        note: 'Every layer is attention (sliding_window null).',
      },
      publishedTotalParamsB: {
        source:
          'mistral.ai/news/mixtral-of-experts: "46.7B total parameters but only uses 12.9B per token"',
        grade: 'H',
      },
      publishedActiveParamsB: {
        source: 'mistral.ai/news/mixtral-of-experts: 12.9B parameters per token',
        grade: 'H',
      },
    },
  },
  // -------------------------------------------------------------------------------------------
  {
    id: 'deepseek-v3',
    name: 'DeepSeek-V3',
    vendor: 'DeepSeek',
    year: 2024,
    contextTokens: 131072,
    nativePrecision: { weights: 'fp8', activations: 'fp8', kvCache: 'bf16' },
    quantizedAttentionFormat: 'fp8',
    layers: 61,
    hiddenSize: 7168,
    heads: 128,
    kvHeads: 128,
    headDim: 128,
    intermediateSize: 18432,
    vocabSize: 129280,
    experts: 256,
    expertsPerToken: 8,
    sharedExperts: 1,
    moeIntermediateSize: 2048,
    moeLayers: 58,
    attentionLayerFraction: 1,
    attention: 'mla',
    kvLoraRank: 512,
    qkRopeHeadDim: 64,
    qLoraRank: 1536,
    vHeadDim: 128,
    tiedEmbeddings: false,
    publishedTotalParamsB: 671,
    publishedActiveParamsB: 37,
    sources: {
      quantizedAttentionFormat: { ...DSV3_NVFP4_ATTENTION },
      contextTokens: { ...DSV3_CONTEXT },
      nativePrecision: { ...DSV3_FP8 },
      year: { source: 'DeepSeek-V3 technical report, arXiv 2412.19437 (26 Dec 2024)', grade: 'H' },
      layers: {
        ...DSV3,
        note: 'num_hidden_layers 61 (plus 1 multi-token-prediction module, not counted)',
      },
      hiddenSize: { ...DSV3, note: 'hidden_size 7168' },
      heads: { ...DSV3, note: 'num_attention_heads 128' },
      kvHeads: {
        ...DSV3,
        note: 'num_key_value_heads 128; with MLA the cache holds the shared latent, not per-head K/V.',
      },
      headDim: {
        ...DSV3,
        note: 'qk_nope_head_dim 128 (v_head_dim also 128; qk_rope_head_dim 64 extra)',
      },
      intermediateSize: {
        ...DSV3,
        note: 'intermediate_size 18432: FFN width of the 3 dense layers',
      },
      vocabSize: { ...DSV3, note: 'vocab_size 129280' },
      experts: { ...DSV3, note: 'n_routed_experts 256' },
      expertsPerToken: { ...DSV3, note: 'num_experts_per_tok 8' },
      sharedExperts: { ...DSV3, note: 'n_shared_experts 1' },
      moeIntermediateSize: { ...DSV3, note: 'moe_intermediate_size 2048' },
      moeLayers: {
        ...DSV3,
        note: 'first_k_dense_replace 3, moe_layer_freq 1: 61 - 3 = 58 MoE layers',
      },
      attentionLayerFraction: { ...DSV3, note: 'Every layer is (MLA) attention.' },
      kvLoraRank: { ...DSV3, note: 'kv_lora_rank 512' },
      qkRopeHeadDim: { ...DSV3, note: 'qk_rope_head_dim 64' },
      qLoraRank: { ...DSV3, note: 'q_lora_rank 1536' },
      vHeadDim: { ...DSV3, note: 'v_head_dim 128' },
      publishedTotalParamsB: {
        source:
          'DeepSeek-V3 model card / arXiv 2412.19437: 671B total parameters (the HF checkpoint is 685B incl. the 14B MTP module)',
        grade: 'H',
      },
      publishedActiveParamsB: {
        source: 'DeepSeek-V3 technical report: 37B activated per token',
        grade: 'H',
      },
    },
  },
  // -------------------------------------------------------------------------------------------
  {
    id: 'deepseek-r1',
    name: 'DeepSeek-R1',
    vendor: 'DeepSeek',
    year: 2025,
    contextTokens: 131072,
    nativePrecision: { weights: 'fp8', activations: 'fp8', kvCache: 'bf16' },
    quantizedAttentionFormat: 'fp8',
    layers: 61,
    hiddenSize: 7168,
    heads: 128,
    kvHeads: 128,
    headDim: 128,
    intermediateSize: 18432,
    vocabSize: 129280,
    experts: 256,
    expertsPerToken: 8,
    sharedExperts: 1,
    moeIntermediateSize: 2048,
    moeLayers: 58,
    attentionLayerFraction: 1,
    attention: 'mla',
    kvLoraRank: 512,
    qkRopeHeadDim: 64,
    qLoraRank: 1536,
    vHeadDim: 128,
    tiedEmbeddings: false,
    publishedTotalParamsB: 671,
    publishedActiveParamsB: 37,
    sources: {
      quantizedAttentionFormat: { ...DSV3_NVFP4_ATTENTION },
      contextTokens: {
        ...DSV3_CONTEXT,
        source: `${DSV3_CONTEXT.source}; DeepSeek-R1 model card: context length 128K`,
      },
      nativePrecision: {
        ...DSV3_FP8,
        source: `${DSV3_FP8.source}; DeepSeek-R1 ships the same FP8 checkpoint format`,
      },
      year: { source: 'DeepSeek-R1 release (20 Jan 2025), arXiv 2501.12948', grade: 'H' },
      layers: { ...DSR1, note: 'num_hidden_layers 61' },
      hiddenSize: { ...DSR1, note: 'hidden_size 7168' },
      heads: { ...DSR1, note: 'num_attention_heads 128' },
      kvHeads: { ...DSR1, note: 'num_key_value_heads 128 (MLA latent cache)' },
      headDim: { ...DSR1, note: 'qk_nope_head_dim 128' },
      intermediateSize: { ...DSR1, note: 'intermediate_size 18432 (3 dense layers)' },
      vocabSize: { ...DSR1, note: 'vocab_size 129280' },
      experts: { ...DSR1, note: 'n_routed_experts 256' },
      expertsPerToken: { ...DSR1, note: 'num_experts_per_tok 8' },
      sharedExperts: { ...DSR1, note: 'n_shared_experts 1' },
      moeIntermediateSize: { ...DSR1, note: 'moe_intermediate_size 2048' },
      moeLayers: { ...DSR1, note: 'first_k_dense_replace 3: 58 MoE layers' },
      attentionLayerFraction: { ...DSR1, note: 'Every layer is (MLA) attention.' },
      kvLoraRank: { ...DSR1, note: 'kv_lora_rank 512' },
      qkRopeHeadDim: { ...DSR1, note: 'qk_rope_head_dim 64' },
      qLoraRank: { ...DSR1, note: 'q_lora_rank 1536' },
      vHeadDim: { ...DSR1, note: 'v_head_dim 128' },
      publishedTotalParamsB: {
        source: 'DeepSeek-R1 model card: 671B total parameters (built on DeepSeek-V3-Base)',
        grade: 'H',
      },
      publishedActiveParamsB: { source: 'DeepSeek-R1 model card: 37B activated', grade: 'H' },
    },
  },
  // -------------------------------------------------------------------------------------------
  {
    id: 'gpt-oss-120b',
    name: 'gpt-oss-120b',
    vendor: 'OpenAI',
    year: 2025,
    contextTokens: 131072,
    nativePrecision: { weights: 'fp4', activations: 'bf16', kvCache: 'bf16' },
    quantizedAttentionFormat: 'bf16',
    layers: 36,
    hiddenSize: 2880,
    heads: 64,
    kvHeads: 8,
    headDim: 64,
    intermediateSize: 2880,
    vocabSize: 201088,
    experts: 128,
    expertsPerToken: 4,
    moeIntermediateSize: 2880,
    moeLayers: 36,
    attentionLayerFraction: 1,
    attention: 'gqa',
    tiedEmbeddings: false,
    publishedTotalParamsB: 116.83,
    publishedActiveParamsB: 5.13,
    sources: {
      quantizedAttentionFormat: { ...GPT_OSS_ATTENTION },
      contextTokens: {
        ...GPT_OSS,
        note: 'max_position_embeddings 131072 (model card: 128k context)',
      },
      nativePrecision: { ...GPT_OSS_MXFP4 },
      year: {
        source: 'OpenAI gpt-oss release (5 Aug 2025), gpt-oss model card arXiv 2508.10925',
        grade: 'H',
      },
      layers: { ...GPT_OSS, note: 'num_hidden_layers 36' },
      hiddenSize: { ...GPT_OSS, note: 'hidden_size 2880' },
      heads: { ...GPT_OSS, note: 'num_attention_heads 64' },
      kvHeads: { ...GPT_OSS, note: 'num_key_value_heads 8' },
      headDim: {
        ...GPT_OSS,
        note: 'head_dim 64 (not hidden/heads = 45). Layers alternate sliding-window (128 tokens) and full attention; the catalogue has no field for that, so KV cache is modelled as full on every layer.',
      },
      intermediateSize: {
        ...GPT_OSS,
        note: 'intermediate_size 2880 (per expert; no dense FFN layers)',
      },
      vocabSize: { ...GPT_OSS, note: 'vocab_size 201088 (o200k_harmony tokenizer)' },
      experts: { ...GPT_OSS, note: 'num_local_experts 128' },
      expertsPerToken: { ...GPT_OSS, note: 'num_experts_per_tok / experts_per_token 4' },
      moeIntermediateSize: { ...GPT_OSS, note: 'Expert SwiGLU width 2880.' },
      moeLayers: { ...GPT_OSS, note: 'Every layer is MoE.' },
      attentionLayerFraction: {
        ...GPT_OSS,
        note: 'Every layer is attention (half of them banded).',
      },
      publishedTotalParamsB: {
        source: 'OpenAI gpt-oss model card (arXiv 2508.10925), Table 1: 116.83B total parameters',
        grade: 'H',
      },
      publishedActiveParamsB: {
        source: 'OpenAI gpt-oss model card: 5.13B active parameters per token',
        grade: 'H',
        note: 'OpenAI excludes the input embedding (0.58B) from "active"; the engine counts it, so its active figure is ~5.7B.',
      },
    },
  },
  // -------------------------------------------------------------------------------------------
  {
    id: 'jamba-1.5-mini',
    name: 'AI21 Jamba 1.5 Mini (Mamba-Transformer MoE hybrid)',
    vendor: 'AI21 Labs',
    year: 2024,
    contextTokens: 262144,
    nativePrecision: { weights: 'bf16', activations: 'bf16', kvCache: 'bf16' },
    layers: 32,
    hiddenSize: 4096,
    heads: 32,
    kvHeads: 8,
    headDim: 128,
    intermediateSize: 14336,
    vocabSize: 65536,
    experts: 16,
    expertsPerToken: 2,
    moeIntermediateSize: 14336,
    moeLayers: 16,
    attentionLayerFraction: 0.125,
    attention: 'gqa',
    ssmStateElementsPerLayer: 163840,
    ssmParamsPerLayer: 105308160,
    tiedEmbeddings: false,
    publishedTotalParamsB: 52,
    publishedActiveParamsB: 12,
    sources: {
      contextTokens: {
        ...JAMBA,
        note: 'max_position_embeddings 262144 (AI21: 256K effective context)',
      },
      nativePrecision: { ...JAMBA, note: 'torch_dtype bfloat16.' },
      year: { source: 'AI21 Labs, Jamba 1.5 release (22 Aug 2024), arXiv 2408.12570', grade: 'H' },
      layers: { ...JAMBA, note: 'num_hidden_layers 32' },
      hiddenSize: { ...JAMBA, note: 'hidden_size 4096' },
      heads: { ...JAMBA, note: 'num_attention_heads 32' },
      kvHeads: { ...JAMBA, note: 'num_key_value_heads 8' },
      headDim: { ...JAMBA, note: 'hidden_size / num_attention_heads = 128' },
      intermediateSize: {
        ...JAMBA,
        note: 'intermediate_size 14336 (dense MLP layers and each expert)',
      },
      vocabSize: { ...JAMBA, note: 'vocab_size 65536' },
      experts: { ...JAMBA, note: 'num_experts 16' },
      expertsPerToken: { ...JAMBA, note: 'num_experts_per_tok 2' },
      moeIntermediateSize: {
        ...JAMBA,
        note: 'Experts have the same width as the dense MLP (14336).',
      },
      moeLayers: {
        ...JAMBA,
        note: 'expert_layer_period 2, expert_layer_offset 1: layers 1, 3, ..., 31 = 16 MoE layers; the other 16 have a dense MLP.',
      },
      attentionLayerFraction: {
        ...JAMBA,
        note: 'attn_layer_period 8, attn_layer_offset 4: layers 4, 12, 20, 28 = 4 attention layers of 32; the other 28 are Mamba layers.',
      },
      ssmStateElementsPerLayer: {
        ...JAMBA,
        note: 'mamba_expand 2 -> d_inner = 2 x 4096 = 8192; mamba_d_state 16, mamba_d_conv 4: 8192 x 16 + 8192 x 4 = 131,072 + 32,768 = 163,840 (implementations keep d_conv - 1 = 3 conv columns, i.e. 155,648).',
      },
      ssmParamsPerLayer: {
        ...JAMBA,
        note: 'Mamba layer, d_inner 8192, dt_rank 256 (mamba_dt_rank), no proj bias: in_proj 4096 x 2 x 8192 = 67,108,864; conv1d 8192 x 4 + 8192 bias = 40,960; x_proj 8192 x (256 + 2 x 16) = 2,359,296; dt_proj 256 x 8192 + 8192 = 2,105,344; A_log 8192 x 16 = 131,072; D 8192; out_proj 8192 x 4096 = 33,554,432. Sum 105,308,160 (norms omitted).',
      },
      publishedTotalParamsB: {
        source: 'AI21 Jamba 1.5 model card / arXiv 2408.12570: 52B total parameters (12B active)',
        grade: 'H',
      },
      publishedActiveParamsB: {
        source: 'AI21 Jamba 1.5 model card: 12B active parameters',
        grade: 'H',
      },
    },
  },
  // -------------------------------------------------------------------------------------------
  // Models that matter in 2026 (issue 12 item 3), with their native formats and context windows.
  // -------------------------------------------------------------------------------------------
  {
    id: 'qwen3-32b',
    name: 'Qwen3-32B',
    vendor: 'Alibaba (Qwen)',
    year: 2025,
    contextTokens: 32768,
    nativePrecision: { weights: 'bf16', activations: 'bf16', kvCache: 'bf16' },
    layers: 64,
    hiddenSize: 5120,
    heads: 64,
    kvHeads: 8,
    headDim: 128,
    intermediateSize: 25600,
    vocabSize: 151936,
    experts: 0,
    expertsPerToken: 0,
    attentionLayerFraction: 1,
    attention: 'gqa',
    tiedEmbeddings: false,
    publishedTotalParamsB: 32.8,
    publishedActiveParamsB: 32.8,
    sources: {
      year: {
        source: 'Qwen3 release (29 Apr 2025), Qwen3 technical report arXiv 2505.09388',
        grade: 'H',
      },
      contextTokens: {
        ...QWEN3_32B_CARD,
        note: 'Natively 32,768 tokens; 131,072 with YaRN rope scaling, which Qwen advises only for long inputs. Override contextTokens for the YaRN case.',
      },
      nativePrecision: {
        ...QWEN3_32B,
        note: 'torch_dtype bfloat16 (Qwen also publishes a separate FP8 checkpoint).',
      },
      layers: { ...QWEN3_32B, note: 'num_hidden_layers 64' },
      hiddenSize: { ...QWEN3_32B, note: 'hidden_size 5120' },
      heads: { ...QWEN3_32B, note: 'num_attention_heads 64' },
      kvHeads: { ...QWEN3_32B, note: 'num_key_value_heads 8' },
      headDim: { ...QWEN3_32B, note: 'head_dim 128 (heads x head_dim = 8192 > hidden_size)' },
      intermediateSize: { ...QWEN3_32B, note: 'intermediate_size 25600' },
      vocabSize: { ...QWEN3_32B, note: 'vocab_size 151936' },
      experts: { ...QWEN3_32B, note: 'Dense model.' },
      expertsPerToken: { ...QWEN3_32B, note: 'Dense model.' },
      attentionLayerFraction: {
        ...QWEN3_32B,
        note: 'Every layer is attention (use_sliding_window false).',
      },
      publishedTotalParamsB: { ...QWEN3_32B_CARD, note: '32.8B parameters (31.2B non-embedding).' },
      publishedActiveParamsB: { source: 'Dense: active = total', grade: 'H' },
    },
  },
  // -------------------------------------------------------------------------------------------
  {
    id: 'qwen3-235b-a22b',
    name: 'Qwen3-235B-A22B-Instruct-2507',
    vendor: 'Alibaba (Qwen)',
    year: 2025,
    contextTokens: 262144,
    nativePrecision: { weights: 'bf16', activations: 'bf16', kvCache: 'bf16' },
    layers: 94,
    hiddenSize: 4096,
    heads: 64,
    kvHeads: 4,
    headDim: 128,
    intermediateSize: 12288,
    vocabSize: 151936,
    experts: 128,
    expertsPerToken: 8,
    moeIntermediateSize: 1536,
    moeLayers: 94,
    attentionLayerFraction: 1,
    attention: 'gqa',
    tiedEmbeddings: false,
    publishedTotalParamsB: 235,
    publishedActiveParamsB: 22,
    sources: {
      year: {
        source:
          'Qwen3-235B-A22B-Instruct-2507 release (Jul 2025); Qwen3 technical report arXiv 2505.09388',
        grade: 'H',
      },
      contextTokens: {
        ...QWEN3_235B_CARD,
        note: 'Native context 262,144 tokens for the 2507 release (the April 2025 release: 32,768, 131,072 with YaRN).',
      },
      nativePrecision: {
        ...QWEN3_235B,
        note: 'torch_dtype bfloat16 (an FP8 checkpoint is published separately).',
      },
      layers: { ...QWEN3_235B, note: 'num_hidden_layers 94' },
      hiddenSize: { ...QWEN3_235B, note: 'hidden_size 4096' },
      heads: { ...QWEN3_235B, note: 'num_attention_heads 64' },
      kvHeads: { ...QWEN3_235B, note: 'num_key_value_heads 4' },
      headDim: { ...QWEN3_235B, note: 'head_dim 128' },
      intermediateSize: {
        ...QWEN3_235B,
        note: 'intermediate_size 12288 (unused: every layer is MoE, mlp_only_layers empty)',
      },
      vocabSize: { ...QWEN3_235B, note: 'vocab_size 151936' },
      experts: { ...QWEN3_235B, note: 'num_experts 128 (no shared expert)' },
      expertsPerToken: { ...QWEN3_235B, note: 'num_experts_per_tok 8' },
      moeIntermediateSize: { ...QWEN3_235B, note: 'moe_intermediate_size 1536' },
      moeLayers: { ...QWEN3_235B, note: 'decoder_sparse_step 1: all 94 layers are MoE' },
      attentionLayerFraction: { ...QWEN3_235B, note: 'Every layer is attention.' },
      publishedTotalParamsB: { ...QWEN3_235B_CARD, note: '235B total parameters.' },
      publishedActiveParamsB: { ...QWEN3_235B_CARD, note: '22B activated.' },
    },
  },
  // -------------------------------------------------------------------------------------------
  {
    id: 'kimi-k2',
    name: 'Kimi K2 Instruct (0905)',
    vendor: 'Moonshot AI',
    year: 2025,
    contextTokens: 262144,
    nativePrecision: { weights: 'fp8', activations: 'fp8', kvCache: 'bf16' },
    layers: 61,
    hiddenSize: 7168,
    heads: 64,
    kvHeads: 64,
    headDim: 128,
    intermediateSize: 18432,
    vocabSize: 163840,
    experts: 384,
    expertsPerToken: 8,
    sharedExperts: 1,
    moeIntermediateSize: 2048,
    moeLayers: 60,
    attentionLayerFraction: 1,
    attention: 'mla',
    kvLoraRank: 512,
    qkRopeHeadDim: 64,
    qLoraRank: 1536,
    vHeadDim: 128,
    tiedEmbeddings: false,
    publishedTotalParamsB: 1040,
    publishedActiveParamsB: 32.6,
    sources: {
      year: {
        source: 'Moonshot AI, Kimi K2 release (Jul 2025; Instruct-0905 Sep 2025), arXiv 2507.20534',
        grade: 'H',
      },
      contextTokens: {
        ...KIMI_K2,
        note: 'rope_scaling YaRN factor 64 x original 4096 = 262,144 (0905 model card: context extended from 128K to 256K).',
      },
      nativePrecision: {
        ...KIMI_K2,
        note: 'The checkpoint is block-FP8 (quantization_config fp8, as DeepSeek-V3); matrix activations FP8, latent KV cache BF16 as in the DeepSeek-V3 reference code. (Kimi K2 Thinking ships INT4 instead.)',
      },
      layers: { ...KIMI_K2, note: 'num_hidden_layers 61' },
      hiddenSize: { ...KIMI_K2, note: 'hidden_size 7168' },
      heads: { ...KIMI_K2, note: 'num_attention_heads 64 (DeepSeek-V3 has 128)' },
      kvHeads: { ...KIMI_K2, note: 'num_key_value_heads 64; MLA caches the shared latent.' },
      headDim: { ...KIMI_K2, note: 'qk_nope_head_dim 128' },
      intermediateSize: { ...KIMI_K2, note: 'intermediate_size 18432 (the one dense layer)' },
      vocabSize: { ...KIMI_K2, note: 'vocab_size 163840' },
      experts: { ...KIMI_K2, note: 'n_routed_experts 384' },
      expertsPerToken: { ...KIMI_K2, note: 'num_experts_per_tok 8' },
      sharedExperts: { ...KIMI_K2, note: 'n_shared_experts 1' },
      moeIntermediateSize: { ...KIMI_K2, note: 'moe_intermediate_size 2048' },
      moeLayers: { ...KIMI_K2, note: 'first_k_dense_replace 1: 61 - 1 = 60 MoE layers' },
      attentionLayerFraction: { ...KIMI_K2, note: 'Every layer is (MLA) attention.' },
      kvLoraRank: { ...KIMI_K2, note: 'kv_lora_rank 512' },
      qkRopeHeadDim: { ...KIMI_K2, note: 'qk_rope_head_dim 64' },
      qLoraRank: { ...KIMI_K2, note: 'q_lora_rank 1536' },
      vHeadDim: { ...KIMI_K2, note: 'v_head_dim 128' },
      publishedTotalParamsB: {
        source: 'Kimi K2 technical report (arXiv 2507.20534): 1.04 trillion total parameters',
        grade: 'H',
        note: 'The model card rounds to "1T".',
      },
      publishedActiveParamsB: {
        source: 'Kimi K2 technical report (arXiv 2507.20534): 32.6 billion activated parameters',
        grade: 'H',
      },
    },
  },
  // -------------------------------------------------------------------------------------------
  {
    id: 'llama-4-scout',
    name: 'Llama 4 Scout 17B-16E',
    vendor: 'Meta',
    year: 2025,
    contextTokens: 10485760,
    nativePrecision: { weights: 'bf16', activations: 'bf16', kvCache: 'bf16' },
    layers: 48,
    hiddenSize: 5120,
    heads: 40,
    kvHeads: 8,
    headDim: 128,
    intermediateSize: 16384,
    vocabSize: 202048,
    experts: 16,
    expertsPerToken: 1,
    sharedExperts: 1,
    moeIntermediateSize: 8192,
    moeLayers: 48,
    attentionLayerFraction: 1,
    attention: 'gqa',
    tiedEmbeddings: false,
    publishedTotalParamsB: 109,
    publishedActiveParamsB: 17,
    sources: {
      year: {
        source:
          'Meta, "The Llama 4 herd" (5 Apr 2025), ai.meta.com/blog/llama-4-multimodal-intelligence',
        grade: 'H',
      },
      contextTokens: {
        ...LLAMA4_SCOUT,
        note: 'text_config.max_position_embeddings 10485760 (Meta: 10M-token context).',
      },
      nativePrecision: { ...LLAMA4_SCOUT, note: 'torch_dtype bfloat16.' },
      layers: { ...LLAMA4_SCOUT, note: 'num_hidden_layers 48' },
      hiddenSize: { ...LLAMA4_SCOUT, note: 'hidden_size 5120' },
      heads: { ...LLAMA4_SCOUT, note: 'num_attention_heads 40' },
      kvHeads: {
        ...LLAMA4_SCOUT,
        note: 'num_key_value_heads 8. Three of four layers use chunked attention (attention_chunk_size 8192); the catalogue has no field for that, so long-context KV cache and attention are overstated.',
      },
      headDim: { ...LLAMA4_SCOUT, note: 'head_dim 128' },
      intermediateSize: {
        ...LLAMA4_SCOUT,
        note: 'intermediate_size_mlp 16384 (dense FFN width; unused: interleave_moe_layer_step 1 makes every layer MoE)',
      },
      vocabSize: { ...LLAMA4_SCOUT, note: 'vocab_size 202048' },
      experts: { ...LLAMA4_SCOUT, note: 'num_local_experts 16' },
      expertsPerToken: { ...LLAMA4_SCOUT, note: 'num_experts_per_tok 1' },
      sharedExperts: {
        ...LLAMA4_SCOUT,
        note: 'Each MoE layer has one shared expert (Llama4TextMoe.shared_expert).',
      },
      moeIntermediateSize: { ...LLAMA4_SCOUT, note: 'intermediate_size 8192 (expert width)' },
      moeLayers: { ...LLAMA4_SCOUT, note: 'interleave_moe_layer_step 1: all 48 layers are MoE' },
      attentionLayerFraction: { ...LLAMA4_SCOUT, note: 'Every layer is attention.' },
      publishedTotalParamsB: { ...LLAMA4_CARD, note: 'Scout: 109B total parameters.' },
      publishedActiveParamsB: { ...LLAMA4_CARD, note: 'Scout: 17B active parameters.' },
    },
  },
  // -------------------------------------------------------------------------------------------
  {
    id: 'llama-4-maverick',
    name: 'Llama 4 Maverick 17B-128E',
    vendor: 'Meta',
    year: 2025,
    contextTokens: 1048576,
    nativePrecision: { weights: 'bf16', activations: 'bf16', kvCache: 'bf16' },
    layers: 48,
    hiddenSize: 5120,
    heads: 40,
    kvHeads: 8,
    headDim: 128,
    intermediateSize: 16384,
    vocabSize: 202048,
    experts: 128,
    expertsPerToken: 1,
    sharedExperts: 1,
    moeIntermediateSize: 8192,
    moeLayers: 24,
    attentionLayerFraction: 1,
    attention: 'gqa',
    tiedEmbeddings: false,
    publishedTotalParamsB: 400,
    publishedActiveParamsB: 17,
    sources: {
      year: {
        source:
          'Meta, "The Llama 4 herd" (5 Apr 2025), ai.meta.com/blog/llama-4-multimodal-intelligence',
        grade: 'H',
      },
      contextTokens: {
        ...LLAMA4_MAVERICK,
        note: 'text_config.max_position_embeddings 1048576 (Meta: 1M-token context).',
      },
      nativePrecision: {
        ...LLAMA4_MAVERICK,
        note: 'torch_dtype bfloat16. Meta also releases Llama-4-Maverick-17B-128E-Instruct-FP8; choose fp8 for that checkpoint.',
      },
      layers: { ...LLAMA4_MAVERICK, note: 'num_hidden_layers 48' },
      hiddenSize: { ...LLAMA4_MAVERICK, note: 'hidden_size 5120' },
      heads: { ...LLAMA4_MAVERICK, note: 'num_attention_heads 40' },
      kvHeads: {
        ...LLAMA4_MAVERICK,
        note: 'num_key_value_heads 8. Chunked attention (8192) on three of four layers is not modelled.',
      },
      headDim: { ...LLAMA4_MAVERICK, note: 'head_dim 128' },
      intermediateSize: {
        ...LLAMA4_MAVERICK,
        note: 'intermediate_size_mlp 16384: FFN width of the 24 dense layers',
      },
      vocabSize: { ...LLAMA4_MAVERICK, note: 'vocab_size 202048' },
      experts: { ...LLAMA4_MAVERICK, note: 'num_local_experts 128' },
      expertsPerToken: { ...LLAMA4_MAVERICK, note: 'num_experts_per_tok 1' },
      sharedExperts: { ...LLAMA4_MAVERICK, note: 'One shared expert per MoE layer.' },
      moeIntermediateSize: { ...LLAMA4_MAVERICK, note: 'intermediate_size 8192 (expert width)' },
      moeLayers: {
        ...LLAMA4_MAVERICK,
        note: 'interleave_moe_layer_step 2: every other layer is MoE = 24 of 48',
      },
      attentionLayerFraction: { ...LLAMA4_MAVERICK, note: 'Every layer is attention.' },
      publishedTotalParamsB: { ...LLAMA4_CARD, note: 'Maverick: 400B total parameters.' },
      publishedActiveParamsB: { ...LLAMA4_CARD, note: 'Maverick: 17B active parameters.' },
    },
  },
  // -------------------------------------------------------------------------------------------
  {
    id: 'deepseek-v3.2',
    name: 'DeepSeek-V3.2',
    vendor: 'DeepSeek',
    year: 2025,
    contextTokens: 131072,
    nativePrecision: { weights: 'fp8', activations: 'fp8', kvCache: 'bf16' },
    quantizedAttentionFormat: 'fp8',
    layers: 61,
    hiddenSize: 7168,
    heads: 128,
    kvHeads: 128,
    headDim: 128,
    intermediateSize: 18432,
    vocabSize: 129280,
    experts: 256,
    expertsPerToken: 8,
    sharedExperts: 1,
    moeIntermediateSize: 2048,
    moeLayers: 58,
    attentionLayerFraction: 1,
    attention: 'mla',
    kvLoraRank: 512,
    qkRopeHeadDim: 64,
    qLoraRank: 1536,
    vHeadDim: 128,
    tiedEmbeddings: false,
    publishedTotalParamsB: 671,
    publishedActiveParamsB: 37,
    sources: {
      quantizedAttentionFormat: {
        ...DSV3_NVFP4_ATTENTION,
        grade: 'L',
        note: 'Assumed: the recipe published for DeepSeek-V3 and R1 (the same MLA projections; V3.2 adds its indexer).',
      },
      year: {
        source: 'DeepSeek-V3.2-Exp (29 Sep 2025) and DeepSeek-V3.2 (1 Dec 2025) releases',
        grade: 'H',
      },
      contextTokens: {
        ...DSV32,
        note: 'Context 128K (131,072 tokens), as DeepSeek-V3.',
      },
      nativePrecision: {
        ...DSV32,
        note: 'Block-FP8 checkpoint as DeepSeek-V3 (FP8 weights and matrix activations); the lightning indexer keeps FP8 keys, the main latent cache is BF16 in the reference code.',
      },
      layers: { ...DSV32, note: 'num_hidden_layers 61' },
      hiddenSize: { ...DSV32, note: 'hidden_size 7168' },
      heads: { ...DSV32, note: 'num_attention_heads 128' },
      kvHeads: {
        ...DSV32,
        note: 'num_key_value_heads 128 (MLA). DeepSeek Sparse Attention: index_n_heads 64, index_head_dim 128, index_topk 2048; each query attends to 2,048 selected tokens. The catalogue has no field for that, so attention cost beyond 2K tokens is overstated (the indexer itself, ~0.85B parameters, is also not counted).',
      },
      headDim: { ...DSV32, note: 'qk_nope_head_dim 128' },
      intermediateSize: { ...DSV32, note: 'intermediate_size 18432 (3 dense layers)' },
      vocabSize: { ...DSV32, note: 'vocab_size 129280' },
      experts: { ...DSV32, note: 'n_routed_experts 256' },
      expertsPerToken: { ...DSV32, note: 'num_experts_per_tok 8' },
      sharedExperts: { ...DSV32, note: 'n_shared_experts 1' },
      moeIntermediateSize: { ...DSV32, note: 'moe_intermediate_size 2048' },
      moeLayers: { ...DSV32, note: 'first_k_dense_replace 3: 58 MoE layers' },
      attentionLayerFraction: { ...DSV32, note: 'Every layer is (MLA) attention.' },
      kvLoraRank: { ...DSV32, note: 'kv_lora_rank 512' },
      qkRopeHeadDim: { ...DSV32, note: 'qk_rope_head_dim 64' },
      qLoraRank: { ...DSV32, note: 'q_lora_rank 1536' },
      vHeadDim: { ...DSV32, note: 'v_head_dim 128' },
      publishedTotalParamsB: {
        source:
          'DeepSeek-V3.2 model card: same 671B base as DeepSeek-V3 (685B with the MTP module)',
        grade: 'H',
      },
      publishedActiveParamsB: {
        source: 'DeepSeek-V3.2: 37B activated, as DeepSeek-V3',
        grade: 'H',
      },
    },
  },
] as const satisfies readonly ModelSpec[]

/** Catalogue ids, e.g. 'llama-3.1-70b'. */
export type ModelId = (typeof modelList)[number]['id']

/**
 * The format quantized checkpoints keep the embedding table and the LM head in: every recipe the
 * catalogue's low-bit checkpoints come from quantizes the linear layers inside the blocks only.
 */
export const QUANTIZED_HEAD_FORMAT: NumberFormat = 'bf16'
export const QUANTIZED_HEAD_CITATION: Citation = {
  source:
    'NVIDIA TensorRT Model Optimizer, modelopt/torch/quantization/config.py (_default_disabled_quantizer_cfg: "*lm_head*" disabled in every preset, FP8 and NVFP4; nn.Embedding gets no quantizer); vLLM llm-compressor, examples/quantization_w8a8_fp8/llama3_example.py (QuantizationModifier(targets="Linear", scheme="FP8_DYNAMIC", ignore=["lm_head"])) and model_free_ptq (ignore lm_head and model.embed_tokens); DeepSeek-V3 and gpt-oss releases (embed_tokens and lm_head in BF16; gpt-oss quantization_config.modules_to_not_convert)',
  grade: 'M',
  note: 'A default for every catalogue model: no checkpoint the catalogue cites quantizes them. Checkpoints that do exist (Intel auto-round --quant_lm_head); set Assumptions → Custom model → Embedding and LM head kept at to the weights’ format for one.',
}

/** Every catalogue model, with the head format its checkpoints keep (QUANTIZED_HEAD_FORMAT) spelled out. */
export const MODELS: readonly ModelSpec[] = modelList.map((model: ModelSpec): ModelSpec => ({
  ...model,
  quantizedHeadFormat: model.quantizedHeadFormat ?? QUANTIZED_HEAD_FORMAT,
  sources: { quantizedHeadFormat: QUANTIZED_HEAD_CITATION, ...model.sources },
}))

export function modelById(id: string): ModelSpec | undefined {
  return MODELS.find((model) => model.id === id)
}
