import type { ReactNode } from "react";
import { AppShell } from "@/components/shell/app-shell";
import { requirePageActor } from "@/lib/server/auth/get-page-actor";
import { ANY_ROLE } from "@/lib/shared/roles";
import { readThemeCookie } from "../read-theme-cookie";

// Every page below renders per request: it depends on the signed-in user.
export const dynamic = "force-dynamic";

export default async function AppLayout({ children }: { children: ReactNode }) {
  const { actor } = await requirePageActor(ANY_ROLE);
  const theme = await readThemeCookie();
  return (
    <AppShell email={actor.label} role={actor.role} theme={theme}>
      {children}
    </AppShell>
  );
}
