import { z } from "zod";
import { clusterSettingsSchema, dnsLabel, environmentSchema, profileSchema } from "./cluster-settings-schema";
import { kubernetesVersionSchema, talosVersionSchema } from "./version-schemas";

/** `edge-{n:02}`: `{n}` is the cluster's number in its group, `:02` pads it to two digits. */
const namePattern = z
  .string()
  .min(1)
  .max(50)
  .regex(/^[a-z0-9{][-a-z0-9{}:]*$/, "expected a lowercase name pattern such as edge-{n:02}");

const groupOverrideSchema = clusterSettingsSchema.extend({
  /** The cluster's number in the group (the `{n}` of its name). */
  index: z.number().int().min(0).optional(),
  name: dnsLabel.optional(),
});

const groupSchema = clusterSettingsSchema.extend({
  name: namePattern,
  count: z.number().int().min(1).max(500),
  /** Number of the first cluster; default 1. */
  start: z.number().int().min(0).max(100_000).optional(),
  /** Values handed out round-robin by position in the group (first cluster gets the first value). */
  cycle: z
    .strictObject({
      site: z.array(z.string().min(1).max(63)).min(1).optional(),
      environment: z.array(environmentSchema).min(1).optional(),
      profile: z.array(profileSchema).min(1).optional(),
      kubernetesVersion: z.array(kubernetesVersionSchema).min(1).optional(),
      talosVersion: z.array(talosVersionSchema).min(1).optional(),
    })
    .optional(),
  overrides: z.array(groupOverrideSchema).optional(),
});

const explicitClusterSchema = clusterSettingsSchema.extend({ name: dnsLabel });

const timelineEntrySchema = z.strictObject({
  /** Days relative to the reference time: -60 is sixty days ago. */
  day: z.number().int().min(-3650).max(3650),
  cluster: dnsLabel,
  change: clusterSettingsSchema,
  /** Shown in trends and docs; not interpreted. */
  note: z.string().max(500).optional(),
});

const environmentPresetSchema = z.strictObject({
  /** Latency added to both API endpoints of clusters in this environment (unless set per cluster). */
  latencyMs: z.number().int().min(0).max(60_000).optional(),
});

export const scenarioSchema = z.strictObject({
  version: z.literal(1).optional(),
  name: z.string().min(1).max(100).optional(),
  description: z.string().max(5000).optional(),
  seed: z.number().int().min(0).max(4_294_967_295),
  /** "Today" for every timestamp; default: the fleet's start time, rounded down to the hour. */
  referenceTime: z.iso.datetime({ offset: true }).optional(),
  environments: z
    .strictObject({
      edge: environmentPresetSchema.optional(),
      "on-prem": environmentPresetSchema.optional(),
      cloud: environmentPresetSchema.optional(),
    })
    .optional(),
  defaults: clusterSettingsSchema.optional(),
  groups: z.array(groupSchema).optional(),
  clusters: z.array(explicitClusterSchema).optional(),
  timeline: z.array(timelineEntrySchema).optional(),
});

export type Scenario = z.infer<typeof scenarioSchema>;
export type ScenarioGroup = z.infer<typeof groupSchema>;
export type ScenarioTimelineEntry = z.infer<typeof timelineEntrySchema>;
