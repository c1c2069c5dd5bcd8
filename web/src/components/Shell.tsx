import { useEffect, useState } from 'react';
import { NavLink, Outlet, useNavigate } from 'react-router';
import { signOut } from '../api/auth';
import { useAuth } from '../stores/auth';
import { useLive } from '../stores/live';
import { startLive, stopLive } from '../live/stomp';
import { toast } from '../stores/toasts';
import { useSettings } from '../stores/settings';

const NAV = [
  { to: '/', label: 'Today', end: true },
  { to: '/habits', label: 'Habits' },
  { to: '/goals', label: 'Goals' },
  { to: '/projects', label: 'Projects' },
  { to: '/relationships', label: 'Relationships' },
  { to: '/finance', label: 'Finance' },
  { to: '/health', label: 'Health' },
  { to: '/journal', label: 'Journal' },
  { to: '/learning', label: 'Learning' },
  { to: '/time', label: 'Time' },
  { to: '/settings', label: 'Settings' },
];

function LiveIndicator() {
  const status = useLive((s) => s.status);
  const text = status === 'live' ? 'Live' : status === 'connecting' ? 'Connecting…' : 'Offline';
  const dot = status === 'live' ? 'bg-green-600' : status === 'connecting' ? 'bg-amber-500' : 'bg-slate-400';
  return (
    <span className="inline-flex items-center gap-1 text-xs text-slate-700" role="status" title={
      status === 'live' ? 'Changes from other tabs and devices appear here as they happen' : 'Live updates are paused; reconnecting'}>
      <span aria-hidden="true" className={`inline-block h-2 w-2 rounded-full ${dot}`} />
      {text}
    </span>
  );
}

export function Shell() {
  const [open, setOpen] = useState(false);
  const user = useAuth((s) => s.user);
  const navigate = useNavigate();

  useEffect(() => {
    startLive();
    useSettings.getState().load().catch(() => toast.error('Your settings could not be read; amounts show in USD until they are.'));
    return () => void stopLive();
  }, []);

  async function onSignOut() {
    await stopLive();
    await signOut();
    toast.success('Signed out.');
    navigate('/sign-in', { replace: true });
  }

  const link = ({ isActive }: { isActive: boolean }) =>
    `block rounded-md px-3 py-2 text-sm font-medium ${isActive ? 'bg-blue-100 text-blue-900' : 'text-slate-800 hover:bg-slate-100'}`;

  return (
    <div className="min-h-screen">
      <a href="#main" className="sr-only focus:not-sr-only focus:absolute focus:left-2 focus:top-2 focus:bg-white focus:p-2">Skip to content</a>
      <header className="relative border-b border-slate-200 bg-white">
        <div className="mx-auto flex max-w-6xl items-center gap-3 px-4 py-2">
          <span className="text-lg font-bold text-blue-800">LifeOS</span>
          <button type="button" className="btn-secondary ml-auto md:hidden" aria-expanded={open} aria-controls="main-nav"
            onClick={() => setOpen((o) => !o)}>
            Menu
          </button>
          <nav id="main-nav" aria-label="Main" className={`${open ? 'block' : 'hidden'} absolute left-0 right-0 top-12 z-40 border-b border-slate-200 bg-white p-2 md:static md:block md:border-0 md:p-0`}>
            <ul className="flex flex-col gap-1 md:flex-row md:flex-wrap">
              {NAV.map((n) => (
                <li key={n.to}><NavLink to={n.to} end={n.end} className={link} onClick={() => setOpen(false)}>{n.label}</NavLink></li>
              ))}
            </ul>
          </nav>
          <div className="hidden items-center gap-3 md:ml-auto md:flex">
            <LiveIndicator />
            <span className="text-sm text-slate-700">{user?.first_name ?? user?.email}</span>
            <button type="button" className="btn-secondary" onClick={() => void onSignOut()}>Sign out</button>
          </div>
        </div>
        <div className="flex items-center justify-between px-4 pb-2 md:hidden">
          <LiveIndicator />
          <button type="button" className="btn-secondary" onClick={() => void onSignOut()}>Sign out</button>
        </div>
      </header>
      <main id="main" className="mx-auto max-w-6xl px-4 py-6">
        <Outlet />
      </main>
    </div>
  );
}
