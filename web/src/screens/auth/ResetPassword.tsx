import { useState } from 'react';
import { useForm } from 'react-hook-form';
import { Link, useLocation } from 'react-router';
import { api, unwrap } from '../../api/client';
import { Field } from '../../components/ui';
import { applyProblem } from '../../lib/forms';
import { AuthLayout } from './AuthLayout';

export default function ResetPassword() {
  const token = new URLSearchParams(useLocation().search).get('token') ?? '';
  const { register, handleSubmit, setError, formState: { errors, isSubmitting } } = useForm<{ password: string }>();
  const [done, setDone] = useState(false);
  const [message, setMessage] = useState<string | null>(null);

  const onSubmit = handleSubmit(async ({ password }) => {
    setMessage(null);
    try {
      await unwrap(api.POST('/api/auth/reset-password', { body: { token, password } }));
      setDone(true);
    } catch (e) {
      setMessage(applyProblem(e, setError, ['password']));
    }
  });

  return (
    <AuthLayout title="Choose a new password">
      {!token ? (
        <p role="alert">This link has no reset token. Open the link from the email again, or ask for a new one.</p>
      ) : done ? (
        <p role="status">Your password is changed and every other session is signed out. <Link className="text-blue-800 underline" to="/sign-in">Sign in</Link></p>
      ) : (
        <form onSubmit={onSubmit} noValidate className="space-y-4">
          {message && <p role="alert" className="field-error">{message}</p>}
          <Field label="New password" id="password" error={errors.password?.message}>
            <input id="password" type="password" autoComplete="new-password" className="input" {...register('password', { required: 'Choose a password' })} />
          </Field>
          <button type="submit" className="btn-primary w-full" disabled={isSubmitting}>Set password</button>
        </form>
      )}
      <p className="mt-4 text-sm"><Link className="text-blue-800 underline" to="/forgot-password">Ask for a new link</Link></p>
    </AuthLayout>
  );
}
