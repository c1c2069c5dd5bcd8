import { useMemo, useState } from 'react';
import { useForm } from 'react-hook-form';
import { Link, useNavigate } from 'react-router';
import { signUp } from '../../api/auth';
import { Field } from '../../components/ui';
import { applyProblem } from '../../lib/forms';
import { browserZone, timeZones, weekdayLabel, WEEKDAYS, type Weekday } from '../../lib/dates';
import { AuthLayout } from './AuthLayout';
import { toast } from '../../stores/toasts';

interface Form { first_name: string; last_name: string; email: string; password: string; timezone: string; week_start: Weekday }

export default function SignUp() {
  const zones = useMemo(() => timeZones(), []);
  const { register, handleSubmit, setError, formState: { errors, isSubmitting } } = useForm<Form>({
    defaultValues: { timezone: browserZone(), week_start: 'monday' },
  });
  const [message, setMessage] = useState<string | null>(null);
  const navigate = useNavigate();

  const onSubmit = handleSubmit(async (form) => {
    setMessage(null);
    try {
      await signUp({
        email: form.email, password: form.password, timezone: form.timezone, week_start: form.week_start,
        first_name: form.first_name || undefined, last_name: form.last_name || undefined,
      });
      toast.success('Welcome to LifeOS! Start by creating your first habit.');
      navigate('/', { replace: true });
    } catch (e) {
      setMessage(applyProblem(e, setError, ['first_name', 'last_name', 'email', 'password', 'timezone', 'week_start']));
    }
  });

  return (
    <AuthLayout title="Create your account">
      <form onSubmit={onSubmit} noValidate className="space-y-4">
        {message && <p role="alert" className="field-error">{message}</p>}
        <div className="grid gap-4 sm:grid-cols-2">
          <Field label="First name" id="first_name" error={errors.first_name?.message}>
            <input id="first_name" autoComplete="given-name" className="input" {...register('first_name')} />
          </Field>
          <Field label="Last name" id="last_name" error={errors.last_name?.message}>
            <input id="last_name" autoComplete="family-name" className="input" {...register('last_name')} />
          </Field>
        </div>
        <Field label="Email" id="email" error={errors.email?.message}>
          <input id="email" type="email" autoComplete="email" className="input" aria-invalid={!!errors.email}
            {...register('email', { required: 'Enter your email' })} />
        </Field>
        <Field label="Password" id="password" error={errors.password?.message} hint="At least 8 characters.">
          <input id="password" type="password" autoComplete="new-password" className="input" aria-invalid={!!errors.password}
            aria-describedby="password-hint" {...register('password', { required: 'Choose a password' })} />
        </Field>
        <Field label="Time zone" id="timezone" error={errors.timezone?.message} hint="Your days, streaks and reminders follow this zone.">
          <select id="timezone" className="input" aria-describedby="timezone-hint" {...register('timezone')}>
            {zones.map((z) => <option key={z} value={z}>{z}</option>)}
          </select>
        </Field>
        <Field label="Week starts on" id="week_start" error={errors.week_start?.message}>
          <select id="week_start" className="input" {...register('week_start')}>
            {WEEKDAYS.map((d) => <option key={d} value={d}>{weekdayLabel(d, undefined, 'long')}</option>)}
          </select>
        </Field>
        <button type="submit" className="btn-primary w-full" disabled={isSubmitting}>Create account</button>
      </form>
      <p className="mt-4 text-sm">Already have an account? <Link className="text-blue-800 underline" to="/sign-in">Sign in</Link></p>
    </AuthLayout>
  );
}
