import { useState } from 'react';
import { useForm } from 'react-hook-form';
import { api, unwrap } from '../../api/client';
import { CreateForm } from '../../components/CreateForm';
import { Field } from '../../components/ui';
import { applyProblem } from '../../lib/forms';
import { toast } from '../../stores/toasts';

interface Form { course_name: string; platform: string; duration_minutes: string; progress_percentage: string; session_date: string; notes: string }
const FIELDS = ['course_name', 'platform', 'duration_minutes', 'progress_percentage', 'session_date', 'notes'] as const;

/** Logs a learning session; course and platform offer the names already used (compared ignoring case by the server). */
export function SessionForm({ today, courses, platforms, course, onDone }: {
  today: string; courses: string[]; platforms: string[]; course?: { name: string; platform?: string }; onDone: () => void;
}) {
  const { register, handleSubmit, setError, formState: { errors, isSubmitting } } = useForm<Form>({
    defaultValues: { course_name: course?.name ?? '', platform: course?.platform ?? '', duration_minutes: '', progress_percentage: '', session_date: today, notes: '' },
  });
  const [message, setMessage] = useState<string | null>(null);
  const onSubmit = handleSubmit(async (f) => {
    setMessage(null);
    try {
      await unwrap(api.POST('/api/learning/sessions', { body: {
        course_name: f.course_name, platform: f.platform || undefined, duration_minutes: Number(f.duration_minutes),
        progress_percentage: f.progress_percentage === '' ? undefined : Number(f.progress_percentage),
        session_date: f.session_date || undefined, notes: f.notes || undefined,
      } }));
      toast.success(`Logged ${f.duration_minutes} min of "${f.course_name}".`);
      onDone();
    } catch (e) {
      setMessage(applyProblem(e, setError, FIELDS));
    }
  });
  const whole = (min: number, max: number, text: string) => (v: string) => v === '' || (Number.isInteger(Number(v)) && Number(v) >= min && Number(v) <= max) || text;
  return (
    <CreateForm label="Log a learning session" message={message} submitting={isSubmitting} submitLabel="Log session" onSubmit={onSubmit} onCancel={onDone}>
      <div className="grid gap-3 sm:grid-cols-2">
        <Field label="Course" id="learning-course" error={errors.course_name?.message}>
          <input id="learning-course" className="input" list="learning-courses" aria-invalid={!!errors.course_name}
            {...register('course_name', { validate: (v) => v.trim().length > 0 || 'Name the course' })} />
          <datalist id="learning-courses">{courses.map((c) => <option key={c} value={c} />)}</datalist>
        </Field>
        <Field label="Platform (optional)" id="learning-platform" error={errors.platform?.message}>
          <input id="learning-platform" className="input" list="learning-platforms" {...register('platform')} />
          <datalist id="learning-platforms">{platforms.map((p) => <option key={p} value={p} />)}</datalist>
        </Field>
      </div>
      <div className="grid gap-3 sm:grid-cols-3">
        <Field label="Minutes" id="learning-minutes" error={errors.duration_minutes?.message}>
          <input id="learning-minutes" type="number" min={1} max={1440} inputMode="numeric" className="input" aria-invalid={!!errors.duration_minutes}
            {...register('duration_minutes', { required: 'How many minutes?', validate: whole(1, 1440, 'Whole minutes, 1 to 1440') })} />
        </Field>
        <Field label="Progress % (optional)" id="learning-progress" error={errors.progress_percentage?.message}>
          <input id="learning-progress" type="number" min={0} max={100} inputMode="numeric" className="input" aria-invalid={!!errors.progress_percentage}
            {...register('progress_percentage', { validate: whole(0, 100, 'A whole percentage, 0 to 100') })} />
        </Field>
        <Field label="Day" id="learning-date" error={errors.session_date?.message}>
          <input id="learning-date" type="date" max={today} className="input" {...register('session_date')} />
        </Field>
      </div>
      <Field label="Notes (private, optional)" id="learning-notes" error={errors.notes?.message}>
        <textarea id="learning-notes" rows={2} className="input" {...register('notes')} />
      </Field>
    </CreateForm>
  );
}
