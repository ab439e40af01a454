/** ISO 8601 with a time and an offset, as CircleCI writes them; `Date.parse` alone is lax. */
const ISO_DATE_TIME =
  /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}(?::\d{2}(?:\.\d{1,9})?)?(?:Z|[+-]\d{2}:\d{2})$/;

function time(iso: string | undefined): number | undefined {
  if (iso === undefined || !ISO_DATE_TIME.test(iso)) return undefined;
  const ms = Date.parse(iso);
  return Number.isNaN(ms) ? undefined : ms;
}

/** Milliseconds from `start` to `stop`; undefined when either is missing or stop is earlier. */
export function durationMs(
  start: string | undefined,
  stop: string | undefined,
): number | undefined {
  const from = time(start);
  const to = time(stop);
  if (from === undefined || to === undefined || to < from) return undefined;
  return to - from;
}

/** `45 s`, `3 min 12 s`, `1 h 4 min`: as precise as a glance needs. */
export function durationText(ms: number | undefined): string | undefined {
  if (ms === undefined) return undefined;
  const seconds = Math.round(ms / 1000);
  if (seconds < 60) return `${seconds} s`;
  const minutes = Math.floor(seconds / 60);
  if (minutes < 60) return seconds % 60 ? `${minutes} min ${seconds % 60} s` : `${minutes} min`;
  const hours = Math.floor(minutes / 60);
  return minutes % 60 ? `${hours} h ${minutes % 60} min` : `${hours} h`;
}
