/**
 * A year's database size from two measured histories of the same fleet: 1 day and `days` days.
 * Linear in days after the first (what the first day stores — clusters, first snapshots, the
 * initial finding states, empty indexes — is paid once): `oneDay + (bytes − oneDay) / (days − 1) × 364`.
 * With `days` = 365 it is the measured size itself.
 */
export function extrapolateYearBytes({
  oneDayBytes,
  bytes,
  days,
}: {
  oneDayBytes: number;
  bytes: number;
  days: number;
}): number {
  if (!Number.isInteger(days) || days < 2) throw new Error(`need at least 2 days of history, got ${days}`);
  if (days === 365) return bytes;
  return oneDayBytes + ((bytes - oneDayBytes) / (days - 1)) * 364;
}
