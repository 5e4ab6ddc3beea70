import packageJson from "@/package.json";

/** Lotse's own version, recorded with every snapshot (and later every evaluation and evidence pack). */
export const LOTSE_VERSION: string = packageJson.version;
