import { z } from "zod";
import type { TalosEtcdMember } from "@/lib/server/collect/snapshot/talos-snapshot";
import { parseTalosSpec } from "./parse-talos-spec";
import { rawBoolean, rawStrings } from "./talos-raw-schemas";

/** A uint64 as grpc-js decodes it here (decimal string), or a number. */
export const rawUint64 = z.union([z.string().regex(/^\d+$/), z.number().int().nonnegative()]).transform(String);

const schema = z.object({
  messages: z
    .array(
      z.object({
        members: z
          .array(
            z.object({
              id: rawUint64,
              hostname: z.string(),
              peer_urls: rawStrings,
              client_urls: rawStrings,
              is_learner: rawBoolean,
            }),
          )
          .nullish(),
      }),
    )
    .min(1),
});

/** A one-to-one `EtcdMemberListResponse` as the member list, IDs in hex as Talos prints them. */
export function mapTalosEtcdMembers({ reply }: { reply: unknown }): TalosEtcdMember[] {
  const parsed = parseTalosSpec({ schema, value: reply, what: "EtcdMemberList" });
  return (parsed.messages[0]?.members ?? []).map((member) => ({
    id: toHexId({ decimal: member.id }),
    hostname: member.hostname,
    peerUrls: member.peer_urls ?? [],
    clientUrls: member.client_urls ?? [],
    isLearner: member.is_learner ?? false,
  }));
}

/** etcd member IDs are uint64; Talos and etcdctl print them in hex. */
export function toHexId({ decimal }: { decimal: string }): string {
  return BigInt(decimal).toString(16);
}
