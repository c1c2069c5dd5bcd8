import { useState } from 'react';
import { useForm } from 'react-hook-form';
import { api, unwrap } from '../../api/client';
import type { components } from '../../api/schema';
import { CreateForm } from '../../components/CreateForm';
import { Field } from '../../components/ui';
import { applyProblem } from '../../lib/forms';
import { MOODS, parseTags, type Mood } from '../../lib/journal';
import { toast } from '../../stores/toasts';

type Entry = components['schemas']['JournalEntryResponse'];
interface Form { content: string; entry_date: string; mood: Mood | ''; tags: string; is_private: boolean }
const FIELDS = ['content', 'entry_date', 'mood', 'tags', 'is_private'] as const;

/** Writes a new entry or changes one: private text, the day it belongs to, a mood and tags. */
export function EntryForm({ today, entry, onDone }: { today: string; entry?: Entry; onDone: () => void }) {
  const { register, handleSubmit, setError, formState: { errors, isSubmitting } } = useForm<Form>({
    defaultValues: {
      content: entry?.content ?? '', entry_date: entry?.entry_date ?? today, mood: entry?.mood ?? '',
      tags: (entry?.tags ?? []).join(', '), is_private: entry?.is_private ?? true,
    },
  });
  const [message, setMessage] = useState<string | null>(null);
  const prefix = entry?.id ? `journal-${entry.id}` : 'journal-new';

  const onSubmit = handleSubmit(async (f) => {
    setMessage(null);
    const body = { content: f.content, entry_date: f.entry_date || undefined, tags: parseTags(f.tags), is_private: f.is_private };
    try {
      if (entry?.id) {
        await unwrap(api.PUT('/api/journal/entries/{id}', { params: { path: { id: entry.id } }, body: { ...body, mood: f.mood || undefined } }));
        toast.success('Entry saved.');
      } else {
        await unwrap(api.POST('/api/journal/entries', { body: { ...body, mood: f.mood || undefined } }));
        toast.success('Entry written.');
      }
      onDone();
    } catch (e) {
      // the server names a bad tag tags[3]: it belongs to the tags field
      const problemFields = Object.fromEntries(Array.from({ length: 20 }, (_, i) => [`tags[${i}]`, 'tags']));
      setMessage(applyProblem(e, setError, FIELDS, problemFields));
    }
  });

  return (
    <CreateForm label={entry ? 'Change entry' : 'New journal entry'} message={message} submitting={isSubmitting}
      submitLabel={entry ? 'Save entry' : 'Write entry'} onSubmit={onSubmit} onCancel={onDone}>
      <Field label="What happened, how you feel" id={`${prefix}-content`} error={errors.content?.message}
        hint="Only you can read this: it is sealed with your key.">
        <textarea id={`${prefix}-content`} rows={5} className="input" aria-invalid={!!errors.content} aria-describedby={`${prefix}-content-hint`}
          {...register('content', { validate: (v) => v.trim().length > 0 || 'Write something first' })} />
      </Field>
      <div className="grid gap-3 sm:grid-cols-3">
        <Field label="Day" id={`${prefix}-date`} error={errors.entry_date?.message}>
          <input id={`${prefix}-date`} type="date" max={today} className="input" aria-invalid={!!errors.entry_date} {...register('entry_date')} />
        </Field>
        <Field label="Mood (optional)" id={`${prefix}-mood`} error={errors.mood?.message}>
          <select id={`${prefix}-mood`} className="input" {...register('mood')}>
            <option value="">No mood</option>
            {MOODS.map((m) => <option key={m.value} value={m.value}>{m.label}</option>)}
          </select>
        </Field>
        <Field label="Tags (comma-separated)" id={`${prefix}-tags`} error={errors.tags?.message}>
          <input id={`${prefix}-tags`} className="input" placeholder="sport, work" aria-invalid={!!errors.tags} {...register('tags')} />
        </Field>
      </div>
      <label className="flex items-center gap-2 text-sm">
        <input type="checkbox" {...register('is_private')} />
        Mark as private (a label kept with the entry; its text is sealed either way)
      </label>
    </CreateForm>
  );
}
