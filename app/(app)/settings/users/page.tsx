import type { Metadata } from "next";
import { UserSettings } from "@/components/users/user-settings";
import { ForbiddenPanel } from "@/components/ui/forbidden-panel";
import { PageHeader } from "@/components/ui/page-header";
import { requirePageActor } from "@/lib/server/auth/get-page-actor";
import type { Role } from "@/lib/shared/roles";

export const metadata: Metadata = { title: "Users" };

const ROLES: readonly Role[] = ["admin"];

export default async function UsersPage() {
  const { actor, isAllowed } = await requirePageActor(ROLES);
  if (!isAllowed) return <ForbiddenPanel role={actor.role} allowed={ROLES} what="User management" />;
  return (
    <>
      <PageHeader title="Users" description="Who can sign in to Lotse and with which role." />
      <UserSettings currentEmail={actor.label} />
    </>
  );
}
