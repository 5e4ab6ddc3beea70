import type { Mapping } from "../catalog-types";
import { mapCheck } from "./map-check";

// The credential check looks at the client certificates Lotse holds for a cluster (kubeconfig,
// talosconfig) and their expiry. Proposed rows only, for authenticator and key lifecycle controls.
// IA-5(2) (public key-based authentication) would fit more precisely, but its title is not in the
// reference, so the base control IA-5 is used.
export const CREDENTIAL_MAPPINGS: Mapping[] = mapCheck("credential.expiry", [
  {
    framework: "nist-800-53",
    provenance: "proposed",
    controls: ["IA-5"],
    reason:
      "Client certificates are authenticators; tracking their lifetime and renewing them in time is authenticator management.",
  },
  {
    framework: "nist-800-53",
    provenance: "proposed",
    controls: ["SC-12"],
    reason: "A certificate nearing expiry is a key whose lifecycle needs managing (re-issue, rotate, revoke).",
  },
  {
    framework: "iso-27001",
    provenance: "proposed",
    controls: ["A.5.17"],
    reason: "Certificates are authentication information whose issue and renewal must be managed.",
  },
  {
    framework: "iso-27001",
    provenance: "proposed",
    controls: ["A.8.24"],
    reason: "Use of cryptography includes managing key and certificate lifetimes.",
  },
]);
