import { z } from "zod";
import { parseTalosVersion } from "@/lib/sim/talos";

/** `1.35.2`, or a managed build such as `1.34.4-eks-2d5f260`; no leading "v". */
export const kubernetesVersionSchema = z
  .string()
  .regex(/^1\.\d{1,2}\.\d{1,3}(-[0-9A-Za-z.-]+)?$/, 'expected a Kubernetes version such as "1.35.2"');

/** `v1.12.4` (or `1.12.4`), a Talos minor the simulator models. */
export const talosVersionSchema = z.string().superRefine((value, context) => {
  try {
    parseTalosVersion(value);
  } catch (error) {
    context.addIssue({ code: "custom", message: (error as Error).message });
  }
});
