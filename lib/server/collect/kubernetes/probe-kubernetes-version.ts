import https from "node:https";
import { KubeConfig } from "@kubernetes/client-node";
import type { ConnectionProbe, ProbeOutcome } from "@/lib/shared/cluster-view";
import { describeNetworkError } from "./describe-network-error";

const MAX_BODY_BYTES = 64 * 1024;

/**
 * GET /version with the stored kubeconfig and a hard deadline, for "Test connection".
 * The kubeconfig has been validated at upload: embedded certificates only, no exec plugins.
 */
export async function probeKubernetesVersion({
  kubeconfig,
  timeoutMs,
}: {
  kubeconfig: string;
  timeoutMs: number;
}): Promise<ConnectionProbe> {
  const started = Date.now();
  const kc = new KubeConfig();
  kc.loadFromString(kubeconfig);
  const cluster = kc.getCurrentCluster();
  if (!cluster)
    return { ok: false, kind: "invalid-credential", message: "The kubeconfig has no current cluster.", durationMs: 0 };
  const url = new URL("/version", cluster.server);
  const options: https.RequestOptions = { method: "GET", headers: { accept: "application/json" } };
  await kc.applyToHTTPSOptions(options);
  return new Promise<ConnectionProbe>((resolve) => {
    const finish = (probe: ProbeOutcome) => resolve({ ...probe, durationMs: Date.now() - started });
    const request = https.request(url, { ...options, timeout: timeoutMs }, (response) => {
      let size = 0;
      const chunks: Buffer[] = [];
      response.on("data", (chunk: Buffer) => {
        size += chunk.length;
        if (size > MAX_BODY_BYTES) request.destroy(new Error("response too large"));
        else chunks.push(chunk);
      });
      response.on("end", () => {
        const status = response.statusCode ?? 0;
        if (status === 401)
          return finish({
            ok: false,
            kind: "unauthorized",
            message: `Unauthorized: ${cluster.server} did not accept the credential (expired or unknown client certificate or token).`,
          });
        if (status === 403)
          return finish({
            ok: false,
            kind: "forbidden",
            message: `Forbidden: the credential may not read /version on ${cluster.server}.`,
          });
        if (status !== 200)
          return finish({
            ok: false,
            kind: "invalid-response",
            message: `${cluster.server}/version answered HTTP ${status}.`,
          });
        try {
          const body = JSON.parse(Buffer.concat(chunks).toString("utf8")) as {
            gitVersion?: unknown;
            platform?: unknown;
          };
          if (typeof body.gitVersion !== "string") throw new Error("no gitVersion");
          finish({
            ok: true,
            version: body.gitVersion,
            detail: typeof body.platform === "string" ? body.platform : undefined,
          });
        } catch {
          finish({
            ok: false,
            kind: "invalid-response",
            message: `${cluster.server}/version did not return a Kubernetes version document.`,
          });
        }
      });
      response.on("error", (error) => finish({ ok: false, ...describeNetworkError(error, cluster.server) }));
    });
    // Note: the socket timeout covers idle sockets; the overall deadline covers slow-drip answers.
    const deadline = setTimeout(
      () => request.destroy(Object.assign(new Error("deadline"), { code: "LOTSE_DEADLINE" })),
      timeoutMs,
    );
    request.on("timeout", () => request.destroy(Object.assign(new Error("timeout"), { code: "LOTSE_DEADLINE" })));
    request.on("error", (error) => {
      if ((error as { code?: string }).code === "LOTSE_DEADLINE") {
        finish({
          ok: false,
          kind: "timeout",
          message: `Timeout: ${cluster.server} did not answer within ${timeoutMs} ms.`,
        });
      } else {
        finish({ ok: false, ...describeNetworkError(error, cluster.server) });
      }
    });
    request.on("close", () => clearTimeout(deadline));
    request.end();
  });
}
