import type { IconName } from "@/components/ui/icon";
import type { Role } from "@/lib/shared/roles";

export interface SettingsSection {
  href: string;
  label: string;
  description: string;
  icon: IconName;
  roles: readonly Role[];
}

/** Settings pages and who may open them (the pages check again on the server). */
export const SETTINGS_SECTIONS: SettingsSection[] = [
  {
    href: "/settings/clusters",
    label: "Clusters",
    description: "Register clusters with their kubeconfig and talosconfig, schedules and labels.",
    icon: "clusters",
    roles: ["admin"],
  },
  {
    href: "/settings/tokens",
    label: "API tokens",
    description: "Tokens for automation and CI, each scoped to a role, shown once, revocable.",
    icon: "key",
    roles: ["admin"],
  },
  {
    href: "/settings/users",
    label: "Users",
    description: "Who can sign in, with which role; disable accounts and reset passwords.",
    icon: "users",
    roles: ["admin"],
  },
  {
    href: "/settings/audit",
    label: "Audit log",
    description: "Every sign-in, credential change, token and user change, append-only.",
    icon: "evidence",
    roles: ["admin", "auditor"],
  },
];

export function settingsSectionsFor(role: Role): SettingsSection[] {
  return SETTINGS_SECTIONS.filter((section) => section.roles.includes(role));
}
