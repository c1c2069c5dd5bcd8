import { describe, expect, it } from 'vitest';
import { addDays, daysBetween, startOfWeek, timeZones, todayInZone, weekdayOf, weekdaysFrom } from './dates';

describe('todayInZone', () => {
  it('gives the date in the zone, not in UTC', () => {
    const instant = new Date('2026-03-10T23:30:00Z');
    expect(todayInZone('UTC', instant)).toBe('2026-03-10');
    expect(todayInZone('Europe/Berlin', instant)).toBe('2026-03-11');
    expect(todayInZone('America/Los_Angeles', instant)).toBe('2026-03-10');
    expect(todayInZone('Pacific/Kiritimati', new Date('2026-03-10T10:30:00Z'))).toBe('2026-03-11');
  });

  it('follows DST: the same UTC hour falls on different local dates before and after the change', () => {
    // Berlin is UTC+1 in winter and UTC+2 from 2026-03-29 01:00 UTC.
    expect(todayInZone('Europe/Berlin', new Date('2026-03-28T22:30:00Z'))).toBe('2026-03-28');
    expect(todayInZone('Europe/Berlin', new Date('2026-03-29T22:30:00Z'))).toBe('2026-03-30');
    // New York leaves DST on 2026-11-01 at 06:00 UTC: 04:30 UTC is 00:30 EDT that day, and 23:30 EST the next night.
    expect(todayInZone('America/New_York', new Date('2026-11-01T04:30:00Z'))).toBe('2026-11-01');
    expect(todayInZone('America/New_York', new Date('2026-11-02T04:30:00Z'))).toBe('2026-11-01');
  });
});

describe('calendar arithmetic', () => {
  it('adds days across month, year and DST boundaries without drifting', () => {
    expect(addDays('2026-03-28', 1)).toBe('2026-03-29');
    expect(addDays('2026-03-29', 1)).toBe('2026-03-30');
    expect(addDays('2026-12-31', 1)).toBe('2027-01-01');
    expect(addDays('2024-03-01', -1)).toBe('2024-02-29');
    expect(daysBetween('2026-01-01', '2026-12-31')).toBe(364);
  });

  it('knows weekdays and the start of a week for any week start', () => {
    expect(weekdayOf('2026-12-03')).toBe('thursday');
    expect(startOfWeek('2026-12-03', 'monday')).toBe('2026-11-30');
    expect(startOfWeek('2026-12-03', 'sunday')).toBe('2026-11-29');
    expect(startOfWeek('2026-11-29', 'sunday')).toBe('2026-11-29');
    expect(weekdaysFrom('sunday')[0]).toBe('sunday');
    expect(weekdaysFrom('sunday')).toHaveLength(7);
  });
});

describe('timeZones', () => {
  it('lists IANA zones and adds a saved zone the list lacks', () => {
    const zones = timeZones('Etc/GMT+5');
    expect(zones).toContain('Europe/Berlin');
    expect(zones).toContain('Etc/GMT+5');
    expect(new Set(zones).size).toBe(zones.length);
  });
});
