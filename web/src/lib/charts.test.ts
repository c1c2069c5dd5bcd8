import { describe, expect, it } from 'vitest';
import { dailySeries, heatmapWeeks, progressSeries, radarData, weekdayBars } from './charts';

describe('chart data shaping', () => {
  it('names radar axes for people', () => {
    expect(radarData([{ area: 'habits', score: 80, formula: '', inputs: {} }])).toEqual([
      { area: 'habits', label: 'Habits', score: 80 },
    ]);
  });

  it('fills the days a daily series leaves out with 0', () => {
    const s = dailySeries([{ date: '2026-03-02', value: 5 }], '2026-03-01', '2026-03-03');
    expect(s).toEqual([
      { date: '2026-03-01', value: 0 }, { date: '2026-03-02', value: 5 }, { date: '2026-03-03', value: 0 },
    ]);
  });

  it('lays a heat-map out in weeks from the week start, marking future days', () => {
    // 2026-12-03 is a Thursday.
    const weeks = heatmapWeeks([{ date: '2026-12-01', count: 2 }], '2026-11-25', '2026-12-03', 'monday');
    expect(weeks).toHaveLength(2);
    expect(weeks[0]![0]!.date).toBe('2026-11-23');
    expect(weeks[1]![1]).toEqual({ date: '2026-12-01', count: 2, future: false });
    expect(weeks[1]![4]!.future).toBe(true);
    expect(weeks.flat().filter((c) => !c.future).at(-1)!.date).toBe('2026-12-03');
    expect(heatmapWeeks([], '2026-11-25', '2026-12-03', 'sunday')[0]![0]!.date).toBe('2026-11-22');
  });

  it('orders weekday bars by the week start and reads missing days as 0', () => {
    const bars = weekdayBars({ sunday: 3, monday: 1 }, 'sunday', 'en-US');
    expect(bars.map((b) => b.count)).toEqual([3, 1, 0, 0, 0, 0, 0]);
    expect(bars[0]!.day).toBe('Sun');
  });

  it('sorts progress history oldest first', () => {
    const s = progressSeries([
      { at: '2026-02-01T10:00:00Z', progress: 40 }, { at: '2026-01-01T10:00:00Z', progress: 10, note: 'start' },
    ]);
    expect(s.map((p) => p.progress)).toEqual([10, 40]);
    expect(s[0]!.note).toBe('start');
  });
});
