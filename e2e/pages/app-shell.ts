import type { Locator, Page } from "@playwright/test";

/** The frame of every signed-in page: main navigation, who is signed in, sign-out. */
export class AppShell {
  readonly nav: Locator;
  readonly signOut: Locator;

  constructor(readonly page: Page) {
    this.nav = page.getByRole("navigation", { name: "Main" });
    this.signOut = page.getByRole("button", { name: "Sign out", exact: true });
  }

  navLink(label: string): Locator {
    return this.nav.getByRole("link", { name: label, exact: true });
  }

  /** The signed-in user's e-mail and role, as the sidebar shows them. */
  signedInAs(email: string): Locator {
    return this.page.getByText(`Signed in as ${email}`, { exact: true });
  }

  role(role: string): Locator {
    return this.page.getByText(`Role: ${role}`, { exact: true });
  }
}
