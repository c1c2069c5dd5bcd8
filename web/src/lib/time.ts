import { weekdayLabel, weekdaysFrom, type Weekday } from './dates';

/** "9 AM" / "09" for an hour of the day in the person's locale. */
export function hourLabel(hour: number, locale?: string): string {
  return new Intl.DateTimeFormat(locale, { hour: 'numeric', timeZone: 'UTC' }).format(new Date(Date.UTC(2024, 0, 1, hour)));
}

/** All 24 hours in order; hours without scored time have no score (a gap), not a zero. */
export function hourRows(byHour: { hour?: number; average_score?: number | null; minutes?: number }[], locale?: string):
  { hour: number; label: string; score: number | null; minutes: number }[] {
  const of = new Map(byHour.map((h) => [h.hour, h]));
  return Array.from({ length: 24 }, (_, hour) => {
    const h = of.get(hour);
    return { hour, label: hourLabel(hour, locale), score: h?.average_score ?? null, minutes: h?.minutes ?? 0 };
  });
}

/** The weekdays in the person's week order, with their average score (null without scored time). */
export function weekdayScoreRows(byWeekday: { weekday?: string; average_score?: number | null; minutes?: number }[], weekStart: Weekday, locale?: string):
  { day: string; score: number | null; minutes: number }[] {
  const of = new Map(byWeekday.map((w) => [w.weekday, w]));
  return weekdaysFrom(weekStart).map((d) => ({ day: weekdayLabel(d, locale), score: of.get(d)?.average_score ?? null, minutes: of.get(d)?.minutes ?? 0 }));
}

