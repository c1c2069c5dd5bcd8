import { useState } from 'react';
import { api, unwrap } from '../../api/client';
import { problemOf } from '../../api/problem';
import type { components } from '../../api/schema';
import { Badge, Skeleton } from '../../components/ui';
import { formatDate } from '../../lib/dates';
import { cadenceText, reminderText, reminderTone, type Reminder } from '../../lib/relationships';
import { useQuery } from '../../lib/useQuery';
import { toast } from '../../stores/toasts';
import { InteractionForm } from './InteractionForm';

type Contact = components['schemas']['RelationshipResponse'];

function Interactions({ contact, locale }: { contact: Contact; locale?: string }) {
  const list = useQuery(() => unwrap(api.GET('/api/relationships/{id}/interactions', { params: { path: { id: contact.id! } } })),
    [contact.id], ['relationship_updated']);
  if (list.error) return <p role="alert" className="field-error">{list.error.detail}</p>;
  if (!list.data) return <Skeleton lines={2} />;
  const items = [...(list.data.items ?? [])].sort((a, b) => (b.date ?? '').localeCompare(a.date ?? '') || (b.recorded_at ?? '').localeCompare(a.recorded_at ?? ''));
  if (items.length === 0) return <p className="text-sm text-slate-700">Nothing logged yet: use <strong>Log interaction</strong> after you have been in touch.</p>;
  return (
    <ul className="space-y-1 text-sm" aria-label={`Interactions with ${contact.contact_name}`}>
      {items.map((i) => (
        <li key={i.id} className="border-l-2 border-slate-300 pl-2">
          <span className="font-medium">{i.date ? formatDate(i.date, locale) : ''}</span> — {i.kind || 'contact'}
          {i.notes && <span className="text-slate-700">: {i.notes}</span>}
        </li>
      ))}
    </ul>
  );
}

/** Cadence and next date, edited together: the next date is the plan, the cadence the habit behind it. */
function PlanEditor({ contact, onSaved }: { contact: Contact; onSaved: () => void }) {
  const [next, setNext] = useState(contact.next_contact_date ?? '');
  const [every, setEvery] = useState(contact.contact_every_days ? String(contact.contact_every_days) : '');
  const [error, setError] = useState<{ field: string; message: string } | null>(null);
  const [saving, setSaving] = useState(false);
  const id = contact.id!;
  const changed = next !== (contact.next_contact_date ?? '') || every !== (contact.contact_every_days ? String(contact.contact_every_days) : '');

  async function save() {
    setError(null);
    const body: components['schemas']['ChangeRelationshipRequest'] = {};
    if (next && next !== contact.next_contact_date) body.next_contact_date = next;
    if (every !== (contact.contact_every_days ? String(contact.contact_every_days) : '')) {
      const n = Number(every);
      if (!Number.isInteger(n) || n < 1 || n > 3650) {
        setError({ field: 'contact_every_days', message: 'A whole number of days from 1 to 3650' });
        return;
      }
      body.contact_every_days = n;
    }
    if (Object.keys(body).length === 0) return;
    setSaving(true);
    try {
      await unwrap(api.PUT('/api/relationships/{id}', { params: { path: { id } }, body }));
      toast.success(`Saved the plan for ${contact.contact_name}.`);
      onSaved();
    } catch (e) {
      const p = problemOf(e);
      const [field, message] = Object.entries(p.fieldErrors)[0] ?? ['', p.detail];
      setError({ field, message });
    } finally {
      setSaving(false);
    }
  }
  /** A cadence error shows at the cadence; any other (the next date's, or one about the whole change) at the date. */
  const errorFor = (field: string) => (!error ? null : (error.field === 'contact_every_days') === (field === 'contact_every_days') ? error.message : null);
  return (
    <div className="flex flex-wrap items-end gap-3">
      <div>
        <label htmlFor={`next-${id}`} className="label">Next contact</label>
        <input id={`next-${id}`} type="date" className="input mt-1" value={next} aria-invalid={!!errorFor('next_contact_date')}
          aria-describedby={errorFor('next_contact_date') ? `next-${id}-error` : undefined} onChange={(e) => setNext(e.target.value)} />
        {errorFor('next_contact_date') && <p id={`next-${id}-error`} role="alert" className="field-error">{errorFor('next_contact_date')}</p>}
      </div>
      <div className="w-36">
        <label htmlFor={`every-${id}`} className="label">Every … days</label>
        <input id={`every-${id}`} type="number" min={1} max={3650} inputMode="numeric" className="input mt-1" value={every}
          aria-invalid={!!errorFor('contact_every_days')} aria-describedby={errorFor('contact_every_days') ? `every-${id}-error` : undefined}
          onChange={(e) => setEvery(e.target.value)} />
        {errorFor('contact_every_days') && <p id={`every-${id}-error`} role="alert" className="field-error">{errorFor('contact_every_days')}</p>}
      </div>
      <button type="button" className="btn-secondary" disabled={saving || !changed} onClick={() => void save()}>Save plan</button>
    </div>
  );
}

export function ContactCard({ contact, reminder, today, locale, onChanged }: {
  contact: Contact; reminder?: Reminder; today: string; locale?: string; onChanged: () => void;
}) {
  const [logging, setLogging] = useState(false);
  const [showHistory, setShowHistory] = useState(false);
  const name = contact.contact_name ?? '';
  const cadence = cadenceText(contact.contact_every_days);

  async function remove() {
    if (!window.confirm(`Delete ${name} and the interactions logged with them?`)) return;
    try {
      await unwrap(api.DELETE('/api/relationships/{id}', { params: { path: { id: contact.id! } } }));
      toast.success(`Deleted ${name}.`);
    } catch (e) {
      toast.error(problemOf(e).detail);
    }
    onChanged();
  }

  return (
    <li id={`contact-${contact.id}`} className="card space-y-3">
      <div className="flex flex-wrap items-center gap-2">
        <h2 className="flex-1 font-semibold">{name}</h2>
        {reminder && <Badge tone={reminderTone(reminder)}>{reminderText(reminder)}</Badge>}
        {contact.relationship_type && <Badge tone="blue">{contact.relationship_type}</Badge>}
      </div>
      <p className="text-sm text-slate-700" data-testid="contact-summary">
        {cadence ? `Be in touch ${cadence}` : 'No rhythm set'}
        {' · '}{contact.last_contact_date ? `last contact ${formatDate(contact.last_contact_date, locale)}` : 'no contact logged'}
        {contact.next_contact_date && ` · next ${formatDate(contact.next_contact_date, locale)}`}
      </p>
      {contact.notes && <p className="text-sm">{contact.notes}</p>}
      <PlanEditor key={`${contact.next_contact_date}-${contact.contact_every_days}`} contact={contact} onSaved={onChanged} />
      {logging && <InteractionForm contactId={contact.id!} name={name} today={today} onDone={(saved) => { setLogging(false); if (saved) onChanged(); }} />}
      <div className="flex flex-wrap gap-2">
        {!logging && <button type="button" className="btn-primary" onClick={() => setLogging(true)}>Log interaction</button>}
        <button type="button" className="btn-secondary" aria-expanded={showHistory} onClick={() => setShowHistory((s) => !s)}>
          {showHistory ? 'Hide interactions' : 'Interactions'}
        </button>
        <button type="button" className="btn-secondary" onClick={() => void remove()}>Delete</button>
      </div>
      {showHistory && <Interactions contact={contact} locale={locale} />}
    </li>
  );
}
