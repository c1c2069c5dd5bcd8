import { describe, expect, it } from 'vitest';
import { bucketsWithReadings, metricLabel, normaliseMetricType, trendRange, trendRows, unitLabel, unitsOf } from './health';

describe('health', () => {
  it('offers the known units of a type, the default first, and a free unit for a type of one\'s own', () => {
    expect(unitsOf('weight')).toEqual(['kg', 'lb']);
    expect(unitsOf('heart_rate')).toEqual(['bpm']);
    expect(unitsOf('cold_plunge')).toEqual([]);
  });

  it('names types for people and makes typed names acceptable to the server', () => {
    expect(metricLabel('blood_pressure_systolic')).toBe('Blood pressure (systolic)');
    expect(metricLabel('cold_plunge')).toBe('Cold plunge');
    expect(normaliseMetricType('  Cold Plunge ')).toBe('cold_plunge');
    expect(unitLabel('count', 'steps')).toBe('steps');
    expect(unitLabel('count', 'push_ups')).toBe('');
    expect(unitLabel('kg', 'weight')).toBe('kg');
  });

  it('shows 30 days, 12 weeks or 12 months up to today', () => {
    expect(trendRange('day', '2026-12-03')).toEqual({ from: '2026-11-04', to: '2026-12-03' });
    expect(trendRange('week', '2026-12-03')).toEqual({ from: '2026-09-11', to: '2026-12-03' });
    expect(trendRange('month', '2026-12-03')).toEqual({ from: '2025-12-04', to: '2026-12-03' });
  });

  it('keeps empty buckets on the axis without a value, and counts the buckets drawn', () => {
    const points = [
      { start: '2026-12-01', count: 0, average: null, moving_average: null },
      { start: '2026-12-02', count: 2, average: 72.4, moving_average: 72.4 },
      { start: '2026-12-03', count: 1, average: 72.1, moving_average: 72.25 },
    ];
    expect(trendRows(points)).toEqual([
      { start: '2026-12-01', average: null, moving: null, count: 0 },
      { start: '2026-12-02', average: 72.4, moving: 72.4, count: 2 },
      { start: '2026-12-03', average: 72.1, moving: 72.25, count: 1 },
    ]);
    expect(bucketsWithReadings(points)).toBe(2);
  });
});
