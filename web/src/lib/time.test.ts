import { describe, expect, it } from 'vitest';
import { hourRows, weekdayScoreRows } from './time';

describe('time', () => {
  it('lists every hour of the day, gaps where nothing was scored', () => {
    const rows = hourRows([{ hour: 9, average_score: 7.5, minutes: 90 }, { hour: 14, average_score: 5, minutes: 30 }], 'en-GB');
    expect(rows).toHaveLength(24);
    expect(rows[9]).toEqual({ hour: 9, label: '09', score: 7.5, minutes: 90 });
    expect(rows[10]!.score).toBeNull();
    expect(hourRows([], 'en-US')[15]!.label).toBe('3 PM');
  });

  it('orders weekday scores from the person\'s week start', () => {
    const rows = weekdayScoreRows([{ weekday: 'monday', average_score: 8, minutes: 60 }], 'sunday', 'en-US');
    expect(rows.map((r) => r.day)).toEqual(['Sun', 'Mon', 'Tue', 'Wed', 'Thu', 'Fri', 'Sat']);
    expect(rows[1]).toEqual({ day: 'Mon', score: 8, minutes: 60 });
    expect(rows[0]!.score).toBeNull();
  });

});
