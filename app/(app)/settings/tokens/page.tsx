import type { Metadata } from "next";
import { TokenSettings } from "@/components/tokens/token-settings";
import { ForbiddenPanel } from "@/components/ui/forbidden-panel";
import { PageHeader } from "@/components/ui/page-header";
import { requirePageActor } from "@/lib/server/auth/get-page-actor";
import type { Role } from "@/lib/shared/roles";

export const metadata: Metadata = { title: "API tokens" };

const ROLES: readonly Role[] = ["admin"];

export default async function TokensPage() {
  const { actor, isAllowed } = await requirePageActor(ROLES);
  if (!isAllowed) return <ForbiddenPanel role={actor.role} allowed={ROLES} what="API token management" />;
  return (
    <>
      <PageHeader
        title="API tokens"
        description="For automation: send a token as a Bearer header to /api/v1. Each token acts with the role it was given."
      />
      <TokenSettings />
    </>
  );
}
