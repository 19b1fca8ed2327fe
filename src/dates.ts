// Calendar dates and the canonical id a period ending on a date takes: what the store, the period argument and
// the release date need of periods.ts without its header readings (the pane loads these, not the parser).

export interface YMD {
  y: number;
  m: number;
  d: number;
}

export const DAY_MS = 86_400_000;

export function lastDayOfMonth(y: number, m: number): number {
  return new Date(Date.UTC(y, m, 0)).getUTCDate();
}

export function isoDate(d: YMD): string {
  return `${d.y}-${String(d.m).padStart(2, "0")}-${String(d.d).padStart(2, "0")}`;
}

/** The canonical id for a duration of `months` ending on `end`. */
export function canonicalId(months: 3 | 6 | 9 | 12, end: YMD): string {
  const t = new Date(Date.UTC(end.y, end.m - 1, end.d) - 45 * DAY_MS);
  const y = t.getUTCFullYear();
  const q = Math.floor(t.getUTCMonth() / 3) + 1;
  if (months === 3) return `Q${q}-${y}`;
  if (months === 12) return `FY${y}`;
  return `${months}M-${y}`;
}
