import type { Locator, Page } from "@playwright/test";

/** What a signed-in user sees instead of a page their role may not open. */
export class ForbiddenPage {
  constructor(readonly page: Page) {}

  heading(role: string): Locator {
    return this.page.getByRole("heading", { level: 1, name: `Your role (${role}) cannot see this page`, exact: true });
  }
}
