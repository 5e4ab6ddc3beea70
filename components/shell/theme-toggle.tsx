"use client";

import { useEffect, useSyncExternalStore } from "react";
import { Icon, type IconName } from "@/components/ui/icon";
import { applyTheme } from "@/lib/client/theme/apply-theme";
import { isThemePreference, THEME_STORAGE_KEY, type ThemePreference } from "@/lib/client/theme/theme-preference";
import styles from "./theme-toggle.module.css";

const OPTIONS: { value: ThemePreference; label: string; icon: IconName }[] = [
  { value: "system", label: "System", icon: "monitor" },
  { value: "light", label: "Light", icon: "sun" },
  { value: "dark", label: "Dark", icon: "moon" },
];

const CHANGE_EVENT = "lotse-theme-change";

function subscribe(onChange: () => void): () => void {
  window.addEventListener(CHANGE_EVENT, onChange);
  window.addEventListener("storage", onChange);
  return () => {
    window.removeEventListener(CHANGE_EVENT, onChange);
    window.removeEventListener("storage", onChange);
  };
}

function readStored(): ThemePreference | null {
  try {
    const value = window.localStorage.getItem(THEME_STORAGE_KEY);
    return isThemePreference(value) ? value : null;
  } catch {
    return null;
  }
}

/** System / Light / Dark as a radio group. `initial` comes from the cookie the server already rendered with. */
export function ThemeToggle({ initial }: { initial: ThemePreference }) {
  const preference = useSyncExternalStore(
    subscribe,
    () => readStored() ?? initial,
    () => initial,
  );

  // localStorage wins over a missing or stale cookie (e.g. cleared cookies): re-apply once.
  useEffect(() => {
    if (preference !== initial) applyTheme(preference);
  }, [preference, initial]);

  return (
    <fieldset className={styles.group}>
      <legend className="visually-hidden">Theme</legend>
      {OPTIONS.map((option) => (
        <label key={option.value} className={styles.option} title={`${option.label} theme`}>
          <input
            type="radio"
            name="lotse-theme"
            value={option.value}
            checked={preference === option.value}
            onChange={() => {
              applyTheme(option.value);
              window.dispatchEvent(new Event(CHANGE_EVENT));
            }}
          />
          <span className={styles.face}>
            <Icon name={option.icon} size={15} />
            <span className="visually-hidden">{option.label}</span>
          </span>
        </label>
      ))}
    </fieldset>
  );
}
