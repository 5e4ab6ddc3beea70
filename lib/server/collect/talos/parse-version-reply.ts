import { z } from "zod";
import { TalosApiError } from "./talos-api-error";

/** What the Talos Version API says about one node. */
export interface TalosVersionInfo {
  /** The node that was asked (the `node` routing value), or undefined for the endpoint node. */
  node?: string;
  /** `v1.12.3` */
  tag: string;
  sha: string;
  goVersion: string;
  os: string;
  arch: string;
  /** Absent when the platform is unknown. */
  platform?: { name: string; mode: string };
}

const replySchema = z.object({
  messages: z
    .array(
      z.object({
        version: z.object({
          tag: z.string().min(1),
          sha: z.string(),
          go_version: z.string(),
          os: z.string(),
          arch: z.string(),
        }),
        platform: z.object({ name: z.string(), mode: z.string() }).nullable().optional(),
      }),
    )
    .min(1),
});

/** Validates a `machine.VersionResponse` (one-to-one: a single message). Throws `invalid-response`. */
export function parseVersionReply({ reply, node }: { reply: unknown; node?: string }): TalosVersionInfo {
  const parsed = replySchema.safeParse(reply);
  if (!parsed.success) {
    throw new TalosApiError({ kind: "invalid-response", message: "the Version reply is missing the version tag" });
  }
  const [first] = parsed.data.messages;
  if (!first) throw new TalosApiError({ kind: "invalid-response", message: "the Version reply is empty" });
  const { version, platform } = first;
  return {
    node,
    tag: version.tag,
    sha: version.sha,
    goVersion: version.go_version,
    os: version.os,
    arch: version.arch,
    ...(platform ? { platform } : {}),
  };
}
