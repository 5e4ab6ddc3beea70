import { useQuery } from "@tanstack/react-query";
import { evidenceKeys } from "./evidence-keys";
import { fetchEvidencePublicKey } from "./fetch-evidence";
import { publicKeyFingerprint } from "./public-key-fingerprint";

/** The signing public key and its fingerprint (the key is created on first use, so it rarely changes). */
export function useEvidencePublicKey() {
  return useQuery({
    queryKey: evidenceKeys.publicKey(),
    queryFn: async ({ signal }) => {
      const pem = await fetchEvidencePublicKey({ signal });
      return { pem, fingerprint: await publicKeyFingerprint(pem) };
    },
    staleTime: 5 * 60_000,
  });
}
