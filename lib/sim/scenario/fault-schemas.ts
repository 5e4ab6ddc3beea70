import { z } from "zod";

// The fault fields of lib/sim/model.ts (KubeFaults, TalosFaults) as a scenario writes them.

const rate = z.number().min(0).max(1);
const latency = z.number().int().min(0).max(60_000);

export const kubeFaultsSchema = z.strictObject({
  latencyMs: latency.optional(),
  tarpit: z.boolean().optional(),
  refuse: z.boolean().optional(),
  errorRate: rate.optional(),
  expiredClientCert: z.boolean().optional(),
  expiredServerCert: z.boolean().optional(),
  wrongCa: z.boolean().optional(),
  forbidden: z.array(z.string().min(1)).optional(),
  throttleRate: rate.optional(),
});

export const talosFaultsSchema = z.strictObject({
  latencyMs: latency.optional(),
  tarpit: z.boolean().optional(),
  refuse: z.boolean().optional(),
  expiredClientCert: z.boolean().optional(),
  expiredServerCert: z.boolean().optional(),
  wrongCa: z.boolean().optional(),
  /** Node hostnames, or their suffix after the cluster name (`w-02` means `<cluster>-w-02`). */
  unreachableNodes: z.array(z.string().min(1)).optional(),
});

export const faultsSchema = z.strictObject({
  kube: kubeFaultsSchema.optional(),
  talos: talosFaultsSchema.optional(),
});
