import Link from "next/link";
import type { ReactNode } from "react";
import { LotseMark } from "@/components/brand/lotse-mark";
import type { Role } from "@/lib/shared/roles";
import type { ThemePreference } from "@/lib/client/theme/theme-preference";
import { AppNav } from "./app-nav";
import { navItemsFor } from "./nav-items";
import { SignOutButton } from "./sign-out-button";
import { ThemeToggle } from "./theme-toggle";
import styles from "./app-shell.module.css";

/** The frame around every signed-in page: navigation, who is signed in, theme, sign-out. */
export function AppShell({
  email,
  role,
  theme,
  children,
}: {
  email: string;
  role: Role;
  theme: ThemePreference;
  children: ReactNode;
}) {
  return (
    <div className={styles.shell}>
      <a className={styles.skipLink} href="#main">
        Skip to content
      </a>
      <aside className={styles.sidebar}>
        <div className={styles.sidebarInner}>
          <Link href="/" className={styles.brand} aria-label="Lotse — Fleet overview">
            <LotseMark />
            <span>
              Lotse
              <span className={styles.brandSub}>Fleet compliance</span>
            </span>
          </Link>
          <AppNav items={navItemsFor(role)} />
          <div className={styles.footer}>
            <div className={styles.who}>
              <span className={styles.email} title={email}>
                <span className="visually-hidden">Signed in as </span>
                {email}
              </span>
              <span>
                <span className="badge badge-accent">Role: {role}</span>
              </span>
            </div>
            <div className={styles.footerRow}>
              <ThemeToggle initial={theme} />
              <SignOutButton />
            </div>
          </div>
        </div>
      </aside>
      <main id="main" tabIndex={-1} className={styles.main}>
        <div className={styles.content}>{children}</div>
      </main>
    </div>
  );
}
