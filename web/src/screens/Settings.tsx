import { useMemo, useState } from 'react';
import { useForm } from 'react-hook-form';
import { useNavigate } from 'react-router';
import { api, apiRequest, unwrap } from '../api/client';
import { problemOf } from '../api/problem';
import { Field, PageTitle } from '../components/ui';
import { timeZones, weekdayLabel, WEEKDAYS, type Weekday } from '../lib/dates';
import { applyProblem } from '../lib/forms';
import { useAuth } from '../stores/auth';
import { useSettings } from '../stores/settings';
import { toast } from '../stores/toasts';
import { stopLive } from '../live/stomp';

interface ProfileForm { first_name: string; last_name: string; timezone: string; week_start: Weekday }
interface PreferencesForm { currency: string; day_start_hour: string; learning_minutes_per_week: string; ai_share_private_text: boolean }
const PREFERENCE_KEYS = ['currency', 'day_start_hour', 'learning_minutes_per_week', 'ai_share_private_text'] as const;

function Profile() {
  const user = useAuth((s) => s.user);
  const zones = useMemo(() => timeZones(user?.timezone), [user?.timezone]);
  const { register, handleSubmit, setError, formState: { errors, isSubmitting } } = useForm<ProfileForm>({
    defaultValues: {
      first_name: user?.first_name ?? '', last_name: user?.last_name ?? '',
      timezone: user?.timezone ?? 'UTC', week_start: (user?.week_start as Weekday | undefined) ?? 'monday',
    },
  });
  const [message, setMessage] = useState<string | null>(null);
  const onSubmit = handleSubmit(async (f) => {
    setMessage(null);
    try {
      const me = await unwrap(api.PUT('/api/auth/profile', { body: f }));
      useAuth.getState().setUser(me);
      toast.success('Profile saved. Dates now follow your time zone and week start.');
    } catch (e) {
      setMessage(applyProblem(e, setError, ['first_name', 'last_name', 'timezone', 'week_start']));
    }
  });
  return (
    <form onSubmit={onSubmit} noValidate className="card space-y-3" aria-labelledby="profile-h">
      <h2 id="profile-h" className="text-lg font-semibold">Profile</h2>
      <p className="text-sm text-slate-700">Signed in as {user?.email}</p>
      {message && <p role="alert" className="field-error">{message}</p>}
      <div className="grid gap-3 sm:grid-cols-2">
        <Field label="First name" id="p-first" error={errors.first_name?.message}><input id="p-first" className="input" {...register('first_name')} /></Field>
        <Field label="Last name" id="p-last" error={errors.last_name?.message}><input id="p-last" className="input" {...register('last_name')} /></Field>
        <Field label="Time zone" id="p-zone" error={errors.timezone?.message}>
          <select id="p-zone" className="input" {...register('timezone')}>{zones.map((z) => <option key={z} value={z}>{z}</option>)}</select>
        </Field>
        <Field label="Week starts on" id="p-week" error={errors.week_start?.message}>
          <select id="p-week" className="input" {...register('week_start')}>
            {WEEKDAYS.map((d) => <option key={d} value={d}>{weekdayLabel(d, undefined, 'long')}</option>)}
          </select>
        </Field>
      </div>
      <button type="submit" className="btn-primary" disabled={isSubmitting}>Save profile</button>
    </form>
  );
}

function Preferences() {
  const values = useSettings((s) => s.values);
  const { register, handleSubmit, setError, formState: { errors, isSubmitting, dirtyFields } } = useForm<PreferencesForm>({
    values: {
      currency: typeof values.currency === 'string' ? values.currency : '',
      day_start_hour: values.day_start_hour != null ? String(values.day_start_hour) : '',
      learning_minutes_per_week: values.learning_minutes_per_week != null ? String(values.learning_minutes_per_week) : '',
      ai_share_private_text: values.ai_share_private_text === true,
    },
    // Reloaded settings must not wipe a refused value or its message.
    resetOptions: { keepErrors: true, keepDirtyValues: true },
  });
  const [message, setMessage] = useState<string | null>(null);
  const onSubmit = handleSubmit(async (f) => {
    setMessage(null);
    let failed = 0;
    for (const key of PREFERENCE_KEYS) {
      if (!dirtyFields[key]) continue;
      const value = f[key];
      try {
        if (value === '') await unwrap(api.DELETE('/api/settings/{key}', { params: { path: { key } } }));
        else await unwrap(api.PUT('/api/settings/{key}', { params: { path: { key } }, body: { value } }));
      } catch (e) {
        // Each setting is its own call: its error (the server names the field `value`) goes next to that setting.
        const problem = problemOf(e);
        setError(key, { type: 'server', message: problem.fieldErrors.value ?? problem.detail });
        failed++;
      }
    }
    try {
      await useSettings.getState().load();
    } catch (e) {
      setMessage(problemOf(e).detail);
    }
    if (failed === 0) toast.success('Settings saved.');
  });
  return (
    <form onSubmit={onSubmit} noValidate className="card space-y-3" aria-labelledby="prefs-h">
      <h2 id="prefs-h" className="text-lg font-semibold">Settings</h2>
      {message && <p role="alert" className="field-error">{message}</p>}
      <div className="grid gap-3 sm:grid-cols-3">
        <Field label="Currency (ISO code, e.g. EUR)" id="s-currency" error={errors.currency?.message}>
          <input id="s-currency" className="input" maxLength={3} {...register('currency')} />
        </Field>
        <Field label="Day starts at hour (0–23)" id="s-day" error={errors.day_start_hour?.message}>
          <input id="s-day" type="number" min={0} max={23} className="input" {...register('day_start_hour')} />
        </Field>
        <Field label="Learning aim, minutes per week" id="s-learn" error={errors.learning_minutes_per_week?.message}>
          <input id="s-learn" type="number" min={1} max={10080} className="input" {...register('learning_minutes_per_week')} />
        </Field>
      </div>
      <label className="flex items-center gap-2 text-sm">
        <input type="checkbox" {...register('ai_share_private_text')} />
        Let AI insights read my private text (journal, notes)
      </label>
      <button type="submit" className="btn-primary" disabled={isSubmitting}>Save settings</button>
    </form>
  );
}

function Account() {
  const navigate = useNavigate();
  const [exporting, setExporting] = useState(false);
  const { register, handleSubmit, setError, formState: { errors, isSubmitting } } = useForm<{ password: string; confirm: boolean }>();
  const [message, setMessage] = useState<string | null>(null);

  async function exportData() {
    setExporting(true);
    try {
      const data = await apiRequest('GET', '/api/account/export');
      const url = URL.createObjectURL(new Blob([JSON.stringify(data, null, 2)], { type: 'application/json' }));
      const a = document.createElement('a');
      a.href = url;
      a.download = `lifeos-export-${new Date().toISOString().slice(0, 10)}.json`;
      a.click();
      URL.revokeObjectURL(url);
      toast.success('Your data is downloading.');
    } catch (e) {
      toast.error(problemOf(e).detail);
    } finally {
      setExporting(false);
    }
  }

  const onDelete = handleSubmit(async ({ password }) => {
    setMessage(null);
    try {
      await unwrap(api.DELETE('/api/account', { body: { password } }));
      await stopLive();
      useAuth.getState().signedOut();
      toast.success('Your account and all its data are deleted.');
      navigate('/sign-in', { replace: true });
    } catch (e) {
      setMessage(applyProblem(e, setError, ['password']));
    }
  });

  return (
    <section className="card space-y-4" aria-labelledby="account-h">
      <h2 id="account-h" className="text-lg font-semibold">Your data</h2>
      <div>
        <p className="text-sm">Download everything LifeOS holds about you as one JSON file.</p>
        <button type="button" className="btn-secondary mt-2" disabled={exporting} onClick={() => void exportData()}>Export my data</button>
      </div>
      <form onSubmit={onDelete} noValidate className="space-y-3 border-t border-slate-200 pt-4" aria-labelledby="delete-h">
        <h3 id="delete-h" className="font-semibold text-red-800">Delete my account</h3>
        <p className="text-sm">
          This erases your account and every habit, goal, project, record and note in it, signs out every device, and cannot be
          undone. Export your data first if you want to keep it.
        </p>
        {message && <p role="alert" className="field-error">{message}</p>}
        <Field label="Your password" id="del-password" error={errors.password?.message}>
          <input id="del-password" type="password" autoComplete="current-password" className="input"
            {...register('password', { required: 'Enter your password to confirm' })} />
        </Field>
        <label className="flex items-center gap-2 text-sm">
          <input type="checkbox" {...register('confirm', { required: 'Tick this to confirm' })} />
          I understand that my data is deleted for good.
        </label>
        {errors.confirm && <p role="alert" className="field-error">{errors.confirm.message}</p>}
        <button type="submit" className="btn-danger" disabled={isSubmitting}>Delete my account</button>
      </form>
    </section>
  );
}

export default function Settings() {
  return (
    <div className="space-y-4">
      <PageTitle>Settings and account</PageTitle>
      <Profile />
      <Preferences />
      <Account />
    </div>
  );
}
