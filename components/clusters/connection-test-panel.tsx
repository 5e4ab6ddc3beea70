"use client";

import { Alert } from "@/components/ui/alert";
import { Icon } from "@/components/ui/icon";
import { useTestClusterConnection } from "@/lib/client/clusters/use-test-cluster-connection";
import { ConnectionTestResult } from "./connection-test-result";

/** "Test connection": reaches each API once with short deadlines and shows what happened. */
export function ConnectionTestPanel({ clusterId }: { clusterId: string }) {
  const test = useTestClusterConnection(clusterId);
  return (
    <section className="card" aria-labelledby="connection-title">
      <div className="card-header">
        <div className="stack-sm" style={{ gap: 2 }}>
          <h2 id="connection-title">Connection</h2>
          <p>Reaches Kubernetes /version and the Talos Version API, 5 seconds at most each. Nothing is changed.</p>
        </div>
        <button type="button" className="btn row-end" onClick={() => test.mutate()} disabled={test.isPending}>
          <Icon name="plug" />
          {test.isPending ? "Testing…" : "Test connection"}
        </button>
      </div>
      <div aria-live="polite">
        {test.isError ? (
          <div className="card-body">
            <Alert tone="danger" isLive title="The test could not run">
              {test.error.message}
            </Alert>
          </div>
        ) : test.data ? (
          <ConnectionTestResult result={test.data} />
        ) : (
          <p className="card-body muted">{test.isPending ? "Testing…" : "Not tested in this session."}</p>
        )}
      </div>
    </section>
  );
}
