import { useState } from 'react';
import { useForm } from 'react-hook-form';
import { api, unwrap } from '../../api/client';
import type { components } from '../../api/schema';
import { Field } from '../../components/ui';
import { weekdayLabel, weekdaysFrom, type Weekday } from '../../lib/dates';
import { applyProblem } from '../../lib/forms';
import { toast } from '../../stores/toasts';

type Habit = components['schemas']['HabitView'];
type Frequency = 'daily' | 'weekly' | 'weekdays';

interface Form {
  title: string; description: string; category: string; frequency: Frequency;
  target_per_week: number; days_of_week: Weekday[]; reminder_time: string;
}

const FIELDS = ['title', 'description', 'category', 'frequency', 'target_per_week', 'days_of_week', 'reminder_time'] as const;

/** Create or edit a habit: daily, N times per week, or on chosen weekdays (the day picker). */
export function HabitForm({ habit, weekStart, onDone }: { habit?: Habit; weekStart: Weekday; onDone: () => void }) {
  const { register, handleSubmit, watch, setError, formState: { errors, isSubmitting } } = useForm<Form>({
    defaultValues: {
      title: habit?.title ?? '', description: habit?.description ?? '', category: habit?.category ?? '',
      frequency: habit?.frequency ?? 'daily', target_per_week: habit?.target_per_week ?? 3,
      days_of_week: (habit?.days_of_week as Weekday[] | undefined) ?? [], reminder_time: habit?.reminder_time?.slice(0, 5) ?? '',
    },
  });
  const [message, setMessage] = useState<string | null>(null);
  const frequency = watch('frequency');

  const onSubmit = handleSubmit(async (f) => {
    setMessage(null);
    const body = {
      title: f.title, description: f.description || undefined, category: f.category || undefined, frequency: f.frequency,
      target_per_week: f.frequency === 'weekly' ? Number(f.target_per_week) : undefined,
      days_of_week: f.frequency === 'weekdays' ? f.days_of_week : undefined,
      reminder_time: f.reminder_time || undefined,
    };
    try {
      if (habit?.id) {
        await unwrap(api.PUT('/api/habits/{id}', { params: { path: { id: habit.id } }, body }));
        toast.success(`Saved "${f.title}".`);
      } else {
        await unwrap(api.POST('/api/habits', { body }));
        toast.success(`Created "${f.title}". Check in when you have done it today.`);
      }
      onDone();
    } catch (e) {
      setMessage(applyProblem(e, setError, FIELDS));
    }
  });

  const idp = habit?.id ?? 'new';
  return (
    <form onSubmit={onSubmit} noValidate className="card space-y-3" aria-label={habit ? `Edit ${habit.title}` : 'New habit'}>
      {message && <p role="alert" className="field-error">{message}</p>}
      <Field label="Title" id={`${idp}-title`} error={errors.title?.message}>
        <input id={`${idp}-title`} className="input" aria-invalid={!!errors.title} {...register('title', { required: 'Give the habit a title' })} />
      </Field>
      <div className="grid gap-3 sm:grid-cols-2">
        <Field label="Category (optional)" id={`${idp}-category`} error={errors.category?.message}>
          <input id={`${idp}-category`} className="input" {...register('category')} />
        </Field>
        <Field label="Reminder time (optional)" id={`${idp}-reminder`} error={errors.reminder_time?.message}>
          <input id={`${idp}-reminder`} type="time" className="input" {...register('reminder_time')} />
        </Field>
      </div>
      <Field label="Description (optional)" id={`${idp}-description`} error={errors.description?.message}>
        <textarea id={`${idp}-description`} rows={2} className="input" {...register('description')} />
      </Field>
      <fieldset>
        <legend className="label">How often</legend>
        <div className="mt-1 flex flex-wrap gap-4 text-sm">
          <label className="flex items-center gap-1"><input type="radio" value="daily" {...register('frequency')} /> Every day</label>
          <label className="flex items-center gap-1"><input type="radio" value="weekly" {...register('frequency')} /> A number of times per week</label>
          <label className="flex items-center gap-1"><input type="radio" value="weekdays" {...register('frequency')} /> On chosen days</label>
        </div>
        {errors.frequency && <p role="alert" className="field-error">{errors.frequency.message}</p>}
      </fieldset>
      {frequency === 'weekly' && (
        <Field label="Times per week" id={`${idp}-target`} error={errors.target_per_week?.message}>
          <input id={`${idp}-target`} type="number" min={1} max={7} className="input w-24" {...register('target_per_week', { valueAsNumber: true })} />
        </Field>
      )}
      {frequency === 'weekdays' && (
        <fieldset>
          <legend className="label">Days</legend>
          <div className="mt-1 flex flex-wrap gap-2">
            {weekdaysFrom(weekStart).map((d) => (
              <label key={d} className="flex items-center gap-1 rounded border border-slate-300 px-2 py-1 text-sm">
                <input type="checkbox" value={d} {...register('days_of_week', { validate: (v) => frequency !== 'weekdays' || v.length > 0 || 'Pick at least one day' })} />
                {weekdayLabel(d)}
              </label>
            ))}
          </div>
          {errors.days_of_week && <p role="alert" className="field-error">{errors.days_of_week.message}</p>}
        </fieldset>
      )}
      <div className="flex gap-2">
        <button type="submit" className="btn-primary" disabled={isSubmitting}>{habit ? 'Save' : 'Create habit'}</button>
        <button type="button" className="btn-secondary" onClick={onDone}>Cancel</button>
      </div>
    </form>
  );
}
