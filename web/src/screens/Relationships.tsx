import { useMemo, useState } from 'react';
import { api, unwrap } from '../api/client';
import { Badge, Empty, ErrorNote, PageTitle, Skeleton } from '../components/ui';
import { formatDate, todayInZone } from '../lib/dates';
import { relationshipTypes, reminderText, reminderTone, sortReminders } from '../lib/relationships';
import { useQuery } from '../lib/useQuery';
import { usePreferences } from '../stores/settings';
import { ContactCard } from './relationships/ContactCard';
import { ContactForm } from './relationships/ContactForm';

const REMINDER_DAYS = 30;

export default function Relationships() {
  const { zone, locale } = usePreferences();
  const today = todayInZone(zone);
  const [type, setType] = useState('');
  const [creating, setCreating] = useState(false);
  const contacts = useQuery(() => unwrap(api.GET('/api/relationships', { params: { query: { size: 100, relationship_type: type || undefined } } })),
    [type], ['relationship_updated']);
  const everyone = useQuery(() => unwrap(api.GET('/api/relationships', { params: { query: { size: 100 } } })), [], ['relationship_updated']);
  const reminders = useQuery(() => unwrap(api.GET('/api/relationships/reminders', { params: { query: { days: REMINDER_DAYS } } })),
    [], ['relationship_updated']);
  const types = useMemo(() => relationshipTypes(everyone.data?.items ?? []), [everyone.data]);
  const due = useMemo(() => sortReminders(reminders.data?.items ?? []), [reminders.data]);
  const reminderOf = useMemo(() => new Map(due.map((r) => [r.relationship_id, r])), [due]);

  function refresh() {
    void Promise.all([contacts.reload(), everyone.reload(), reminders.reload()]);
  }

  function jumpTo(id: string | undefined) {
    const card = id ? document.getElementById(`contact-${id}`) : null;
    card?.scrollIntoView({ behavior: 'smooth', block: 'center' });
    card?.querySelector<HTMLElement>('button')?.focus();
  }

  const list = contacts.data?.items ?? [];
  return (
    <div>
      <PageTitle actions={<button type="button" className="btn-primary" onClick={() => setCreating(true)}>New contact</button>}>Relationships</PageTitle>
      {creating && <ContactForm types={types} onDone={() => { setCreating(false); refresh(); }} />}

      <section aria-labelledby="reminders-title" className="card mb-4">
        <h2 id="reminders-title" className="mb-2 font-semibold">Due in the next {REMINDER_DAYS} days</h2>
        <ErrorNote problem={reminders.error} onRetry={() => void reminders.reload()} />
        {!reminders.data ? <Skeleton lines={2} /> : due.length === 0 ? (
          <p className="text-sm text-slate-700">Nobody is due. Give a contact a rhythm ("every 14 days") and they show up here when it is time.</p>
        ) : (
          <ul className="divide-y divide-slate-100" data-testid="reminders">
            {due.map((r) => (
              <li key={r.relationship_id} className="flex flex-wrap items-center gap-2 py-2">
                <button type="button" className="flex-1 text-left font-medium text-blue-800 underline-offset-2 hover:underline"
                  onClick={() => jumpTo(r.relationship_id)}>{r.contact_name}</button>
                {r.relationship_type && <span className="text-sm text-slate-700">{r.relationship_type}</span>}
                {r.next_contact_date && <span className="text-sm text-slate-700">{formatDate(r.next_contact_date, locale)}</span>}
                <Badge tone={reminderTone(r)}>{reminderText(r)}</Badge>
              </li>
            ))}
          </ul>
        )}
      </section>

      <label className="mb-4 block w-56 text-sm">Type
        <select className="input mt-1" value={type} onChange={(e) => setType(e.target.value)}>
          <option value="">All contacts</option>
          {types.map((t) => <option key={t} value={t}>{t}</option>)}
        </select>
      </label>
      <ErrorNote problem={contacts.error} onRetry={() => void contacts.reload()} />
      {!contacts.data ? <Skeleton lines={5} /> : list.length === 0 ? (
        type ? <Empty title={`No contacts of the type "${type}".`} /> : (
          <Empty title="No contacts yet">Add the people you want to keep in touch with using <strong>New contact</strong>, and how often you would like to hear from each other.</Empty>
        )
      ) : (
        <ul className="space-y-3">
          {list.map((c) => (
            <ContactCard key={c.id} contact={c} reminder={reminderOf.get(c.id)} today={today} locale={locale} onChanged={refresh} />
          ))}
        </ul>
      )}
    </div>
  );
}
