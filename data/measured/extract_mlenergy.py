#!/usr/bin/env python3
"""Extract The ML.ENERGY Leaderboard v3.0 LLM measurements (ml-energy/leaderboard, public/data/models/*.json: the
files the leaderboard web page reads) into mlenergy-v3.json, for the models the engine's catalogue has.

What ML.ENERGY measured (its About page, src/components/AboutPage.tsx of the same repository, and the benchmark's
configuration files in ml-energy/benchmark configs/vllm/<task>/<model>/<GPU>/): vLLM servers on NVIDIA H100 80GB HBM3
(700 W) and B200 (1,000 W), max-num-batched-tokens 8192 (chunked prefill), a sweep of max_num_seqs per model and GPU;
steady-state GPU energy from Zeus (NVML energy counters), average running batch, output tokens/s of the server, and
the distribution of output lengths per configuration. The LLM tasks read here: lm-arena-chat (prompts from
lmarena-ai/arena-human-preference-100k, each turn of a conversation a request with the whole history before it as
its prompt) and gpqa (GPQA Diamond with reasoning on). The code-completion task (sourcegraph-fim) is not read: its
prompts are long and their length is not published.

Run: python3 data/measured/extract_mlenergy.py <path to a git clone of ml-energy/leaderboard> [commit]
(deterministic; the output records the commit read).
"""
import json, os, subprocess, sys

HERE = os.path.dirname(os.path.abspath(__file__))
OUT = os.path.join(HERE, 'mlenergy-v3.json')

# Leaderboard model id -> engine catalogue id. Only models the catalogue has, with the architecture it has:
# DeepSeek-V3.1 is DeepSeek-V3's architecture and size with further training (deepseek-ai/DeepSeek-V3.1 model card),
# DeepSeek-R1-0528 likewise for R1. Qwen3-235B-A22B Instruct-2507 and Thinking-2507 are the Qwen3-235B-A22B
# architecture. Models the catalogue lacks (Qwen3 8B/14B/30B-A3B, gpt-oss-20b, Gemma 3, Nemotron Nano) are skipped.
MODELS = {
    'meta-llama/Llama-3.1-8B-Instruct': 'llama-3.1-8b',
    'meta-llama/Llama-3.1-70B-Instruct': 'llama-3.1-70b',
    'meta-llama/Llama-3.3-70B-Instruct': 'llama-3.3-70b',
    'meta-llama/Llama-3.1-405B-Instruct': 'llama-3.1-405b',
    'meta-llama/Llama-3.1-405B-Instruct-FP8': 'llama-3.1-405b',
    'meta-llama/Llama-4-Scout-17B-16E-Instruct': 'llama-4-scout',
    'meta-llama/Llama-4-Maverick-17B-128E-Instruct-FP8': 'llama-4-maverick',
    'Qwen/Qwen3-32B': 'qwen3-32b',
    'Qwen/Qwen3-235B-A22B-Instruct-2507': 'qwen3-235b-a22b',
    'Qwen/Qwen3-235B-A22B-Instruct-2507-FP8': 'qwen3-235b-a22b',
    'Qwen/Qwen3-235B-A22B-Thinking-2507': 'qwen3-235b-a22b',
    'Qwen/Qwen3-235B-A22B-Thinking-2507-FP8': 'qwen3-235b-a22b',
    'deepseek-ai/DeepSeek-V3.1': 'deepseek-v3',
    'deepseek-ai/DeepSeek-R1-0528': 'deepseek-r1',
    'openai/gpt-oss-120b': 'gpt-oss-120b',
}
TASKS = ('lm-arena-chat', 'gpqa')


def git_show(repo, commit, path):
    return subprocess.run(['git', '-C', repo, 'show', f'{commit}:{path}'], check=True, capture_output=True).stdout


def length_cv(hist):
    """Standard deviation / mean of output lengths from the per-configuration histogram (bin midpoints)."""
    bins, counts = hist['bins'], hist['counts']
    mids = [(bins[i] + bins[i + 1]) / 2 for i in range(len(counts))]
    n = sum(counts)
    mean = sum(m * c for m, c in zip(mids, counts)) / n
    var = sum(c * (m - mean) ** 2 for m, c in zip(mids, counts)) / n
    return var ** 0.5 / mean


def main():
    repo = sys.argv[1]
    commit = sys.argv[2] if len(sys.argv) > 2 else subprocess.run(
        ['git', '-C', repo, 'rev-parse', 'HEAD'], check=True, capture_output=True, text=True).stdout.strip()
    names = subprocess.run(['git', '-C', repo, 'ls-tree', '-r', '--name-only', commit, 'public/data/models'],
                           check=True, capture_output=True, text=True).stdout.split()
    rows = []
    for path in sorted(names):
        stem = os.path.basename(path)[:-len('.json')]
        model_key, task = stem.rsplit('__', 1)
        model_id = model_key.replace('__', '/', 1)
        if task not in TASKS or model_id not in MODELS:
            continue
        d = json.loads(git_show(repo, commit, path))
        for c in d['configurations']:
            par = c['parallelization']
            rows.append({
                'modelId': model_id, 'model': MODELS[model_id], 'task': task,
                'weightPrecision': d['weight_precision'], 'architecture': d['architecture'],
                'gpu': c['gpu_model'], 'numGpus': c['num_gpus'],
                'tensorParallel': par['tensor_parallel'], 'expertParallel': par['expert_parallel'],
                'dataParallel': par['data_parallel'],
                'maxNumSeqs': c['max_num_seqs'], 'avgBatchSize': round(c['avg_batch_size'], 3),
                'avgOutputTokens': round(c['avg_output_len'], 1),
                'outputLengthCv': round(length_cv(c['output_length_distribution']), 3),
                'outputTokensPerSecond': round(c['output_throughput_tokens_per_sec'], 2),
                'avgPowerWatts': round(c['avg_power_watts'], 1),
                'energyPerOutputTokenJoules': round(c['energy_per_token_joules'], 5),
                'medianItlMs': round(c['median_itl_ms'], 3),
                'path': path,
            })
    doc = {
        'description': 'The ML.ENERGY Leaderboard v3.0 LLM configurations of models in the engine catalogue, extracted by '
                       'data/measured/extract_mlenergy.py; do not edit by hand.',
        'source': {'repo': 'ml-energy/leaderboard', 'commit': commit},
        'configurations': rows,
    }
    with open(OUT, 'w') as f:
        f.write(json.dumps({k: v for k, v in doc.items() if k != 'configurations'}, indent=1)[:-2]
                + ',\n "configurations": [\n')
        f.write(',\n'.join(json.dumps(r, separators=(',', ':')) for r in rows))
        f.write('\n ]\n}\n')
    print(len(rows), 'configurations')


main()
