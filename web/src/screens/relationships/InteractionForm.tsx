import { useState } from 'react';
import { useForm } from 'react-hook-form';
import { api, unwrap } from '../../api/client';
import { CreateForm } from '../../components/CreateForm';
import { Field } from '../../components/ui';
import { applyProblem } from '../../lib/forms';
import { toast } from '../../stores/toasts';

interface Form { date: string; kind: string; notes: string }
const FIELDS = ['date', 'kind', 'notes'] as const;
export const KINDS = ['call', 'message', 'meeting', 'video call', 'email', 'letter'];

/** Logs that you were in touch: it moves the last contact date, and with a rhythm the next one. */
export function InteractionForm({ contactId, name, today, onDone }: { contactId: string; name: string; today: string; onDone: (saved: boolean) => void }) {
  const { register, handleSubmit, setError, formState: { errors, isSubmitting } } = useForm<Form>({
    defaultValues: { date: today, kind: 'call', notes: '' },
  });
  const [message, setMessage] = useState<string | null>(null);
  const prefix = `interaction-${contactId}`;
  const onSubmit = handleSubmit(async (f) => {
    setMessage(null);
    try {
      await unwrap(api.POST('/api/relationships/{id}/interactions', { params: { path: { id: contactId } }, body: {
        date: f.date || undefined, kind: f.kind.trim() || undefined, notes: f.notes || undefined,
      } }));
      toast.success(`Logged a ${f.kind.trim() || 'contact'} with ${name}.`);
      onDone(true);
    } catch (e) {
      setMessage(applyProblem(e, setError, FIELDS));
    }
  });
  return (
    <CreateForm label={`Log an interaction with ${name}`} message={message} submitting={isSubmitting} submitLabel="Log interaction"
      onSubmit={onSubmit} onCancel={() => onDone(false)}>
      <div className="grid gap-3 sm:grid-cols-2">
        <Field label="Date" id={`${prefix}-date`} error={errors.date?.message}>
          <input id={`${prefix}-date`} type="date" max={today} className="input" aria-invalid={!!errors.date}
            {...register('date', { validate: (v) => !v || v <= today || 'Not in the future' })} />
        </Field>
        <Field label="Kind" id={`${prefix}-kind`} error={errors.kind?.message}>
          <input id={`${prefix}-kind`} className="input" list={`${prefix}-kinds`}
            {...register('kind', { maxLength: { value: 50, message: 'At most 50 characters' } })} />
          <datalist id={`${prefix}-kinds`}>{KINDS.map((k) => <option key={k} value={k} />)}</datalist>
        </Field>
      </div>
      <Field label="Note (private, optional)" id={`${prefix}-notes`} error={errors.notes?.message}>
        <textarea id={`${prefix}-notes`} rows={2} className="input" {...register('notes', { maxLength: { value: 2000, message: 'At most 2000 characters' } })} />
      </Field>
    </CreateForm>
  );
}
