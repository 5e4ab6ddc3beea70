import { z } from "zod";
import type { TalosService } from "@/lib/server/collect/snapshot/talos-snapshot";
import { parseTalosSpec } from "./parse-talos-spec";
import { rawBoolean } from "./talos-raw-schemas";

const schema = z.object({
  messages: z
    .array(
      z.object({
        services: z
          .array(
            z.object({
              id: z.string(),
              state: z.string(),
              health: z.object({ unknown: rawBoolean, healthy: rawBoolean }).nullish(),
            }),
          )
          .nullish(),
      }),
    )
    .min(1),
});

/** A one-to-one `ServiceListResponse` (a single message) as the snapshot's service list, by ID. */
export function mapTalosServices({ reply }: { reply: unknown }): TalosService[] {
  const parsed = parseTalosSpec({ schema, value: reply, what: "ServiceList" });
  return (parsed.messages[0]?.services ?? [])
    .map((service) => ({
      id: service.id,
      state: service.state,
      isRunning: service.state === "Running",
      isHealthy: !service.health || service.health.unknown ? null : service.health.healthy === true,
    }))
    .sort((a, b) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0));
}
