import { useState } from 'react';
import { useForm } from 'react-hook-form';
import { Link } from 'react-router';
import { api, unwrap } from '../../api/client';
import { Field } from '../../components/ui';
import { applyProblem } from '../../lib/forms';
import { AuthLayout } from './AuthLayout';

export default function ForgotPassword() {
  const { register, handleSubmit, setError, formState: { errors, isSubmitting } } = useForm<{ email: string }>();
  const [sent, setSent] = useState(false);
  const [message, setMessage] = useState<string | null>(null);

  const onSubmit = handleSubmit(async ({ email }) => {
    setMessage(null);
    try {
      await unwrap(api.POST('/api/auth/forgot-password', { body: { email } }));
      setSent(true);
    } catch (e) {
      setMessage(applyProblem(e, setError, ['email']));
    }
  });

  return (
    <AuthLayout title="Reset your password">
      {sent ? (
        <p role="status">If an account uses that address, a link to choose a new password is on its way. It works once and expires soon.</p>
      ) : (
        <form onSubmit={onSubmit} noValidate className="space-y-4">
          {message && <p role="alert" className="field-error">{message}</p>}
          <Field label="Email" id="email" error={errors.email?.message}>
            <input id="email" type="email" autoComplete="email" className="input" {...register('email', { required: 'Enter your email' })} />
          </Field>
          <button type="submit" className="btn-primary w-full" disabled={isSubmitting}>Send me a link</button>
        </form>
      )}
      <p className="mt-4 text-sm"><Link className="text-blue-800 underline" to="/sign-in">Back to sign in</Link></p>
    </AuthLayout>
  );
}
