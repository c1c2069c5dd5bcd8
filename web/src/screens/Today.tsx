import { useState } from 'react';
import { Link } from 'react-router';
import {
  CartesianGrid, Line, LineChart, PolarAngleAxis, PolarGrid, PolarRadiusAxis, Radar, RadarChart, ResponsiveContainer, Tooltip,
  XAxis, YAxis,
} from 'recharts';
import { api, apiRequest, unwrap } from '../api/client';
import { problemOf } from '../api/problem';
import { isDirect } from '../lib/dashboard';
import { Badge, Empty, ErrorNote, PageTitle, Skeleton } from '../components/ui';
import { WhyScore } from '../components/WhyScore';
import { radarData, type AreaScore } from '../lib/charts';
import { formatDate, formatInstant } from '../lib/dates';
import { formatMinutes, formatMoney } from '../lib/format';
import { useQuery } from '../lib/useQuery';
import { usePreferences } from '../stores/settings';
import { toast } from '../stores/toasts';
import { useAuth } from '../stores/auth';
import { goalTone } from '../lib/goals';

const LIVE = ['dashboard_updated'];


export default function Today() {
  const { zone, currency, locale } = usePreferences();
  const user = useAuth((s) => s.user);
  const overview = useQuery(() => unwrap(api.GET('/api/dashboard/overview')), [], LIVE);
  const actions = useQuery(() => unwrap(api.GET('/api/dashboard/quick-actions', { params: { query: { limit: 8 } } })), [], LIVE);
  const activity = useQuery(() => unwrap(api.GET('/api/dashboard/recent-activity', { params: { query: { limit: 10 } } })), [], LIVE);
  const metrics = useQuery(() => unwrap(api.GET('/api/dashboard/metrics')), [], LIVE);
  const [busy, setBusy] = useState<string | null>(null);

  async function run(key: string, title: string, method: string, path: string, body?: string) {
    setBusy(key);
    try {
      await apiRequest(method, path, body);
      toast.success(`Done: ${title}.`);
      await Promise.all([overview.reload(), actions.reload(), activity.reload(), metrics.reload()]);
    } catch (e) {
      toast.error(problemOf(e).detail);
    } finally {
      setBusy(null);
    }
  }

  const o = overview.data;
  const m = metrics.data;
  const areas = (m?.areas ?? []) as AreaScore[];
  return (
    <div>
      <PageTitle>
        {user?.first_name ? `Hello, ${user.first_name}` : 'Today'}
        {o?.today && <span className="ml-2 text-base font-normal text-slate-700">{formatDate(o.today, locale, { dateStyle: 'full' })}</span>}
      </PageTitle>
      <ErrorNote problem={overview.error} onRetry={() => void overview.reload()} />

      <section aria-labelledby="qa" className="mb-6">
        <h2 id="qa" className="mb-2 text-lg font-semibold">Quick actions</h2>
        {!actions.data ? <Skeleton lines={1} /> : actions.data.items?.length ? (
          <>
            <div className="flex flex-wrap gap-2">
              {actions.data.items.filter(isDirect).map((a) => (
                <button key={`${a.kind}-${a.entity_id}`} type="button" className="btn-secondary" disabled={busy !== null}
                  onClick={() => void run(`${a.kind}-${a.entity_id}`, a.title ?? '', a.method ?? 'POST', a.path ?? '', a.body)}>
                  {a.title}
                </button>
              ))}
            </div>
            {actions.data.items.some((a) => !isDirect(a)) && (
              <ul className="mt-2 list-disc pl-5 text-sm text-slate-700">
                {actions.data.items.filter((a) => !isDirect(a)).map((a) => <li key={`${a.kind}-${a.entity_id}`}>{a.title}</li>)}
              </ul>
            )}
          </>
        ) : <p className="text-sm text-slate-700">Nothing to do right now. Create a habit to get a check-in button here.</p>}
      </section>

      {!o ? <Skeleton lines={6} /> : (
        <div className="grid gap-4 md:grid-cols-2 lg:grid-cols-3">
          <section className="card" aria-labelledby="h-habits">
            <h2 id="h-habits" className="font-semibold"><Link to="/habits">Habits</Link> <span className="text-sm font-normal">{o.habits?.done ?? 0} of {o.habits?.due ?? 0} done</span></h2>
            {o.habits?.items?.length ? (
              <ul className="mt-2 space-y-1 text-sm">
                {o.habits.items.map((h) => (
                  <li key={h.habit_id} className="flex items-center justify-between gap-2">
                    <span>{h.title}{h.frequency === 'weekly' && ` (${h.done_this_week ?? 0}/${h.target_per_week ?? 0} this week)`}</span>
                    {h.done_today ? <Badge tone="green">Done</Badge> : (
                      <button type="button" className="btn-secondary" disabled={busy !== null}
                        onClick={() => void run(`h-${h.habit_id}`, `checked in "${h.title}"`, 'POST', `/api/habits/${h.habit_id}/checkin`, '{}')}>
                        Check in
                      </button>
                    )}
                  </li>
                ))}
              </ul>
            ) : <p className="mt-2 text-sm">No habits due today. <Link className="text-blue-800 underline" to="/habits">Create your first habit</Link>.</p>}
          </section>

          <section className="card" aria-labelledby="h-goals">
            <h2 id="h-goals" className="font-semibold"><Link to="/goals">Goals</Link> <span className="text-sm font-normal">{o.goals?.active ?? 0} active, {o.goals?.behind ?? 0} behind</span></h2>
            {o.goals?.items?.length ? (
              <ul className="mt-2 space-y-1 text-sm">
                {o.goals.items.map((g) => (
                  <li key={g.goal_id} className="flex items-center justify-between gap-2">
                    <span>{g.title} — {g.progress}%</span>
                    <Badge tone={goalTone(g.state)}>{(g.state ?? 'no schedule').replaceAll('_', ' ')}</Badge>
                  </li>
                ))}
              </ul>
            ) : <p className="mt-2 text-sm">No active goals. <Link className="text-blue-800 underline" to="/goals">Set a goal</Link>.</p>}
          </section>

          <section className="card" aria-labelledby="h-projects">
            <h2 id="h-projects" className="font-semibold"><Link to="/projects">Projects</Link> <span className="text-sm font-normal">{o.projects?.active ?? 0} active, {o.projects?.overdue ?? 0} overdue</span></h2>
            {o.projects?.items?.length ? (
              <ul className="mt-2 space-y-1 text-sm">
                {o.projects.items.map((p) => (
                  <li key={p.project_id} className="flex items-center justify-between gap-2">
                    <span>{p.title} — {p.progress}%</span>
                    {p.overdue ? <Badge tone="red">overdue</Badge> : p.due_date && <span className="text-slate-700">due {formatDate(p.due_date, locale)}</span>}
                  </li>
                ))}
              </ul>
            ) : <p className="mt-2 text-sm">No active projects. <Link className="text-blue-800 underline" to="/projects">Start one</Link>.</p>}
          </section>

          {o.finance && (
            <section className="card" aria-labelledby="h-fin">
              <h2 id="h-fin" className="font-semibold">Money this month</h2>
              <dl className="mt-2 grid grid-cols-2 gap-1 text-sm">
                <dt>Income</dt><dd className="text-right">{formatMoney(o.finance.income ?? 0, o.finance.currency || currency, locale)}</dd>
                <dt>Expenses</dt><dd className="text-right">{formatMoney(o.finance.expenses ?? 0, o.finance.currency || currency, locale)}</dd>
                <dt className="font-medium">Net</dt><dd className="text-right font-medium">{formatMoney(o.finance.net ?? 0, o.finance.currency || currency, locale)}</dd>
              </dl>
              {o.finance.budgets?.map((b) => (
                <p key={b.category} className="mt-1 text-sm"><Badge tone={b.status === 'exceeded' ? 'red' : 'amber'}>{b.category}</Badge> {Math.round(b.percent_used ?? 0)}% of {formatMoney(b.limit ?? 0, o.finance!.currency || currency, locale)}</p>
              ))}
            </section>
          )}

          <section className="card" aria-labelledby="h-time">
            <h2 id="h-time" className="font-semibold">Time and learning</h2>
            <p className="mt-2 text-sm">Tracked today: {formatMinutes(o.time?.minutes ?? 0)} in {o.time?.entries ?? 0} entries</p>
            <p className="text-sm">Learning this week: {formatMinutes(o.learning?.minutes ?? 0)} in {o.learning?.sessions ?? 0} sessions</p>
            {o.journal?.last_entry_date && <p className="text-sm">Last journal entry: {formatDate(o.journal.last_entry_date, locale)}</p>}
          </section>

          {o.relationships?.items?.length ? (
            <section className="card" aria-labelledby="h-rel">
              <h2 id="h-rel" className="font-semibold">People to contact</h2>
              <ul className="mt-2 space-y-1 text-sm">
                {o.relationships.items.map((c) => (
                  <li key={c.relationship_id}>{c.contact_name} — {c.days_overdue ? `${c.days_overdue} days overdue` : c.days_until === 0 ? 'today' : `in ${c.days_until} days`}</li>
                ))}
              </ul>
            </section>
          ) : null}
        </div>
      )}

      <div className="mt-6 grid gap-4 lg:grid-cols-2">
        <section className="card" aria-labelledby="h-balance">
          <h2 id="h-balance" className="font-semibold">Life balance {m?.life_balance && <span className="font-normal">— {m.life_balance.score}/100</span>}</h2>
          {!m ? <Skeleton lines={5} /> : (
            <>
              {m.life_balance && <WhyScore formula={m.life_balance.formula ?? ''} inputs={(m.life_balance.inputs ?? {}) as Record<string, unknown>} />}
              <div className="h-72" role="img" aria-label={`Life balance radar: ${areas.map((a) => `${a.area} ${a.score}`).join(', ')}`}>
                <ResponsiveContainer>
                  <RadarChart data={radarData(areas)} outerRadius="70%">
                    <PolarGrid />
                    <PolarAngleAxis dataKey="label" tick={{ fontSize: 12 }} />
                    <PolarRadiusAxis domain={[0, 100]} tick={false} axisLine={false} />
                    <Radar dataKey="score" stroke="#1d4ed8" fill="#3b82f6" fillOpacity={0.35} isAnimationActive={false} />
                    <Tooltip />
                  </RadarChart>
                </ResponsiveContainer>
              </div>
              <ul className="grid gap-2 sm:grid-cols-2">
                {areas.map((a) => (
                  <li key={a.area} className="text-sm"><span className="font-medium">{a.area.replaceAll('_', ' ')}</span>: {a.score}
                    <WhyScore formula={a.formula} inputs={a.inputs} /></li>
                ))}
              </ul>
              {m.strongest_area && <p className="mt-2 text-sm">Strongest: {m.strongest_area}; weakest: {m.weakest_area}.</p>}
            </>
          )}
        </section>
        <section className="card" aria-labelledby="h-prod">
          <h2 id="h-prod" className="font-semibold">Productivity, last 30 days</h2>
          {!m ? <Skeleton lines={5} /> : m.productivity?.length ? (
            <div className="h-72" role="img" aria-label="Daily productivity score over the last 30 days">
              <ResponsiveContainer>
                <LineChart data={m.productivity} margin={{ left: -20, right: 8 }}>
                  <CartesianGrid strokeDasharray="3 3" />
                  <XAxis dataKey="date" tickFormatter={(d: string) => formatDate(d, locale, { day: 'numeric', month: 'short' })} tick={{ fontSize: 11 }} />
                  <YAxis domain={[0, 100]} tick={{ fontSize: 11 }} />
                  <Tooltip labelFormatter={(d) => formatDate(String(d), locale)}
                    formatter={(value, _name, item) => [`${String(value)} (${Object.entries((item.payload as { inputs?: Record<string, unknown> }).inputs ?? {}).map(([k, v]) => `${k.replaceAll('_', ' ')} ${String(v)}`).join(', ')})`, 'score']} />
                  <Line dataKey="score" stroke="#1d4ed8" dot={false} isAnimationActive={false} />
                </LineChart>
              </ResponsiveContainer>
            </div>
          ) : <Empty title="No productivity yet">Track time to see a daily score here.</Empty>}
        </section>
      </div>

      <section className="card mt-6" aria-labelledby="h-act">
        <h2 id="h-act" className="font-semibold">Recent activity</h2>
        {!activity.data ? <Skeleton lines={4} /> : activity.data.items?.length ? (
          <ul className="mt-2 divide-y divide-slate-100 text-sm">
            {activity.data.items.map((a) => (
              <li key={a.event_id} className="flex flex-wrap justify-between gap-2 py-1">
                <span>{a.sentence}</span>
                <time className="text-slate-700" dateTime={a.occurred_at}>{a.occurred_at && formatInstant(a.occurred_at, zone, locale)}</time>
              </li>
            ))}
          </ul>
        ) : <p className="mt-2 text-sm">Nothing yet: what you do in LifeOS shows up here.</p>}
      </section>
    </div>
  );
}
