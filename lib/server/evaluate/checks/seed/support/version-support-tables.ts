// Release data for seed.versions, kept as data with its source so that a reviewer can check and
// update it. Update both tables when a new minor ships; a minor newer than a table is judged as
// current (a release cannot be out of support before its successor exists).

export interface KubernetesMinorSupport {
  minor: number;
  /** Patch support narrows to critical fixes from this day. */
  maintenanceFrom: string;
  /** No patch releases after this day. */
  endOfLife: string;
}

/**
 * Upstream Kubernetes supports the three most recent minors, each for about 12 months plus 2 months
 * of maintenance mode. Dates as kubernetes.io/releases/<minor>/ lists them ("Maintenance Mode Start
 * Date", "End Of Life Date"), read 2026-11. Minors older than the first row were past end of life
 * before 2026-06-28 (e.g. 1.32: 2026-02-28).
 */
export const KUBERNETES_SUPPORT: readonly KubernetesMinorSupport[] = [
  { minor: 33, maintenanceFrom: "2026-04-28", endOfLife: "2026-06-28" },
  { minor: 34, maintenanceFrom: "2026-08-27", endOfLife: "2026-10-27" },
  { minor: 35, maintenanceFrom: "2026-12-28", endOfLife: "2027-02-28" },
  { minor: 36, maintenanceFrom: "2027-04-28", endOfLife: "2027-06-28" },
  { minor: 37, maintenanceFrom: "2027-08-28", endOfLife: "2027-10-28" },
];

export const KUBERNETES_SUPPORT_SOURCE = "kubernetes.io/releases (maintenance and end-of-life dates, read 2026-11)";

export interface TalosMinorRelease {
  minor: number;
  /** The x.y.0 release day. */
  releasedOn: string;
  /** The support matrix gives this day as planned ("TBD"), not as a past release. */
  isPlannedDate: boolean;
}

/**
 * Sidero Labs' Talos support matrix: community support of a minor ends with the release of the
 * next minor (enterprise support is sold separately). Release days from the support matrix
 * (siderolabs/docs public/talos/v1.14/getting-started/support-matrix.mdx at 0d2f2fe1; talos.dev
 * v1.12 support matrix for 1.11); 1.14 is listed there as planned for 2026-08-30.
 */
export const TALOS_RELEASES: readonly TalosMinorRelease[] = [
  { minor: 11, releasedOn: "2025-09-01", isPlannedDate: false },
  { minor: 12, releasedOn: "2025-12-22", isPlannedDate: false },
  { minor: 13, releasedOn: "2026-04-27", isPlannedDate: false },
  { minor: 14, releasedOn: "2026-08-30", isPlannedDate: true },
];

export const TALOS_SUPPORT_SOURCE =
  "Sidero Labs Talos support matrix: community support ends with the next minor's release";

const DAY_MS = 86_400_000;

/** The end of an ISO day (UTC), so that a date is in support for all of that day. */
export function endOfDay(isoDay: string): Date {
  return new Date(Date.parse(`${isoDay}T00:00:00Z`) + DAY_MS - 1);
}

export function startOfDay(isoDay: string): Date {
  return new Date(`${isoDay}T00:00:00Z`);
}
