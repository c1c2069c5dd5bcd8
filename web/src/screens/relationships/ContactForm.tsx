import { useState } from 'react';
import { useForm } from 'react-hook-form';
import { api, unwrap } from '../../api/client';
import { CreateForm } from '../../components/CreateForm';
import { Field } from '../../components/ui';
import { applyProblem } from '../../lib/forms';
import { toast } from '../../stores/toasts';

interface Form { contact_name: string; relationship_type: string; contact_every_days: string; last_contact_date: string; next_contact_date: string; notes: string }
const FIELDS = ['contact_name', 'relationship_type', 'contact_every_days', 'last_contact_date', 'next_contact_date', 'notes'] as const;

/** A new contact: a name, what they are to you, and how often you want to be in touch. */
export function ContactForm({ types, onDone }: { types: string[]; onDone: () => void }) {
  const { register, handleSubmit, setError, formState: { errors, isSubmitting } } = useForm<Form>({
    defaultValues: { contact_name: '', relationship_type: '', contact_every_days: '', last_contact_date: '', next_contact_date: '', notes: '' },
  });
  const [message, setMessage] = useState<string | null>(null);
  const onSubmit = handleSubmit(async (f) => {
    setMessage(null);
    try {
      await unwrap(api.POST('/api/relationships', { body: {
        contact_name: f.contact_name.trim(), relationship_type: f.relationship_type.trim() || undefined,
        contact_every_days: f.contact_every_days ? Number(f.contact_every_days) : undefined,
        last_contact_date: f.last_contact_date || undefined, next_contact_date: f.next_contact_date || undefined,
        notes: f.notes || undefined,
      } }));
      toast.success(`Added ${f.contact_name.trim()}.`);
      onDone();
    } catch (e) {
      setMessage(applyProblem(e, setError, FIELDS));
    }
  });
  return (
    <CreateForm label="New contact" message={message} submitting={isSubmitting} submitLabel="Add contact" onSubmit={onSubmit} onCancel={onDone}>
      <div className="grid gap-3 sm:grid-cols-2">
        <Field label="Name" id="contact-name" error={errors.contact_name?.message}>
          <input id="contact-name" className="input" aria-invalid={!!errors.contact_name}
            {...register('contact_name', { validate: (v) => v.trim() !== '' || 'Give the contact a name' })} />
        </Field>
        <Field label="Type (optional)" id="contact-type" error={errors.relationship_type?.message} hint="friend, family, colleague, …">
          <input id="contact-type" className="input" list="contact-types" aria-describedby="contact-type-hint"
            {...register('relationship_type', { maxLength: { value: 50, message: 'At most 50 characters' } })} />
          <datalist id="contact-types">{types.map((t) => <option key={t} value={t} />)}</datalist>
        </Field>
      </div>
      <div className="grid gap-3 sm:grid-cols-3">
        <Field label="Be in touch every … days (optional)" id="contact-every" error={errors.contact_every_days?.message}>
          <input id="contact-every" type="number" inputMode="numeric" min={1} max={3650} className="input" aria-invalid={!!errors.contact_every_days}
            {...register('contact_every_days', { validate: (v) => v === '' || (Number.isInteger(Number(v)) && Number(v) >= 1 && Number(v) <= 3650) || 'A whole number of days from 1 to 3650' })} />
        </Field>
        <Field label="Last contact (optional)" id="contact-last" error={errors.last_contact_date?.message}>
          <input id="contact-last" type="date" className="input" {...register('last_contact_date')} />
        </Field>
        <Field label="Next contact (optional)" id="contact-next" error={errors.next_contact_date?.message} hint="Left empty, it follows from the rhythm">
          <input id="contact-next" type="date" className="input" aria-describedby="contact-next-hint" {...register('next_contact_date')} />
        </Field>
      </div>
      <Field label="Notes (private, optional)" id="contact-notes" error={errors.notes?.message}>
        <textarea id="contact-notes" rows={2} className="input" {...register('notes', { maxLength: { value: 2000, message: 'At most 2000 characters' } })} />
      </Field>
    </CreateForm>
  );
}
