#!/usr/bin/env python3
"""Extract MLPerf Inference LLM results into data/measured/mlperf-llm.json.

Reads, for every submission system, the files MLCommons publishes (nothing is typed by hand):
  <division>/<submitter>/results/<system>/<benchmark>/<scenario>/performance/run_1/mlperf_log_summary.txt
  <division>/<submitter>/systems/<system>.json            (accelerator, count, framework)
  <division>/<submitter>/measurements/<system>/<benchmark>/<scenario>/*.json  (weight_data_types)
    (v6.0: <division>/<submitter>/results/<system>/<benchmark>/<scenario>/measurements.json)
from local git snapshots of the results repositories (git show <commit>:<path>), and writes one
record per (system, model, scenario). When a system submitted both accuracy targets of a model
(llama2-70b-99 and -99.9), only the -99 run is kept so one configuration is not counted twice.

Usage: python3 data/measured/extract_mlperf.py <repo-git-dir> <repo-name> [<repo-git-dir> <repo-name> ...]
"""
import json, re, subprocess, sys

BENCH = {
    'llama2-70b-99': 'llama2-70b', 'llama2-70b-99.9': 'llama2-70b',
    'mixtral-8x7b': 'mixtral-8x7b',
    'llama3.1-8b': 'llama3.1-8b', 'llama3_1-8b': 'llama3.1-8b',
    'llama3.1-405b': 'llama3.1-405b', 'llama3_1-405b': 'llama3.1-405b',
    'deepseek-r1': 'deepseek-r1',
}
SCEN = {'Offline', 'Server', 'Interactive'}


def git(repo, *args):
    return subprocess.run(['git', '--git-dir', repo, *args], capture_output=True, text=True).stdout


def num(pattern, text):
    m = re.search(pattern, text)
    return float(m.group(1)) if m else None  # LoadGen writes large rates as 1.12685e+06


def stated(value):
    """A system-description field as the submitter filled it, or None where it holds a placeholder
    (some v6.0 descriptions leave the framework as a to-do marker or N/A)."""
    text = (value or '').strip()
    return None if text.upper() in ('', 'N/A', 'TODO', 'TBD') else text


def main(pairs):
    out = []
    for repo, name in pairs:
        commit = git(repo, 'rev-parse', 'HEAD').strip()
        paths = git(repo, 'ls-tree', '-r', '--name-only', 'HEAD').splitlines()
        path_set = set(paths)
        pat = re.compile(r'^(closed|open)/([^/]+)/results/([^/]+)/([^/]+)/([^/]+)/performance/run_1/mlperf_log_summary.txt$')
        seen = {}
        for p in paths:
            m = pat.match(p)
            if not m:
                continue
            division, submitter, system, bench, scenario = m.groups()
            if bench not in BENCH or scenario not in SCEN:
                continue
            key = (division, submitter, system, BENCH[bench], scenario)
            if key in seen and bench.endswith('99.9'):
                continue
            seen[key] = (p, bench)
        for key, (p, bench) in sorted(seen.items()):
            division, submitter, system, model, scenario = key
            text = git(repo, 'show', f'HEAD:{p}')
            if 'Result is : VALID' not in text:
                continue
            sys_path = f'{division}/{submitter}/systems/{system}.json'
            try:
                sysj = json.loads(git(repo, 'show', f'HEAD:{sys_path}'))
            except json.JSONDecodeError:
                continue
            meas_dir = f'{division}/{submitter}/measurements/{system}/{bench}/{scenario}/'
            weights = None
            for mp in paths:
                if mp.startswith(meas_dir) and mp.endswith('.json'):
                    try:
                        weights = json.loads(git(repo, 'show', f'HEAD:{mp}')).get('weight_data_types')
                    except json.JSONDecodeError:
                        pass
                    break
            if weights is None:
                # v6.0 keeps the same file beside the results instead of under measurements/.
                mp = f'{division}/{submitter}/results/{system}/{bench}/{scenario}/measurements.json'
                if mp in path_set:
                    try:
                        weights = json.loads(git(repo, 'show', f'HEAD:{mp}')).get('weight_data_types')
                    except json.JSONDecodeError:
                        pass
            per_node = int(str(sysj.get('accelerators_per_node', '0')).strip() or 0)
            nodes = int(str(sysj.get('number_of_nodes', '1')).strip() or 1)
            rec = {
                'repo': name, 'commit': commit, 'path': p, 'systemJson': sys_path,
                'division': division, 'submitter': submitter, 'system': system,
                'systemName': sysj.get('system_name'),
                'acceleratorModelName': sysj.get('accelerator_model_name'),
                'accelerators': per_node * nodes,
                'framework': stated(sysj.get('framework')),
                'benchmark': bench, 'model': model, 'scenario': scenario,
                'weightDataTypes': weights,
            }
            if scenario == 'Offline':
                rec['samplesPerSecond'] = num(r'Samples per second\s*:\s*([\d.]+(?:e[+-]?\d+)?)', text)
                rec['tokensPerSecond'] = num(r'Tokens per second\s*:\s*([\d.]+(?:e[+-]?\d+)?)', text)
            else:
                rec['samplesPerSecond'] = num(r'Completed samples per second\s*:\s*([\d.]+(?:e[+-]?\d+)?)', text)
                rec['tokensPerSecond'] = num(r'Completed tokens per second\s*:\s*([\d.]+(?:e[+-]?\d+)?)', text)
                rec['meanLatencyNs'] = num(r'Mean latency \(ns\)\s*:\s*(\d+)', text)
                rec['meanFirstTokenNs'] = num(r'Mean First Token latency \(ns\)\s*:\s*(\d+)', text)
                # LoadGen 6.0 prints the same statistic as "Mean Time per Output Token".
                rec['meanTimeToOutputTokenNs'] = num(r'Mean Time (?:to|per) Output Token \(ns\)\s*:\s*(\d+)', text)
                rec['p99TimeToOutputTokenNs'] = num(r'99.00 percentile time to output token \(ns\)\s*:\s*(\d+)', text)
                rec['tpotLimitNs'] = num(r'tpot_latency \(ns\)\s*:\s*(\d+)', text)
                rec['ttftLimitNs'] = num(r'ttft_latency \(ns\)\s*:\s*(\d+)', text)
            if rec['tokensPerSecond'] is None or rec['samplesPerSecond'] is None:
                continue
            out.append(rec)
    json.dump(out, sys.stdout, indent=1)
    sys.stdout.write('\n')


if __name__ == '__main__':
    a = sys.argv[1:]
    main(list(zip(a[0::2], a[1::2])))
