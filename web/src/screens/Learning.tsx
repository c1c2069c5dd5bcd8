import { useState } from 'react';
import { Bar, BarChart, CartesianGrid, ResponsiveContainer, Tooltip, XAxis, YAxis } from 'recharts';
import { api, unwrap } from '../api/client';
import { problemOf } from '../api/problem';
import type { components } from '../api/schema';
import { Badge, Empty, ErrorNote, PageTitle, Skeleton } from '../components/ui';
import { addDays, formatDate, todayInZone } from '../lib/dates';
import { formatMinutes, formatNumber } from '../lib/format';
import { useQuery } from '../lib/useQuery';
import { usePreferences } from '../stores/settings';
import { toast } from '../stores/toasts';
import { SessionForm } from './learning/SessionForm';

type Session = components['schemas']['LearningSessionResponse'];
const LIVE = ['learning_session_updated'];

export default function Learning() {
  const { zone, locale } = usePreferences();
  const today = todayInZone(zone);
  const from = addDays(today, -83);
  const [logging, setLogging] = useState<{ name: string; platform?: string } | 'new' | null>(null);
  const courses = useQuery(() => unwrap(api.GET('/api/learning/courses', { params: { query: { size: 100 } } })), [], LIVE);
  const sessions = useQuery(() => unwrap(api.GET('/api/learning/sessions', { params: { query: { size: 10 } } })), [], LIVE);
  const analytics = useQuery(() => unwrap(api.GET('/api/learning/analytics', { params: { query: { from, to: today } } })), [from, today], LIVE);

  function refresh() {
    void Promise.all([courses.reload(), sessions.reload(), analytics.reload()]);
  }

  async function remove(s: Session) {
    if (!window.confirm(`Delete the ${s.duration_minutes}-minute session of "${s.course_name}" on ${formatDate(s.session_date!, locale)}?`)) return;
    try {
      await unwrap(api.DELETE('/api/learning/sessions/{id}', { params: { path: { id: s.id! } } }));
      toast.success('Session deleted.');
    } catch (e) {
      toast.error(problemOf(e).detail);
    }
    refresh();
  }

  const list = courses.data?.items ?? [];
  const names = [...new Set(list.map((c) => c.course_name!).filter(Boolean))];
  const platforms = [...new Set(list.map((c) => c.platform).filter((p): p is string => !!p))];
  const a = analytics.data;
  return (
    <div>
      <PageTitle actions={<button type="button" className="btn-primary" onClick={() => setLogging('new')}>Log a session</button>}>Learning</PageTitle>
      {logging && <SessionForm key={logging === 'new' ? 'new' : logging.name} today={today} courses={names} platforms={platforms}
        course={logging === 'new' ? undefined : logging} onDone={() => { setLogging(null); refresh(); }} />}
      {a && (
        <p className="mb-3 text-sm text-slate-700" data-testid="learning-summary">
          Last 12 weeks: {formatMinutes(a.total_minutes ?? 0)} in {a.sessions ?? 0} {a.sessions === 1 ? 'session' : 'sessions'}
          {a.average_session_minutes != null && ` (${formatNumber(a.average_session_minutes, locale)} min on average)`}
          {' '}· streak {a.current_streak_days ?? 0} {a.current_streak_days === 1 ? 'day' : 'days'}, longest {a.longest_streak_days ?? 0}
        </p>
      )}
      <ErrorNote problem={courses.error} onRetry={() => void courses.reload()} />
      {!courses.data ? <Skeleton lines={4} /> : list.length === 0 ? (
        <Empty title="No courses yet">Use <strong>Log a session</strong> after you study: name the course, the minutes spent and, if you know it, how far through you are.</Empty>
      ) : (
        <ul className="grid gap-3 md:grid-cols-2" aria-label="Courses">
          {list.map((c) => (
            <li key={`${c.course_name}-${c.platform ?? ''}`} className="card">
              <div className="flex flex-wrap items-center gap-2">
                <h2 className="flex-1 font-semibold">{c.course_name}</h2>
                {c.platform && <Badge tone="slate">{c.platform}</Badge>}
                {c.completed && <Badge tone="green">Completed</Badge>}
              </div>
              <p className="mt-1 text-sm text-slate-700">
                {formatMinutes(c.total_minutes ?? 0)} in {c.sessions ?? 0} {c.sessions === 1 ? 'session' : 'sessions'}
                {c.last_session_date && ` · last ${formatDate(c.last_session_date, locale)}`}
              </p>
              {c.latest_progress != null ? (
                <div className="mt-2 flex items-center gap-2">
                  <span className="h-2 flex-1 rounded bg-slate-200" aria-hidden="true"><span className="block h-2 rounded bg-teal-600" style={{ width: `${c.latest_progress}%` }} /></span>
                  <span className="w-24 text-right text-sm">{c.latest_progress}% through</span>
                </div>
              ) : <p className="mt-2 text-sm text-slate-700">No progress stated yet.</p>}
              <button type="button" className="btn-secondary mt-2" onClick={() => setLogging({ name: c.course_name!, platform: c.platform ?? undefined })}>
                Log time on {c.course_name}
              </button>
            </li>
          ))}
        </ul>
      )}

      <div className="mt-6 grid gap-4 lg:grid-cols-2">
        <section className="card" aria-labelledby="h-weeks">
          <h2 id="h-weeks" className="font-semibold">Minutes per week, last 12 weeks</h2>
          <ErrorNote problem={analytics.error} onRetry={() => void analytics.reload()} />
          {!a ? <Skeleton lines={4} /> : (
            <>
              <div className="h-56" role="img" aria-label="Minutes learned per week">
                <ResponsiveContainer>
                  <BarChart data={a.minutes_per_week ?? []} margin={{ left: -10, right: 8 }}>
                    <CartesianGrid strokeDasharray="3 3" />
                    <XAxis dataKey="week_start" tickFormatter={(d: string) => formatDate(d, locale, { day: 'numeric', month: 'short' })} tick={{ fontSize: 11 }} />
                    <YAxis allowDecimals={false} tick={{ fontSize: 11 }} />
                    <Tooltip labelFormatter={(d) => `Week of ${formatDate(String(d), locale)}`} />
                    <Bar dataKey="minutes" name="minutes" fill="#0d9488" isAnimationActive={false} />
                  </BarChart>
                </ResponsiveContainer>
              </div>
              {(a.minutes_per_platform ?? []).length > 0 && (
                <ul className="mt-2 space-y-1 text-sm" aria-label="Minutes per platform">
                  {a.minutes_per_platform!.map((p) => (
                    <li key={p.platform ?? '-'}>{p.platform ?? 'No platform'}: {formatMinutes(p.minutes ?? 0)} ({p.sessions} {p.sessions === 1 ? 'session' : 'sessions'})</li>
                  ))}
                </ul>
              )}
            </>
          )}
        </section>
        <section className="card" aria-labelledby="h-sessions">
          <h2 id="h-sessions" className="font-semibold">Latest sessions</h2>
          {!sessions.data ? <Skeleton lines={4} /> : (sessions.data.items ?? []).length === 0 ? (
            <p className="text-sm text-slate-700">Sessions you log appear here.</p>
          ) : (
            <ul className="mt-2 divide-y divide-slate-200">
              {sessions.data.items!.map((s) => (
                <li key={s.id} className="flex flex-wrap items-center gap-2 py-2 text-sm">
                  <span className="min-w-0 flex-1">
                    <strong>{s.course_name}</strong> · {s.duration_minutes} min · {formatDate(s.session_date!, locale)}
                    {s.progress_percentage != null && ` · ${s.progress_percentage}%`}
                    {s.notes && <span className="block text-slate-700">{s.notes}</span>}
                  </span>
                  <button type="button" className="btn-secondary" onClick={() => void remove(s)}>Delete</button>
                </li>
              ))}
            </ul>
          )}
        </section>
      </div>
    </div>
  );
}
