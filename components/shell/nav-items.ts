import type { IconName } from "@/components/ui/icon";
import type { Role } from "@/lib/shared/roles";

export interface NavItem {
  href: string;
  label: string;
  icon: IconName;
}

const ITEMS: (NavItem & { isHiddenFor?: readonly Role[] })[] = [
  { href: "/", label: "Fleet", icon: "fleet" },
  { href: "/clusters", label: "Clusters", icon: "clusters" },
  { href: "/frameworks", label: "Frameworks", icon: "frameworks" },
  { href: "/trends", label: "Trends", icon: "trends" },
  { href: "/waivers", label: "Waivers", icon: "waiver" },
  { href: "/evidence", label: "Evidence", icon: "evidence" },
  // Viewers have no settings page at all; hiding the entry saves them a dead end.
  { href: "/settings", label: "Settings", icon: "settings", isHiddenFor: ["viewer"] },
];

export function navItemsFor(role: Role): NavItem[] {
  return ITEMS.filter((item) => !item.isHiddenFor?.includes(role)).map(({ href, label, icon }) => ({
    href,
    label,
    icon,
  }));
}

/** "/" is active only on itself; every other entry also owns its sub-pages. */
export function isActivePath(pathname: string, href: string): boolean {
  return href === "/" ? pathname === "/" : pathname === href || pathname.startsWith(`${href}/`);
}
