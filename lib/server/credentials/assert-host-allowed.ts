import { CredentialError } from "./credential-error";
import { isLinkLocalAddress } from "./is-link-local-address";

/**
 * Refuses a cluster address in a link-local or cloud-metadata range unless the deployment allows
 * it (`LOTSE_ALLOW_LINK_LOCAL_CLUSTERS`).
 */
export function assertHostAllowed({
  host,
  allowLinkLocal,
  field,
}: {
  host: string;
  allowLinkLocal: boolean;
  field: string;
}): void {
  if (allowLinkLocal || !isLinkLocalAddress({ host })) return;
  throw new CredentialError({
    field,
    message: `${host} is a link-local or cloud metadata address; Lotse does not connect there unless LOTSE_ALLOW_LINK_LOCAL_CLUSTERS=true is set.`,
  });
}
