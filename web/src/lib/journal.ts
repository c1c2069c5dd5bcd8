export type Mood = 'awful' | 'bad' | 'okay' | 'good' | 'great';

/** Moods from worst to best, with the score the server averages (awful = 1 … great = 5). */
export const MOODS: { value: Mood; label: string; score: number }[] = [
  { value: 'awful', label: 'Awful', score: 1 }, { value: 'bad', label: 'Bad', score: 2 }, { value: 'okay', label: 'Okay', score: 3 },
  { value: 'good', label: 'Good', score: 4 }, { value: 'great', label: 'Great', score: 5 },
];

/** The mood an average score is nearest to (3.6 → "Good"), for axis ticks and summaries. */
export function moodOfScore(score: number): string {
  const nearest = MOODS.reduce((best, m) => (Math.abs(m.score - score) < Math.abs(best.score - score) ? m : best), MOODS[0]!);
  return nearest.label;
}

/**
 * Tags typed as "sport, Work, sport": trimmed, empty ones dropped, kept once ignoring case (the first spelling wins,
 * as the server keeps them).
 */
export function parseTags(text: string): string[] {
  const seen = new Set<string>();
  const out: string[] = [];
  for (const raw of text.split(',')) {
    const tag = raw.trim();
    if (!tag || seen.has(tag.toLowerCase())) continue;
    seen.add(tag.toLowerCase());
    out.push(tag);
  }
  return out;
}

/** Mood-trend chart rows: buckets without a mood keep their place with no value (a gap, not a zero). */
export function moodRows(points: { start?: string; average_mood?: number | null; entries?: number }[]): { start: string; mood: number | null; entries: number }[] {
  return points.map((p) => ({ start: p.start ?? '', mood: p.average_mood ?? null, entries: p.entries ?? 0 }));
}
