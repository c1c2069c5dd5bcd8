import { useState } from 'react';
import { useForm } from 'react-hook-form';
import { Link, useLocation, useNavigate } from 'react-router';
import { signIn } from '../../api/auth';
import { Field } from '../../components/ui';
import { applyProblem } from '../../lib/forms';
import { safeNext } from '../../App';
import { AuthLayout } from './AuthLayout';

interface Form { email: string; password: string }

export default function SignIn() {
  const { register, handleSubmit, setError, formState: { errors, isSubmitting } } = useForm<Form>();
  const [message, setMessage] = useState<string | null>(null);
  const navigate = useNavigate();
  const location = useLocation();
  const next = safeNext(new URLSearchParams(location.search).get('next'));

  const onSubmit = handleSubmit(async (form) => {
    setMessage(null);
    try {
      await signIn(form.email, form.password);
      navigate(next, { replace: true });
    } catch (e) {
      setMessage(applyProblem(e, setError, ['email', 'password']));
    }
  });

  return (
    <AuthLayout title="Sign in">
      <form onSubmit={onSubmit} noValidate className="space-y-4">
        {message && <p role="alert" className="field-error">{message}</p>}
        <Field label="Email" id="email" error={errors.email?.message}>
          <input id="email" type="email" autoComplete="email" className="input"
            aria-invalid={!!errors.email} {...register('email', { required: 'Enter your email' })} />
        </Field>
        <Field label="Password" id="password" error={errors.password?.message}>
          <input id="password" type="password" autoComplete="current-password" className="input"
            aria-invalid={!!errors.password} {...register('password', { required: 'Enter your password' })} />
        </Field>
        <button type="submit" className="btn-primary w-full" disabled={isSubmitting}>Sign in</button>
      </form>
      <p className="mt-4 text-sm">
        <Link className="text-blue-800 underline" to="/forgot-password">Forgot your password?</Link>
        {' · '}
        <Link className="text-blue-800 underline" to={`/sign-up${location.search}`}>Create an account</Link>
      </p>
    </AuthLayout>
  );
}
