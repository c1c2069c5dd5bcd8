import { addDays } from './dates';
import { capitalise } from './charts';

/** The metric types the server knows, with their units (the first is the default) and plausible ranges. */
export const KNOWN_METRICS: { type: string; label: string; units: string[]; hint: string }[] = [
  { type: 'weight', label: 'Weight', units: ['kg', 'lb'], hint: '1–500 kg or 2–1100 lb' },
  { type: 'sleep', label: 'Sleep', units: ['hours'], hint: '0–24 hours' },
  { type: 'steps', label: 'Steps', units: ['count'], hint: 'a whole number, 0–200000' },
  { type: 'heart_rate', label: 'Heart rate', units: ['bpm'], hint: '20–250 bpm' },
  { type: 'blood_pressure_systolic', label: 'Blood pressure (systolic)', units: ['mmHg'], hint: '50–260 mmHg' },
  { type: 'blood_pressure_diastolic', label: 'Blood pressure (diastolic)', units: ['mmHg'], hint: '30–160 mmHg' },
  { type: 'water', label: 'Water', units: ['ml'], hint: '0–10000 ml' },
  { type: 'mood', label: 'Mood', units: ['score'], hint: 'a whole number, 1–10' },
];

/** The units a type offers: its known units, or none (free text) for a type of the person's own. */
export function unitsOf(type: string): string[] {
  return KNOWN_METRICS.find((m) => m.type === type)?.units ?? [];
}

/** "heart_rate" → "Heart rate"; a type of the person's own reads the same way ("cold_plunge" → "Cold plunge"). */
export function metricLabel(type: string): string {
  return KNOWN_METRICS.find((m) => m.type === type)?.label ?? capitalise(type.replaceAll('_', ' '));
}

/** What the server accepts as a metric type of one's own: lower case letters, digits and underscores. */
export function normaliseMetricType(text: string): string {
  return text.trim().toLowerCase().replace(/[\s-]+/g, '_');
}

/** How a unit reads after a number: steps are counted ("8,000 steps"), other counts stand alone. */
export function unitLabel(unit: string | undefined, type: string): string {
  if (unit === 'count') return type === 'steps' ? 'steps' : '';
  return unit ?? '';
}

export type Bucket = 'day' | 'week' | 'month';

/** The range a trend chart shows for a bucket: 30 days, 12 weeks or 12 months up to today. */
export function trendRange(bucket: Bucket, today: string): { from: string; to: string } {
  const days = bucket === 'day' ? 29 : bucket === 'week' ? 83 : 364;
  return { from: addDays(today, -days), to: today };
}

export interface TrendPoint { start?: string; average?: number | null; moving_average?: number | null; count?: number; min?: number | null; max?: number | null }

/** Chart rows: every bucket keeps its place on the axis; buckets without readings have no average (a gap). */
export function trendRows(points: TrendPoint[]): { start: string; average: number | null; moving: number | null; count: number }[] {
  return points.map((p) => ({
    start: p.start ?? '',
    average: p.count ? (p.average ?? null) : null,
    moving: p.moving_average ?? null,
    count: p.count ?? 0,
  }));
}

/** How many buckets of a trend hold readings: the points drawn on the chart. */
export function bucketsWithReadings(points: TrendPoint[]): number {
  return points.filter((p) => (p.count ?? 0) > 0).length;
}
