/** Talos' argsbuilder merge policies (pkg/argsbuilder). Keys without a policy are overwritten. */
export type ArgMergePolicy = "additive" | "append" | "denied";

export type ArgMap = Record<string, string[]>;

/**
 * Merges user `extraArgs` into Talos' defaults the way Talos does: `additive` joins
 * comma-separated values without duplicates, `append` adds another flag occurrence, `denied`
 * throws (Talos refuses such a machine config), anything else replaces the default.
 */
export function mergeTalosArgs({
  defaults,
  extraArgs,
  policies,
}: {
  defaults: ArgMap;
  extraArgs: Record<string, string>;
  policies: Record<string, ArgMergePolicy>;
}): ArgMap {
  const merged: ArgMap = { ...defaults };
  for (const [key, value] of Object.entries(extraArgs)) {
    const policy = policies[key];
    if (policy === "denied")
      throw new Error(`extra arg ${JSON.stringify(key)} is not allowed to be overridden by Talos`);
    if (policy === "append") {
      merged[key] = [...(merged[key] ?? []), value];
    } else if (policy === "additive") {
      const values = [...(merged[key] ?? []).join(",").split(","), ...value.split(",")]
        .map((item) => item.trim())
        .filter((item) => item !== "");
      merged[key] = [[...new Set(values)].join(",")];
    } else {
      merged[key] = [value];
    }
  }
  return merged;
}

/** Renders args as Talos does: keys sorted, one `--key=value` per value. */
export function renderTalosArgs(args: ArgMap): string[] {
  return Object.keys(args)
    .sort()
    .flatMap((key) => (args[key] ?? []).map((value) => `--${key}=${value}`));
}
