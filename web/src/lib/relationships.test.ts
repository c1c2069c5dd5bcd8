import { describe, expect, it } from 'vitest';
import { cadenceText, relationshipTypes, reminderText, reminderTone, sortReminders } from './relationships';

describe('relationship reminders', () => {
  it.each([
    [{ days_overdue: 3, days_until: 0 }, '3 days late'],
    [{ days_overdue: 1 }, '1 day late'],
    [{ days_overdue: 0, days_until: 0 }, 'due today'],
    [{ days_until: 1 }, 'due tomorrow'],
    [{ days_until: 2 }, 'due in 2 days'],
  ])('%o reads "%s"', (reminder, text) => {
    expect(reminderText(reminder)).toBe(text);
  });

  it('colours late red, today and tomorrow amber, later slate', () => {
    expect(reminderTone({ days_overdue: 2 })).toBe('red');
    expect(reminderTone({ days_until: 0 })).toBe('amber');
    expect(reminderTone({ days_until: 5 })).toBe('slate');
  });

  it('lists the overdue first (latest first), then by how soon they are due', () => {
    const sorted = sortReminders([
      { contact_name: 'Soon', days_until: 2 },
      { contact_name: 'Late1', days_overdue: 1 },
      { contact_name: 'Today', days_until: 0 },
      { contact_name: 'Late9', days_overdue: 9 },
      { contact_name: 'Alsotoday', days_until: 0 },
    ]);
    expect(sorted.map((r) => r.contact_name)).toEqual(['Late9', 'Late1', 'Alsotoday', 'Today', 'Soon']);
  });
});

describe('contacts', () => {
  it('names the cadence', () => {
    expect(cadenceText(undefined)).toBeNull();
    expect(cadenceText(1)).toBe('every day');
    expect(cadenceText(7)).toBe('every week');
    expect(cadenceText(14)).toBe('every 14 days');
  });

  it('collects distinct non-empty types, sorted', () => {
    expect(relationshipTypes([{ relationship_type: 'friend' }, { relationship_type: 'family' }, {}, { relationship_type: 'friend' }, { relationship_type: ' ' }]))
      .toEqual(['family', 'friend']);
  });
});
