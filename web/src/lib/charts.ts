import { addDays, daysBetween, startOfWeek, weekdayLabel, weekdaysFrom, type Weekday } from './dates';

export interface AreaScore { area: string; score: number; formula: string; inputs: Record<string, unknown> }

/** One radar axis per area, named for people ("relationships" → "Relationships"). */
export function radarData(areas: AreaScore[]): { area: string; label: string; score: number }[] {
  return areas.map((a) => ({ area: a.area, label: capitalise(a.area.replaceAll('_', ' ')), score: a.score }));
}

export function capitalise(text: string): string {
  return text.length === 0 ? text : text[0]!.toUpperCase() + text.slice(1);
}

/** A continuous daily series from `from` to `to`: days the server left out count as 0. */
export function dailySeries(points: { date: string; value: number }[], from: string, to: string): { date: string; value: number }[] {
  const byDate = new Map(points.map((p) => [p.date, p.value]));
  const out: { date: string; value: number }[] = [];
  for (let d = from; d <= to; d = addDays(d, 1)) out.push({ date: d, value: byDate.get(d) ?? 0 });
  return out;
}

export interface HeatCell { date: string; count: number; future: boolean }

/**
 * The cells of a year heat-map: columns are weeks (starting on the person's week start), rows are weekdays, from
 * the week containing `from` to `today`; days after today are marked future (not clickable).
 */
export function heatmapWeeks(counts: { date: string; count: number }[], from: string, today: string, weekStart: Weekday): HeatCell[][] {
  const byDate = new Map(counts.map((c) => [c.date, c.count]));
  const weeks: HeatCell[][] = [];
  for (let week = startOfWeek(from, weekStart); week <= today; week = addDays(week, 7)) {
    const column: HeatCell[] = [];
    for (let i = 0; i < 7; i++) {
      const date = addDays(week, i);
      column.push({ date, count: byDate.get(date) ?? 0, future: date > today });
    }
    weeks.push(column);
  }
  return weeks;
}

/** By-weekday bars in the person's week order; the server's keys are lower-case weekday names. */
export function weekdayBars(byWeekday: Record<string, number> | undefined, weekStart: Weekday, locale?: string): { day: string; count: number }[] {
  return weekdaysFrom(weekStart).map((d) => ({ day: weekdayLabel(d, locale), count: Number(byWeekday?.[d] ?? 0) }));
}

/** Progress history as chart points (time → progress), oldest first. */
export function progressSeries(items: { at: string; progress: number; note?: string }[]): { t: number; progress: number; note?: string }[] {
  return [...items]
    .map((i) => ({ t: new Date(i.at).getTime(), progress: i.progress, note: i.note }))
    .sort((a, b) => a.t - b.t);
}

/** How many days a range spans, inclusive. */
export function spanDays(from: string, to: string): number {
  return daysBetween(from, to) + 1;
}
