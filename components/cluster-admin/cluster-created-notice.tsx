import { Alert } from "@/components/ui/alert";
import { describeExpiry } from "@/lib/client/format/describe-expiry";
import { formatDate } from "@/lib/client/format/format-date";
import type { ClusterView } from "@/lib/shared/cluster-view";

/** Right after registration: what was stored and when its credentials run out. */
export function ClusterCreatedNotice({ cluster }: { cluster: ClusterView }) {
  const expiry = cluster.credentialsExpireAt ? describeExpiry({ notAfter: cluster.credentialsExpireAt }) : null;
  return (
    <Alert tone={expiry && expiry.tone !== "ok" ? "warning" : "ok"} isLive title={`Cluster ${cluster.name} registered`}>
      Credentials are validated and encrypted.{" "}
      {expiry && cluster.credentialsExpireAt
        ? `The client certificate ${expiry.tone === "danger" ? "has expired" : `is valid until ${formatDate(cluster.credentialsExpireAt)}`} (${expiry.label.toLowerCase()}).`
        : "It authenticates with a token, which has no expiry date Lotse can read."}{" "}
      Test the connection below.
    </Alert>
  );
}
