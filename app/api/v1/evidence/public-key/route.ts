// GET /api/v1/evidence/public-key – the evidence-signing public key (PEM), for verifying packs offline
import { ANY_ROLE } from "@/lib/shared/roles";
import { getSigningPublicKey } from "@/lib/server/evidence/signing-key";
import { withRoute } from "@/lib/server/http/with-route";

export const GET = withRoute({
  roles: ANY_ROLE,
  handler: async ({ requestId }) => {
    const { fingerprint, publicKeyPem } = await getSigningPublicKey();
    return new Response(publicKeyPem, {
      headers: {
        "content-type": "application/x-pem-file",
        "content-disposition": 'inline; filename="lotse-evidence-public-key.pem"',
        "x-key-fingerprint-sha256": fingerprint,
        "cache-control": "no-store",
        "x-request-id": requestId,
      },
    });
  },
});
