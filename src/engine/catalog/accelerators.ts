/**
 * Accelerator catalogue: published specs, prices and rental references, one entry per accelerator.
 * Conventions (see types.ts): peakTflops are DENSE (half of "with sparsity" marketing figures);
 * 0 = no native support for that format. scaleUpGBps is per direction per accelerator.
 * memoryGB is in 1e9 bytes. DRAM capacities (HBM, GDDR) are binary: a vendor's "80GB" is 80 GiB
 * (2^30 bytes each; an H100 80GB reports 81,559 MiB = 85.5 GB in nvidia-smi, our H200 "141GB"
 * 143,771 MiB = 150.8 GB), so they are entered as gib(n) and converted; on-chip SRAM is quoted
 * decimal. usdPerHour is a 2026 rental reference:
 * neocloud / specialty-cloud on-demand for merchant GPUs, hyperscaler on-demand list price for
 * TPU / Trainium / Inferentia (no other market exists), an estimate where neither is published.
 */
import { BYTES_PER_GB, BYTES_PER_GIB } from '../constants'

import type { AcceleratorSpec, Citation } from './types'

/** A DRAM capacity quoted as n GB by its vendor (binary: n GiB), in decimal GB. */
const gib = (n: number): number => (n * BYTES_PER_GIB) / BYTES_PER_GB

// ---------------------------------------------------------------------------------------------
// Shared citations
// ---------------------------------------------------------------------------------------------

const A100_DATASHEET: Citation = {
  source:
    'NVIDIA A100 datasheet (nvidia-a100-datasheet-us-nvidia-1758950-r4-web.pdf) via glennklockwood.com/garden/processors/A100; calibration.json hw-a100-80gb-sxm',
  grade: 'H',
}
const H100_DATASHEET: Citation = {
  source:
    'NVIDIA H100 datasheet / Hopper whitepaper via glennklockwood.com/garden/processors/h100; calibration.json hw-h100-sxm',
  grade: 'H',
}
const H200_SPEC: Citation = {
  source:
    'NVIDIA H200 product spec as reproduced by lzwjava.github.io/nvidia-h200-gpu-specs-en and aiminingco.com/gpu/h200/specs; calibration.json hw-h200-sxm',
  grade: 'H',
}
const B200_SPEC: Citation = {
  source:
    'NVIDIA Blackwell datasheet, HGX B200 @1000 W table, via glennklockwood.com/garden/processors/B200; docs.vultr.com inference-cookbook hardware overview; calibration.json hw-b200-hgx',
  grade: 'H',
}
const GB200_SPEC: Citation = {
  source:
    'NVIDIA Blackwell datasheet, GB200 @1200 W table, via glennklockwood.com/garden/processors/B200; MLPerf v5.0 system GB200-NVL72_GB200-186GB; calibration.json hw-gb200-per-gpu',
  grade: 'H',
}
const RUBIN_CES2026: Citation = {
  source:
    'developer.nvidia.com/blog/inside-the-nvidia-rubin-platform-six-new-chips-one-ai-supercomputer (CES 2026) and press summaries (jp.imgtag.co.kr, silicontales.com): Rubin GPU 50 PF NVFP4 inference, 2.5 EF NVFP4 training per NVL72, 288 GB HBM4 at 22 TB/s, NVLink 6 3.6 TB/s per GPU',
  grade: 'M',
  note: 'Announcement, not a datasheet: NVIDIA calls these preliminary and they changed between GTC 2025 and CES 2026.',
}
const RUBIN_MLPERF: Citation = {
  source:
    'mlcommons/inference_results_v6.1 closed/NVIDIA/systems/VR-NVL72_VR-288GB_aarch64x72_TRT.json (preview system description); calibration.json hw-rubin-prelim',
  grade: 'M',
  note: 'Preview-category MLPerf system description: the hardware was not yet generally available.',
}
const MI300X_SPEC: Citation = {
  source:
    'AMD Instinct MI300X datasheet values via codesota.com/hardware/mi300x and jaredwatkins.com; MLPerf v4.1 system MI300X-NPS1-SPX-192GB-750W; calibration.json hw-mi300x',
  grade: 'H',
}
const MI325X_SPEC: Citation = {
  source:
    'AMD Instinct MI325X spec (AMD Advancing AI 2024) via awesomeagents.ai/hardware/amd-mi325x and slicast.com; calibration.json hw-mi325x',
  grade: 'M',
}
const MI355X_SPEC: Citation = {
  source:
    'AMD Instinct MI355X spec (AMD Advancing AI, June 2025): 2.5 / 5.0 / 10 PF dense FP16 / FP8 / MXFP4 (sparsity doubles them; the 20.1 PF "max FP4" is the sparse figure), 288 GB HBM3E, 8 TB/s, 1,400 W; tomshardware.com, rocm.docs.amd.com gpu-specs; calibration.json hw-mi355x',
  grade: 'M',
}
const TPU_V5E_DOCS: Citation = {
  source:
    'docs.cloud.google.com/tpu/docs/v5e (key specifications table); calibration.json hw-tpu-v5e',
  grade: 'H',
}
const TPU_V6E_DOCS: Citation = {
  source:
    'docs.cloud.google.com/tpu/docs/v6e (key specifications table, v5e vs v6e); calibration.json hw-tpu-v6e',
  grade: 'H',
}
const TPU7X_DOCS: Citation = {
  source:
    'docs.cloud.google.com/tpu/docs/tpu7x (BF16 2,307 / FP8 4,614 TFLOPs, 192 GiB HBM, 9,216 chips per pod); calibration.json hw-tpu7x-ironwood',
  grade: 'H',
}
const IRONWOOD_LAUNCH: Citation = {
  source:
    "Google Cloud 'Ironwood: the first Google TPU for the age of inference' launch blog (Apr 2025) as summarised by dudududukim.github.io; Hot Chips 2025 coverage (mattfife.com, afnnews.qaasid.com)",
  grade: 'M',
}
const TRN2_DOCS: Citation = {
  source:
    'awsdocs-neuron.readthedocs-hosted.com general/arch/neuron-hardware/trainium2 and trn2-arch (trn2.48xlarge: 16 chips, 20.8 PF FP8, 10.7 PF BF16, 1,536 GiB, 46.4 TB/s); github.com/aws-neuron/aws-neuron-sdk trainium2.rst; calibration.json hw-trainium2',
  grade: 'H',
}
const INF2_DOCS: Citation = {
  source:
    'awsdocs-neuron.readthedocs-hosted.com general/arch/neuron-hardware/inferentia2 and inf2-arch (Inf2.xlarge: 190 TFLOPS FP8/FP16/BF16, 32 GiB, 820 GiB/s; NeuronLink-v2 192 GiB/s per chip); calibration.json hw-inferentia2',
  grade: 'H',
}
const GROQ_SPEC: Citation = {
  source:
    'techpowerup.com news (Groq LPU: 750 TOPS INT8, 188 TFLOPS FP16, 230 MB SRAM, 80 TB/s); techspot.com/news/83719 (300 W); calibration.json hw-groq-lpu-v1',
  grade: 'M',
}
const NEOCLOUD_2026: Citation = {
  source:
    'cliffcenter.com/research/amd-inference-economics (2026-05-18): Lambda H100 SXM $2.99, RunPod $3.49, TensorWave MI300X $1.50 and MI325X $1.95, Vultr MI300X $1.85 per GPU-hour; calibration.json rent-neocloud-2026',
  grade: 'M',
}
const MERCATUS_2026: Citation = {
  source:
    'mercatus-ai.com/blog/cloud-gpu-pricing (May 2026): on-demand $/GPU-hour, specialty clouds: A100 80GB $1.10-1.50, H100 SXM $2.50-3.50, H200 $3.50-4.50',
  grade: 'M',
}
const NVLINK_DGX: Citation = {
  source:
    'NVIDIA DGX/HGX system specs: NVLink+NVSwitch connects 8 GPUs per HGX/DGX board; one ConnectX NIC per GPU for the compute fabric (DGX A100: 8x ConnectX-6 200 Gb/s; DGX H100/H200/B200: 8x ConnectX-7 400 Gb/s)',
  grade: 'H',
}
const AMD_PLATFORM: Citation = {
  source:
    'AMD Instinct platform (8 OAM GPUs fully connected by Infinity Fabric on one UBB board); typical deployments pair each GPU with one 400 Gb/s NIC (ConnectX-7 or AMD Pensando Pollara 400)',
  grade: 'M',
}
const NOT_SOLD: Citation = {
  source: 'Estimate: the chip is not sold; Google/AWS internal cost is unpublished',
  grade: 'L',
}

const GB300_SPEC: Citation = {
  source:
    'verda.com/blog/gb300-nvl72-architecture (per-GPU table without sparsity, GB300 vs B300) and glennklockwood.com/garden/processors/B300 (NVIDIA GTC 2025: GB300 NVL72 1.1 EF dense FP4, 360 PF FP8, 20 TB HBM at 576 TB/s, 130 TB/s NVLink, 72 ConnectX-8)',
  grade: 'M',
}
const RUBIN_CPX_ANNOUNCEMENT: Citation = {
  source:
    'NVIDIA AI Infra Summit announcement (Sep 2025) as reported by hackster.io, particle.news and infinityxverse.com: Rubin CPX up to 30 PF NVFP4, 128 GB GDDR7; Vera Rubin NVL144 CPX rack 8 EF, 144 CPX + 144 Rubin GPUs',
  grade: 'M',
  note: 'Announcement, not a datasheet.',
}
const RUBIN_ULTRA_GTC2025: Citation = {
  source:
    "NVIDIA GTC 2025 keynote roadmap as reported by Tom's Hardware (via 121news.com, futuretechstocks.com) and aiwiki.ai/wiki/nvidia_rubin_ultra: Rubin Ultra NVL576, 15 EF FP4 inference, 5 EF FP8 training, 4.6 PB/s HBM4e, NVLink 7 1.5 PB/s, CX9 115.2 TB/s, ~600 kW, 2H 2027",
  grade: 'M',
  note: 'Roadmap targets two years ahead of shipment; NVIDIA changed Rubin figures between GTC 2025 and CES 2026.',
}
const MI455X_SPEC: Citation = {
  source:
    'AMD (Advancing AI June 2025, CES 2026) as summarised by jaredwatkins.com/research/ai-accelerators/amd-instinct/mi400-helios, awesomeagents.ai/hardware/amd-mi455x and cloudnews.tech: MI455X 40 PF FP4 / 20 PF FP8, 432 GB HBM4 at 19.6 TB/s; Helios 72 GPUs, 2.9 EF FP4, 260 TB/s scale-up, 43 TB/s scale-out',
  grade: 'M',
  note: 'Announcement figures, not independently verified.',
}
const TPU8_ANNOUNCEMENT: Citation = {
  source:
    "Google Cloud Next (22 Apr 2026) 'Our eighth generation TPUs: two chips for the agentic era', with per-chip figures as reported by awesomeagents.ai/hardware/google-tpu-v8i, SemiAnalysis (via investcopilot.cloud) and zubnet.ai",
  grade: 'M',
  note: 'Announced, not yet in volume; Google published pod-level figures, per-chip figures are secondary.',
}
const TRN3_DOCS: Citation = {
  source:
    'AWS Neuron docs, Trainium3 architecture (NeuronCore-v4: 2,517 MXFP8/MXFP4 TFLOPS, 671 BF16 TFLOPS, 4.9 TB/s, NeuronLink-v4 2.56 TB/s) as quoted by vengineer.hatenablog.com (5 Dec 2025); AWS re:Invent 2025 launch via tomshardware.com and buzzbytech.com/AIwire',
  grade: 'M',
}
const GAUDI3_SPEC: Citation = {
  source:
    'Intel Gaudi 3 launch (Intel Vision, Apr 2024) as reported by pcguia.pt, y-ic.de and yobitel.com/knowledge-base/intel-gaudi-3: 1,835 TFLOPS BF16/FP8 matrix, 128 GB HBM2e at 3.7 TB/s, 900 W, 24 x 200 GbE RoCE, TSMC 5 nm',
  grade: 'M',
}
const WSE3_SPEC: Citation = {
  source:
    "Cerebras WSE-3 launch (13 Mar 2024) via Tom's Hardware, servethehome.com and the argonne-lcf AIaccelerators-SC24 tutorial: 900,000 cores, 44 GB SRAM, 21 PB/s, 125 PF peak FP16, TSMC 5 nm",
  grade: 'M',
}
const SN40L_HOTCHIPS: Citation = {
  source:
    'SambaNova, "SN40L RDU" (Hot Chips 2024, R. Prabhakar; slides via sgpjbg.com and servethehome.com): 638 TFLOPS BF16, 520 MB SRAM, 64 GB HBM, 1.5 TB DDR per socket; 16 sockets: 1 TB HBM at 25.6 TB/s, 24 TB DDR at 1,600 GB/s',
  grade: 'M',
}

const acceleratorList = [
  // -------------------------------------------------------------------------------------------
  {
    id: 'a100-80gb',
    name: 'NVIDIA A100 80GB SXM',
    vendor: 'NVIDIA',
    family: 'nvidia-ampere',
    volumeYear: 2021,
    projected: false,
    peakTflops: { fp16: 312, fp8: 0, int8: 624, fp4: 0 },
    memoryGB: gib(80),
    memoryBandwidthTBps: 2.039,
    memoryKind: 'HBM2e',
    tdpW: 400,
    scaleUpGBps: 300,
    scaleUpDomain: 8,
    scaleOutGbps: 200,
    processNm: 7,
    priceUsd: 15000,
    usdPerHour: 1.3,
    sources: {
      volumeYear: {
        source:
          'NVIDIA press release, SC20 (16 Nov 2020): A100 80GB announced; systems shipped 2021',
        grade: 'M',
        note: 'The 40 GB A100 shipped from mid-2020; the 80 GB SXM part reached volume in 2021.',
      },
      'peakTflops.fp16': {
        ...A100_DATASHEET,
        note: 'BF16/FP16 tensor, dense (624 with sparsity).',
      },
      'peakTflops.fp8': {
        ...A100_DATASHEET,
        note: 'Ampere has no FP8 tensor cores (FP8 arrived with Hopper).',
      },
      'peakTflops.int8': { ...A100_DATASHEET, note: 'INT8 tensor, dense (1,248 with sparsity).' },
      'peakTflops.fp4': {
        ...A100_DATASHEET,
        note: 'No FP4. Ampere has INT4 tensor cores (1,248 TOPS dense) but the catalogue has no int4 field.',
      },
      memoryGB: {
        ...A100_DATASHEET,
        note: '80 GiB HBM2e (A100 80GB: nvidia-smi 81,920 MiB). DRAM is sold in binary gigabytes (GiB, 2^30 bytes): the vendor’s figure is that many GiB, which memoryGB holds in decimal GB (1e9 bytes).',
      },
      memoryBandwidthTBps: { ...A100_DATASHEET, note: '2,039 GB/s for the 80 GB SXM4 part.' },
      tdpW: A100_DATASHEET,
      scaleUpGBps: {
        ...A100_DATASHEET,
        note: 'NVLink 3: 600 GB/s bidirectional per GPU = 300 GB/s per direction.',
      },
      scaleUpDomain: NVLINK_DGX,
      scaleOutGbps: NVLINK_DGX,
      processNm: { source: 'NVIDIA Ampere GA100 whitepaper: TSMC N7', grade: 'H' },
      priceUsd: {
        source:
          'Estimate from widely reported A100 80GB SXM street prices ($15k-20k at launch, lower by 2026)',
        grade: 'L',
      },
      usdPerHour: {
        ...MERCATUS_2026,
        note: 'Mid-point of the specialty-cloud band; long-tail providers $0.80-1.10, hyperscalers $1.50-3.00.',
      },
    },
  },
  // -------------------------------------------------------------------------------------------
  {
    id: 'h100-sxm',
    name: 'NVIDIA H100 SXM5 80GB',
    vendor: 'NVIDIA',
    family: 'nvidia-hopper',
    volumeYear: 2023,
    projected: false,
    peakTflops: { fp16: 989.4, fp8: 1978.9, int8: 1978.9, fp4: 0 },
    memoryGB: gib(80),
    memoryBandwidthTBps: 3.35,
    memoryKind: 'HBM3',
    tdpW: 700,
    scaleUpGBps: 450,
    scaleUpDomain: 8,
    scaleOutGbps: 400,
    processNm: 4,
    priceUsd: 30000,
    usdPerHour: 2.99,
    sources: {
      volumeYear: {
        source:
          'NVIDIA: H100 in full production Sep 2022; broad cloud availability (e.g. AWS P5) 2023',
        grade: 'M',
      },
      'peakTflops.fp16': { ...H100_DATASHEET, note: 'BF16 dense 989.4 (1,979 with sparsity).' },
      'peakTflops.fp8': { ...H100_DATASHEET, note: 'FP8 dense 1,978.9 (3,957.8 with sparsity).' },
      'peakTflops.int8': { ...H100_DATASHEET, note: 'INT8 dense 1,978.9 TOPS.' },
      'peakTflops.fp4': { ...H100_DATASHEET, note: 'Hopper has no FP4 tensor cores.' },
      memoryGB: {
        ...H100_DATASHEET,
        note: '80 GiB HBM3 (H100 80GB: nvidia-smi 81,559 MiB = 85.5 GB visible). DRAM is sold in binary gigabytes (GiB, 2^30 bytes): the vendor’s figure is that many GiB, which memoryGB holds in decimal GB (1e9 bytes).',
      },
      memoryBandwidthTBps: H100_DATASHEET,
      tdpW: H100_DATASHEET,
      scaleUpGBps: {
        ...H100_DATASHEET,
        note: 'NVLink 4: 900 GB/s bidirectional = 450 GB/s per direction.',
      },
      scaleUpDomain: NVLINK_DGX,
      scaleOutGbps: { ...NVLINK_DGX, note: 'One ConnectX-7 400 Gb/s NIC per H100 in DGX H100.' },
      processNm: { source: 'NVIDIA Hopper whitepaper: TSMC 4N (5 nm-family custom)', grade: 'H' },
      priceUsd: {
        source: 'huggingface.co/hardware/h100 (MSRP ~$30,000); calibration.json msrp-hf-hardware',
        grade: 'M',
        note: 'Street prices have ranged ~$25k-30k; hyperscaler volume prices are lower.',
      },
      usdPerHour: {
        ...NEOCLOUD_2026,
        note: 'Lambda on-demand. Range in 2026: $1.99-5.00 by provider tier; SemiAnalysis TCO (owner cost) $1.30.',
      },
    },
  },
  // -------------------------------------------------------------------------------------------
  {
    id: 'h200-sxm',
    name: 'NVIDIA H200 SXM 141GB',
    vendor: 'NVIDIA',
    family: 'nvidia-hopper',
    volumeYear: 2024,
    projected: false,
    peakTflops: { fp16: 989.4, fp8: 1978.9, int8: 1978.9, fp4: 0 },
    memoryGB: gib(141),
    memoryBandwidthTBps: 4.8,
    memoryKind: 'HBM3e',
    tdpW: 700,
    scaleUpGBps: 450,
    scaleUpDomain: 8,
    scaleOutGbps: 400,
    processNm: 4,
    priceUsd: 32000,
    usdPerHour: 4.0,
    sources: {
      volumeYear: { source: 'NVIDIA: H200 systems shipping from Q2/Q3 2024', grade: 'M' },
      'peakTflops.fp16': { ...H200_SPEC, note: 'Same GH100 compute as H100: BF16 dense 989.4.' },
      'peakTflops.fp8': { ...H200_SPEC, note: 'FP8 3,958 with sparsity = 1,978.9 dense.' },
      'peakTflops.int8': { ...H200_SPEC, note: 'INT8 dense 1,978.9 TOPS (same die as H100).' },
      'peakTflops.fp4': { ...H200_SPEC, note: 'Hopper has no FP4 tensor cores.' },
      memoryGB: {
        ...H200_SPEC,
        note: '141 GiB HBM3e: our H200 reports 143,771 MiB = 150.8 GB (data/gpu-calibration/h200-2026-11-27.json). DRAM is sold in binary gigabytes (GiB, 2^30 bytes): the vendor’s figure is that many GiB, which memoryGB holds in decimal GB (1e9 bytes).',
      },
      memoryBandwidthTBps: H200_SPEC,
      tdpW: H200_SPEC,
      scaleUpGBps: { ...H200_SPEC, note: 'NVLink 4: 900 GB/s bidirectional = 450 per direction.' },
      scaleUpDomain: NVLINK_DGX,
      scaleOutGbps: NVLINK_DGX,
      processNm: { source: 'Same GH100 die as H100: TSMC 4N', grade: 'H' },
      priceUsd: {
        source: 'huggingface.co/hardware/h200 (MSRP ~$32,000); calibration.json msrp-hf-hardware',
        grade: 'M',
      },
      usdPerHour: {
        ...MERCATUS_2026,
        note: 'Mid-point of the specialty-cloud band $3.50-4.50; Spheron lists $4.54 (Mar 2026); SemiAnalysis TCO $1.41.',
      },
    },
  },
  // -------------------------------------------------------------------------------------------
  {
    id: 'b200',
    name: 'NVIDIA B200 (HGX, 1000 W)',
    vendor: 'NVIDIA',
    family: 'nvidia-blackwell',
    volumeYear: 2025,
    projected: false,
    peakTflops: { fp16: 2250, fp8: 4500, int8: 4500, fp4: 9000 },
    memoryGB: gib(180),
    memoryBandwidthTBps: 8.0,
    memoryKind: 'HBM3e',
    tdpW: 1000,
    scaleUpGBps: 900,
    scaleUpDomain: 8,
    scaleOutGbps: 400,
    processNm: 4,
    priceUsd: 35000,
    usdPerHour: 5.25,
    sources: {
      volumeYear: {
        source: 'NVIDIA / OEM announcements: HGX B200 first shipments late 2024, volume Q1 2025',
        grade: 'M',
      },
      'peakTflops.fp16': { ...B200_SPEC, note: 'BF16 dense 2.25 PF (4.5 with sparsity).' },
      'peakTflops.fp8': { ...B200_SPEC, note: 'FP8 dense 4.5 PF (9 with sparsity).' },
      'peakTflops.int8': { ...B200_SPEC, note: 'INT8 dense 4.5 POPS (9 with sparsity).' },
      'peakTflops.fp4': { ...B200_SPEC, note: 'NVFP4 dense 9 PF (18 with sparsity).' },
      memoryGB: {
        ...B200_SPEC,
        note: '180 GiB usable (MLPerf system name B200-SXM-180GB, ~179 GiB visible in nvidia-smi) of 192 GiB physical (8 stacks of 24 GiB).',
      },
      memoryBandwidthTBps: B200_SPEC,
      tdpW: B200_SPEC,
      scaleUpGBps: { ...B200_SPEC, note: 'NVLink 5: 1.8 TB/s bidirectional = 900 per direction.' },
      scaleUpDomain: { ...NVLINK_DGX, note: 'HGX B200 board: 8 GPUs.' },
      scaleOutGbps: { ...NVLINK_DGX, note: 'DGX B200: 8x ConnectX-7 400 Gb/s, one per GPU.' },
      processNm: { source: 'NVIDIA Blackwell architecture brief: TSMC 4NP', grade: 'H' },
      priceUsd: {
        source: 'Jensen Huang to CNBC (Mar 2024): Blackwell GPUs will cost $30,000-40,000',
        grade: 'M',
        note: 'Mid-point of the CEO-stated range.',
      },
      usdPerHour: {
        source:
          'lyceum.technology/magazine/nvidia-b200-gpu-cloud-pricing-2026 (Mar 2026): on-demand $4.50-6.00 per GPU-hour on specialised clouds; spheron.network (Mar 2026) $6.03',
        grade: 'M',
        note: 'Mid-point of the specialised-cloud range; SemiAnalysis TCO (owner cost) $1.95.',
      },
    },
  },
  // -------------------------------------------------------------------------------------------
  {
    id: 'gb200',
    name: 'NVIDIA GB200 (per GPU, NVL72)',
    vendor: 'NVIDIA',
    family: 'nvidia-blackwell',
    volumeYear: 2025,
    projected: false,
    peakTflops: { fp16: 2500, fp8: 5000, int8: 5000, fp4: 10000 },
    memoryGB: gib(186),
    memoryBandwidthTBps: 8.0,
    memoryKind: 'HBM3e',
    tdpW: 1200,
    scaleUpGBps: 900,
    scaleUpDomain: 72,
    scaleOutGbps: 400,
    processNm: 4,
    priceUsd: 35000,
    usdPerHour: 6.0,
    sources: {
      volumeYear: {
        source: 'NVIDIA / hyperscaler announcements: GB200 NVL72 racks in volume 2025',
        grade: 'M',
      },
      'peakTflops.fp16': {
        ...GB200_SPEC,
        note: 'BF16 dense 2.5 PF at the 1,200 W GB200 power level.',
      },
      'peakTflops.fp8': {
        ...GB200_SPEC,
        note: 'FP8 dense 5 PF; the rack figure 720 PF FP8 (72 GPUs) is the sparse figure.',
      },
      'peakTflops.int8': { ...GB200_SPEC, note: 'INT8 dense 5 POPS.' },
      'peakTflops.fp4': {
        ...GB200_SPEC,
        note: 'NVFP4 dense 10 PF; the rack figure 1,440 PF FP4 is the sparse figure (20 PF x 72).',
      },
      memoryGB: { ...GB200_SPEC, note: '186 GiB per GPU (13.4 TB per NVL72 rack).' },
      memoryBandwidthTBps: GB200_SPEC,
      tdpW: GB200_SPEC,
      scaleUpGBps: { ...GB200_SPEC, note: 'NVLink 5: 1.8 TB/s bidirectional = 900 per direction.' },
      scaleUpDomain: {
        source:
          'NVIDIA developer blog "GB200 NVL72 delivers trillion-parameter LLM training and real-time inference": 72 GPUs in one NVLink domain (130 TB/s)',
        grade: 'H',
      },
      scaleOutGbps: {
        source:
          'NVIDIA GB200 NVL72 reference architecture: one ConnectX-7 400 Gb/s NIC per GPU (GB300 moves to ConnectX-8 800 Gb/s)',
        grade: 'M',
      },
      processNm: { source: 'NVIDIA Blackwell architecture brief: TSMC 4NP', grade: 'H' },
      priceUsd: {
        source:
          'Estimate: GB200 NVL72 rack ~$3M (xatakaon.com via calibration.json hw-gb200-nvl72-rack) = ~$42k per GPU all-in; HSBC estimate ~$60-70k per GB200 superchip (1 Grace + 2 GPUs)',
        grade: 'L',
        note: 'Half a superchip (~$35k) taken as the GPU price; rack switches, Grace and chassis go to system cost.',
      },
      usdPerHour: {
        source:
          'Estimate: B200 rental reference $5.25 x SemiAnalysis TCO ratio GB200/B200 = 2.21/1.95 = 1.13 -> ~$5.95 (docs/lever-evidence.md §1.1)',
        grade: 'L',
        note: 'spheron.network (Mar 2026) lists $9.08 per GB200 superchip = $4.54 per GPU; long-term NVL72 contracts dominate.',
      },
    },
  },
  // -------------------------------------------------------------------------------------------
  {
    id: 'rubin',
    name: 'NVIDIA Vera Rubin VR200 (per GPU, NVL72)',
    vendor: 'NVIDIA',
    family: 'nvidia-rubin',
    volumeYear: 2026,
    projected: true,
    peakTflops: { fp16: 8350, fp8: 16700, int8: 0, fp4: 35000 },
    memoryGB: gib(288),
    memoryBandwidthTBps: 22,
    memoryKind: 'HBM4',
    tdpW: 2300,
    scaleUpGBps: 1800,
    scaleUpDomain: 72,
    scaleOutGbps: 1600,
    processNm: 3,
    priceUsd: 50000,
    usdPerHour: 7.5,
    sources: {
      volumeYear: {
        ...RUBIN_CES2026,
        note: 'CES 2026: in full production, volume shipments targeted for 2H 2026.',
      },
      'peakTflops.fp16': {
        source: 'Estimate: half of the FP8 figure, the FP16:FP8 ratio of Hopper and Blackwell',
        grade: 'L',
        note: 'NVIDIA has not announced a dense BF16 figure for Rubin.',
      },
      'peakTflops.fp8': {
        source:
          'NVIDIA GTC 2025 keynote: Vera Rubin NVL144 (72 packages) 1.2 EF FP8 training -> 1.2e6 / 72 = 16.7 PF per GPU (megaobzor.com, aitide.news)',
        grade: 'M',
        note: 'Announcement figure. Consistent with half of the 35 PF dense NVFP4 figure (17.5 PF).',
      },
      'peakTflops.int8': {
        source:
          'Not announced for Rubin; Blackwell Ultra already cut INT8 throughput in favour of FP4',
        grade: 'L',
        note: '0 = treated as unsupported: an int8 scenario runs at the fp16 peak. Use fp8 on Rubin.',
      },
      'peakTflops.fp4': {
        ...RUBIN_CES2026,
        note: 'Dense NVFP4 = 35 PF: NVIDIA gives 2.5 EF NVFP4 training per NVL72 (/72 = 35 PF, "3.5x Blackwell" = 3.5 x 10 PF dense GB200) and 50 PF NVFP4 "inference" (3.6 EF / 72, "5x Blackwell"). The 50 PF relies on the 3rd-gen Transformer Engine\'s adaptive compression, a sparsity-like feature, so the training figure is the dense one. Halving 50 (25 PF) would assume 2:4 sparsity, which NVIDIA does not state and which contradicts the 35 PF training figure.',
      },
      memoryGB: {
        ...RUBIN_MLPERF,
        note: '288 GiB HBM4 per GPU (also NVIDIA CES 2026: 20.7 TB per NVL72 = 288 GB x 72). Usable capacity may be a few GiB lower, as on B200.',
      },
      memoryBandwidthTBps: {
        ...RUBIN_CES2026,
        note: 'Chose the latest vendor claim, 22 TB/s (CES 2026, 1,580 TB/s per NVL72), over the GTC 2025 claim of ~13 TB/s: NVIDIA raised it after moving to faster HBM4 bins (10-11 Gb/s, ~2.8 TB/s per stack x 8 stacks). If HBM4 ships at the JEDEC base rate (8 Gb/s, 2 TB/s per stack) the figure would be ~16 TB/s; override memoryBandwidthTBps for a conservative case.',
      },
      tdpW: {
        ...RUBIN_MLPERF,
        note: '"2300W TGP per GPU" in the system description; secondary sources quote ~1,800 W.',
      },
      scaleUpGBps: {
        ...RUBIN_CES2026,
        note: 'NVLink 6: 3.6 TB/s per GPU bidirectional = 1,800 GB/s per direction (260 TB/s per NVL72).',
      },
      scaleUpDomain: {
        ...RUBIN_CES2026,
        note: 'Vera Rubin NVL72 = 72 GPU packages (called NVL144 at GTC 2025, counting dies).',
      },
      scaleOutGbps: {
        ...RUBIN_CES2026,
        note: 'ConnectX-9 SuperNIC, 1.6 Tb/s per GPU.',
      },
      processNm: {
        source:
          'TSMC N3P for Rubin per docs/lever-evidence.md §2.2 and press reports (mirrorfrog.com, k-farruh.github.io)',
        grade: 'M',
      },
      priceUsd: {
        source:
          'Estimate: B200 $35k x ~1.4 for 1.5x HBM capacity at roughly 2x HBM4 price per GB (lever-evidence §2.5: HBM is ~63% of component cost) and a 3 nm logic die',
        grade: 'L',
      },
      usdPerHour: {
        source:
          'Estimate: B200 rental reference $5.25 x price ratio Rubin/B200 ($50k / $35k = 1.43)',
        grade: 'L',
        note: 'No public rental market for Rubin in 2026 yet.',
      },
    },
  },
  // -------------------------------------------------------------------------------------------
  {
    id: 'mi300x',
    name: 'AMD Instinct MI300X',
    vendor: 'AMD',
    family: 'amd-cdna3',
    volumeYear: 2024,
    projected: false,
    peakTflops: { fp16: 1307.4, fp8: 2614.9, int8: 2614.9, fp4: 0 },
    memoryGB: gib(192),
    memoryBandwidthTBps: 5.3,
    memoryKind: 'HBM3',
    tdpW: 750,
    scaleUpGBps: 448,
    scaleUpDomain: 8,
    scaleOutGbps: 400,
    processNm: 5,
    priceUsd: 15000,
    usdPerHour: 1.85,
    sources: {
      volumeYear: { source: 'AMD: MI300X launched Dec 2023, volume shipments 2024', grade: 'M' },
      'peakTflops.fp16': {
        ...MI300X_SPEC,
        note: 'FP16/BF16 dense 1,307.4 (2,614.9 with sparsity).',
      },
      'peakTflops.fp8': { ...MI300X_SPEC, note: 'FP8 dense 2,614.9 (5,229.8 with sparsity).' },
      'peakTflops.int8': { ...MI300X_SPEC, note: 'INT8 dense 2,614.9 TOPS.' },
      'peakTflops.fp4': { ...MI300X_SPEC, note: 'CDNA 3 has no FP4 (added in CDNA 4).' },
      memoryGB: {
        ...MI300X_SPEC,
        note: '192 GiB HBM3 (8 stacks of 24 GiB). DRAM is sold in binary gigabytes (GiB, 2^30 bytes): the vendor’s figure is that many GiB, which memoryGB holds in decimal GB (1e9 bytes).',
      },
      memoryBandwidthTBps: MI300X_SPEC,
      tdpW: MI300X_SPEC,
      scaleUpGBps: {
        source: 'gpu.blog via calibration.json hw-mi300x: Infinity Fabric 896 GB/s aggregate',
        grade: 'M',
        note: '7 links x 128 GB/s bidirectional = 896 GB/s; per direction 448 GB/s.',
      },
      scaleUpDomain: AMD_PLATFORM,
      scaleOutGbps: AMD_PLATFORM,
      processNm: {
        source: 'AMD MI300X: compute dies (XCD) on TSMC N5, I/O dies on N6',
        grade: 'H',
      },
      priceUsd: {
        source: 'Citi / press estimates (2024): MI300X sells for ~$10,000-15,000',
        grade: 'L',
      },
      usdPerHour: {
        ...NEOCLOUD_2026,
        note: 'Vultr on-demand; TensorWave $1.50, median across providers $1.99; SemiAnalysis TCO $1.12.',
      },
    },
  },
  // -------------------------------------------------------------------------------------------
  {
    id: 'mi325x',
    name: 'AMD Instinct MI325X',
    vendor: 'AMD',
    family: 'amd-cdna3',
    volumeYear: 2025,
    projected: false,
    peakTflops: { fp16: 1307.4, fp8: 2614.9, int8: 2614.9, fp4: 0 },
    memoryGB: gib(256),
    memoryBandwidthTBps: 6.0,
    memoryKind: 'HBM3e',
    tdpW: 1000,
    scaleUpGBps: 448,
    scaleUpDomain: 8,
    scaleOutGbps: 400,
    processNm: 5,
    priceUsd: 20000,
    usdPerHour: 1.95,
    sources: {
      volumeYear: {
        source: 'AMD: MI325X production Q4 2024, systems available Q1 2025',
        grade: 'M',
      },
      'peakTflops.fp16': { ...MI325X_SPEC, note: 'Same CDNA 3 compute as MI300X: 1,307.4 dense.' },
      'peakTflops.fp8': { ...MI325X_SPEC, note: 'FP8 dense 2,614.9.' },
      'peakTflops.int8': { ...MI325X_SPEC, note: 'INT8 dense 2,614.9 TOPS.' },
      'peakTflops.fp4': { ...MI325X_SPEC, note: 'CDNA 3 has no FP4.' },
      memoryGB: {
        ...MI325X_SPEC,
        note: '256 GiB HBM3e (8 stacks of 32 GiB). DRAM is sold in binary gigabytes (GiB, 2^30 bytes): the vendor’s figure is that many GiB, which memoryGB holds in decimal GB (1e9 bytes).',
      },
      memoryBandwidthTBps: MI325X_SPEC,
      tdpW: MI325X_SPEC,
      scaleUpGBps: {
        ...MI325X_SPEC,
        note: 'Same Infinity Fabric as MI300X: 896 GB/s aggregate = 448 per direction.',
      },
      scaleUpDomain: AMD_PLATFORM,
      scaleOutGbps: AMD_PLATFORM,
      processNm: { source: 'Same CDNA 3 chiplets as MI300X: XCD TSMC N5, IOD N6', grade: 'H' },
      priceUsd: {
        source: 'Estimate: MI300X price plus the HBM3E upgrade (192 -> 256 GB)',
        grade: 'L',
      },
      usdPerHour: {
        ...NEOCLOUD_2026,
        note: 'TensorWave on-demand (single provider); SemiAnalysis TCO $1.28; InferenceMAX break-even vs H200 $2.50.',
      },
    },
  },
  // -------------------------------------------------------------------------------------------
  {
    id: 'mi355x',
    name: 'AMD Instinct MI355X',
    vendor: 'AMD',
    family: 'amd-cdna4',
    volumeYear: 2025,
    projected: false,
    peakTflops: { fp16: 2500, fp8: 5000, int8: 5000, fp4: 10000 },
    memoryGB: gib(288),
    memoryBandwidthTBps: 8.0,
    memoryKind: 'HBM3e',
    tdpW: 1400,
    scaleUpGBps: 537.6,
    scaleUpDomain: 8,
    scaleOutGbps: 400,
    processNm: 3,
    priceUsd: 25000,
    usdPerHour: 2.5,
    sources: {
      volumeYear: {
        source:
          'aiwiki.ai/wiki/amd_instinct_mi355x: announced June 2025, general availability Oct 2025',
        grade: 'M',
      },
      'peakTflops.fp16': { ...MI355X_SPEC, note: 'FP16/BF16 dense ~2.5 PF.' },
      'peakTflops.fp8': { ...MI355X_SPEC, note: 'FP8 dense ~5.0 PF (10.1 with sparsity).' },
      'peakTflops.int8': { ...MI355X_SPEC, note: 'INT8 dense ~5.0 POPS (10.1 with sparsity).' },
      'peakTflops.fp4': { ...MI355X_SPEC, note: 'MXFP4 dense ~10 PF (AMD quotes 10.1).' },
      memoryGB: {
        ...MI355X_SPEC,
        note: '288 GiB HBM3e (8 stacks of 36 GiB). DRAM is sold in binary gigabytes (GiB, 2^30 bytes): the vendor’s figure is that many GiB, which memoryGB holds in decimal GB (1e9 bytes).',
      },
      memoryBandwidthTBps: MI355X_SPEC,
      tdpW: MI355X_SPEC,
      scaleUpGBps: {
        source: 'AMD MI355X datasheet: 7 Infinity Fabric links, 1,075 GB/s peak aggregate',
        grade: 'M',
        note: '1,075.2 GB/s bidirectional aggregate / 2 = 537.6 GB/s per direction.',
      },
      scaleUpDomain: AMD_PLATFORM,
      scaleOutGbps: AMD_PLATFORM,
      processNm: { source: 'AMD CDNA 4: compute dies on TSMC N3P, I/O dies on N6', grade: 'H' },
      priceUsd: {
        source: 'Press reports (mid-2025): AMD raised MI350-series pricing to ~$25,000 per GPU',
        grade: 'L',
      },
      usdPerHour: {
        source:
          'Estimate: MI300X rental $1.85 x SemiAnalysis TCO ratio MI355X/MI300X = 1.48/1.12 = 1.32 -> $2.44 (lever-evidence §1.1)',
        grade: 'L',
      },
    },
  },
  // -------------------------------------------------------------------------------------------
  {
    id: 'tpu-v5e',
    name: 'Google Cloud TPU v5e',
    vendor: 'Google',
    family: 'google-tpu',
    volumeYear: 2023,
    projected: false,
    peakTflops: { fp16: 197, fp8: 0, int8: 393, fp4: 0 },
    memoryGB: gib(16),
    memoryBandwidthTBps: 0.819,
    memoryKind: 'HBM2e',
    tdpW: 170,
    scaleUpGBps: 200,
    scaleUpDomain: 256,
    scaleOutGbps: 25,
    processNm: 5,
    priceUsd: 4000,
    usdPerHour: 1.2,
    sources: {
      volumeYear: { source: 'Google Cloud: TPU v5e preview Aug 2023, GA late 2023', grade: 'H' },
      'peakTflops.fp16': {
        ...TPU_V5E_DOCS,
        note: 'BF16 peak 197 TFLOPs (TPUs quote dense figures).',
      },
      'peakTflops.fp8': { ...TPU_V5E_DOCS, note: 'No FP8 figure is published for v5e.' },
      'peakTflops.int8': TPU_V5E_DOCS,
      'peakTflops.fp4': { ...TPU_V5E_DOCS, note: 'No FP4.' },
      memoryGB: {
        ...TPU_V5E_DOCS,
        note: '16 GiB HBM2e. DRAM is sold in binary gigabytes (GiB, 2^30 bytes): the vendor’s figure is that many GiB, which memoryGB holds in decimal GB (1e9 bytes).',
      },
      memoryBandwidthTBps: {
        ...TPU_V5E_DOCS,
        note: 'Docs list both 819 GBps and 800 GiBps (= 859 GB/s); 819 GB/s used. memoryKind: docs say "HBM2", mapped to HBM2e.',
      },
      tdpW: {
        source:
          'Estimate: not published. TPU v4i (same efficiency class) has a 175 W TDP (Jouppi et al., ISCA 2021)',
        grade: 'L',
      },
      scaleUpGBps: {
        ...TPU_V5E_DOCS,
        note: 'ICI 400 GB/s bidirectional per chip = 200 GB/s per direction.',
      },
      scaleUpDomain: { ...TPU_V5E_DOCS, note: '256-chip pod, 2D torus.' },
      scaleOutGbps: {
        ...TPU_V5E_DOCS,
        note: '2 x 100 Gbps NIC per 8-chip host = 25 Gb/s per chip.',
      },
      processNm: {
        source:
          'Undisclosed by Google (brendanjameslynskey.github.io TPU generations table); 5 nm-class assumed',
        grade: 'L',
      },
      priceUsd: {
        ...NOT_SOLD,
        note: 'At-cost guess: small die, 16 GB HBM2e (HBM is ~50-60% of component cost), plus design-partner margin.',
      },
      usdPerHour: {
        source:
          'Google Cloud TPU pricing, on-demand v5e $1.20 per chip-hour (as used in public benchmark code, e.g. accelerator_hourly_rates_usd tpu-v5e 1.20)',
        grade: 'M',
        note: 'Hyperscaler list price; 1- and 3-year commitments cut it by ~25-45%.',
      },
    },
  },
  // -------------------------------------------------------------------------------------------
  {
    id: 'tpu-v6e',
    name: 'Google Cloud TPU v6e (Trillium)',
    vendor: 'Google',
    family: 'google-tpu',
    volumeYear: 2024,
    projected: false,
    peakTflops: { fp16: 918, fp8: 0, int8: 1836, fp4: 0 },
    memoryGB: gib(32),
    memoryBandwidthTBps: 1.638,
    memoryKind: 'HBM3',
    tdpW: 450,
    scaleUpGBps: 400,
    scaleUpDomain: 256,
    scaleOutGbps: 100,
    processNm: 5,
    priceUsd: 6000,
    usdPerHour: 2.7,
    sources: {
      volumeYear: { source: 'Google Cloud: Trillium announced May 2024, GA Dec 2024', grade: 'H' },
      'peakTflops.fp16': { ...TPU_V6E_DOCS, note: 'BF16 peak 918 TFLOPs.' },
      'peakTflops.fp8': {
        ...TPU_V6E_DOCS,
        note: 'Google documents BF16 and INT8 only for v6e; FP8 runs on the BF16 path.',
      },
      'peakTflops.int8': TPU_V6E_DOCS,
      'peakTflops.fp4': { ...TPU_V6E_DOCS, note: 'No FP4.' },
      memoryGB: {
        ...TPU_V6E_DOCS,
        note: '32 GiB HBM. DRAM is sold in binary gigabytes (GiB, 2^30 bytes): the vendor’s figure is that many GiB, which memoryGB holds in decimal GB (1e9 bytes).',
      },
      memoryBandwidthTBps: {
        ...TPU_V6E_DOCS,
        note: '1,638 GBps (older page versions: 1,600 / 1,640).',
      },
      tdpW: {
        source:
          'Estimate: not published. Google: Trillium is >67% more energy-efficient than v5e at 4.7x the peak; with v5e ~170 W: 918 / (197/170 x 1.67) ~ 475 W',
        grade: 'L',
      },
      scaleUpGBps: {
        ...TPU_V6E_DOCS,
        note: 'ICI 800 GB/s bidirectional per chip = 400 GB/s per direction.',
      },
      scaleUpDomain: { ...TPU_V6E_DOCS, note: '256-chip pod, 2D torus.' },
      scaleOutGbps: {
        ...TPU_V6E_DOCS,
        note: '4 x 200 Gbps NIC per 8-chip host = 100 Gb/s per chip.',
      },
      processNm: {
        source: 'Undisclosed by Google; 5 nm-class assumed (same TSMC family as v5e/v5p reports)',
        grade: 'L',
      },
      priceUsd: {
        ...NOT_SOLD,
        note: 'At-cost guess scaled from v5e: 2x HBM capacity and a larger die.',
      },
      usdPerHour: {
        source:
          'Google Cloud TPU pricing, on-demand v6e $2.70 per chip-hour (as used in public benchmark code, e.g. pricing_od_usd_per_hr TPU_v6e 2.70)',
        grade: 'M',
        note: 'Hyperscaler list price; commitments cut it by ~25-45%.',
      },
    },
  },
  // -------------------------------------------------------------------------------------------
  {
    id: 'tpu-v7-ironwood',
    name: 'Google TPU7x (Ironwood)',
    vendor: 'Google',
    family: 'google-tpu',
    volumeYear: 2026,
    projected: false,
    peakTflops: { fp16: 2307, fp8: 4614, int8: 0, fp4: 0 },
    memoryGB: gib(192),
    memoryBandwidthTBps: 7.37,
    memoryKind: 'HBM3e',
    tdpW: 850,
    scaleUpGBps: 600,
    scaleUpDomain: 9216,
    scaleOutGbps: 100,
    processNm: 3,
    priceUsd: 13000,
    usdPerHour: 4.7,
    sources: {
      volumeYear: {
        source:
          'Google Cloud: Ironwood announced Apr 2025 (Cloud Next), general availability announced Nov 2025 ("in the coming weeks"); coverage of Cloud Next 2026 (news.lego-sia.com, app.daily.dev) reports GA there',
        grade: 'M',
        note: 'Generally available at the very end of 2025 at the earliest, so volume is taken as 2026 (was 2025 before the roadmap review).',
      },
      'peakTflops.fp16': { ...TPU7X_DOCS, note: 'BF16 peak 2,307 TFLOPs.' },
      'peakTflops.fp8': {
        ...TPU7X_DOCS,
        note: 'FP8 peak 4,614 TFLOPs (42.5 EF per 9,216-chip pod).',
      },
      'peakTflops.int8': {
        ...TPU7X_DOCS,
        note: 'No INT8 figure published for Ironwood; 0 = int8 scenarios run at the BF16 peak. Use fp8.',
      },
      'peakTflops.fp4': { ...TPU7X_DOCS, note: 'No FP4 figure published.' },
      memoryGB: { ...TPU7X_DOCS, note: '192 GiB = 206.2 GB (8 stacks of HBM3E).' },
      memoryBandwidthTBps: {
        ...IRONWOOD_LAUNCH,
        note: '7.37 TB/s per the launch blog; Hot Chips 2025 coverage rounds to 7.3 TB/s.',
      },
      tdpW: {
        source:
          'Estimate: not published. Hot Chips 2025 coverage: ~10 MW per 9,216-chip pod = ~1,085 W per chip all-in (host, network, cooling); ~80% of that taken for the chip',
        grade: 'L',
      },
      scaleUpGBps: {
        ...IRONWOOD_LAUNCH,
        note: 'ICI 1.2 TB/s (9.6 Tb/s) bidirectional per chip = 600 GB/s per direction.',
      },
      scaleUpDomain: {
        ...TPU7X_DOCS,
        note: '9,216-chip superpod joined by optical circuit switches.',
      },
      scaleOutGbps: {
        source:
          'Estimate: data-center network bandwidth per chip not published; v6e value (100 Gb/s) assumed',
        grade: 'L',
      },
      processNm: {
        source:
          "Tom's Hardware via etfpedia.wiki/glossary/tpu: Ironwood built on TSMC 3 nm (N3P) with CoWoS",
        grade: 'L',
      },
      priceUsd: {
        ...NOT_SOLD,
        note: 'At-cost guess: 192 GiB HBM3E (roughly B200-class memory content) plus two compute dies, without a merchant-GPU margin.',
      },
      usdPerHour: {
        source:
          'Estimate: no public per-chip list price found. v6e $2.70 x BF16 peak ratio (2,307/918 = 2.51) x 0.7 (assumed 30% lower price per FLOP for the new generation) = $4.75',
        grade: 'L',
      },
    },
  },
  // -------------------------------------------------------------------------------------------
  {
    id: 'trainium2',
    name: 'AWS Trainium2',
    vendor: 'AWS',
    family: 'aws-neuron',
    volumeYear: 2024,
    projected: false,
    peakTflops: { fp16: 667, fp8: 1299, int8: 0, fp4: 0 },
    memoryGB: gib(96),
    memoryBandwidthTBps: 2.9,
    memoryKind: 'HBM3',
    tdpW: 500,
    scaleUpGBps: 640,
    scaleUpDomain: 64,
    scaleOutGbps: 200,
    processNm: 5,
    priceUsd: 10000,
    usdPerHour: 2.24,
    sources: {
      volumeYear: {
        source: 'AWS re:Invent 2024 (3 Dec 2024): Trn2 instances generally available',
        grade: 'H',
      },
      'peakTflops.fp16': {
        ...TRN2_DOCS,
        note: 'BF16/FP16 dense 667 TFLOPS (10.7 PF per 16 chips).',
      },
      'peakTflops.fp8': { ...TRN2_DOCS, note: 'FP8 dense 1,299 TFLOPS (20.8 PF per 16 chips).' },
      'peakTflops.int8': {
        ...TRN2_DOCS,
        note: 'No INT8 figure published; 0 = int8 runs at the BF16 peak. Use fp8.',
      },
      'peakTflops.fp4': {
        ...TRN2_DOCS,
        note: 'No FP4 on Trainium2 (MXFP4 arrives with Trainium3).',
      },
      memoryGB: { ...TRN2_DOCS, note: '96 GiB = 103.1 GB.' },
      memoryBandwidthTBps: TRN2_DOCS,
      tdpW: {
        source: 'Estimate: not published by AWS; secondary reports put Trainium2 at ~500 W',
        grade: 'L',
      },
      scaleUpGBps: {
        ...TRN2_DOCS,
        note: 'NeuronLink-v3: 1.28 TB/s per chip, taken as bidirectional aggregate -> 640 GB/s per direction (AWS does not state the direction).',
      },
      scaleUpDomain: {
        ...TRN2_DOCS,
        note: 'Trn2 UltraServer: 64 chips in one NeuronLink domain (16 per trn2.48xlarge, 4x4 torus).',
      },
      scaleOutGbps: {
        source: 'AWS EC2 Trn2: 3.2 Tbps EFAv3 per trn2.48xlarge / 16 chips = 200 Gb/s per chip',
        grade: 'H',
      },
      processNm: { source: 'Press reports: Trainium2 on TSMC 5 nm', grade: 'L' },
      priceUsd: {
        ...NOT_SOLD,
        note: 'At-cost guess: 96 GiB HBM (4 stacks) and two compute dies, no merchant margin.',
      },
      usdPerHour: {
        source:
          'AWS on-demand trn2.48xlarge $35.7608/hr us-east-1 (Feb 2026, as recorded in public benchmark code) / 16 chips = $2.235 per chip-hour',
        grade: 'M',
        note: 'Hyperscaler on-demand list price incl. host share; for GPUs such prices run ~2x neocloud rates, so this is not directly comparable to the GPU entries.',
      },
    },
  },
  // -------------------------------------------------------------------------------------------
  {
    id: 'inferentia2',
    name: 'AWS Inferentia2',
    vendor: 'AWS',
    family: 'aws-neuron',
    volumeYear: 2023,
    projected: false,
    peakTflops: { fp16: 190, fp8: 190, int8: 380, fp4: 0 },
    memoryGB: gib(32),
    memoryBandwidthTBps: 0.88,
    memoryKind: 'HBM2e',
    tdpW: 175,
    scaleUpGBps: 103,
    scaleUpDomain: 12,
    scaleOutGbps: 8.3,
    processNm: 7,
    priceUsd: 3000,
    usdPerHour: 1.08,
    sources: {
      volumeYear: { source: 'AWS: Inf2 instances generally available April 2023', grade: 'H' },
      'peakTflops.fp16': { ...INF2_DOCS, note: 'FP16/BF16 190 TFLOPS per chip.' },
      'peakTflops.fp8': {
        ...INF2_DOCS,
        note: 'FP8 listed at the same 190 TFLOPS as FP16 (FP8 saves memory, not math time).',
      },
      'peakTflops.int8': { ...INF2_DOCS, note: 'INT8 380 TOPS.' },
      'peakTflops.fp4': { ...INF2_DOCS, note: 'No FP4.' },
      memoryGB: { ...INF2_DOCS, note: '32 GiB = 34.4 GB.' },
      memoryBandwidthTBps: { ...INF2_DOCS, note: '820 GiB/s = 0.880 TB/s.' },
      tdpW: {
        source: 'Estimate: not published by AWS; inference-class chip with 2 HBM stacks',
        grade: 'L',
      },
      scaleUpGBps: {
        ...INF2_DOCS,
        note: 'NeuronLink-v2 192 GiB/s per chip = 206 GB/s, taken as bidirectional -> 103 GB/s per direction.',
      },
      scaleUpDomain: { ...INF2_DOCS, note: 'inf2.48xlarge: 12 chips on one NeuronLink ring.' },
      scaleOutGbps: {
        source:
          'AWS EC2 Inf2: inf2.48xlarge up to 100 Gbps networking / 12 chips = 8.3 Gb/s per chip',
        grade: 'H',
      },
      processNm: {
        source: 'Press reports: Inferentia2 (NeuronCore-v2, shared with Trainium1) on TSMC 7 nm',
        grade: 'L',
      },
      priceUsd: { ...NOT_SOLD, note: 'At-cost guess for a 32 GiB HBM2e inference chip.' },
      usdPerHour: {
        source:
          'AWS on-demand inf2.48xlarge $12.98/hr us-east-1 (public pricing tables in benchmark code) / 12 chips = $1.08 per chip-hour',
        grade: 'M',
        note: 'Hyperscaler on-demand list price incl. host share.',
      },
    },
  },
  // -------------------------------------------------------------------------------------------
  {
    id: 'groq-lpu',
    name: 'Groq LPU (TSP v1)',
    vendor: 'Groq',
    family: 'sram-dataflow',
    volumeYear: 2020,
    projected: false,
    peakTflops: { fp16: 188, fp8: 0, int8: 750, fp4: 0 },
    memoryGB: 0.23,
    memoryBandwidthTBps: 80,
    memoryKind: 'SRAM',
    tdpW: 300,
    scaleUpGBps: 240,
    scaleUpDomain: 576,
    scaleOutGbps: 12.5,
    processNm: 14,
    priceUsd: 20000,
    usdPerHour: 1.0,
    sources: {
      volumeYear: {
        source:
          'nextplatform.com/2020/09/29/groq-shares-recipe-for-tsp-nodes-systems: GroqCard and GroqNode shipping in 2020',
        grade: 'M',
        note: 'GroqCloud public API from Feb 2024 on the same chip.',
      },
      'peakTflops.fp16': GROQ_SPEC,
      'peakTflops.fp8': { ...GROQ_SPEC, note: 'No FP8 on the first-generation TSP.' },
      'peakTflops.int8': GROQ_SPEC,
      'peakTflops.fp4': { ...GROQ_SPEC, note: 'No FP4.' },
      memoryGB: {
        ...GROQ_SPEC,
        note: '230 MB on-chip SRAM, no DRAM: weights and KV cache must be spread over hundreds of chips.',
      },
      memoryBandwidthTBps: { ...GROQ_SPEC, note: '80 TB/s on-chip SRAM bandwidth.' },
      tdpW: {
        ...GROQ_SPEC,
        note: 'TechSpot 2020: ~300 W per chip; actual draw at batch 1 is lower.',
      },
      scaleUpGBps: {
        source:
          'linleygroup.com newsletter 6233 "Groq Gets Connected" (Nov 2020): 16 chip-to-chip links x 4 lanes x 30 Gb/s, 480 GB/s total',
        grade: 'M',
        note: '480 GB/s total = 240 GB/s per direction.',
      },
      scaleUpDomain: {
        source:
          'semianalysis.substack.com/p/groq-inference-tokenomics-speed-but (Feb 2024): Groq served Mixtral 8x7B / Llama-2-70B on 576 chips (8 racks x 9 servers x 8 chips), all joined by the C2C network',
        grade: 'M',
      },
      scaleOutGbps: {
        source:
          'Estimate: Groq scales over its own C2C links; host Ethernet assumed at one 100 GbE port per 8-card GroqNode',
        grade: 'L',
      },
      processNm: {
        source:
          'semiwiki.com forum (SFF 2024 talk) and isopack.blogspot.com: GlobalFoundries 14 nm',
        grade: 'M',
      },
      priceUsd: {
        source:
          'GroqCard list price ~$20,000 at quantity 1 (Mouser, via isopack.blogspot.com and news.ycombinator comments)',
        grade: 'L',
        note: 'Board cost at volume is likely far lower (14 nm die, no HBM; one estimate: under $1k).',
      },
      usdPerHour: {
        source:
          'Estimate: no per-chip rental market. $20k / 3 years = $0.76/h + power (~0.3 kW x 1.3 PUE x $0.08) + host/network/facility share ~ $1.0',
        grade: 'L',
      },
    },
  },
  // -------------------------------------------------------------------------------------------
  // Announced and recently shipped parts (issue 12 item 3: the roadmap of 2025–2028). Where a
  // figure is not public, the entry carries a grade-L estimate whose note gives the basis.
  // -------------------------------------------------------------------------------------------
  {
    id: 'gb300',
    name: 'NVIDIA GB300 Blackwell Ultra (per GPU, NVL72)',
    vendor: 'NVIDIA',
    family: 'nvidia-blackwell',
    volumeYear: 2025,
    projected: false,
    peakTflops: { fp16: 2500, fp8: 5000, int8: 165, fp4: 15000 },
    memoryGB: gib(279),
    memoryBandwidthTBps: 8.0,
    memoryKind: 'HBM3e',
    tdpW: 1400,
    scaleUpGBps: 900,
    scaleUpDomain: 72,
    scaleOutGbps: 800,
    processNm: 4,
    priceUsd: 40000,
    usdPerHour: 6.9,
    sources: {
      volumeYear: {
        source:
          'aiwiki.ai/wiki/nvidia_gb300_nvl72: announced GTC 2025 (18 Mar 2025); first production rack delivered (Dell to CoreWeave) July 2025, broad cloud availability 2H 2025',
        grade: 'M',
      },
      'peakTflops.fp16': {
        ...GB300_SPEC,
        note: 'BF16 dense 2.5 PF per GB300 GPU (180 PF per NVL72).',
      },
      'peakTflops.fp8': {
        ...GB300_SPEC,
        note: 'FP8 dense 5 PF (NVIDIA: 360 PF FP8 per NVL72 / 72).',
      },
      'peakTflops.int8': {
        ...GB300_SPEC,
        note: 'INT8 dense 0.165 POPS: Blackwell Ultra cut INT8 (and FP64) to make room for FP4. An int8 scenario runs at this low rate; use fp8.',
      },
      'peakTflops.fp4': {
        ...GB300_SPEC,
        note: 'NVFP4 dense 15 PF (NVIDIA: 1.1 EF dense FP4 per NVL72, 1.5x GB200).',
      },
      memoryGB: {
        ...GB300_SPEC,
        note: '279 GiB usable of 288 GiB physical HBM3e (8 stacks of 12-high, 36 GiB each), as B200 lists 180 of 192.',
      },
      memoryBandwidthTBps: {
        ...GB300_SPEC,
        note: '8 TB/s per GPU (576 TB/s per NVL72).',
      },
      tdpW: { ...GB300_SPEC, note: 'Max TDP 1.4 kW per GB300 GPU (1.2 kW for GB200).' },
      scaleUpGBps: {
        ...GB300_SPEC,
        note: 'NVLink 5: 1.8 TB/s bidirectional = 900 GB/s per direction (130 TB/s per NVL72).',
      },
      scaleUpDomain: { ...GB300_SPEC, note: '72 GPUs in one NVLink domain.' },
      scaleOutGbps: {
        ...GB300_SPEC,
        note: 'One ConnectX-8 SuperNIC at 800 Gb/s per GPU (72 per NVL72).',
      },
      processNm: { source: 'NVIDIA Blackwell Ultra: same TSMC 4NP process as B200', grade: 'M' },
      priceUsd: {
        source:
          'Estimate: awesomeagents.ai/hardware/nvidia-gb300-nvl72 puts a GB300 NVL72 rack at $3-4M (~$49k per GPU all-in); the GPU share is taken as GB200 here ($35k of ~$42k all-in, 0.83) -> ~$40k',
        grade: 'L',
      },
      usdPerHour: {
        source:
          'Estimate: GB200 rental reference $6.0 x purchase-price ratio ($40k / $35k) = $6.86',
        grade: 'L',
      },
    },
  },
  // -------------------------------------------------------------------------------------------
  {
    id: 'rubin-cpx',
    name: 'NVIDIA Rubin CPX (context GPU, GDDR7)',
    vendor: 'NVIDIA',
    family: 'nvidia-rubin',
    volumeYear: 2027,
    projected: true,
    peakTflops: { fp16: 5250, fp8: 10500, int8: 0, fp4: 21000 },
    memoryGB: gib(128),
    memoryBandwidthTBps: 2.0,
    memoryKind: 'GDDR7',
    tdpW: 800,
    scaleUpGBps: 64,
    scaleUpDomain: 8,
    scaleOutGbps: 800,
    processNm: 3,
    priceUsd: 20000,
    usdPerHour: 3.0,
    sources: {
      volumeYear: {
        ...RUBIN_CPX_ANNOUNCEMENT,
        note: 'NVIDIA: Rubin CPX "expected to be available at the end of 2026"; availability at year end means volume in 2027.',
      },
      'peakTflops.fp16': {
        source: 'Estimate: half of the fp8 estimate (the FP16:FP8 ratio of Hopper and Blackwell)',
        grade: 'L',
        note: 'NVIDIA announced only an NVFP4 figure for Rubin CPX.',
      },
      'peakTflops.fp8': {
        source: 'Estimate: half of the NVFP4 estimate (the FP8:FP4 ratio of Blackwell and Rubin)',
        grade: 'L',
      },
      'peakTflops.int8': {
        source: 'Not announced for Rubin CPX',
        grade: 'L',
        note: '0 = treated as unsupported. Use fp8 or fp4.',
      },
      'peakTflops.fp4': {
        ...RUBIN_CPX_ANNOUNCEMENT,
        grade: 'L',
        note: 'Estimate of the dense figure: NVIDIA gives "up to 30 PF NVFP4", the same basis as Rubin\'s 50 PF "inference" figure whose dense counterpart is 35 PF (see the rubin entry); 30 x 35/50 = 21 PF. awesomeagents.ai/hardware/nvidia-rubin-cpx also reports ~20 PF dense.',
      },
      memoryGB: {
        ...RUBIN_CPX_ANNOUNCEMENT,
        note: '128 GiB GDDR7 per CPX (GDDR7 dies are 2^n bits), no HBM.',
      },
      memoryBandwidthTBps: {
        source:
          'Estimate: NVIDIA has not published it. awesomeagents.ai/hardware/nvidia-rubin-cpx: "GDDR7, at roughly 2 TB/s"',
        grade: 'L',
        note: 'Prefill (the part it is built for) is compute-bound; decode on a CPX would be bandwidth-starved by design.',
      },
      tdpW: {
        source:
          "Estimate: not announced. A single-die GDDR7 part with ~60 % of a Rubin GPU's NVFP4 throughput; taken as roughly a third of Rubin's 2,300 W TGP",
        grade: 'L',
      },
      scaleUpGBps: {
        ...RUBIN_CPX_ANNOUNCEMENT,
        note: 'No NVLink: PCIe Gen 6 x16, 128 GB/s bidirectional = 64 GB/s per direction (awesomeagents.ai/hardware/nvidia-rubin-cpx).',
      },
      scaleUpDomain: {
        source:
          'Estimate: Vera Rubin NVL144 CPX rack holds 144 CPX in 18 compute trays = 8 per tray, taken as the PCIe-attached group',
        grade: 'L',
      },
      scaleOutGbps: {
        source:
          "Estimate: not published per CPX; half of a Rubin GPU's 1.6 Tb/s ConnectX-9 (two CPX per Rubin GPU in the NVL144 CPX rack)",
        grade: 'L',
      },
      processNm: {
        source:
          'infinityxverse.com and awesomeagents.ai: Rubin-architecture products on TSMC 3 nm (N3P)',
        grade: 'L',
      },
      priceUsd: {
        source:
          'Estimate: no price announced. Rubin estimate $50k x 0.4: no HBM (HBM is ~63 % of component cost, lever-evidence §2.5) and no CoWoS package',
        grade: 'L',
      },
      usdPerHour: {
        source: 'Estimate: B200 rental reference $5.25 x price ratio ($20k / $35k) = $3.0',
        grade: 'L',
      },
    },
  },
  // -------------------------------------------------------------------------------------------
  {
    id: 'rubin-ultra',
    name: 'NVIDIA Rubin Ultra (per 4-die package, NVL576)',
    vendor: 'NVIDIA',
    family: 'nvidia-rubin',
    volumeYear: 2027,
    projected: true,
    peakTflops: { fp16: 17361, fp8: 34722, int8: 0, fp4: 70000 },
    memoryGB: gib(1024),
    memoryBandwidthTBps: 32,
    memoryKind: 'HBM4',
    tdpW: 3000,
    scaleUpGBps: 5200,
    scaleUpDomain: 144,
    scaleOutGbps: 6400,
    processNm: 3,
    priceUsd: 150000,
    usdPerHour: 22.5,
    sources: {
      volumeYear: {
        ...RUBIN_ULTRA_GTC2025,
        note: 'NVIDIA roadmap: Rubin Ultra NVL576 in the second half of 2027.',
      },
      'peakTflops.fp16': {
        source: 'Estimate: half of the fp8 figure (the FP16:FP8 ratio of Hopper and Blackwell)',
        grade: 'L',
      },
      'peakTflops.fp8': {
        ...RUBIN_ULTRA_GTC2025,
        note: '5 EF FP8 training per NVL576 / 144 packages = 34.7 PF per package (4 reticle dies).',
      },
      'peakTflops.int8': {
        source: 'Not announced for Rubin Ultra',
        grade: 'L',
        note: '0 = treated as unsupported. Use fp8 or fp4.',
      },
      'peakTflops.fp4': {
        ...RUBIN_ULTRA_GTC2025,
        grade: 'L',
        note: 'Estimate of the dense figure: NVIDIA gives 100 PF FP4 per package (15 EF per NVL576), the same "inference" basis as Rubin\'s 50 PF whose dense counterpart is 35 PF; 100 x 35/50 = 70 PF, which is also 2x the 34.7 PF FP8 training figure.',
      },
      memoryGB: {
        ...RUBIN_ULTRA_GTC2025,
        note: '"1 TB of HBM4e" per package (16 stacks); taken as 1,024 GiB (16 x 64 GiB) like every DRAM capacity here. Secondary reports of a 384 GB configuration (allthingsgeek.me, 2026) are unconfirmed.',
      },
      memoryBandwidthTBps: {
        ...RUBIN_ULTRA_GTC2025,
        note: 'HBM4e 4.6 PB/s per NVL576 / 144 packages = 32 TB/s.',
      },
      tdpW: {
        source:
          "Estimate: NVIDIA gives ~600 kW per NVL576 rack (Jensen Huang, GTC 2025 Q&A, via 121news.com/Tom's Hardware) = 4,170 W per package all-in; GPU share 0.72 as on GB200 (1,200 W of 120 kW / 72) -> ~3,000 W",
        grade: 'L',
      },
      scaleUpGBps: {
        ...RUBIN_ULTRA_GTC2025,
        note: 'NVLink 7: 1.5 PB/s per NVL576 / 144 packages = 10.4 TB/s bidirectional = ~5.2 TB/s per direction.',
      },
      scaleUpDomain: {
        ...RUBIN_ULTRA_GTC2025,
        note: '"NVL576" counts dies: 144 four-die packages in one NVLink domain (Kyber rack).',
      },
      scaleOutGbps: {
        ...RUBIN_ULTRA_GTC2025,
        grade: 'L',
        note: 'ConnectX-9 115.2 TB/s per rack / 144 packages = 800 GB/s = 6,400 Gb/s per package (taken as one direction).',
      },
      processNm: {
        source: 'Assumed the same TSMC N3P as Rubin; not stated by NVIDIA',
        grade: 'L',
      },
      priceUsd: {
        source:
          'Estimate: Rubin estimate $50k scaled by content: 3.5x the HBM (HBM ~63 % of component cost, lever-evidence §2.5) and 2x the logic dies: 0.63 x 3.5 + 0.37 x 2 = 2.95 -> ~$150k',
        grade: 'L',
      },
      usdPerHour: {
        source: 'Estimate: Rubin rental estimate $7.5 x price ratio (3.0) = $22.5',
        grade: 'L',
      },
    },
  },
  // -------------------------------------------------------------------------------------------
  {
    id: 'mi455x',
    name: 'AMD Instinct MI455X (MI400 series, Helios)',
    vendor: 'AMD',
    family: 'amd-cdna4',
    volumeYear: 2026,
    projected: true,
    peakTflops: { fp16: 10000, fp8: 20000, int8: 0, fp4: 40000 },
    memoryGB: gib(432),
    memoryBandwidthTBps: 19.6,
    memoryKind: 'HBM4',
    tdpW: 2300,
    scaleUpGBps: 1800,
    scaleUpDomain: 72,
    scaleOutGbps: 2400,
    processNm: 2,
    priceUsd: 35000,
    usdPerHour: 3.5,
    sources: {
      volumeYear: {
        ...MI455X_SPEC,
        note: 'AMD: production ramp in the second half of 2026 (Q3 2026); first samples shipped to OpenAI, Meta (kad8.com, 2026). The family field reuses amd-cdna4 derates: MI400 is CDNA 5, not yet calibrated.',
      },
      'peakTflops.fp16': {
        source: 'Estimate: half of the FP8 figure; AMD has not given a BF16 figure for MI455X',
        grade: 'L',
      },
      'peakTflops.fp8': {
        ...MI455X_SPEC,
        note: '20 PF FP8 per GPU (1.4 EF per 72-GPU Helios rack). AMD does not say whether sparsity is included; its MI355X figures of the same form are dense, so this is taken as dense.',
      },
      'peakTflops.int8': {
        source: 'Not announced for MI455X',
        grade: 'L',
        note: '0 = treated as unsupported. Use fp8.',
      },
      'peakTflops.fp4': {
        ...MI455X_SPEC,
        note: '40 PF FP4 per GPU (2.9 EF per Helios rack); taken as dense (see fp8).',
      },
      memoryGB: {
        ...MI455X_SPEC,
        note: '432 GiB HBM4 (12 stacks of 36 GiB; 31 TB per Helios rack).',
      },
      memoryBandwidthTBps: {
        ...MI455X_SPEC,
        note: '19.6 TB/s per GPU (1.4 PB/s per Helios rack).',
      },
      tdpW: {
        source:
          'Estimate: not announced. Taken as the 2,300 W TGP of its rack-scale peer Vera Rubin (this catalogue), which has similar FP4 throughput and HBM4 content; MI355X is 1,400 W at a quarter of the FP4',
        grade: 'L',
      },
      scaleUpGBps: {
        ...MI455X_SPEC,
        note: 'UALink / Infinity Fabric: 260 TB/s per 72-GPU rack = 3.6 TB/s per GPU bidirectional = 1,800 GB/s per direction.',
      },
      scaleUpDomain: { ...MI455X_SPEC, note: 'Helios: 72 GPUs in one scale-up domain.' },
      scaleOutGbps: {
        ...MI455X_SPEC,
        note: '43 TB/s Ethernet per Helios rack / 72 GPUs / 2 directions = ~300 GB/s = 2.4 Tb/s per GPU (awesomeagents.ai quotes 300 GB/s per GPU).',
      },
      processNm: {
        ...MI455X_SPEC,
        note: 'Compute dies on TSMC N2, I/O dies on N3.',
      },
      priceUsd: {
        source:
          'Estimate: not announced. MI355X $25k x 1.4, the same uplift this catalogue applies from B200 to Rubin for 1.5x the HBM capacity in HBM4',
        grade: 'L',
      },
      usdPerHour: {
        source: 'Estimate: MI355X rental estimate $2.5 x price ratio 1.4 = $3.5',
        grade: 'L',
      },
    },
  },
  // -------------------------------------------------------------------------------------------
  {
    id: 'tpu-8i',
    name: 'Google TPU 8i (inference)',
    vendor: 'Google',
    family: 'google-tpu',
    volumeYear: 2027,
    projected: true,
    peakTflops: { fp16: 5050, fp8: 10100, int8: 0, fp4: 10100 },
    memoryGB: gib(288),
    memoryBandwidthTBps: 8.6,
    memoryKind: 'HBM3e',
    tdpW: 930,
    scaleUpGBps: 1200,
    scaleUpDomain: 1152,
    scaleOutGbps: 100,
    processNm: 3,
    priceUsd: 17000,
    usdPerHour: 5.7,
    sources: {
      volumeYear: {
        ...TPU8_ANNOUNCEMENT,
        note: 'Google (Apr 2026): available "later this year"; other coverage (news.lego-sia.com) says late 2027. Availability at the end of 2026 at the earliest, so volume is taken as 2027.',
      },
      'peakTflops.fp16': {
        source: 'Estimate: half of the FP8 figure; Google has not published a BF16 figure',
        grade: 'L',
      },
      'peakTflops.fp8': {
        ...TPU8_ANNOUNCEMENT,
        note: '11.6 EF FP8 per 1,152-chip TPU 8i pod / 1,152 = 10.1 PF, the same as the FP4 figure (awesomeagents.ai/hardware/google-tpu-v8i).',
      },
      'peakTflops.int8': { source: 'Not announced for TPU 8i', grade: 'L', note: 'Use fp8.' },
      'peakTflops.fp4': {
        ...TPU8_ANNOUNCEMENT,
        note: '10.1 PF FP4 per chip (SemiAnalysis as quoted by investcopilot.cloud; awesomeagents.ai).',
      },
      memoryGB: {
        ...TPU8_ANNOUNCEMENT,
        note: '288 GiB HBM3e (8 stacks of 12-high, 36 GiB each) per chip.',
      },
      memoryBandwidthTBps: { ...TPU8_ANNOUNCEMENT, note: '8,601 GB/s per chip.' },
      tdpW: {
        source:
          'Estimate: not published. Google claims up to 2x the performance per watt of Ironwood; Ironwood here is 4,614 TFLOPS FP8 at an estimated 850 W (5.4 TFLOPS/W) -> 10,100 / 10.9 = ~930 W',
        grade: 'L',
      },
      scaleUpGBps: {
        ...TPU8_ANNOUNCEMENT,
        note: 'ICI doubled to 19.2 Tb/s per chip (zubnet.ai) = 2.4 TB/s, taken as bidirectional -> 1,200 GB/s per direction.',
      },
      scaleUpDomain: {
        ...TPU8_ANNOUNCEMENT,
        note: '1,152 chips per TPU 8i pod (Boardfly topology).',
      },
      scaleOutGbps: {
        source:
          'Estimate: data-center network bandwidth per chip not published; the v6e/Ironwood value (100 Gb/s) assumed',
        grade: 'L',
      },
      processNm: {
        source:
          'Conflicting reports: TSMC N3 family (tutorial.emka.web.id) or 2 nm (news.lego-sia.com); 3 nm-class taken',
        grade: 'L',
      },
      priceUsd: {
        ...NOT_SOLD,
        note: 'At-cost guess scaled from the Ironwood guess ($13k) by HBM content: 288 GB of 12-high HBM3e against 192 GiB -> ~1.3x.',
      },
      usdPerHour: {
        source:
          'Estimate: Google claims 80 % better inference performance per dollar than Ironwood; Ironwood estimate $4.7 x FP8 ratio (10,100 / 4,614 = 2.19) / 1.8 = $5.7',
        grade: 'L',
      },
    },
  },
  // -------------------------------------------------------------------------------------------
  {
    id: 'trainium3',
    name: 'AWS Trainium3',
    vendor: 'AWS',
    family: 'aws-neuron',
    volumeYear: 2026,
    projected: false,
    peakTflops: { fp16: 671, fp8: 2517, int8: 0, fp4: 2517 },
    memoryGB: gib(144),
    memoryBandwidthTBps: 4.9,
    memoryKind: 'HBM3e',
    tdpW: 1000,
    scaleUpGBps: 1280,
    scaleUpDomain: 144,
    scaleOutGbps: 200,
    processNm: 3,
    priceUsd: 15000,
    usdPerHour: 3.0,
    sources: {
      volumeYear: {
        source:
          'AWS re:Invent 2025: EC2 Trn3 UltraServers generally available 1-2 Dec 2025 (aiwiki.ai/wiki/aws_trainium_3; buzzbytech.com/AIwire)',
        grade: 'M',
        note: 'General availability in December 2025 means volume in 2026.',
      },
      'peakTflops.fp16': { ...TRN3_DOCS, note: 'BF16/FP16 dense 671 TFLOPS.' },
      'peakTflops.fp8': {
        ...TRN3_DOCS,
        note: 'MXFP8 dense 2,517 TFLOPS (362 PF per 144-chip UltraServer).',
      },
      'peakTflops.int8': { ...TRN3_DOCS, note: 'No INT8 figure published. Use fp8.' },
      'peakTflops.fp4': {
        ...TRN3_DOCS,
        note: 'MXFP4 runs at the MXFP8 rate: 2,517 TFLOPS ("2,517 MXFP8/MXFP4 TFLOPS"). FP4 saves memory, not math time, on Trainium3.',
      },
      memoryGB: {
        ...TRN3_DOCS,
        note: '144 GiB HBM3e (4 stacks of 12-high, 36 GiB each; 20.7 TB per 144-chip UltraServer).',
      },
      memoryBandwidthTBps: { ...TRN3_DOCS, note: '4.9 TB/s (706 TB/s per UltraServer).' },
      tdpW: {
        source:
          'Estimate: not published by AWS; servernews.ru/1133303 (Dec 2025): earlier reports put Trainium3 at up to ~1 kW',
        grade: 'L',
      },
      scaleUpGBps: {
        ...TRN3_DOCS,
        note: 'NeuronLink-v4 2.56 TB/s per chip, taken as bidirectional (as for Trainium2) -> 1,280 GB/s per direction.',
      },
      scaleUpDomain: {
        ...TRN3_DOCS,
        note: 'Trn3 Gen2 UltraServer: 144 chips joined by NeuronSwitch-v1 (Gen1: 64 chips).',
      },
      scaleOutGbps: {
        source:
          'Estimate: EFA bandwidth per Trn3 chip not found; the Trainium2 value (200 Gb/s per chip) assumed',
        grade: 'L',
      },
      processNm: {
        source: "Tom's Hardware and AWS (via buzzbytech.com/AIwire): TSMC 3 nm",
        grade: 'M',
      },
      priceUsd: {
        ...NOT_SOLD,
        note: 'At-cost guess scaled from the Trainium2 guess ($10k) by HBM content: 144 GB of 12-high HBM3e against 96 GiB -> 1.5x.',
      },
      usdPerHour: {
        source:
          'Estimate: no per-chip price found. Trainium2 $2.24 x FP8 ratio (2,517 / 1,299 = 1.94) x 0.7 (assumed 30 % lower price per FLOP for the new generation, as for Ironwood) = $3.0',
        grade: 'L',
      },
    },
  },
  // -------------------------------------------------------------------------------------------
  {
    // Family 'custom': Gaudi has no calibrated family of its own; the neutral custom derates
    // (inherited from Hopper) and a 50 % margin apply.
    id: 'gaudi3',
    name: 'Intel Gaudi 3 (OAM)',
    vendor: 'Intel',
    family: 'custom',
    volumeYear: 2024,
    projected: false,
    peakTflops: { fp16: 1835, fp8: 1835, int8: 0, fp4: 0 },
    memoryGB: gib(128),
    memoryBandwidthTBps: 3.7,
    memoryKind: 'HBM2e',
    tdpW: 900,
    scaleUpGBps: 600,
    scaleUpDomain: 8,
    scaleOutGbps: 200,
    processNm: 5,
    priceUsd: 15625,
    usdPerHour: 1.9,
    sources: {
      volumeYear: {
        source:
          'Intel Vision 2024 (Apr 2024): mass production in the second half of 2024 (gigazine.net, ServeTheHome)',
        grade: 'M',
      },
      'peakTflops.fp16': {
        ...GAUDI3_SPEC,
        note: '1,835 TFLOPS BF16 matrix (MME); FP16 is supported at vector rates only.',
      },
      'peakTflops.fp8': {
        ...GAUDI3_SPEC,
        note: '1,835 TFLOPS FP8 matrix: the same rate as BF16 (FP8 saves memory, not math time).',
      },
      'peakTflops.int8': {
        ...GAUDI3_SPEC,
        note: 'The matrix engines run FP8 and BF16 only (y-ic.de); 0 = int8 runs at the 8-bit FP8 peak.',
      },
      'peakTflops.fp4': { ...GAUDI3_SPEC, note: 'No FP4.' },
      memoryGB: { ...GAUDI3_SPEC, note: '128 GiB HBM2e in 8 stacks of 16 GiB.' },
      memoryBandwidthTBps: { ...GAUDI3_SPEC, note: '3.67-3.7 TB/s.' },
      tdpW: {
        ...GAUDI3_SPEC,
        note: '900 W for the OAM module (HL-325L); the 600 W figure in some reports is the PCIe card.',
      },
      scaleUpGBps: {
        ...GAUDI3_SPEC,
        note: '24 x 200 GbE RoCE on die = 4.8 Tb/s = 600 GB/s per direction, all-to-all in an 8-card server. An upper bound: some of the ports serve the scale-out network.',
      },
      scaleUpDomain: {
        source:
          'evokernel-specs.pages.dev/hardware/gaudi-3: 8-card all-to-all scale-up domain (world size 8)',
        grade: 'L',
      },
      scaleOutGbps: {
        source: 'evokernel-specs.pages.dev/hardware/gaudi-3: 200 Gb/s scale-out per card',
        grade: 'L',
      },
      processNm: { ...GAUDI3_SPEC, note: 'Two TSMC 5 nm compute dies.' },
      priceUsd: {
        source:
          'Intel (2024): a baseboard kit of eight Gaudi 3 costs $125,000 = $15,625 per chip (y-ic.de, citing Intel)',
        grade: 'M',
      },
      usdPerHour: {
        source:
          'Estimate: no broad rental market found. MI300X rental ($1.85) at a similar purchase price ($15k vs $15.6k)',
        grade: 'L',
      },
    },
  },
  // -------------------------------------------------------------------------------------------
  {
    id: 'cerebras-wse3',
    name: 'Cerebras WSE-3 (one CS-3 system)',
    vendor: 'Cerebras',
    family: 'sram-dataflow',
    volumeYear: 2024,
    projected: false,
    peakTflops: { fp16: 125000, fp8: 0, int8: 0, fp4: 0 },
    memoryGB: 44,
    memoryBandwidthTBps: 21000,
    memoryKind: 'SRAM',
    tdpW: 23000,
    scaleUpGBps: 150,
    scaleUpDomain: 2048,
    scaleOutGbps: 1200,
    processNm: 5,
    priceUsd: 2500000,
    usdPerHour: 100,
    sources: {
      volumeYear: {
        source:
          'Cerebras: WSE-3 / CS-3 announced 13 Mar 2024; Cerebras Inference on CS-3 launched Aug 2024 (aiwiki.ai/wiki/cerebras_wse_3)',
        grade: 'M',
      },
      'peakTflops.fp16': {
        ...WSE3_SPEC,
        note: 'Vendor peak, 125 PF FP16 per wafer. Cerebras does not say whether it counts sparsity (its software supports unstructured sparsity), so the dense rate may be lower.',
      },
      'peakTflops.fp8': {
        ...WSE3_SPEC,
        note: 'No 8-bit peak published; Cerebras serves 16-bit weights natively (createaiagent.net). 0 = 8-bit runs at the 16-bit peak.',
      },
      'peakTflops.int8': { ...WSE3_SPEC, note: 'No INT8 peak published.' },
      'peakTflops.fp4': { ...WSE3_SPEC, note: 'No FP4.' },
      memoryGB: {
        ...WSE3_SPEC,
        note: '44 GB on-wafer SRAM, no HBM: a 70B model at 16 bits spans four systems (Cerebras: "70B models fit on as few as four systems").',
      },
      memoryBandwidthTBps: { ...WSE3_SPEC, note: '21 PB/s on-wafer SRAM bandwidth.' },
      tdpW: {
        source:
          "awesomeagents.ai/hardware/cerebras-wse-3: CS-3 at ~23 kW; Tom's Hardware: same power as CS-2 at twice the performance",
        grade: 'L',
        note: 'System power (wafer, power delivery, cooling), not a chip TDP.',
      },
      scaleUpGBps: {
        source:
          'argonne-lcf AIaccelerators-SC24 tutorial: each CS system provides 1.2 Tb/s of I/O (12 x 100 GbE) = 150 GB/s',
        grade: 'M',
        note: 'Multi-wafer models pipeline layers across systems over this Ethernet I/O; no NVLink-class fabric.',
      },
      scaleUpDomain: {
        source: "Tom's Hardware (Mar 2024): CS-3 clusters of up to 2,048 systems",
        grade: 'M',
      },
      scaleOutGbps: {
        source: 'argonne-lcf AIaccelerators-SC24 tutorial: 1.2 Tb/s of system I/O',
        grade: 'M',
        note: 'The same ports serve scale-up and scale-out.',
      },
      processNm: { ...WSE3_SPEC, note: 'TSMC 5 nm, 46,225 mm2, 4 trillion transistors.' },
      priceUsd: {
        source: 'awesomeagents.ai/hardware/cerebras-wse-3: CS-3 systems priced at ~$2-3M',
        grade: 'L',
        note: 'Mid-point; the whole system, not a chip.',
      },
      usdPerHour: {
        source:
          'Estimate: no per-system rental market. $2.5M / 3 years = $95/h + power (23 kW x 1.3 PUE x $0.08 = $2.4/h) + facility share ~ $100/h',
        grade: 'L',
      },
    },
  },
  // -------------------------------------------------------------------------------------------
  {
    id: 'sn40l',
    name: 'SambaNova SN40L RDU',
    vendor: 'SambaNova',
    family: 'sram-dataflow',
    volumeYear: 2024,
    projected: false,
    peakTflops: { fp16: 638, fp8: 0, int8: 0, fp4: 0 },
    memoryGB: gib(64),
    memoryBandwidthTBps: 1.6,
    memoryKind: 'HBM3',
    tdpW: 600,
    scaleUpGBps: 64,
    scaleUpDomain: 16,
    scaleOutGbps: 100,
    processNm: 5,
    priceUsd: 15000,
    usdPerHour: 1.85,
    sources: {
      volumeYear: {
        source:
          'aiwiki.ai/wiki/sambanova_sn40l: unveiled 19 Sep 2023; SambaCloud public inference on SN40L launched 10 Sep 2024',
        grade: 'M',
      },
      'peakTflops.fp16': { ...SN40L_HOTCHIPS, note: '638 TFLOPS BF16 per socket.' },
      'peakTflops.fp8': {
        ...SN40L_HOTCHIPS,
        note: 'The compute units list BF16, FP32, INT32 and INT8 data types; no 8-bit peak is published. 0 = 8-bit runs at the BF16 peak.',
      },
      'peakTflops.int8': { ...SN40L_HOTCHIPS, note: 'INT8 supported, no peak published.' },
      'peakTflops.fp4': { ...SN40L_HOTCHIPS, note: 'No FP4.' },
      memoryGB: {
        ...SN40L_HOTCHIPS,
        note: 'The HBM tier: 64 GiB per socket. The 520 MB on-chip SRAM and up to 1.5 TB of DDR5 (24 TB per 16 sockets) are not modelled: weights held in DDR would be slower than this entry assumes.',
      },
      memoryBandwidthTBps: {
        ...SN40L_HOTCHIPS,
        note: 'HBM 25.6 TB/s per 16 sockets = 1.6 TB/s per socket.',
      },
      tdpW: {
        source:
          'Estimate: not published per socket. aiwiki.ai: a 16-socket SambaRack averages ~10 kW during inference = 625 W per socket including hosts; ~600 W taken',
        grade: 'L',
      },
      scaleUpGBps: {
        source:
          'Estimate: socket-to-socket bandwidth not published; PCIe Gen 5 x16 (64 GB/s per direction) taken as a floor',
        grade: 'L',
      },
      scaleUpDomain: {
        ...SN40L_HOTCHIPS,
        note: 'SambaRack SN40L-16: 16 sockets serving one model (e.g. DeepSeek-R1 671B at 198 tokens/s, DAC 2025 talk).',
      },
      scaleOutGbps: {
        source: 'Estimate: not published; one 100 GbE port per socket assumed',
        grade: 'L',
      },
      processNm: { ...SN40L_HOTCHIPS, note: 'Two TSMC 5 nm dies on CoWoS-S, 102B transistors.' },
      priceUsd: {
        source:
          'Estimate: no price published; taken at MI300X-class cost ($15k): a 5 nm, 64 GB HBM part sold inside racks',
        grade: 'L',
      },
      usdPerHour: {
        source:
          'Estimate: no per-socket rental market; the MI300X rental reference ($1.85) at a similar purchase price',
        grade: 'L',
      },
    },
  },
] as const satisfies readonly AcceleratorSpec[]

/** Catalogue ids, e.g. 'h100-sxm'. */
export type AcceleratorId = (typeof acceleratorList)[number]['id']

export const ACCELERATORS: readonly AcceleratorSpec[] = acceleratorList

export function acceleratorById(id: string): AcceleratorSpec | undefined {
  return ACCELERATORS.find((accelerator) => accelerator.id === id)
}
