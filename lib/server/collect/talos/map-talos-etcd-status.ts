import { z } from "zod";
import type { TalosEtcdStatus } from "@/lib/server/collect/snapshot/talos-snapshot";
import { rawUint64, toHexId } from "./map-talos-etcd-members";
import { parseTalosSpec } from "./parse-talos-spec";
import { TalosApiError } from "./talos-api-error";
import { rawBoolean, rawString, rawStrings } from "./talos-raw-schemas";

const schema = z.object({
  messages: z
    .array(
      z.object({
        member_status: z.object({
          protocol_version: rawString,
          db_size: rawUint64.nullish(),
          db_size_in_use: rawUint64.nullish(),
          leader: rawUint64,
          raft_index: rawUint64.nullish(),
          raft_term: rawUint64.nullish(),
          errors: rawStrings,
          is_learner: rawBoolean,
          member_id: rawUint64,
          storage_version: rawString,
        }),
      }),
    )
    .min(1),
});

/** A one-to-one `EtcdStatusResponse`: this member's status, IDs in hex. */
export function mapTalosEtcdStatus({ reply }: { reply: unknown }): TalosEtcdStatus {
  const parsed = parseTalosSpec({ schema, value: reply, what: "EtcdStatus" });
  const status = parsed.messages[0]?.member_status;
  if (!status) throw new TalosApiError({ kind: "invalid-response", message: "EtcdStatus: the reply is empty" });
  const memberId = toHexId({ decimal: status.member_id });
  const leaderId = toHexId({ decimal: status.leader });
  return {
    memberId,
    leaderId,
    isLeader: memberId === leaderId,
    isLearner: status.is_learner ?? false,
    protocolVersion: status.protocol_version ?? "",
    storageVersion: status.storage_version ?? "",
    dbSizeBytes: Number(status.db_size ?? 0),
    dbSizeInUseBytes: Number(status.db_size_in_use ?? 0),
    raftTerm: status.raft_term ?? "0",
    raftIndex: status.raft_index ?? "0",
    errors: status.errors ?? [],
  };
}
