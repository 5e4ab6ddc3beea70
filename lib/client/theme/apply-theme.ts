import { THEME_COOKIE, THEME_STORAGE_KEY, themeAttribute, type ThemePreference } from "./theme-preference";

const ONE_YEAR_S = 365 * 24 * 3600;

/** Switches the page's theme now and remembers it (localStorage + cookie for the next server render). */
export function applyTheme(preference: ThemePreference): void {
  const attribute = themeAttribute(preference);
  if (attribute) document.documentElement.dataset.theme = attribute;
  else delete document.documentElement.dataset.theme;
  try {
    window.localStorage.setItem(THEME_STORAGE_KEY, preference);
  } catch {
    // Storage can be disabled by policy; the cookie still carries the choice.
  }
  document.cookie = `${THEME_COOKIE}=${preference}; Path=/; Max-Age=${ONE_YEAR_S}; SameSite=Lax`;
}
