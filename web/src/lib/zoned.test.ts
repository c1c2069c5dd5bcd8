import { describe, expect, it } from 'vitest';
import { fromLocalInput, minutesBetweenLocal, nowLocalInput, toLocalInput, zoneOffsetMinutes } from './zoned';

describe('wall-clock times in the account zone', () => {
  it('knows the offset of a zone at an instant, summer and winter', () => {
    expect(zoneOffsetMinutes(new Date('2026-01-15T12:00:00Z'), 'Europe/Berlin')).toBe(60);
    expect(zoneOffsetMinutes(new Date('2026-07-15T12:00:00Z'), 'Europe/Berlin')).toBe(120);
    expect(zoneOffsetMinutes(new Date('2026-07-15T12:00:00Z'), 'America/New_York')).toBe(-240);
    expect(zoneOffsetMinutes(new Date('2026-07-15T12:00:00Z'), 'UTC')).toBe(0);
  });

  it('shows an instant as the zone\'s wall-clock time, whatever the browser\'s zone', () => {
    expect(toLocalInput('2026-12-03T23:30:00Z', 'Europe/Berlin')).toBe('2026-12-04T00:30');
    expect(toLocalInput('2026-12-03T23:30:00Z', 'America/Los_Angeles')).toBe('2026-12-03T15:30');
    expect(nowLocalInput('Asia/Kolkata', new Date('2026-12-03T00:00:00Z'))).toBe('2026-12-03T05:30');
  });

  it('reads a wall-clock time back to the instant it names', () => {
    expect(fromLocalInput('2026-12-04T00:30', 'Europe/Berlin')).toBe('2026-12-03T23:30:00.000Z');
    expect(fromLocalInput('2026-07-01T09:00', 'Europe/Berlin')).toBe('2026-07-01T07:00:00.000Z');
    expect(fromLocalInput('2026-07-01T09:00', 'UTC')).toBe('2026-07-01T09:00:00.000Z');
  });

  it('reads the hour a spring-forward night skips as the hour after, and the repeated autumn hour as the first', () => {
    expect(fromLocalInput('2026-03-29T02:30', 'Europe/Berlin')).toBe('2026-03-29T01:30:00.000Z');
    expect(fromLocalInput('2026-10-25T02:30', 'Europe/Berlin')).toBe('2026-10-25T00:30:00.000Z');
  });

  it('counts the minutes between two wall-clock times across a DST change', () => {
    expect(minutesBetweenLocal('2026-03-29T01:00', '2026-03-29T04:00', 'Europe/Berlin')).toBe(120);
    expect(minutesBetweenLocal('2026-12-03T09:00', '2026-12-03T10:30', 'Europe/Berlin')).toBe(90);
    expect(minutesBetweenLocal('', '2026-12-03T10:30', 'UTC')).toBeNull();
  });
});
