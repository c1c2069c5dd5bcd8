import { lazy, Suspense, useEffect } from 'react';
import { Navigate, Route, Routes, useLocation } from 'react-router';
import { restoreSession } from './api/auth';
import { useAuth } from './stores/auth';
import { Shell } from './components/Shell';
import { Skeleton } from './components/ui';
import { Toasts } from './components/Toasts';

const SignIn = lazy(() => import('./screens/auth/SignIn'));
const SignUp = lazy(() => import('./screens/auth/SignUp'));
const ForgotPassword = lazy(() => import('./screens/auth/ForgotPassword'));
const ResetPassword = lazy(() => import('./screens/auth/ResetPassword'));
const Today = lazy(() => import('./screens/Today'));
const Habits = lazy(() => import('./screens/Habits'));
const Goals = lazy(() => import('./screens/Goals'));
const Projects = lazy(() => import('./screens/Projects'));
const Settings = lazy(() => import('./screens/Settings'));
const Relationships = lazy(() => import('./screens/Relationships'));
const Finance = lazy(() => import('./screens/Finance'));
const Health = lazy(() => import('./screens/Health'));
const Journal = lazy(() => import('./screens/Journal'));
const Learning = lazy(() => import('./screens/Learning'));
const Time = lazy(() => import('./screens/Time'));

function Loading() {
  return <div className="mx-auto max-w-5xl p-4"><Skeleton lines={4} /></div>;
}

/** Signed-in routes: while the session is being restored show a skeleton; signed out → sign-in with ?next=. */
function RequireAuth({ children }: { children: React.ReactNode }) {
  const status = useAuth((s) => s.status);
  const location = useLocation();
  if (status === 'unknown') return <Loading />;
  if (status === 'signed-out') {
    const next = location.pathname + location.search;
    return <Navigate to={`/sign-in?next=${encodeURIComponent(next)}`} replace />;
  }
  return <>{children}</>;
}

/** Sign-in/up pages: a signed-in person goes straight on to where they were heading. */
function PublicOnly({ children }: { children: React.ReactNode }) {
  const status = useAuth((s) => s.status);
  const location = useLocation();
  if (status === 'unknown') return <Loading />;
  if (status === 'signed-in') return <Navigate to={safeNext(new URLSearchParams(location.search).get('next'))} replace />;
  return <>{children}</>;
}

/** Only same-app paths are followed after sign-in (never another origin). */
export function safeNext(next: string | null): string {
  if (!next || !next.startsWith('/') || next.startsWith('//') || next.startsWith('/\\')) return '/';
  return next;
}

export function App() {
  useEffect(() => {
    void restoreSession();
  }, []);
  return (
    <>
      <Suspense fallback={<Loading />}>
        <Routes>
          <Route path="/sign-in" element={<PublicOnly><SignIn /></PublicOnly>} />
          <Route path="/sign-up" element={<PublicOnly><SignUp /></PublicOnly>} />
          <Route path="/forgot-password" element={<ForgotPassword />} />
          <Route path="/reset-password" element={<ResetPassword />} />
          <Route element={<RequireAuth><Shell /></RequireAuth>}>
            <Route index element={<Today />} />
            <Route path="habits" element={<Habits />} />
            <Route path="goals" element={<Goals />} />
            <Route path="projects" element={<Projects />} />
            <Route path="relationships" element={<Relationships />} />
            <Route path="finance" element={<Finance />} />
            <Route path="settings" element={<Settings />} />
            <Route path="health" element={<Health />} />
            <Route path="journal" element={<Journal />} />
            <Route path="learning" element={<Learning />} />
            <Route path="time" element={<Time />} />
            <Route path="*" element={<NotFound />} />
          </Route>
        </Routes>
      </Suspense>
      <Toasts />
    </>
  );
}

function NotFound() {
  return <p>There is no page here. Use the navigation to go to Today or one of your areas.</p>;
}
