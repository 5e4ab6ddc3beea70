"use client";

import Link from "next/link";
import { usePathname } from "next/navigation";
import { isActivePath } from "@/components/shell/nav-items";

/** Settings sections as a tab row; only the sections the role may open are passed in. */
export function SettingsNav({ items }: { items: { href: string; label: string }[] }) {
  const pathname = usePathname();
  if (items.length === 0) return null;
  return (
    <nav aria-label="Settings sections" className="sub-nav">
      <ul>
        {items.map((item) => (
          <li key={item.href}>
            <Link href={item.href} aria-current={isActivePath(pathname, item.href) ? "page" : undefined}>
              {item.label}
            </Link>
          </li>
        ))}
      </ul>
    </nav>
  );
}
