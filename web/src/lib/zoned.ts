/**
 * Wall-clock times in the person's zone, as `<input type="datetime-local">` shows them (`YYYY-MM-DDTHH:mm`), and
 * the instants the API takes and gives. The browser's own zone plays no part: the account's zone does.
 */

/** The zone's offset from UTC at `instant`, in minutes (Berlin in winter: 60). */
export function zoneOffsetMinutes(instant: Date, zone: string): number {
  const parts = new Intl.DateTimeFormat('en-US', {
    timeZone: zone, hourCycle: 'h23', year: 'numeric', month: '2-digit', day: '2-digit',
    hour: '2-digit', minute: '2-digit', second: '2-digit',
  }).formatToParts(instant);
  const get = (type: string) => Number(parts.find((p) => p.type === type)?.value ?? 0);
  const asUtc = Date.UTC(get('year'), get('month') - 1, get('day'), get('hour'), get('minute'), get('second'));
  return Math.round((asUtc - Math.floor(instant.getTime() / 1000) * 1000) / 60_000);
}

/** The wall-clock time of `instant` in `zone`, for a datetime-local input. */
export function toLocalInput(instant: string | Date, zone: string): string {
  const date = typeof instant === 'string' ? new Date(instant) : instant;
  const shifted = new Date(date.getTime() + zoneOffsetMinutes(date, zone) * 60_000);
  return shifted.toISOString().slice(0, 16);
}

/**
 * The instant a wall-clock time in `zone` names, as an ISO string. In the hour a DST change skips, the time is
 * read with the offset before the change (02:30 on a spring-forward night becomes 03:30); in the repeated hour of
 * an autumn night, the first of the two.
 */
export function fromLocalInput(local: string, zone: string): string {
  const [date = '', time = '00:00'] = local.split('T');
  const [y, m, d] = date.split('-').map(Number);
  const [hh, mm] = time.split(':').map(Number);
  const wall = Date.UTC(y ?? 1970, (m ?? 1) - 1, d ?? 1, hh ?? 0, mm ?? 0);
  const before = zoneOffsetMinutes(new Date(wall - 86_400_000), zone);
  const after = zoneOffsetMinutes(new Date(wall + 86_400_000), zone);
  // Try the offset before the day's change first: it is right outside the changed hour and in the repeated one.
  for (const offset of [before, after]) {
    const candidate = new Date(wall - offset * 60_000);
    if (toLocalInput(candidate, zone) === `${date}T${time.slice(0, 5)}`) return candidate.toISOString();
  }
  return new Date(wall - before * 60_000).toISOString();
}

/** Now, as a datetime-local value in `zone`. */
export function nowLocalInput(zone: string, now: Date = new Date()): string {
  return toLocalInput(now, zone);
}

/** Whole minutes from one wall-clock time to another in `zone` (DST changes counted), or null when either is empty. */
export function minutesBetweenLocal(start: string, end: string, zone: string): number | null {
  if (!start || !end) return null;
  return Math.floor((new Date(fromLocalInput(end, zone)).getTime() - new Date(fromLocalInput(start, zone)).getTime()) / 60_000);
}

/** "09:00" of an instant in `zone`, in the person's locale. */
export function formatClock(instant: string, zone: string, locale?: string): string {
  return new Intl.DateTimeFormat(locale, { timeStyle: 'short', timeZone: zone }).format(new Date(instant));
}
