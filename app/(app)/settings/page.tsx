import type { Metadata } from "next";
import Link from "next/link";
import { SETTINGS_SECTIONS } from "@/components/settings/settings-sections";
import { ForbiddenPanel } from "@/components/ui/forbidden-panel";
import { Icon } from "@/components/ui/icon";
import { PageHeader } from "@/components/ui/page-header";
import { requirePageActor } from "@/lib/server/auth/get-page-actor";
import { STAFF } from "@/lib/shared/roles";

export const metadata: Metadata = { title: "Settings" };

export default async function SettingsPage() {
  const { actor, isAllowed } = await requirePageActor(STAFF);
  if (!isAllowed) return <ForbiddenPanel role={actor.role} allowed={STAFF} what="Settings" />;
  return (
    <>
      <PageHeader
        title="Settings"
        description={
          actor.role === "engineer"
            ? "Settings are kept by admins (and the audit log by auditors). As an engineer you test connections from each cluster's page."
            : "Configuration of this Lotse installation."
        }
      />
      <ul className="section-list">
        {SETTINGS_SECTIONS.map((section) => {
          const isOpen = section.roles.includes(actor.role);
          return (
            <li key={section.href} className="card">
              <span className="empty-state-icon" style={{ width: 36, height: 36 }}>
                <Icon name={section.icon} size={18} />
              </span>
              <div className="stack-sm" style={{ gap: 2, flex: 1 }}>
                <h2>{isOpen ? <Link href={section.href}>{section.label}</Link> : section.label}</h2>
                <p className="muted">{section.description}</p>
              </div>
              {isOpen ? null : (
                <span className="badge">
                  <Icon name="lock" size={12} />
                  {section.roles.length === 1 ? "Admins only" : "Admins and auditors"}
                </span>
              )}
            </li>
          );
        })}
      </ul>
    </>
  );
}
