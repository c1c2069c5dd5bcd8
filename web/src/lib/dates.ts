/** Dates are ISO `YYYY-MM-DD` strings in the user's zone; instants are ISO strings from the API. */

export type Weekday = 'monday' | 'tuesday' | 'wednesday' | 'thursday' | 'friday' | 'saturday' | 'sunday';

export const WEEKDAYS: Weekday[] = ['monday', 'tuesday', 'wednesday', 'thursday', 'friday', 'saturday', 'sunday'];

/** The calendar date at `now` in `zone` (e.g. 23:30 UTC is already tomorrow in Berlin). */
export function todayInZone(zone: string, now: Date = new Date()): string {
  const parts = new Intl.DateTimeFormat('en-CA', { timeZone: zone, year: 'numeric', month: '2-digit', day: '2-digit' })
    .formatToParts(now);
  const get = (type: string) => parts.find((p) => p.type === type)?.value ?? '';
  return `${get('year')}-${get('month')}-${get('day')}`;
}

function toUtc(date: string): Date {
  const [y, m, d] = date.split('-').map(Number);
  return new Date(Date.UTC(y ?? 1970, (m ?? 1) - 1, d ?? 1));
}

function fromUtc(date: Date): string {
  return date.toISOString().slice(0, 10);
}

/** Calendar arithmetic on dates (never on instants, so a DST change cannot shift a day). */
export function addDays(date: string, days: number): string {
  const d = toUtc(date);
  d.setUTCDate(d.getUTCDate() + days);
  return fromUtc(d);
}

export function daysBetween(from: string, to: string): number {
  return Math.round((toUtc(to).getTime() - toUtc(from).getTime()) / 86_400_000);
}

export function weekdayOf(date: string): Weekday {
  const index = (toUtc(date).getUTCDay() + 6) % 7; // Monday = 0
  return WEEKDAYS[index]!;
}

/** Weekdays in display order for a person whose week starts on `weekStart`. */
export function weekdaysFrom(weekStart: Weekday = 'monday'): Weekday[] {
  const i = WEEKDAYS.indexOf(weekStart);
  return [...WEEKDAYS.slice(i), ...WEEKDAYS.slice(0, i)];
}

/** The first day of the week containing `date`. */
export function startOfWeek(date: string, weekStart: Weekday = 'monday'): string {
  const offset = (WEEKDAYS.indexOf(weekdayOf(date)) - WEEKDAYS.indexOf(weekStart) + 7) % 7;
  return addDays(date, -offset);
}

export function formatDate(date: string, locale?: string, options: Intl.DateTimeFormatOptions = { dateStyle: 'medium' }): string {
  return new Intl.DateTimeFormat(locale, { ...options, timeZone: 'UTC' }).format(toUtc(date));
}

/** An instant shown in the user's zone. */
export function formatInstant(instant: string, zone: string, locale?: string): string {
  return new Intl.DateTimeFormat(locale, { dateStyle: 'medium', timeStyle: 'short', timeZone: zone }).format(new Date(instant));
}

export function weekdayLabel(day: Weekday, locale?: string, width: 'short' | 'long' = 'short'): string {
  // 2024-01-01 was a Monday.
  return formatDate(addDays('2024-01-01', WEEKDAYS.indexOf(day)), locale, { weekday: width });
}

/**
 * Every IANA zone the browser knows, plus the browser's own zone and any `extra` (the zone saved on the account)
 * when the list lacks them (some browsers leave out aliases such as UTC).
 */
export function timeZones(...extra: (string | null | undefined)[]): string[] {
  const intl = Intl as unknown as { supportedValuesOf?: (key: string) => string[] };
  const list = intl.supportedValuesOf ? intl.supportedValuesOf('timeZone') : [];
  const missing = [browserZone(), ...extra].filter((z): z is string => !!z && !list.includes(z));
  return [...new Set(missing), ...list];
}

export function browserZone(): string {
  return Intl.DateTimeFormat().resolvedOptions().timeZone || 'UTC';
}
