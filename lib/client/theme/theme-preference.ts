export const THEMES = ["system", "light", "dark"] as const;
export type ThemePreference = (typeof THEMES)[number];

/** Stored in localStorage (the user's choice) and mirrored in a cookie so the server renders the right theme. */
export const THEME_STORAGE_KEY = "lotse-theme";
export const THEME_COOKIE = "lotse-theme";

export function isThemePreference(value: unknown): value is ThemePreference {
  return typeof value === "string" && (THEMES as readonly string[]).includes(value);
}

/** The `data-theme` attribute for <html>: absent for "system", so `prefers-color-scheme` decides. */
export function themeAttribute(preference: ThemePreference): "light" | "dark" | undefined {
  return preference === "system" ? undefined : preference;
}
