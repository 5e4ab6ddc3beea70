import type { ReactNode } from "react";
import { SettingsNav } from "@/components/settings/settings-nav";
import { settingsSectionsFor } from "@/components/settings/settings-sections";
import { requirePageActor } from "@/lib/server/auth/get-page-actor";
import { ANY_ROLE } from "@/lib/shared/roles";

/** Settings frame: the sub-navigation lists only the sections this role may open. Each page guards itself too. */
export default async function SettingsLayout({ children }: { children: ReactNode }) {
  const { actor } = await requirePageActor(ANY_ROLE);
  const sections = settingsSectionsFor(actor.role);
  if (actor.role === "viewer") return <>{children}</>;
  return (
    <div className="settings-layout">
      <SettingsNav items={sections.map(({ href, label }) => ({ href, label }))} />
      <div className="settings-content">{children}</div>
    </div>
  );
}
