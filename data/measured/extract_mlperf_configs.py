#!/usr/bin/env python3
"""Extract each MLPerf submission's deployment (tensor, pipeline and expert parallelism, attention data
parallelism, the engine's batch size) from the configuration files its submitter published, into
data/measured/mlperf-configs.json.

MLPerf Inference submissions built on NVIDIA's harness publish one Python file per system, scenario and
benchmark: <division>/<submitter>/configs/<system>/<scenario>/<benchmark>.py, where the system folder is
the results folder's name without its software suffix (_TRT, _Dynamo). Only what the file states is
taken; a file that states a field twice with different values (several power or accuracy settings) is
recorded as ambiguous, and the case that needs it is excluded rather than guessed.

Usage: python3 data/measured/extract_mlperf_configs.py <inference_results_v5.1 git dir> > data/measured/mlperf-configs.json
       python3 data/measured/extract_mlperf_configs.py <git dir> <repo name> <results json> > <configs json>
(the second form for another round: e.g. gbeezybez/inference_results_v6.0 with mlperf-llm-v6.0.json, written to
mlperf-configs-v6.0.json; keys have the same shape, so each round has its own file)
"""
import json, re, subprocess, sys

HERE = sys.path[0]
# The models whose replica size the LLM results file leaves open (llama2-70b and mixtral are mapped in
# build_measured.py from NVIDIA's v4.1 configs).
BENCH_FILE = {'llama3.1-8b': 'llama3_1-8b', 'llama3.1-405b': 'llama3_1-405b', 'deepseek-r1': 'deepseek-r1'}
FIELDS = {
    'tensorParallel': r'llm_fields\.tensor_parallelism:\s*(\d+)',
    'pipelineParallel': r'llm_fields\.pipeline_parallelism:\s*(\d+)',
    'expertParallel': r'llm_fields\.moe_expert_parallelism:\s*(\d+)',
    'gpuBatchSize': r"model_fields\.gpu_batch_size:\s*\{\s*'[^']+':\s*(\d+)",
}


def git(repo, *args):
    return subprocess.run(['git', '--git-dir', repo, *args], capture_output=True, text=True).stdout


def one(pattern, text):
    """The single value the file states, None when absent, 'ambiguous' when it states several."""
    values = sorted(set(re.findall(pattern, text)))
    if not values:
        return None
    return int(values[0]) if len(values) == 1 else 'ambiguous'


def main(repo, name='mlcommons/inference_results_v5.1', rows_file=None):
    commit = git(repo, 'rev-parse', 'HEAD').strip()
    paths = set(git(repo, 'ls-tree', '-r', '--name-only', 'HEAD').splitlines())
    rows = json.load(open(rows_file or f'{HERE}/mlperf-llm.json'))
    # The results of the round this repository holds (v5.1's rows name the ntuhpc mirror they were read from).
    round_tag = name.split('_')[-1]
    out = {}
    for r in rows:
        if r['model'] not in BENCH_FILE or not r['repo'].endswith(round_tag):
            continue
        division, submitter = r['path'].split('/')[:2]
        # The configs folder usually drops the results folder's _TRT or _Dynamo suffix; some submitters
        # (Cisco in v6.0) keep it.
        candidates = [
            f"{division}/{submitter}/configs/{system}/{r['scenario']}/{BENCH_FILE[r['model']]}.py"
            for system in (re.sub(r'_(TRT|Dynamo)$', '', r['system']), r['system'])
        ]
        path = next((c for c in candidates if c in paths), None)
        key = f"{submitter}/{r['system']}/{r['model']}/{r['scenario']}"
        if path is None:
            out[key] = {'path': None}
            continue
        text = git(repo, 'show', f'HEAD:{path}')
        rec = {'repo': name, 'commit': commit, 'path': path}
        for field, pattern in FIELDS.items():
            rec[field] = one(pattern, text)
        rec['attentionDataParallel'] = bool(re.search(r"'enable_attention_dp':\s*True", text))
        out[key] = rec
    json.dump(dict(sorted(out.items())), sys.stdout, indent=1)
    sys.stdout.write('\n')


if __name__ == '__main__':
    main(*sys.argv[1:4])
