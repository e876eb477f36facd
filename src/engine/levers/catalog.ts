/**
 * The 13 technology levers of the article plus architecture evolution and design lag, as data.
 * Two assumption sets per effect:
 * - article: effects sized so the article's headline ranges hold on the 2026 reference workload
 *   (tests/engine/analysis/claims.test.ts checks each claim against the physics). For the levers
 *   the article puts no number on, the Article set uses the Evidence values;
 * - evidence: the independent published ranges in shared/docs/lever-evidence.md.
 * Each range is [low, base, high] at full adoption. Levers interact only through the physics.
 */
import type { Citation } from '../catalog/types'

import type { LeverId } from './ids'
import type { LeverSpec } from './types'

const ARTICLE: Citation = {
  source:
    'McKinsey, "Frontiers of compute: the technologies to reduce AI inference costs" (2026), shared/seed; effect sizes set so its headline ranges hold on the reference workload',
  grade: 'L',
}

export const LEVERS: readonly LeverSpec[] = [
  // ---------------- compute & memory ----------------
  {
    id: 'customSilicon',
    name: 'Custom silicon (inference ASICs)',
    group: 'computeMemory',
    mechanism:
      'Replaces merchant-GPU pricing with near-cost silicon and specialises the datapath and memory system for inference, raising FLOPs per dollar and utilisation.',
    effects: [
      {
        param: 'CAPEX_MARGIN_USD',
        op: 'mul',
        ranges: { article: [0.12, 0.08, 0.05], evidence: [0.6, 0.4, 0.25] },
        why: 'at-cost silicon removes most of the merchant vendor margin',
      },
      {
        param: 'CAPEX_SYSTEM_USD',
        op: 'mul',
        ranges: { article: [0.6, 0.5, 0.4], evidence: [0.95, 0.85, 0.75] },
        why: 'purpose-built hosts and boards without general-purpose overhead',
      },
      {
        param: 'CAPEX_NETWORK_USD',
        op: 'mul',
        ranges: { article: [0.6, 0.5, 0.4], evidence: [0.95, 0.85, 0.75] },
        why: 'integrated chip-to-chip links replace part of the switched fabric',
      },
      {
        param: 'EFF_COMPUTE',
        op: 'mul',
        cap: 0.8,
        ranges: { article: [1.2, 1.3, 1.33], evidence: [1.05, 1.1, 1.2] },
        why: 'datapath matched to the model keeps more units busy',
      },
      {
        param: 'EFF_MEMORY',
        op: 'mul',
        cap: 0.95,
        ranges: { article: [1.1, 1.15, 1.18], evidence: [1.02, 1.05, 1.1] },
        why: 'memory system designed for inference access patterns',
      },
      {
        param: 'PEAK_16_FLOPS',
        op: 'mul',
        ranges: { article: [1.5, 1.7, 2.0], evidence: [1.0, 1.1, 1.2] },
        why: 'silicon spent on inference math instead of training and graphics features',
      },
      {
        param: 'PEAK_8_FLOPS',
        op: 'mul',
        ranges: { article: [1.5, 1.7, 2.0], evidence: [1.0, 1.1, 1.2] },
        why: 'same, at 8 bits',
      },
      {
        param: 'PEAK_4_FLOPS',
        op: 'mul',
        ranges: { article: [1.5, 1.7, 2.0], evidence: [1.0, 1.1, 1.2] },
        why: 'same, at 4 bits',
      },
      {
        param: 'MEMORY_BANDWIDTH_BPS',
        op: 'mul',
        ranges: { article: [1.5, 1.7, 2.0], evidence: [1.0, 1.05, 1.15] },
        why: 'more memory bandwidth per unit of compute, as decode needs',
      },
      {
        param: 'PJ_PER_FLOP_16',
        op: 'mul',
        ranges: { article: [0.7, 0.6, 0.5], evidence: [0.85, 0.75, 0.6] },
        why: 'TPU v4 vs A100: 1.3–1.9× less power (Jouppi et al., ISCA 2023)',
      },
    ],
    availability: [0.15, 0.35, 0.6, 0.8, 1],
    firstYear: 2026,
    articleClaim: '−70 to −80 % cost per token for the workloads the chips are designed for',
    evidenceRange:
      '−25 to −50 % vs merchant GPUs at list price; up to −75 % only in at-cost internal accounting',
    grade: { article: 'L', evidence: 'M' },
    sources: [
      ARTICLE,
      {
        source:
          'Jouppi et al., TPU v4, ISCA 2023 (arXiv 2304.01433): 1.2–1.7× faster, 1.3–1.9× less power than A100',
        grade: 'H',
      },
      {
        source: 'AWS Trainium2/Inferentia2 price-performance claims: 30–40 % / 25–40 % better',
        grade: 'M',
      },
      { source: 'lever-evidence.md §2.1 independent synthesis', grade: 'L' },
    ],
  },
  {
    id: 'advancedNodes',
    name: 'Advanced nodes (< 2 nm, angstrom era)',
    group: 'computeMemory',
    mechanism:
      'Newer transistors do the same work with less energy; density rises a little, but wafer prices rise too.',
    effects: [
      {
        param: 'PJ_PER_FLOP_16',
        op: 'mul',
        ranges: { article: [0.75, 0.6, 0.5], evidence: [0.75, 0.6, 0.5] },
        why: 'N3→N2→A16/A14: −25–30 % power per node step at iso-speed (TSMC)',
      },
      {
        param: 'STATIC_W',
        op: 'mul',
        ranges: { article: [0.9, 0.8, 0.7], evidence: [0.9, 0.8, 0.7] },
        why: 'backside power delivery and lower leakage',
      },
      {
        param: 'PEAK_16_FLOPS',
        op: 'mul',
        ranges: { article: [1.15, 1.3, 1.45], evidence: [1.15, 1.3, 1.45] },
        why: '+10–15 % speed and 1.15–1.2× density per node step',
      },
      {
        param: 'PEAK_8_FLOPS',
        op: 'mul',
        ranges: { article: [1.15, 1.3, 1.45], evidence: [1.15, 1.3, 1.45] },
        why: 'same, at 8 bits',
      },
      {
        param: 'PEAK_4_FLOPS',
        op: 'mul',
        ranges: { article: [1.15, 1.3, 1.45], evidence: [1.15, 1.3, 1.45] },
        why: 'same, at 4 bits',
      },
      {
        param: 'CAPEX_LOGIC_USD',
        op: 'mul',
        ranges: { article: [1.8, 1.6, 1.4], evidence: [1.8, 1.6, 1.4] },
        why: 'wafers rise from ~$20k (N3) to ~$30k (N2) and ~$45k (A16)',
      },
    ],
    availability: [0, 0.25, 0.5, 0.75, 1],
    firstYear: 2026,
    evidenceRange: '−15 to −30 % energy and −5 to −20 % cost per token per node step',
    grade: { article: 'L', evidence: 'M' },
    sources: [
      ARTICLE,
      {
        source:
          'TSMC N2/N2P/A16/A14 performance-power figures as reported (Tom’s Hardware node table)',
        grade: 'M',
      },
      {
        source: 'Wafer prices N3 ~$20–27k, N2 ~$30k, A16 up to ~$45k (EE Times, trade press)',
        grade: 'L',
      },
    ],
  },
  {
    id: 'advancedPackaging',
    name: 'Advanced packaging (3D, hybrid bonding)',
    group: 'computeMemory',
    mechanism:
      'Hybrid-bonded 3D stacks put memory on top of logic with ~10–100× lower energy per bit and far more bandwidth and capacity close to compute.',
    effects: [
      {
        param: 'MEMORY_BANDWIDTH_BPS',
        op: 'mul',
        ranges: { article: [6, 8, 10], evidence: [1.3, 1.6, 2.2] },
        why: 'hybrid bonding: up to ~300 TB/s/mm² vs ~1.3 TB/s/mm for 2.5D (UCIe-3D)',
      },
      {
        param: 'MEMORY_BYTES',
        op: 'mul',
        ranges: { article: [3, 4, 5], evidence: [1.2, 1.5, 2] },
        why: 'larger-than-reticle packages (CoWoS-L 9.5×, SoW-X) hold more memory stacks',
      },
      {
        param: 'PEAK_16_FLOPS',
        op: 'mul',
        ranges: { article: [4, 5, 6], evidence: [1.0, 1.1, 1.3] },
        why: 'more compute dies per package (SoW-X ~40× CoWoS compute)',
      },
      {
        param: 'PEAK_8_FLOPS',
        op: 'mul',
        ranges: { article: [4, 5, 6], evidence: [1.0, 1.1, 1.3] },
        why: 'same, at 8 bits',
      },
      {
        param: 'PEAK_4_FLOPS',
        op: 'mul',
        ranges: { article: [4, 5, 6], evidence: [1.0, 1.1, 1.3] },
        why: 'same, at 4 bits',
      },
      {
        param: 'MEMORY_PJ_PER_BIT',
        op: 'mul',
        ranges: { article: [0.35, 0.25, 0.15], evidence: [0.7, 0.55, 0.4] },
        why: '3D die-to-die 0.01–0.05 pJ/bit vs HBM ~4 pJ/bit device energy',
      },
      {
        param: 'CAPEX_PACKAGING_USD',
        op: 'mul',
        ranges: { article: [1.5, 1.4, 1.3], evidence: [2.5, 2, 1.6] },
        why: 'hybrid bonding yield and capacity are still scarce',
      },
    ],
    availability: [0, 0.1, 0.3, 0.6, 1],
    firstYear: 2027,
    articleClaim: '−80 to −90 % cost per token, provided hybrid bonding reaches volume',
    evidenceRange:
      'die-to-die energy ~10× lower; a −80–90 % cost gain needs weights and KV in 3D-stacked memory at useful capacity, which no volume product shows yet',
    grade: { article: 'L', evidence: 'M' },
    sources: [
      ARTICLE,
      {
        source:
          'UCIe-3D, Nature Electronics 2024 (s41928-024-01126-y); Das Sharma, Hot Interconnects 2025',
        grade: 'H',
      },
      { source: "O'Connor et al., Fine-Grained DRAM, MICRO 2017: HBM2 ~3.9 pJ/bit", grade: 'H' },
      { source: 'TSMC CoWoS-L / SoW-X roadmap (TrendForce 2025)', grade: 'M' },
    ],
  },
  {
    id: 'chiplets',
    name: 'Chiplet-based accelerators',
    group: 'computeMemory',
    mechanism:
      'Several small dies instead of one giant one: better yield, cheaper I/O on mature nodes, and past the reticle limit.',
    effects: [
      {
        param: 'CAPEX_LOGIC_USD',
        op: 'mul',
        ranges: { article: [0.8, 0.7, 0.6], evidence: [0.8, 0.7, 0.6] },
        why: 'AMD EPYC: chiplets cost 41 % less die cost than monolithic (ISSCC 2021)',
      },
      {
        param: 'PEAK_16_FLOPS',
        op: 'mul',
        ranges: { article: [1.05, 1.1, 1.2], evidence: [1.05, 1.1, 1.2] },
        why: 'more silicon per package than one reticle allows',
      },
      {
        param: 'PEAK_8_FLOPS',
        op: 'mul',
        ranges: { article: [1.05, 1.1, 1.2], evidence: [1.05, 1.1, 1.2] },
        why: 'same, at 8 bits',
      },
      {
        param: 'PEAK_4_FLOPS',
        op: 'mul',
        ranges: { article: [1.05, 1.1, 1.2], evidence: [1.05, 1.1, 1.2] },
        why: 'same, at 4 bits',
      },
      {
        param: 'CAPEX_PACKAGING_USD',
        op: 'mul',
        ranges: { article: [1.4, 1.3, 1.2], evidence: [1.4, 1.3, 1.2] },
        why: 'more dies to assemble and test (known-good-die)',
      },
      {
        param: 'PJ_PER_FLOP_16',
        op: 'mul',
        ranges: { article: [1.06, 1.04, 1.02], evidence: [1.06, 1.04, 1.02] },
        why: 'die-to-die links cost 0.25–0.5 pJ/bit',
      },
    ],
    availability: [0.2, 0.4, 0.6, 0.8, 1],
    firstYear: 2026,
    evidenceRange: '−10 to −30 % accelerator capex per FLOP',
    grade: { article: 'L', evidence: 'M' },
    sources: [
      ARTICLE,
      { source: 'AMD chiplet cost analysis, ISSCC 2020/2021 (as reported)', grade: 'M' },
      {
        source:
          'Poisson yield at D0 = 0.1/cm²: 800 mm² ~45 %, 200 mm² ~82 % (lever-evidence.md §2.4)',
        grade: 'L',
      },
    ],
  },
  {
    id: 'hbm',
    name: 'HBM evolution (HBM4 and beyond)',
    group: 'computeMemory',
    mechanism:
      'More bandwidth and capacity per stack and fewer picojoules per bit: the direct lever on memory-bound decode.',
    effects: [
      {
        param: 'MEMORY_BANDWIDTH_BPS',
        op: 'mul',
        ranges: { article: [2, 2.6, 3.2], evidence: [2, 2.6, 3.2] },
        why: 'HBM3 3.35 TB/s (H100) → HBM4 ~22 TB/s (Rubin, 2026) → HBM5 ~4 TB/s per stack (2029)',
      },
      {
        param: 'MEMORY_BYTES',
        op: 'mul',
        ranges: { article: [2, 3, 4], evidence: [2, 3, 4] },
        why: '80 GB (H100) → 288 GB (Rubin) → 1 TB (Rubin Ultra, HBM4E)',
      },
      {
        param: 'MEMORY_PJ_PER_BIT',
        op: 'mul',
        ranges: { article: [0.75, 0.6, 0.5], evidence: [0.75, 0.6, 0.5] },
        why: 'HBM4 > 40 % better power efficiency than HBM3E (SK hynix)',
      },
      {
        param: 'CAPEX_MEMORY_USD',
        op: 'mul',
        ranges: { article: [2.5, 2, 1.6], evidence: [2.5, 2, 1.6] },
        why: 'HBM4 ~2× HBM3E pricing per stack, more stacks per package',
      },
    ],
    availability: [0.2, 0.45, 0.7, 0.85, 1],
    firstYear: 2026,
    appliesTo: 'hbm',
    evidenceRange: '−30 to −60 % per generation on memory-bound decode, net of higher HBM prices',
    grade: { article: 'L', evidence: 'H' },
    sources: [
      ARTICLE,
      {
        source: 'JEDEC JESD270-4 HBM4 (April 2025): 2048 I/O, 2 TB/s, 64 GB per stack',
        grade: 'H',
      },
      { source: 'SK hynix HBM4 (Sept 2025) and HBM4E samples (June 2026)', grade: 'M' },
      {
        source:
          'SemiAnalysis InferenceX: GB300 vs GB200 2.31× lower $/M tokens from capacity alone',
        grade: 'M',
      },
    ],
  },
  {
    id: 'memoryPooling',
    name: 'Memory pooling and disaggregation (CXL)',
    group: 'computeMemory',
    mechanism:
      'A cheaper pooled capacity tier holds KV and prefix caches, so more requests fit and fewer prompts are recomputed; it adds no bandwidth to the hot path.',
    effects: [
      {
        param: 'MEMORY_BYTES',
        op: 'mul',
        ranges: { article: [1.05, 1.15, 1.3], evidence: [1.05, 1.15, 1.3] },
        why: 'cold KV blocks spill to pooled DRAM, freeing HBM for active sequences',
      },
      {
        param: 'PREFIX_HIT_RATE',
        op: 'add',
        cap: 0.95,
        ranges: { article: [0.03, 0.08, 0.15], evidence: [0.03, 0.08, 0.15] },
        why: 'a cluster-wide prefix cache (Mooncake) avoids repeated prefill',
      },
      {
        param: 'CAPEX_SYSTEM_USD',
        op: 'mul',
        ranges: { article: [1.12, 1.08, 1.05], evidence: [1.12, 1.08, 1.05] },
        why: 'CXL memory expanders and switches',
      },
    ],
    availability: [0.1, 0.3, 0.6, 0.85, 1],
    firstYear: 2026,
    evidenceRange: '−10 to −40 % for long-context and agentic work; ~0 for short chat',
    grade: { article: 'L', evidence: 'M' },
    sources: [
      ARTICLE,
      { source: 'Pond, ASPLOS 2023: pooling across 8–16 sockets, DRAM cost −7 %', grade: 'H' },
      {
        source: 'Mooncake (arXiv 2407.00079): +75 % requests with a disaggregated KV cache',
        grade: 'H',
      },
      { source: 'ITME (arXiv 2606.12556): +35.7 % throughput vs CPU-DRAM offload', grade: 'M' },
    ],
  },
  {
    id: 'processingInMemory',
    name: 'Processing in memory',
    group: 'computeMemory',
    mechanism:
      'Runs decode GEMV inside the DRAM banks, using internal bandwidth and moving fewer bits across the interface.',
    effects: [
      {
        param: 'MEMORY_BANDWIDTH_BPS',
        op: 'mul',
        ranges: { article: [1.3, 1.8, 2.5], evidence: [1.3, 1.8, 2.5] },
        why: 'AttAcc: up to 2.81× performance with HBM-PIM attention (ASPLOS 2024)',
      },
      {
        param: 'MEMORY_PJ_PER_BIT',
        op: 'mul',
        ranges: { article: [0.6, 0.45, 0.35], evidence: [0.6, 0.45, 0.35] },
        why: 'Samsung HBM-PIM: > 60 % less energy; AttAcc 2.67× energy efficiency',
      },
      {
        param: 'CAPEX_MEMORY_USD',
        op: 'mul',
        ranges: { article: [1.2, 1.3, 1.5], evidence: [1.2, 1.3, 1.5] },
        why: 'PIM dies carry logic and a price premium',
      },
    ],
    availability: [0, 0, 0.2, 0.5, 1],
    firstYear: 2028,
    evidenceRange:
      '−30 to −60 % energy per token; −20 to −50 % cost only if the PIM premium is small',
    grade: { article: 'L', evidence: 'M' },
    sources: [
      ARTICLE,
      { source: 'AttAcc, ASPLOS 2024 (DOI 10.1145/3620665.3640422), simulation', grade: 'H' },
      { source: 'Samsung HBM-PIM Aquabolt-XL; SK hynix GDDR6-AiM', grade: 'M' },
    ],
  },
  // ---------------- networking ----------------
  {
    id: 'scaleUp',
    name: 'Scale-up interconnect (integrated racks, open fabric)',
    group: 'networking',
    mechanism:
      'Bigger, faster scale-up domains remove tensor- and expert-parallel communication overhead and let wide expert parallelism spread MoE weights.',
    effects: [
      {
        param: 'SCALE_UP_BPS',
        op: 'mul',
        ranges: { article: [2, 4, 8], evidence: [2, 4, 8] },
        why: 'NVLink 4 450 GB/s → NVLink 6 1.8 TB/s per direction per GPU',
      },
      {
        param: 'SCALE_UP_DOMAIN',
        op: 'mul',
        ranges: { article: [9, 18, 72], evidence: [9, 18, 72] },
        why: '8-GPU HGX → NVL72 → NVL144/576',
      },
      {
        param: 'COLLECTIVE_LATENCY_S',
        op: 'mul',
        ranges: { article: [0.8, 0.7, 0.6], evidence: [0.8, 0.7, 0.6] },
        why: 'switch port-to-port < 150–250 ns (UALink 1.0)',
      },
      {
        param: 'CAPEX_NETWORK_USD',
        op: 'mul',
        ranges: { article: [1.6, 1.4, 1.25], evidence: [1.6, 1.4, 1.25] },
        why: 'NVLink switch trays and copper spines',
      },
    ],
    availability: [0.2, 0.45, 0.7, 0.9, 1],
    firstYear: 2026,
    evidenceRange:
      '−50 to −75 % for large MoE at interactive service levels; small for dense models that fit in 8 GPUs',
    grade: { article: 'L', evidence: 'M' },
    sources: [
      ARTICLE,
      {
        source:
          'SemiAnalysis InferenceX: GB200 NVL72 vs B200, DeepSeek-R1 FP4, ~3.9× cheaper at 125 tok/s/user',
        grade: 'M',
      },
      { source: 'UALink 200G 1.0 specification (April 2025)', grade: 'H' },
    ],
  },
  {
    id: 'scaleOut',
    name: 'Scale-out fabrics (800 Gb/s and beyond)',
    group: 'networking',
    mechanism:
      'Faster, congestion-controlled Ethernet/InfiniBand raises utilisation across nodes and carries KV-cache transfers.',
    effects: [
      {
        param: 'SCALE_OUT_BPS',
        op: 'mul',
        ranges: { article: [2, 4, 8], evidence: [2, 4, 8] },
        why: '400G → 800G (2025) → 1.6T (2027) → 3.2T (2030) per accelerator',
      },
      {
        param: 'SCALE_OUT_LATENCY_S',
        op: 'mul',
        ranges: { article: [0.9, 0.8, 0.7], evidence: [0.9, 0.8, 0.7] },
        why: 'packet spraying and link-level retry (UEC 1.0)',
      },
      {
        param: 'UTILIZATION',
        op: 'mul',
        cap: 0.95,
        ranges: { article: [1.02, 1.05, 1.1], evidence: [1.02, 1.05, 1.1] },
        why: 'fewer stalls from congestion and link flaps (Spectrum-X ~95 % effective bandwidth)',
      },
    ],
    availability: [0.2, 0.4, 0.6, 0.8, 1],
    firstYear: 2026,
    evidenceRange: '−5 to −25 %, mostly through utilisation',
    grade: { article: 'L', evidence: 'M' },
    sources: [
      ARTICLE,
      {
        source: 'Ultra Ethernet 1.0 (June 2025); Spectrum-X multi-plane paper (NVIDIA engineers)',
        grade: 'H',
      },
      { source: 'Dell’Oro port forecasts: 800G 2025, 1.6T 2027, 3.2T 2030', grade: 'M' },
    ],
  },
  {
    id: 'coPackagedOptics',
    name: 'Co-packaged optics',
    group: 'networking',
    mechanism:
      'Optical engines inside the switch or accelerator package remove DSPs and long copper traces: fewer picojoules per bit and fewer failures.',
    effects: [
      {
        param: 'SCALE_OUT_PJ_PER_BIT',
        op: 'mul',
        ranges: { article: [0.5, 0.42, 0.35], evidence: [0.35, 0.3, 0.28] },
        why: 'pluggable ~18.8 pJ/bit → CPO ~5.6 pJ/bit (30 W → 9 W per 1.6T port)',
      },
      {
        param: 'SCALE_UP_PJ_PER_BIT',
        op: 'mul',
        ranges: { article: [0.8, 0.65, 0.5], evidence: [0.9, 0.8, 0.7] },
        why: 'optical scale-up beyond copper reach (2028)',
      },
      {
        param: 'UTILIZATION',
        op: 'mul',
        cap: 0.95,
        ranges: { article: [1.02, 1.04, 1.06], evidence: [1.01, 1.02, 1.04] },
        why: '10× resiliency and 75 % fewer lasers: fewer link flaps',
      },
      {
        param: 'CAPEX_NETWORK_USD',
        op: 'mul',
        ranges: { article: [0.9, 0.85, 0.8], evidence: [1.05, 0.95, 0.85] },
        why: 'no pluggable modules to buy',
      },
    ],
    availability: [0.05, 0.2, 0.45, 0.75, 1],
    firstYear: 2026,
    articleClaim: '−50 to −65 % energy per transmitted bit vs pluggable optics',
    evidenceRange: 'vendors −65 to −70 % energy per bit; cost per token only −1 to −5 %',
    grade: { article: 'M', evidence: 'M' },
    sources: [
      ARTICLE,
      { source: 'NVIDIA Hot Chips 2025: ~3.5× power efficiency per port', grade: 'M' },
      { source: 'Broadcom Tomahawk 6-Davisson 102.4T CPO: 70 % lower optical power', grade: 'M' },
    ],
  },
  // ---------------- software ----------------
  {
    id: 'inferenceEngine',
    name: 'Inference engine and workload orchestrator',
    group: 'software',
    mechanism:
      'Continuous batching, paged KV, prefix-aware routing and disaggregated prefill/decode turn more paid hours into useful tokens.',
    effects: [
      {
        param: 'UTILIZATION',
        op: 'mul',
        cap: 0.95,
        ranges: { article: [1.1, 1.2, 1.3], evidence: [1.1, 1.2, 1.3] },
        why: 'goodput: fewer idle and SLO-missing hours (DistServe up to 7.4× goodput)',
      },
      {
        param: 'PREFIX_HIT_RATE',
        op: 'add',
        cap: 0.95,
        ranges: { article: [0.1, 0.2, 0.3], evidence: [0.1, 0.2, 0.3] },
        why: 'KV-aware routing and prefix caching avoid repeated prefill (Mooncake, SGLang RadixAttention)',
      },
      {
        param: 'STEP_OVERHEAD_S',
        op: 'mul',
        ranges: { article: [0.8, 0.6, 0.4], evidence: [0.8, 0.6, 0.4] },
        why: 'overlapped scheduling removes CPU time between steps (vLLM v0.6: 2.7× throughput)',
      },
      {
        param: 'EFF_MEMORY',
        op: 'mul',
        cap: 0.95,
        ranges: { article: [1.02, 1.05, 1.08], evidence: [1.02, 1.05, 1.08] },
        why: 'fused paged-attention kernels',
      },
      {
        param: 'KV_MEMORY_FRACTION',
        op: 'mul',
        cap: 0.97,
        ranges: { article: [1.01, 1.03, 1.05], evidence: [1.01, 1.03, 1.05] },
        why: 'less memory reserved for activations and fragmentation',
      },
    ],
    availability: [0.3, 0.5, 0.7, 0.85, 1],
    firstYear: 2026,
    evidenceRange: '−25 to −65 % against a modern baseline that already batches continuously',
    grade: { article: 'L', evidence: 'H' },
    sources: [
      ARTICLE,
      {
        source: 'vLLM / PagedAttention, SOSP 2023: 2–4× throughput vs FasterTransformer and Orca',
        grade: 'H',
      },
      {
        source:
          'DistServe, OSDI 2024: up to 7.4× goodput; Splitwise, ISCA 2024: 1.4× at −20 % cost',
        grade: 'H',
      },
      { source: 'Mooncake (arXiv 2407.00079): +75 % requests', grade: 'H' },
    ],
  },
  {
    id: 'modelOptimization',
    name: 'Model optimization (quantization, pruning, distillation)',
    group: 'software',
    mechanism:
      'Fewer bits per weight, activation and KV entry, and fewer parameters at the same quality, cut both the FLOPs and the bytes of every token.',
    effects: [
      {
        param: 'WEIGHT_BITS',
        op: 'mul',
        floor: 'storedFormat',
        ranges: { article: [0.25, 0.25, 0.25], evidence: [0.5, 0.5, 0.25] },
        why: 'BF16 → FP8 → FP4/INT4 weights (NVFP4 < 1 % loss; Kurtic et al., ACL 2025)',
      },
      {
        param: 'ACTIVATION_BITS',
        op: 'mul',
        floor: 'activationFormat',
        ranges: { article: [0.25, 0.25, 0.25], evidence: [0.5, 0.5, 0.25] },
        why: 'FP8 W8A8 is effectively lossless; FP4 activations on Blackwell-class tensor cores',
      },
      {
        param: 'KV_BITS',
        op: 'mul',
        floor: 'storedFormat',
        ranges: { article: [0.25, 0.25, 0.25], evidence: [0.5, 0.5, 0.25] },
        why: 'FP8 KV cache (TensorRT-LLM: +56 % throughput from FP8 KV alone); FP4 KV 2026–28',
      },
      {
        param: 'PARAM_SCALE',
        op: 'mul',
        ranges: { article: [0.5, 0.35, 0.25], evidence: [0.9, 0.75, 0.5] },
        why: 'structured pruning and distillation at iso-quality (Minitron, Flash-class models)',
      },
      {
        param: 'KV_ELEMENTS_PER_TOKEN',
        op: 'mul',
        ranges: { article: [0.6, 0.45, 0.35], evidence: [0.9, 0.8, 0.6] },
        why: 'pruned/distilled models keep fewer KV heads and layers',
      },
      {
        param: 'ATTENTION_FLOPS_PER_CONTEXT',
        op: 'mul',
        ranges: { article: [0.6, 0.45, 0.35], evidence: [0.9, 0.8, 0.6] },
        why: 'fewer attention heads and layers after pruning',
      },
    ],
    availability: [0.25, 0.45, 0.65, 0.85, 1],
    firstYear: 2026,
    articleClaim: '−85 to −95 % cost per token; FP16→INT4 raises throughput 2–4×',
    evidenceRange: 'precision alone −50 to −75 %; with distillation and MoE −85 to −95 %',
    grade: { article: 'M', evidence: 'H' },
    sources: [
      ARTICLE,
      { source: 'Kurtic et al., "Give Me BF16 or Give Me Death", ACL 2025', grade: 'H' },
      { source: 'NVIDIA NVFP4: < 1 % degradation vs FP8, 3.5× less memory than FP16', grade: 'M' },
      { source: 'PyTorch gpt-fast: INT4 + speculative decoding ~10× at batch 1', grade: 'M' },
    ],
  },
  {
    id: 'compilerStack',
    name: 'Compiler stack for AI accelerators',
    group: 'software',
    mechanism:
      'Kernels, graph compilers and autotuning lift the achieved share of peak FLOPs and bandwidth on the same hardware.',
    effects: [
      {
        param: 'EFF_COMPUTE',
        op: 'mul',
        cap: 0.8,
        ranges: { article: [1.1, 1.2, 1.3], evidence: [1.1, 1.2, 1.3] },
        why: 'FlashAttention-3: 75 % vs 35 % utilisation; TensorRT-LLM ~2× at launch',
      },
      {
        param: 'EFF_MEMORY',
        op: 'mul',
        cap: 0.95,
        ranges: { article: [1.03, 1.08, 1.12], evidence: [1.03, 1.08, 1.12] },
        why: 'fused kernels approach peak bandwidth in decode',
      },
      {
        param: 'STEP_OVERHEAD_S',
        op: 'mul',
        ranges: { article: [0.7, 0.5, 0.35], evidence: [0.7, 0.5, 0.35] },
        why: 'CUDA graphs and torch.compile remove the host time between steps (~4× at batch 1); the kernel boundaries left inside a step are the next effect',
      },
      {
        // A fused or persistent kernel has fewer boundaries per layer: one kernel for all of
        // Llama-1B's forward pass took an H100 from ~50 % to 78 % of its bandwidth at batch 1
        // (Hazy Research, "Look Ma, No Bubbles!", May 2025); the low end is CUDA graphs plus the
        // usual fusions (norm with residual, rotary with the KV write).
        param: 'KERNEL_BOUNDARY_S',
        op: 'mul',
        ranges: { article: [0.8, 0.5, 0.2], evidence: [0.8, 0.5, 0.2] },
        why: 'fusion and megakernels remove kernel boundaries (one kernel for Llama-1B: ~50 % → 78 % of H100 bandwidth at batch 1, Hazy Research 2025)',
      },
      {
        param: 'EFF_COMMUNICATION',
        op: 'mul',
        cap: 0.95,
        ranges: { article: [1.03, 1.06, 1.1], evidence: [1.03, 1.06, 1.1] },
        why: 'compute–communication overlap',
      },
      {
        // Acts only where serving.stack is "generic" (a share of 0 stays 0): what a maturing stack
        // gains first is the format's own kernels. Our H200 in plain PyTorch ran FP8 at about the
        // BF16 time; with a static activation scale (a cast, close to a fused kernel) the 8 × 1,024
        // prefill fell from 0.87× to 0.67× of BF16 (data/gpu-calibration), and tuned stacks reach
        // about 0.5× (TensorRT-LLM FP8 results in docs/validation.md).
        param: 'SERVING_STACK_GENERIC',
        op: 'mul',
        ranges: { article: [0.5, 0.2, 0.05], evidence: [0.5, 0.2, 0.05] },
        why: 'fused FP8/FP4 kernels replace BF16 fallbacks on a generic stack (FP8 0.87× → 0.67× of BF16 with a static scale, our H200)',
      },
    ],
    availability: [0.3, 0.5, 0.7, 0.85, 1],
    firstYear: 2026,
    evidenceRange: '−25 to −50 % on fixed hardware over a 1–2-year software cycle',
    grade: { article: 'L', evidence: 'H' },
    sources: [
      ARTICLE,
      {
        source: 'FlashAttention-3 (arXiv 2407.08608): 1.5–2.0× over FA2, 740 TFLOPS FP16 on H100',
        grade: 'H',
      },
      { source: 'TensorRT-LLM launch (Oct 2023): ~2× on the same H100', grade: 'M' },
    ],
  },
  // ---------------- architecture evolution ----------------
  {
    id: 'mixtureOfExperts',
    name: 'Mixture of experts',
    group: 'architecture',
    mechanism:
      'At the same quality, a sparse model activates a small share of its parameters per token: the dense FFN becomes 8 experts of which 2 run, with fewer parameters in all (Mixtral 8x7B matches Llama-2-70B).',
    effects: [
      {
        param: 'EXPERTS',
        op: 'mul',
        ranges: { article: [8, 8, 8], evidence: [8, 8, 8] },
        why: 'dense FFN → 8 routed experts per layer (Mixtral-style)',
      },
      {
        param: 'EXPERTS_PER_TOKEN',
        op: 'mul',
        ranges: { article: [2, 2, 2], evidence: [2, 2, 2] },
        why: 'top-2 routing: 2 of 8 experts per token',
      },
      {
        param: 'EXPERT_PARAMS',
        op: 'mul',
        ranges: { article: [0.9 / 8, 0.7 / 8, 0.6 / 8], evidence: [0.9 / 8, 0.7 / 8, 0.6 / 8] },
        why: 'Mixtral 8x7B (47B total, 13B active) matches Llama-2-70B: total FFN ~0.6–0.9× the dense model, active ~0.15–0.2×',
      },
    ],
    availability: [0.3, 0.5, 0.7, 0.85, 1],
    firstYear: 2026,
    appliesTo: 'dense',
    evidenceRange:
      'DeepSeek-R1: 37B of 671B active (~18× fewer active FLOPs than dense of the same size); gains shrink at large batch where all experts are read',
    grade: { article: 'L', evidence: 'H' },
    sources: [
      ARTICLE,
      { source: 'DeepSeek-V3 technical report (arXiv 2412.19437): 37B active of 671B', grade: 'H' },
      {
        source: 'Mixtral of Experts (arXiv 2401.04088): 13B active of 47B matches Llama-2-70B',
        grade: 'H',
      },
    ],
  },
  {
    id: 'stateSpace',
    name: 'State-space models (hybrid)',
    group: 'architecture',
    mechanism:
      'Most attention layers become state-space layers with a fixed-size state: the KV cache and attention cost shrink ~8×.',
    effects: [
      {
        param: 'ATTENTION_FLOPS_PER_CONTEXT',
        op: 'mul',
        ranges: { article: [0.5, 0.25, 0.125], evidence: [0.5, 0.25, 0.125] },
        why: 'Jamba: 1 attention layer in 8',
      },
      {
        param: 'KV_ELEMENTS_PER_TOKEN',
        op: 'mul',
        ranges: { article: [0.5, 0.25, 0.125], evidence: [0.5, 0.25, 0.125] },
        why: 'KV only in the remaining attention layers (Jamba: 8× smaller KV)',
      },
      {
        param: 'STATE_ELEMENTS_PER_SEQUENCE',
        op: 'add',
        scaleBy: ['LAYERS', 'HIDDEN_SIZE'],
        ranges: { article: [28, 28, 28], evidence: [28, 28, 28] },
        why: 'Mamba state d_inner × d_state = 2 × hidden × 16 in 7 of 8 layers',
      },
      {
        param: 'STATE_FLOPS_PER_TOKEN',
        op: 'add',
        scaleBy: ['LAYERS', 'HIDDEN_SIZE'],
        ranges: { article: [168, 168, 168], evidence: [168, 168, 168] },
        why: 'selective-scan update ~6 FLOPs per state element per token',
      },
    ],
    availability: [0.05, 0.2, 0.4, 0.7, 1],
    firstYear: 2026,
    appliesTo: 'transformer',
    evidenceRange: 'Jamba: 3× throughput on long contexts vs Mixtral; small effect for short chat',
    grade: { article: 'L', evidence: 'M' },
    sources: [
      ARTICLE,
      {
        source:
          'Jamba (arXiv 2403.19887): 1:7 attention:Mamba, 8× smaller KV, 3× long-context throughput',
        grade: 'H',
      },
      { source: 'Mamba (arXiv 2312.00752): linear-time selective state spaces', grade: 'H' },
    ],
  },
  {
    id: 'multiTokenDecoding',
    name: 'Multi-token and non-autoregressive decoding',
    group: 'architecture',
    mechanism:
      'Speculative and multi-token heads accept several tokens per weight read; the verify step pays the FLOPs of every drafted token and the draft head its passes, so serving stacks draft less as the batch grows and switch it off where it costs more (kernel/speculative.ts).',
    effects: [
      {
        param: 'TOKENS_PER_STEP',
        op: 'mul',
        ranges: { article: [1.5, 2, 2.8], evidence: [1.5, 2, 2.8] },
        why: 'EAGLE-3 / DeepSeek MTP: 2–3.5 accepted tokens per step on chat at the full draft; other tasks scale it (physics/speculative.ts)',
      },
      {
        param: 'VERIFY_TOKENS_PER_STEP',
        op: 'mul',
        ranges: { article: [3, 4, 5], evidence: [3, 4, 5] },
        why: 'tokens verified per step at the full draft: the drafted ones plus one',
      },
    ],
    availability: [0.2, 0.4, 0.6, 0.8, 1],
    firstYear: 2026,
    evidenceRange: 'EAGLE-3: up to 6.5× lower latency but only 1.38× throughput at batch 64',
    grade: { article: 'L', evidence: 'H' },
    sources: [
      ARTICLE,
      { source: 'EAGLE-3 (arXiv 2503.01840)', grade: 'H' },
      { source: 'DeepSeek-V3 multi-token prediction: 85–90 % second-token acceptance', grade: 'H' },
      {
        source:
          'Leviathan, Kalman & Matias, "Fast Inference from Transformers via Speculative Decoding", ICML 2023 (arXiv 2211.17192): expected tokens per step (1 − α^(k+1)) / (1 − α)',
        grade: 'H',
      },
      {
        source:
          'Liu et al., "Optimizing Speculative Decoding for Serving Large Language Models Using Goodput" (SmartSpec, arXiv 2406.14066): the best draft length falls with the batch, to none under high load',
        grade: 'H',
      },
    ],
  },
  {
    id: 'designLag',
    name: 'Chip design lag (risk)',
    group: 'architecture',
    mechanism:
      'Hardware takes years to design while architectures change in months: chips built for yesterday’s models keep only part of their advantage.',
    effects: [
      {
        param: 'DESIGN_MISMATCH',
        op: 'add',
        cap: 0.6,
        ranges: { article: [0.1, 0.2, 0.3], evidence: [0.1, 0.2, 0.3] },
        why: 'share of achieved efficiency lost when the workload drifts from the design point',
      },
    ],
    availability: [1, 1, 1, 1, 1],
    firstYear: 2026,
    evidenceRange: 'not quantified in public sources; the article names it as a risk',
    grade: { article: 'L', evidence: 'L' },
    sources: [ARTICLE],
  },
]

const BY_ID = new Map<string, LeverSpec>(LEVERS.map((l) => [l.id, l]))

export function leverById(id: LeverId): LeverSpec {
  const lever = BY_ID.get(id)
  if (!lever) throw new Error(`unknown lever ${id}`) // a bug: ids are typed
  return lever
}
