import { cookies } from "next/headers";
import { isThemePreference, THEME_COOKIE, type ThemePreference } from "@/lib/client/theme/theme-preference";

/** The theme the user picked last (mirrored from localStorage into a cookie), so the first paint matches. */
export async function readThemeCookie(): Promise<ThemePreference> {
  const value = (await cookies()).get(THEME_COOKIE)?.value;
  return isThemePreference(value) ? value : "system";
}
