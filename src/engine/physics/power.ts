/**
 * Power assumptions shared by the per-token kernel and the fleet/site economics, so the two can
 * never drift apart.
 */

/**
 * Share of its loaded power a host server draws while its accelerators idle: about half for
 * DGX-class servers (evidence grade L, an estimate: idle CPUs, fans and NICs stay on).
 */
export const HOST_IDLE_SHARE = 0.5 // dimensionless
