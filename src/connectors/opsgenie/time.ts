/**
 * An epoch time in seconds, milliseconds, microseconds or nanoseconds (Opsgenie uses the
 * last for `updatedAt`) as ISO 8601; undefined when it is no plausible time.
 */
export function epochIso(value: number | undefined): string | undefined {
  if (value === undefined || !Number.isFinite(value) || value <= 0) return undefined;
  const ms =
    value >= 1e17 ? value / 1e6 : value >= 1e14 ? value / 1e3 : value >= 1e11 ? value : value * 1e3;
  const date = new Date(ms);
  // Dates past year 9999 cannot be written as a plain ISO string.
  return Number.isNaN(date.getTime()) || ms >= 253402300800000 ? undefined : date.toISOString();
}
