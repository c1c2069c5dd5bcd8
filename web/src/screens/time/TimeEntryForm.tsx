import { useState } from 'react';
import { useForm } from 'react-hook-form';
import { api, unwrap } from '../../api/client';
import { CreateForm } from '../../components/CreateForm';
import { Field } from '../../components/ui';
import { formatMinutes } from '../../lib/format';
import { applyProblem } from '../../lib/forms';
import { fromLocalInput, minutesBetweenLocal, nowLocalInput } from '../../lib/zoned';
import { toast } from '../../stores/toasts';

type Mode = 'times' | 'duration';
interface Form { activity: string; category: string; mode: Mode; start_time: string; end_time: string; duration_minutes: string; date: string; productivity_score: string }
const FIELDS = ['activity', 'category', 'start_time', 'end_time', 'duration_minutes', 'date', 'productivity_score'] as const;

/**
 * Tracks time: a start and an end in the person's zone (the duration follows), or a duration alone on a day.
 * Overlapping entries are allowed; the server reports them and the list marks them.
 */
export function TimeEntryForm({ zone, today, categories, onDone }: { zone: string; today: string; categories: string[]; onDone: () => void }) {
  const now = nowLocalInput(zone);
  const { register, handleSubmit, setError, watch, formState: { errors, isSubmitting } } = useForm<Form>({
    defaultValues: { activity: '', category: '', mode: 'times', start_time: '', end_time: now, duration_minutes: '', date: today, productivity_score: '' },
  });
  const [message, setMessage] = useState<string | null>(null);
  const mode = watch('mode');
  const derived = minutesBetweenLocal(watch('start_time'), watch('end_time'), zone);

  const onSubmit = handleSubmit(async (f) => {
    setMessage(null);
    const times = f.mode === 'times'
      ? { start_time: fromLocalInput(f.start_time, zone), end_time: fromLocalInput(f.end_time, zone) }
      : { duration_minutes: Number(f.duration_minutes), date: f.date || undefined };
    try {
      const saved = await unwrap(api.POST('/api/time/entries', { body: {
        activity: f.activity, category: f.category.trim() || undefined, ...times,
        productivity_score: f.productivity_score === '' ? undefined : Number(f.productivity_score),
      } }));
      const overlaps = saved?.overlaps_with?.length ?? 0;
      toast.success(`Tracked ${formatMinutes(saved?.duration_minutes ?? 0)} of "${f.activity}".${overlaps ? ` It overlaps ${overlaps} other ${overlaps === 1 ? 'entry' : 'entries'}.` : ''}`);
      onDone();
    } catch (e) {
      setMessage(applyProblem(e, setError, FIELDS));
    }
  });

  return (
    <CreateForm label="Track time" message={message} submitting={isSubmitting} submitLabel="Track" onSubmit={onSubmit} onCancel={onDone}>
      <div className="grid gap-3 sm:grid-cols-2">
        <Field label="Activity" id="time-activity" error={errors.activity?.message}>
          <input id="time-activity" className="input" aria-invalid={!!errors.activity}
            {...register('activity', { validate: (v) => v.trim().length > 0 || 'Say what you did' })} />
        </Field>
        <Field label="Category (optional)" id="time-category" error={errors.category?.message}>
          <input id="time-category" className="input" list="time-categories" placeholder="work" {...register('category')} />
          <datalist id="time-categories">{categories.map((c) => <option key={c} value={c} />)}</datalist>
        </Field>
      </div>
      <fieldset className="flex flex-wrap gap-4 text-sm">
        <legend className="label mb-1">What you know</legend>
        <label className="flex items-center gap-2"><input type="radio" value="times" {...register('mode')} /> Start and end</label>
        <label className="flex items-center gap-2"><input type="radio" value="duration" {...register('mode')} /> Only how long</label>
      </fieldset>
      {mode === 'times' ? (
        <div className="grid gap-3 sm:grid-cols-3">
          <Field label="Start" id="time-start" error={errors.start_time?.message}>
            <input id="time-start" type="datetime-local" className="input" aria-invalid={!!errors.start_time}
              {...register('start_time', { validate: (v) => mode !== 'times' || !!v || 'When did it start?' })} />
          </Field>
          <Field label="End" id="time-end" error={errors.end_time?.message}>
            <input id="time-end" type="datetime-local" className="input" aria-invalid={!!errors.end_time}
              {...register('end_time', {
                validate: (v) => mode !== 'times' || (!!v && (derived == null || derived > 0)) || 'The end comes after the start',
              })} />
          </Field>
          <p className="self-end pb-2 text-sm text-slate-700" aria-live="polite" data-testid="derived-duration">
            {derived != null && derived > 0 ? `Duration: ${formatMinutes(derived)}` : 'The duration follows from start and end.'}
          </p>
        </div>
      ) : (
        <div className="grid gap-3 sm:grid-cols-3">
          <Field label="Minutes" id="time-minutes" error={errors.duration_minutes?.message}>
            <input id="time-minutes" type="number" min={1} max={1440} inputMode="numeric" className="input" aria-invalid={!!errors.duration_minutes}
              {...register('duration_minutes', { validate: (v) => mode !== 'duration' || (Number.isInteger(Number(v)) && Number(v) >= 1 && Number(v) <= 1440) || 'Whole minutes, 1 to 1440' })} />
          </Field>
          <Field label="Day" id="time-date" error={errors.date?.message}>
            <input id="time-date" type="date" max={today} className="input" {...register('date')} />
          </Field>
        </div>
      )}
      <Field label="Productivity 1–10 (optional)" id="time-score" error={errors.productivity_score?.message}>
        <input id="time-score" type="number" min={1} max={10} inputMode="numeric" className="input sm:w-40" aria-invalid={!!errors.productivity_score}
          {...register('productivity_score', { validate: (v) => v === '' || (Number.isInteger(Number(v)) && Number(v) >= 1 && Number(v) <= 10) || 'A whole number, 1 to 10' })} />
      </Field>
    </CreateForm>
  );
}
