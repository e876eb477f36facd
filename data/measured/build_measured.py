#!/usr/bin/env python3
"""Build src/engine/validation/measured.json: every measured case the engine is judged against, each with its source,
what exactly was measured, how it maps to an engine scenario (with every assumption written out), and its ROLE
(fit or validation), assigned here by a fixed rule BEFORE any error is computed.

Inputs (all in this folder, each traceable to a public document):
  mlperf-llm.json                   extract_mlperf.py over MLCommons results repositories (v4.1, v5.1)
  mlperf-configs.json               extract_mlperf_configs.py over mlcommons/inference_results_v5.1
  mlperf-llm-v6.0.json, mlperf-configs-v6.0.json   the same two extractors over a copy of MLPerf Inference v6.0
                                    (gbeezybez/inference_results_v6.0: the official mlcommons repository for v6.0
                                    was not reachable from here); every v6.0 case is validation (RULE)
  mlenergy-v3.json                  extract_mlenergy.py over The ML.ENERGY Leaderboard v3.0 data (ml-energy/leaderboard)
  trtllm-perf-overview-v0.17.md     verbatim tables from NVIDIA/TensorRT-LLM perf-overview.md
  ../../src/engine/validation/calibration.json   the project's earlier TensorRT-LLM v1.0 cases (kind measured_throughput, id trtllm-*)

Run: python3 data/measured/build_measured.py   (deterministic; rerun after changing any input)
"""
import json, os, re

HERE = os.path.dirname(os.path.abspath(__file__))
ROOT = os.path.dirname(os.path.dirname(HERE))
OUT = os.path.join(ROOT, 'src/engine/validation/measured.json')

HELD_OUT_FAMILY = 'amd-cdna3'
FORWARD_ROUND = 'v6.0'
RULE = (
    'A case is in the FITTING set only if all of these hold: it is a maximum-throughput case (kind "throughput"); '
    'the model is dense (no mixture of experts); the replica has fewer than 4 accelerators (tensor parallelism below 4 '
    'and no pipeline stages that would take it to 4 or more: added 2026-12-06 with the first pipeline-parallel cases, '
    'before any of them was evaluated); and the hardware family '
    f'is not {HELD_OUT_FAMILY} (one whole family held out). Every other case (MoE, TP >= 4, the held-out family, '
    'and every serving-curve TPOT case, and every energy or power case) is VALIDATION: the fit never sees it. Roles are assigned by '
    'data/measured/build_measured.py from these fields alone, before any engine error is computed. '
    f'Every case from MLPerf Inference {FORWARD_ROUND} (published May 2026, first read here on 2026-12-06, after the fit) is VALIDATION '
    'whatever its other fields: a hold-out nobody on the project had looked at when the engine was calibrated (rule added '
    'before any of them was evaluated).'
)

FAMILY = {
    'a100-80gb': 'nvidia-ampere', 'h100-sxm': 'nvidia-hopper', 'h200-sxm': 'nvidia-hopper', 'gh200-144gb': 'nvidia-hopper',
    'b200': 'nvidia-blackwell', 'gb200': 'nvidia-blackwell', 'mi300x': 'amd-cdna3', 'mi325x': 'amd-cdna3',
    'mi355x': 'amd-cdna4', 'tpu-v5e': 'google-tpu', 'gb300': 'nvidia-blackwell', 'b300-sxm': 'nvidia-blackwell',
    'mi355x-1000w': 'amd-cdna4', 'h200-sxm-500w': 'nvidia-hopper', 'h200-sxm-1000w': 'nvidia-hopper',
}
MOE = {'mixtral-8x7b': True, 'deepseek-r1': True, 'deepseek-v3': True, 'qwen3-235b-a22b': True, 'llama-4-scout': True,
       'llama-4-maverick': True, 'gpt-oss-120b': True}
PARAMS_B = {'llama-2-70b': 69, 'mixtral-8x7b': 46.7}
MEMORY_GB = {'mi300x': 192, 'mi325x': 256, 'mi355x': 288, 'mi355x-1000w': 288}
BYTES = {'fp4': 0.5, 'fp8': 1, 'bf16': 2, 'fp16': 2}

# MLPerf llama2-70b dataset (OpenOrca, 24,576 samples): mean prompt 222 tokens (the value already used and sourced in
# src/engine/validation/cases.ts: HBFSim calibration protocol checksummed against the MLCommons file).
LLAMA2_INPUT = 222

# Mean prompt length of the MLPerf mixtral-8x7b dataset (09292024_mixtral_15k_mintoken2_v1.pkl, 15,000 samples:
# 5k OpenOrca, 5k GSM8K 5-shot, 5k MBXP): 427.4 tokens, the mean of its tok_input_len column as summarised in
# openshift-psap/performance-dashboard@67033baeaac1 mlperf-data/summaries/mixtral-8x7b.csv (written by
# mlperf-data/original/generate_dataset_summaries.py from the MLCommons file). Two checks that the summary is the
# official file: its mean reference output, 144.84 tokens, is the tokens_per_sample MLCommons publishes
# (mlcommons/inference language/mixtral-8x7b/README.md), and its llama2-70b summary's mean prompt, 222.3, is the
# value above.
MIXTRAL_INPUT = 427

# The other MLPerf LLM datasets' mean prompts, from the same summaries (tok_input_len of the MLCommons files):
# llama3.1-8b (CNN/DailyMail, 13,368 samples) 870.7, llama3.1-405b (8,313 samples) 9,428.6, deepseek-r1 (4,388
# samples) 803.8 tokens. Their mean outputs come from each run's own log, as for the other models.
MLPERF_INPUT = {'llama2-70b': LLAMA2_INPUT, 'mixtral-8x7b': MIXTRAL_INPUT, 'llama3.1-8b': 871,
                'llama3.1-405b': 9429, 'deepseek-r1': 804}
# Spread of each dataset's reference output lengths (standard deviation / mean of tok_ref_output_len, same summaries):
# in continuous batching it sets how far into their answers the running sequences are (engine workload.outputLengthCv).
MLPERF_OUTPUT_CV = {'llama2-70b': 0.787, 'mixtral-8x7b': 0.778, 'llama3.1-8b': 0.448, 'llama3.1-405b': 0.381,
                    'deepseek-r1': 1.253}
MLPERF_MODEL = {'llama2-70b': 'llama-2-70b', 'mixtral-8x7b': 'mixtral-8x7b', 'llama3.1-8b': 'llama-3.1-8b',
                'llama3.1-405b': 'llama-3.1-405b', 'deepseek-r1': 'deepseek-r1'}
# Deployment of each llama3.1-8b, llama3.1-405b and deepseek-r1 submission as its configuration file states it
# (extract_mlperf_configs.py).
CONFIGS = {'v5.1': json.load(open(os.path.join(HERE, 'mlperf-configs.json'))),
           FORWARD_ROUND: json.load(open(os.path.join(HERE, 'mlperf-configs-v6.0.json')))}
MLPERF_ROWS = ['mlperf-llm.json', 'mlperf-llm-v6.0.json']


ASSUMPTIONS = {
    'trt-fp16-is-fp8': 'weight_data_types says fp16 (the starting weights); NVIDIA TensorRT submissions quantise: "LLM submissions use FP8 or FP4 if the NVIDIA accelerator supports that feature" (closed/NVIDIA/documentation/calibration.md, mlcommons/inference_results_v4.1; use_fp8 = True in closed/NVIDIA/configs/<model>/Offline/__init__.py), so FP8 is assumed on Hopper and FP4 (FP8 KV cache) on Blackwell',
    'tp-by-memory-rule': 'tensor parallelism: the smallest power of two whose weights take at most half the memory (no published per-system config was read)',
    'tp-from-v41-config': 'tensor parallelism as in the NVIDIA v4.1 config for this GPU (llama2-70b TP2 on H100-SXM, TP1 on H200; the v5.1 submitter config was not read)',
    'mixtral-input-427': 'input length 427 tokens: the mean prompt of the MLPerf mixtral-8x7b dataset (15,000 samples: 5k OpenOrca, 5k GSM8K 5-shot, 5k MBXP), from the tok_input_len column of the MLCommons file as summarised in openshift-psap/performance-dashboard@67033baeaac1 mlperf-data/summaries/mixtral-8x7b.csv; the summary reproduces the published mean reference output (144.84 tokens, mlcommons/inference language/mixtral-8x7b/README.md). Until 2026-12-06 these cases used 222, the llama2-70b (OpenOrca) mean, because no source for the mixtral set had been found',
    'jetstream-lengths': 'input and output lengths 1024 / 1024: the maximum lengths of the run; the ShareGPT requests it served are shorter on average, and their mean lengths are not reported',
    'jetstream-metric': 'the table reports "throughput (token/s)" of the whole v5e-8 slice from JetStream benchmark_serving; taken as output tokens/s',
    'jetstream-int8': 'int8 rows: weights and KV cache in int8 (--quantize_weights --quantize_kv_cache), activations in bf16',
    'trtllm-run': 'a finite run: the number of requests perf-overview.md lists for this input/output length ("Preparing a Dataset": 30000 for 128/128, 3000 for 128/2048, 1000/1000, 500/2000 and 2048/128, 1500 for 128/4096, 1000/2000, 2048/2048 and 5000/500, 1000 for 20000/2000), all of fixed lengths and queued at once; the reported figure is their output tokens over the whole run, so when the last round of requests is smaller than the batch the memory holds it runs at that smaller batch; the batch cap is trtllm-bench\'s engine-build heuristic, 4096 (tensorrt_llm/bench/build/tuning.py, finetune_setting), not the 2048 default of a hand-built engine',
    'mlperf-dataset-lengths': 'input length: the mean prompt of the MLPerf dataset (llama3.1-8b 871, llama3.1-405b 9,429, deepseek-r1 804 tokens), from the tok_input_len column of the MLCommons file as summarised in openshift-psap/performance-dashboard@67033baeaac1 mlperf-data/summaries/; output length from the run\'s own log',
    'mlperf-config': 'replica (tensor, pipeline and expert parallelism) and the engine\'s batch size (gpu_batch_size, applied as the scheduler cap) as the submission\'s configuration file states them (closed/<submitter>/configs/<system>/<scenario>/<model>.py in the round\'s results repository, read by data/measured/extract_mlperf_configs.py)',
    'tp-forward-rule': 'tensor parallelism as NVIDIA\'s v4.1 and v5.1 configurations set it for this model (llama2-70b TP2 on H100-SXM, TP1 on every larger-memory part; mixtral TP1): the v6.0 configuration for this system was not read',
    'b300-hgx': 'NVIDIA B300 in an 8-GPU HGX board: the catalogue\'s GB300 entry with the HGX part\'s dense peaks (BF16 2,250, FP8 4,500, NVFP4 13,125 TFLOP/s: glennklockwood.com/garden/processors/B300, grade L), 270 GiB of memory as the MLPerf system name states, and an 8-GPU NVLink domain; bandwidth (8 TB/s) and power limit (1,400 W maximum, same source) as GB300. Doubt, recorded after the first evaluation and not acted on: the same page also says B300 has "the same power consumption as B200", and an HGX board may run its GPUs nearer 1,100 W; a lower limit would slow the engine\'s B300',
    'mi355x-power-cap': 'the submitter capped each MI355X at 1,000 W (the accelerator name says "Power Cap 1000 W"): the engine runs the catalogue MI355X with a 1,000 W power limit, so its clocks drop where the work would draw more',
    'nvidia-maxq-power-limit': 'an NVIDIA MaxQ submission: every GPU ran under the power limit its configuration states (power_limit 500 W for these H200 runs, applied with nvidia-smi by closed/NVIDIA/code/common/power_limit.py); the engine runs the catalogue H200 with that limit, so its clocks drop where the work would draw more',
    'nvidia-h200-cts-1000w': 'an NVIDIA H200 CTS (custom thermal solution) system: its system description states "H200 TGP 1000W" (700 W for the standard H200 systems) and NVIDIA\'s hardware table gives the part a 1,000 W maximum power limit; the engine runs the catalogue H200 with a 1,000 W limit',
    'adp-batch-per-rank': 'attention data parallelism (enable_attention_dp): each rank schedules its own requests, so the replica\'s batch cap is the tensor-parallel degree times gpu_batch_size',
    'mlperf-output-spread': 'output lengths vary as the dataset\'s reference outputs do (coefficient of variation 0.79 llama2-70b, 0.78 mixtral, 0.45 llama3.1-8b, 0.38 llama3.1-405b, 1.25 deepseek-r1, from tok_ref_output_len in the same summaries); the lengths the submitted model generated are not published (MLPerf only requires their mean within 90-110 % of the reference)',
    'mlenergy-arena-prompt': 'prompt 212 tokens (grade L): the arena-human-preference-100k prompts are not summarised anywhere we found; LMSYS-Chat-1M (Zheng et al., ICLR 2024, Table 1) averages 69.5 tokens per user prompt, 214.5 per response and 2.0 turns per conversation, and ML.ENERGY sends each turn as a request with the whole history before it (ml-energy/benchmark mlenergy/benchmark/llm/datasets.py, LMArenaHumanPreferenceDataset), so the two requests of a 2-turn conversation average (69.5 + 69.5 + 214.5 + 69.5) / 2 = 212 tokens',
    'mlenergy-gpqa-prompt': 'prompt 250 tokens (grade L): a GPQA Diamond question with its four choices; the lengths are not published. The answers average thousands of tokens, so the prompt weighs little',
    'mlenergy-batch': 'batch: the average running batch ML.ENERGY reports for the steady state (rounded), with its max_num_seqs as the scheduler cap; output length and its spread (standard deviation / mean) from the configuration\'s own output-length histogram',
    'mlenergy-vllm-kv': 'KV cache in BF16: the benchmark\'s vLLM configurations (ml-energy/benchmark configs/vllm) set no kv-cache-dtype, and vLLM\'s default "auto" keeps the model\'s dtype; FP8 checkpoints run FP8 weights and activations',
    'mlenergy-mxfp4': 'gpt-oss-120b: MXFP4 expert weights as shipped (4-bit), activations and KV cache in BF16',
    'mlenergy-expert-parallel': 'a mixture of experts run with enable-expert-parallel spreads its experts over all the GPUs of the server (expert parallelism = GPU count); attention split over the same GPUs by heads: in vLLM the expert layers form a group of data_parallel_size x tensor_parallel_size ranks (docs.vllm.ai, Data Parallel Deployment), so with the data_parallel 1 ML.ENERGY records, expert parallelism over all the GPUs means tensor-parallel attention over them (the record\'s tensor_parallel 1 describes the expert layers); where the GPUs outnumber the KV heads (Qwen3-235B has 4; DeepSeek-V3 and R1 one latent) each KV head is held on several of them (serving.attentionParallelism "tensor"; added 2026-12-07)',
    'mlenergy-tpot': "mean time per output token = average running batch / output tokens per second of the server (Little's law over the steady state), chunked prefill included",
    'mlenergy-energy': 'GPU energy (Zeus, NVML counters) per output token over the steady state, all GPUs of the server; the engine\'s chip-boundary energy per output token',
    'mlenergy-power': 'average GPU power over the steady state divided by the GPU count; the engine\'s mean chip power per accelerator',
    'concurrency-littles-law': "concurrency per replica from Little's law (requests per second x mean request latency); the source gives the request rate, not the concurrency",
}


def gh200():
    return {'base': 'h200-sxm', 'name': 'NVIDIA GH200 (144 GB HBM3e)', 'memoryGB': 144, 'memoryBandwidthTBps': 4.9}


# Parts MLPerf v6.0 ran that the catalogue holds only as a close relative: each is the relative with the
# differences the source states (assumptions 'b300-hgx' and 'mi355x-power-cap'). 270 GiB = 289.9 GB, the
# catalogue's unit (decimal GB, as gib() in src/engine/catalog/accelerators.ts converts).
HARDWARE_OVERRIDES = {
    'b300-sxm': {'base': 'gb300', 'name': 'NVIDIA B300 SXM (HGX, 270 GiB)', 'memoryGB': round(270 * 2**30 / 1e9, 1),
                 'peakTflops': {'fp16': 2250, 'fp8': 4500, 'fp4': 13125}, 'scaleUpDomain': 8},
    'mi355x-1000w': {'base': 'mi355x', 'name': 'AMD Instinct MI355X (power cap 1,000 W)', 'tdpW': 1000},
}
HARDWARE_ASSUMPTION = {'b300-sxm': 'b300-hgx', 'mi355x-1000w': 'mi355x-power-cap', 'h200-sxm-500w': 'nvidia-maxq-power-limit'}
HARDWARE_OVERRIDES['h200-sxm-500w'] = {'base': 'h200-sxm', 'name': 'NVIDIA H200 SXM (MaxQ: power limit 500 W)', 'tdpW': 500}

# NVIDIA's MaxQ submissions run every GPU under a power limit their configuration states (power_limit, applied with
# nvidia-smi by closed/NVIDIA/code/common/power_limit.py). Read from the source repository at the commit the results
# come from; a MaxQ run whose limit is not listed here is left out rather than run at full power (added 2026-12-06:
# the four v4.1 H200 MaxQ runs had been mapped to the 700 W part, a mapping error a review of the outliers found).
MAXQ_POWER_LIMIT_W = {
    ('mlcommons/inference_results_v4.1', 'H200-SXM-141GBx8_TRT_MaxQ', 'llama2-70b-99', 'Offline'): (500, 'closed/NVIDIA/configs/llama2-70b/Offline/__init__.py'),
    ('mlcommons/inference_results_v4.1', 'H200-SXM-141GBx8_TRT_MaxQ', 'llama2-70b-99', 'Server'): (500, 'closed/NVIDIA/configs/llama2-70b/Server/__init__.py'),
    ('mlcommons/inference_results_v4.1', 'H200-SXM-141GBx8_TRT_MaxQ', 'mixtral-8x7b', 'Offline'): (500, 'closed/NVIDIA/configs/mixtral-8x7b/Offline/__init__.py'),
    ('mlcommons/inference_results_v4.1', 'H200-SXM-141GBx8_TRT_MaxQ', 'mixtral-8x7b', 'Server'): (500, 'closed/NVIDIA/configs/mixtral-8x7b/Server/__init__.py'),
}
POWER_LIMIT_PART = {('h200-sxm', 500): 'h200-sxm-500w'}

# NVIDIA's H200 "CTS" (custom thermal solution) systems run the same GPU at a higher board power: their system
# descriptions state "hw_notes": "H200 TGP 1000W" (closed/NVIDIA/systems/H200-SXM-141GB-CTSx{1,8}_TRT.json,
# against "H200 TGP 700W" for H200-SXM-141GBx8_TRT), and NVIDIA's hardware table gives the part
# max_power_limit=1000.0 (closed/NVIDIA/code/common/systems/known_hardware.py), both at the results' commit.
# Mapped to the 700 W part until 2026-12-06 (a review found it beside the MaxQ error).
HARDWARE_OVERRIDES['h200-sxm-1000w'] = {'base': 'h200-sxm', 'name': 'NVIDIA H200 SXM CTS (TGP 1,000 W)', 'tdpW': 1000}
HARDWARE_ASSUMPTION['h200-sxm-1000w'] = 'nvidia-h200-cts-1000w'


def framework_of(r):
    """The serving software as the system description states it; a placeholder (older extracts kept 'N/A') is
    said as such, so no case claims a framework its source does not name."""
    text = (r['framework'] or '').strip()
    return 'not stated in the system description' if text.upper() in ('', 'N/A', 'TODO', 'TBD') else text


def mlperf_hardware(name):
    n = name or ''
    if re.search(r'NVL|PCIe|L40S|RTX|Jetson|Arc|\(x', n) or n == 'N/A':
        return None
    if 'GB300' in n:
        return 'gb300'
    if 'B300-SXM' in n:
        return 'b300-sxm'
    if 'MI355X' in n and 'Power Cap 1000 W' in n:
        return 'mi355x-1000w'
    if 'GH200' in n and '144GB' in n:
        return 'gh200-144gb'
    if 'GB200' in n:
        return 'gb200'
    if 'H200-SXM' in n and 'CTS' in n:
        return 'h200-sxm-1000w'
    if 'H200-SXM' in n:
        return 'h200-sxm'
    if 'H100-SXM' in n:
        return 'h100-sxm'
    if 'B200-SXM' in n:
        return 'b200'
    if 'MI355X' in n:
        return 'mi355x'
    if 'MI325X' in n:
        return 'mi325x'
    if 'MI300X' in n:
        return 'mi300x'
    return None


def precision(fmt):
    if fmt == 'fp4':
        return {'weights': 'fp4', 'activations': 'fp4', 'kvCache': 'fp8'}
    if fmt == 'fp8':
        return {'weights': 'fp8', 'activations': 'fp8', 'kvCache': 'fp8'}
    return {'weights': fmt, 'activations': fmt, 'kvCache': fmt}


def role(kind, family, moe, tp, pp=1, round_=None):
    if round_ == FORWARD_ROUND:
        return 'validation'
    if kind == 'throughput' and not moe and tp * pp < 4 and family != HELD_OUT_FAMILY:
        return 'fit'
    return 'validation'


def case(**c):
    c['family'] = FAMILY[c['hardwareId']]
    c['moe'] = MOE.get(c['model'], False)
    round_ = c.pop('round', None)
    c['role'] = role(c['kind'], c['family'], c['moe'], c['tensorParallel'], c.get('pipelineParallel', 1), round_)
    if round_ == FORWARD_ROUND:
        c['forward'] = True
    hw = c.pop('hardwareId')
    c['hardware'] = gh200() if hw == 'gh200-144gb' else HARDWARE_OVERRIDES.get(hw, hw)
    c['hardwareId'] = hw
    return c


def from_mlperf(excluded):
    out = []
    rows = [r for f in MLPERF_ROWS for r in json.load(open(os.path.join(HERE, f)))]
    for r in rows:
        round_ = r['repo'].split('_')[-1]
        hw = mlperf_hardware(r['acceleratorModelName'])
        where = f"{r['repo']}@{r['commit'][:12]} {r['path']}"
        if hw is None:
            excluded.append({'source': where, 'why': f"accelerator '{r['acceleratorModelName']}' is not in the engine catalogue (or is a mixed system)"})
            continue
        if r['division'] == 'open' and re.search(r'pruned|sparse', r['system'], re.I):
            excluded.append({'source': where, 'why': 'open division with a modified (pruned or sparse) model'})
            continue
        if r['model'] not in MLPERF_MODEL:
            excluded.append({'source': where, 'why': f"{r['model']}: not an LLM benchmark the engine models"})
            continue
        model = MLPERF_MODEL[r['model']]
        config = None
        if r['model'] not in ('llama2-70b', 'mixtral-8x7b'):
            config = CONFIGS.get(round_, {}).get(f"{r['submitter']}/{r['system']}/{r['model']}/{r['scenario']}")
            if not config or not config.get('path'):
                excluded.append({'source': where, 'why': 'no configuration file published for this system and scenario: its replica size would be guessed'})
                continue
            if config.get('tensorParallel') is None:
                excluded.append({'source': where, 'why': f"its configuration file ({config['path']}) states no tensor parallelism (it builds the setting elsewhere), so the replica size would be guessed"})
                continue
            if any(config.get(k) == 'ambiguous' for k in ('tensorParallel', 'pipelineParallel', 'expertParallel', 'gpuBatchSize')):
                excluded.append({'source': where, 'why': f"its configuration file ({config['path']}) sets the replica or batch differently for several settings, and the log does not say which ran"})
                continue
        maxq = None
        if re.search(r'maxq', r['system'], re.I):
            maxq = MAXQ_POWER_LIMIT_W.get((r['repo'], r['system'], r['benchmark'], r['scenario']))
            if maxq is None or (hw, maxq[0]) not in POWER_LIMIT_PART:
                excluded.append({'source': where, 'why': 'a power-limited (MaxQ) run whose per-GPU power limit is not read from its configuration yet'})
                continue
            hw = POWER_LIMIT_PART[(hw, maxq[0])]
        wt = (r['weightDataTypes'] or '').lower()
        assumptions = [HARDWARE_ASSUMPTION[hw]] if hw in HARDWARE_ASSUMPTION else []
        trt = 'TensorRT' in (r['framework'] or '')
        if wt in ('fp4', 'mxfp4'):
            fmt = 'fp4'
        elif wt == 'fp8':
            fmt = 'fp8'
        elif wt == 'fp16' and trt:
            fmt = 'fp4' if FAMILY[hw] == 'nvidia-blackwell' else 'fp8'
            assumptions.append('trt-fp16-is-fp8')
        elif wt == 'fp16':
            fmt = 'bf16'
        else:
            excluded.append({'source': where, 'why': f'weight format {wt!r} not mapped'})
            continue
        # Replica size: NVIDIA TensorRT configs (v4.1 closed/NVIDIA/configs/llama2-70b/Offline/__init__.py and
        # mixtral-8x7b; v5.1 closed/NVIDIA/configs/<system>/Offline/*.py): llama2-70b TP2 on H100-SXM, TP1 on
        # H200/GH200/B200/GB200; mixtral TP1 everywhere. Others: smallest power of two whose weights take at most
        # half the memory (MLPerf submitters run data-parallel replicas).
        pp = 1
        spread = False
        max_batch = None
        if config:
            tp = config['tensorParallel'] or 1
            pp = config['pipelineParallel'] or 1
            spread = (config.get('expertParallel') or 1) > 1
            if config.get('gpuBatchSize'):
                max_batch = config['gpuBatchSize'] * (tp if config.get('attentionDataParallel') else 1)
            assumptions.append('mlperf-config')
            if config.get('attentionDataParallel'):
                assumptions.append('adp-batch-per-rank')
        elif hw in MEMORY_GB:
            tp = 1
            while PARAMS_B[model] * BYTES[fmt] > 0.5 * MEMORY_GB[hw] * tp and tp < r['accelerators']:
                tp *= 2
            assumptions.append('tp-by-memory-rule')
        else:
            tp = 2 if (model == 'llama-2-70b' and hw == 'h100-sxm') else 1
            if r['repo'].endswith('v5.1') and hw in ('h100-sxm', 'h200-sxm'):
                assumptions.append('tp-from-v41-config')
            elif round_ == FORWARD_ROUND:
                assumptions.append('tp-forward-rule')
        if r['accelerators'] % (tp * pp) != 0 or r['accelerators'] == 0:
            excluded.append({'source': where, 'why': 'accelerator count not a multiple of the replica size'})
            continue
        replicas = r['accelerators'] // (tp * pp)
        out_len = round(r['tokensPerSecond'] / r['samplesPerSecond'])
        input_tokens = MLPERF_INPUT[r['model']]
        if model == 'mixtral-8x7b':
            assumptions.append('mixtral-input-427')
        elif model != 'llama-2-70b':
            assumptions.append('mlperf-dataset-lengths')
        assumptions.append('mlperf-output-spread')
        what = {
            'benchmark': f"MLPerf Inference {r['repo'].split('_')[-1]} {r['division']} {r['benchmark']} {r['scenario']}",
            'submitter': r['submitter'], 'system': r['systemName'] or r['system'],
            'accelerator': r['acceleratorModelName'], 'accelerators': r['accelerators'],
            'framework': framework_of(r), 'weightFormat': wt,
            'meanOutputTokens': f"{out_len} (= tokens/s {r['tokensPerSecond']} / samples/s {r['samplesPerSecond']}, from the same log)",
            'meanInputTokens': input_tokens,
        }
        if maxq:
            what['powerLimit'] = f"{maxq[0]} W per GPU: power_limit in {maxq[1]} ({r['repo']}@{r['commit'][:12]})"
        extra = {'outputLengthCv': MLPERF_OUTPUT_CV[r['model']]}
        if pp > 1:
            extra['pipelineParallel'] = pp
        if spread:
            extra['expertsSpread'] = True
            # How its attention ran, as the configuration states it (enable_attention_dp); the engine's
            # default otherwise. Added 2026-12-07 with serving.attentionParallelism.
            if config and config.get('attentionDataParallel') is not None:
                extra['attentionDataParallel'] = bool(config['attentionDataParallel'])
        if max_batch:
            extra['maxBatch'] = max_batch
            what['engineBatch'] = f"gpu_batch_size {config['gpuBatchSize']} in {config['path']}" + (f' (per rank: attention data parallel over {tp})' if config.get('attentionDataParallel') else '')
        base = dict(hardwareId=hw, model=model, precision=precision(fmt), format=fmt, tensorParallel=tp, **extra,
                    replicas=replicas, inputTokens=input_tokens, outputTokens=out_len, round=round_,
                    source={'repo': r['repo'], 'commit': r['commit'], 'path': r['path'], 'system': r['systemJson']},
                    assumptions=assumptions, what=what)
        sid = re.sub(r'[^a-z0-9]+', '-', f"mlperf-{r['repo'].split('_')[-1]}-{r['submitter']}-{r['system']}-{r['model']}-{r['scenario']}".lower()).strip('-')
        if r['scenario'] == 'Offline':
            out.append(case(id=sid, kind='throughput', metric='output tokens/s per accelerator',
                            measured=r['tokensPerSecond'] / r['accelerators'], batchSize='max', **base))
        else:
            lat = r['meanLatencyNs'] / 1e9
            conc = r['samplesPerSecond'] * lat / replicas
            what['concurrencyPerReplica'] = f"{conc:.1f} = {r['samplesPerSecond']} samples/s x mean latency {lat:.2f} s / {replicas} replicas"
            assumptions.append('concurrency-littles-law')
            what['tpotLimitMs'] = (r['tpotLimitNs'] or 0) / 1e6
            out.append(case(id=sid, kind='tpot', metric='mean time per output token, s',
                            measured=r['meanTimeToOutputTokenNs'] / 1e9, batchSize=max(1, round(conc)), **base))
    return out


TRT_COMMIT = '258c7540c03517def55d9a5aadfa9288af474e1b'
# Requests per run by (input, output) length: perf-overview.md "Preparing a Dataset", identical in the v0.17
# (258c7540) and v1.0-era (00f37686) versions of the page; 1000/2000 appears only in the latter.
TRT_REQUESTS = {(128, 128): 30000, (128, 2048): 3000, (128, 4096): 1500, (1000, 2000): 1500, (2048, 128): 3000,
                (2048, 2048): 1500, (5000, 500): 1500, (1000, 1000): 3000, (500, 2000): 3000, (20000, 2000): 1000}
TRT_SRC = {'repo': 'NVIDIA/TensorRT-LLM', 'commit': TRT_COMMIT, 'path': 'docs/source/performance/perf-overview.md'}
MODEL_T = {'LLaMA v3.1 8B': 'llama-3.1-8b', 'LLaMA v3.1 70B': 'llama-3.1-70b', 'LLaMA v3.1 405B': 'llama-3.1-405b',
           'Mixtral 8x7B': 'mixtral-8x7b', 'LLaMA 3.1 70B': 'llama-3.1-70b', 'LLaMA 3.1 8B': 'llama-3.1-8b'}
COLS = [('h200-sxm', 'fp8'), ('h100-sxm', 'fp8'), (None, None), (None, None), ('a100-80gb', 'fp16')]


def from_trtllm():
    text = open(os.path.join(HERE, 'trtllm-perf-overview-v0.17.md')).read()
    thr, serving = text.split('## Online serving')
    out = []
    model = tp = None
    for line in thr.splitlines():
        cells = [c.strip() for c in line.strip().strip('|').split('|')]
        if len(cells) != 8 or not re.match(r'^\d+, \d+$', cells[2]):
            continue
        if cells[0]:
            model = MODEL_T[cells[0]]
        if cells[1]:
            tp = int(cells[1])
        isl, osl = (int(x) for x in cells[2].split(', '))
        for (hw, fmt), value in zip(COLS, cells[3:]):
            if hw is None or not value:
                continue
            out.append(case(
                id=f'trtllm017-{model}-{hw}-tp{tp}-{fmt}-{isl}-{osl}', kind='throughput',
                metric='output tokens/s per accelerator', measured=float(value) / tp, batchSize='max',
                hardwareId=hw, model=model, precision=precision(fmt), format=fmt, tensorParallel=tp, replicas=1,
                inputTokens=isl, outputTokens=osl, source=TRT_SRC, assumptions=['trtllm-run'],
                requests=TRT_REQUESTS[(isl, osl)],
                what={'benchmark': 'TensorRT-LLM 0.17 trtllm-bench throughput, infinite request rate, fixed lengths',
                      'tableValue': f'{value} tokens/s for the TP{tp} group (divided by {tp} here)'}))
    gpu = model = None
    tp = isl = osl = None
    for line in serving.splitlines():
        if not line.startswith('|') or '**' in line:
            continue
        cells = [c.strip() for c in line.strip()[1:].split('|')][:11]
        if cells[0]:
            model = MODEL_T[cells[0]]
        if cells[1]:
            gpu = 'h100-sxm' if 'H100' in cells[1] else 'h200-sxm'
        if cells[2]:
            tp = int(cells[2])
        if cells[3]:
            isl, osl = int(cells[3]), int(cells[4])
        qps, rps, ttft, itl = cells[5], float(cells[6]), float(cells[7]), float(cells[8])
        lat = (ttft + itl * (osl - 1)) / 1000
        conc = rps * lat
        out.append(case(
            id=f'trtllm014-serving-{model}-{gpu}-tp{tp}-{isl}-{osl}-qps{qps.lower()}', kind='tpot',
            metric='mean inter-token latency, s', measured=itl / 1000, batchSize=max(1, round(conc)),
            hardwareId=gpu, model=model, precision=precision('bf16'), format='bf16', tensorParallel=tp, replicas=1,
            inputTokens=isl, outputTokens=osl, source={**TRT_SRC, 'section': 'Online Serving Measurements'},
            assumptions=['concurrency-littles-law'],
            what={'benchmark': 'TensorRT-LLM 0.14 backend on Triton, 500 requests, BF16', 'qps': qps,
                  'concurrency': f"{conc:.1f} = {rps} req/s x (TTFT {ttft} ms + ITL {itl} ms x {osl - 1})",
                  'throughputRequestsPerSecond': rps, 'meanTtftMs': ttft, 'meanItlMs': itl}))
    return out


TRT10_SRC = {'repo': 'NVIDIA/TensorRT-LLM', 'commit': '00f37686aa854010d68bcbd0f4ab000221541ca6', 'path': 'docs/source/performance/perf-overview.md'}


def from_trtllm_v10():
    text = open(os.path.join(HERE, 'trtllm-perf-overview-v1.0.md')).read()
    out = []
    model = cols = None
    for line in text.splitlines():
        if line.startswith('#### '):
            model = {'Llama 3.3 70B': 'llama-3.3-70b', 'Llama 3.1 405B': 'llama-3.1-405b'}[line[5:].strip()]
            continue
        cells = [c.strip() for c in line.strip().strip('|').split('|')]
        if cells[0].startswith('Sequence Length'):
            cols = []
            for h in cells[1:]:
                m = re.match(r'(\w+)<br/>TP(\d+) \((FP\d)\)', h)
                gpu = {'B200': 'b200', 'GB200': 'gb200', 'H200': 'h200-sxm', 'H100': 'h100-sxm'}[m.group(1)]
                cols.append((gpu, int(m.group(2)), m.group(3).lower()))
            continue
        if not re.match(r'^\d+/\d+$', cells[0]):
            continue
        isl, osl = (int(x) for x in cells[0].split('/'))
        for (hw, tp, fmt), value in zip(cols, cells[1:]):
            if not value or (model == 'llama-3.3-70b' and hw in ('h200-sxm', 'h100-sxm')):
                continue
            v = float(value.replace(',', ''))
            out.append(case(
                id=f'trtllm10-{model}-{hw}-tp{tp}-{fmt}-{isl}-{osl}', kind='throughput',
                metric='output tokens/s per accelerator', measured=v / tp, batchSize='max', hardwareId=hw,
                model=model, precision=precision(fmt), format=fmt, tensorParallel=tp, replicas=1, inputTokens=isl,
                outputTokens=osl, source=TRT10_SRC, assumptions=['trtllm-run'], requests=TRT_REQUESTS[(isl, osl)],
                what={'benchmark': 'TensorRT-LLM v1.0-era trtllm-bench throughput (PyTorch backend), infinite request rate, fixed lengths',
                      'tableValue': f'{value} total output tokens/s for the TP{tp} group (divided by {tp} here)'}))
    return out


JETSTREAM_SRC = {'repo': 'AI-Hypercomputer/jetstream-pytorch', 'commit': '2ba0dd8bd3725d8ec6173261ab0016f9f336eeb8', 'path': 'benchmarks/summary.md'}


def from_jetstream():
    text = open(os.path.join(HERE, 'jetstream-pytorch-summary.md')).read()
    out = []
    model = None
    for line in text.splitlines():
        if line.startswith('## '):
            model = {'Llama 3 - 8B': 'llama-3.1-8b', 'Llama 2 - 7B': 'llama-2-7b'}[line[3:].strip()]
            continue
        cells = [c.strip() for c in line.split('|')]
        if len(cells) != 8 or not re.match(r'^\d{4}-\d{2}-\d{2}$', cells[0]):
            continue
        date, device, dtype, batch, cache, max_in, max_out, tput = cells
        assert device == 'TPU v5e-8'
        int8 = dtype == 'int8'
        prec = {'weights': 'int8', 'activations': 'bf16', 'kvCache': 'int8'} if int8 else precision('bf16')
        out.append(case(
            id=f'jetstream-{model}-tpu-v5e-8-{dtype}-b{batch}-{date}', kind='throughput',
            metric='output tokens/s per accelerator', measured=float(tput) / 8, batchSize=int(batch),
            hardwareId='tpu-v5e', model=model, precision=prec, format='int8' if int8 else 'bf16', tensorParallel=8,
            replicas=1, inputTokens=int(max_in), outputTokens=int(max_out), source=JETSTREAM_SRC,
            assumptions=['jetstream-lengths', 'jetstream-metric'] + (['jetstream-int8'] if int8 else []),
            what={'benchmark': f'JetStream PyTorch on TPU v5e-8, {date}, ShareGPT, batch {batch}, cache length {cache}',
                  'tableValue': f'{tput} token/s for the 8-chip slice (divided by 8 here)'}))
    return out


def from_calibration():
    cal = json.load(open(os.path.join(ROOT, 'src/engine/validation/calibration.json')))
    out = []
    for e in cal:
        if e['kind'] != 'measured_throughput' or not e['id'].startswith('trtllm-'):
            continue
        i = e['inputs']
        hw = 'h200-sxm' if i['accelerator'] == 'H200' else 'h100-sxm'
        model = {'Llama-3.3-70B': 'llama-3.3-70b', 'Llama-3.1-8B': 'llama-3.1-8b'}[i['model']]
        tp = int(i['tensor_parallel'])
        m = re.search(r'github.com/NVIDIA/TensorRT-LLM (\S+) \(stored commit (\w+)', e['source'])
        out.append(case(
            id=e['id'], kind='throughput', metric='output tokens/s per accelerator',
            measured=float(e['expected']['output_tokens_per_s_per_gpu']), batchSize='max', hardwareId=hw,
            model=model, precision=precision('fp8'), format='fp8', tensorParallel=tp, replicas=1,
            inputTokens=int(i['input_len']), outputTokens=int(i['output_len']),
            source={'repo': 'NVIDIA/TensorRT-LLM', 'commit': m.group(2), 'path': m.group(1)}, assumptions=['trtllm-run'],
            requests=TRT_REQUESTS[(int(i['input_len']), int(i['output_len']))],
            what={'benchmark': e['description']}))
    return out


MLENERGY_HARDWARE = {'H100': 'h100-sxm', 'B200': 'b200'}
MLENERGY_PROMPT = {'lm-arena-chat': (212, 'mlenergy-arena-prompt'), 'gpqa': (250, 'mlenergy-gpqa-prompt')}
MLENERGY_KINDS = (
    ('tpot', 'mean time per output token under load, s', lambda r: r['avgBatchSize'] / r['outputTokensPerSecond']),
    ('energy', 'GPU energy per output token, J', lambda r: r['energyPerOutputTokenJoules']),
    ('power', 'average GPU power per accelerator, W', lambda r: r['avgPowerWatts'] / r['numGpus']),
)


def from_mlenergy():
    """Every configuration of mlenergy-v3.json as three cases (time per output token, energy per output token, power),
    all validation by the rule (none is a maximum-throughput case). Decided before any engine error was computed:
    every configuration of a catalogue model is in, none is left out for its result."""
    doc = json.load(open(os.path.join(HERE, 'mlenergy-v3.json')))
    out = []
    for r in doc['configurations']:
        fmt = {'bfloat16': 'bf16', 'fp8': 'fp8', 'mxfp4': 'fp4'}[r['weightPrecision']]
        prec = {'weights': fmt, 'activations': 'bf16' if fmt in ('bf16', 'fp4') else 'fp8', 'kvCache': 'bf16'}
        prompt, prompt_assumption = MLENERGY_PROMPT[r['task']]
        spread = r['expertParallel'] > 1
        assumptions = [prompt_assumption, 'mlenergy-batch', 'mlenergy-vllm-kv'] + \
            (['mlenergy-mxfp4'] if fmt == 'fp4' else []) + (['mlenergy-expert-parallel'] if spread else [])
        for kind, metric, value in MLENERGY_KINDS:
            extra = {}
            if spread:
                extra['expertsSpread'] = True
                # vLLM runs attention tensor-parallel unless data_parallel_size > 1 (assumption
                # mlenergy-expert-parallel); the leaderboard records data_parallel.
                extra['attentionDataParallel'] = r['dataParallel'] > 1
            out.append(case(
                id=f"mlenergy-{r['task']}-{r['model']}-{fmt}-{r['gpu'].lower()}x{r['numGpus']}-seqs{r['maxNumSeqs']}-{kind}",
                kind=kind, metric=metric, measured=round(value(r), 6), batchSize=max(1, round(r['avgBatchSize'])),
                maxBatch=r['maxNumSeqs'], hardwareId=MLENERGY_HARDWARE[r['gpu']], model=r['model'], precision=prec,
                format=fmt, tensorParallel=r['numGpus'], replicas=1, inputTokens=prompt,
                outputTokens=round(r['avgOutputTokens']), outputLengthCv=r['outputLengthCv'],
                source={**doc['source'], 'path': r['path']},
                assumptions=assumptions + [f'mlenergy-{kind}'],
                what={'benchmark': f"The ML.ENERGY Leaderboard v3.0, {r['task']}: {r['modelId']} on {r['numGpus']}x {r['gpu']}, vLLM, max_num_seqs {r['maxNumSeqs']}",
                      'task': r['task'], 'framework': 'vLLM', 'averageBatch': r['avgBatchSize'],
                      'outputTokensPerSecond': r['outputTokensPerSecond'], 'averagePowerWatts': r['avgPowerWatts'],
                      'energyPerOutputTokenJoules': r['energyPerOutputTokenJoules'], 'medianItlMs': r['medianItlMs']},
                **extra))
    return out


def main():
    excluded = []
    cases = (from_mlperf(excluded) + from_trtllm() + from_trtllm_v10() + from_jetstream() + from_calibration()
             + from_mlenergy())
    ids = [c['id'] for c in cases]
    assert len(ids) == len(set(ids)), 'duplicate case ids'
    cases.sort(key=lambda c: c['id'])
    doc = {
        'description': 'Measured LLM inference cases for calibration (role "fit") and validation (role "validation"). Generated by data/measured/build_measured.py; do not edit by hand.',
        'splitRule': RULE, 'heldOutFamily': HELD_OUT_FAMILY, 'forwardRound': f'MLPerf Inference {FORWARD_ROUND}',
        'assumptionTexts': ASSUMPTIONS,
        'cases': cases,
        'excluded': excluded,
    }
    # One case per line: small enough to ship with the Validation view, still readable in a diff.
    with open(OUT, 'w') as f:
        head = {k: v for k, v in doc.items() if k not in ('cases', 'excluded')}
        head['excludedCount'] = len(excluded)
        f.write(json.dumps(head, indent=1)[:-2] + ',\n "cases": [\n')
        f.write(',\n'.join(json.dumps(c, separators=(',', ':')) for c in cases))
        f.write('\n ]\n}\n')
    with open(os.path.join(HERE, 'excluded.json'), 'w') as f:
        json.dump({'description': 'MLPerf results read but not turned into cases, and why (build_measured.py).', 'excluded': excluded}, f, indent=1)
        f.write('\n')
    from collections import Counter
    print(len(cases), 'cases;', Counter(c['role'] for c in cases), Counter(c['kind'] for c in cases))
    print(Counter(c['family'] for c in cases))
    print(Counter(c['model'] for c in cases))
    print(len(excluded), 'excluded')


main()
