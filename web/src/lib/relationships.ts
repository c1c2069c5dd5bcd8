/** How the reminders list speaks about a contact's next date, and in which order it shows them. */

export interface Reminder {
  relationship_id?: string;
  contact_name?: string;
  relationship_type?: string;
  next_contact_date?: string;
  days_overdue?: number;
  days_until?: number;
}

/** "3 days late", "1 day late", "due today", "due tomorrow", "due in 2 days". */
export function reminderText(r: Reminder): string {
  const late = r.days_overdue ?? 0;
  if (late > 0) return `${late} ${late === 1 ? 'day' : 'days'} late`;
  const until = r.days_until ?? 0;
  if (until <= 0) return 'due today';
  if (until === 1) return 'due tomorrow';
  return `due in ${until} days`;
}

export function reminderTone(r: Reminder): 'red' | 'amber' | 'slate' {
  if ((r.days_overdue ?? 0) > 0) return 'red';
  return (r.days_until ?? 0) <= 1 ? 'amber' : 'slate';
}

/** The latest first among the overdue, then the soonest due; ties by name so the order is stable. */
export function sortReminders<T extends Reminder>(items: T[]): T[] {
  const key = (r: Reminder) => ((r.days_overdue ?? 0) > 0 ? -(r.days_overdue ?? 0) : (r.days_until ?? 0));
  return [...items].sort((a, b) => key(a) - key(b) || (a.contact_name ?? '').localeCompare(b.contact_name ?? ''));
}

/** "every day", "every week", "every 14 days"; nothing when no rhythm is set. */
export function cadenceText(days: number | undefined | null): string | null {
  if (!days) return null;
  if (days === 1) return 'every day';
  if (days === 7) return 'every week';
  return `every ${days} days`;
}

/** The distinct relationship types of a list of contacts, sorted, ignoring empty ones. */
export function relationshipTypes(contacts: { relationship_type?: string }[]): string[] {
  return [...new Set(contacts.map((c) => c.relationship_type?.trim() ?? '').filter((t) => t !== ''))].sort((a, b) => a.localeCompare(b));
}
