import { useMemo, useState } from 'react';
import { Bar, BarChart, CartesianGrid, Line, LineChart, ResponsiveContainer, Tooltip, XAxis, YAxis } from 'recharts';
import { api, unwrap } from '../api/client';
import { problemOf } from '../api/problem';
import type { components } from '../api/schema';
import { Badge, Empty, ErrorNote, PageTitle, Skeleton } from '../components/ui';
import { heatmapWeeks, weekdayBars } from '../lib/charts';
import { addDays, formatDate, todayInZone, weekdayLabel, type Weekday } from '../lib/dates';
import { countWithUnit, formatPercent } from '../lib/format';
import { useQuery } from '../lib/useQuery';
import { usePreferences } from '../stores/settings';
import { toast } from '../stores/toasts';
import { HabitForm } from './habits/HabitForm';
import { HeatMap } from './habits/HeatMap';

type Habit = components['schemas']['HabitView'];

function frequencyText(h: Habit, locale?: string): string {
  if (h.frequency === 'weekly') return `${h.target_per_week ?? 1}× per week`;
  if (h.frequency === 'weekdays') return `On ${(h.days_of_week ?? []).map((d) => weekdayLabel(d as Weekday, locale)).join(', ')}`;
  return 'Every day';
}

export default function Habits() {
  const { zone, weekStart, locale } = usePreferences();
  const today = todayInZone(zone);
  const habits = useQuery(() => unwrap(api.GET('/api/habits', { params: { query: { size: 100 } } })), [], ['habit_updated']);
  const overview = useQuery(() => unwrap(api.GET('/api/dashboard/overview')), [], ['dashboard_updated', 'habit_updated']);
  const streaks = useQuery(() => unwrap(api.GET('/api/habits/streaks')), [], ['habit_updated']);
  const year = useQuery(() => unwrap(api.GET('/api/habits/analytics', { params: { query: { from: addDays(today, -364), to: today } } })), [today], ['habit_updated']);
  const month = useQuery(() => unwrap(api.GET('/api/habits/analytics', { params: { query: { from: addDays(today, -29), to: today } } })), [today], ['habit_updated']);
  const [optimistic, setOptimistic] = useState<Record<string, boolean>>({});
  const [editing, setEditing] = useState<string | null>(null);
  const [open, setOpen] = useState<string | null>(null);
  const [showArchived, setShowArchived] = useState(false);

  const todayState = useMemo(() => new Map((overview.data?.habits?.items ?? []).map((i) => [i.habit_id, i])), [overview.data]);
  const streakOf = useMemo(() => new Map((streaks.data?.items ?? []).map((s) => [s.habit_id, s])), [streaks.data]);
  const yearOf = useMemo(() => new Map((year.data?.habits ?? []).map((h) => [h.habit_id, h])), [year.data]);

  function refreshAll() {
    void Promise.all([habits.reload(), overview.reload(), streaks.reload(), year.reload(), month.reload()]);
  }

  async function undo(habit: Habit, checkInId: string) {
    try {
      await unwrap(api.DELETE('/api/habits/{id}/checkin/{checkInId}', { params: { path: { id: habit.id!, checkInId } } }));
      toast.success(`Check-in of "${habit.title}" undone.`);
    } catch (e) {
      toast.error(problemOf(e).detail);
    } finally {
      refreshAll();
    }
  }

  /** One click: shown as done at once, rolled back with the server's message if it refuses. */
  async function checkIn(habit: Habit, date?: string) {
    const id = habit.id!;
    const isToday = !date || date === today;
    if (isToday) setOptimistic((o) => ({ ...o, [id]: true }));
    try {
      const result = await unwrap(api.POST('/api/habits/{id}/checkin', { params: { path: { id } }, body: date ? { date } : {} }));
      const checkInId = result?.id;
      toast.success(
        isToday ? `Checked in "${habit.title}".` : `Back-filled "${habit.title}" on ${formatDate(date!, locale)}.`,
        checkInId ? { label: 'Undo', run: () => void undo(habit, checkInId) } : undefined,
      );
    } catch (e) {
      toast.error(problemOf(e).detail);
    } finally {
      if (isToday) setOptimistic((o) => { const { [id]: _, ...rest } = o; return rest; });
      refreshAll();
    }
  }

  async function setActive(habit: Habit, active: boolean) {
    try {
      await unwrap(api.PUT('/api/habits/{id}', { params: { path: { id: habit.id! } }, body: { is_active: active } }));
      toast.success(active ? `Restored "${habit.title}".` : `Archived "${habit.title}". Its history is kept.`);
    } catch (e) {
      toast.error(problemOf(e).detail);
    }
    refreshAll();
  }

  async function remove(habit: Habit) {
    if (!window.confirm(`Delete "${habit.title}" and its check-ins? Archiving keeps the history instead.`)) return;
    try {
      await unwrap(api.DELETE('/api/habits/{id}', { params: { path: { id: habit.id! } } }));
      toast.success(`Deleted "${habit.title}".`);
    } catch (e) {
      toast.error(problemOf(e).detail);
    }
    refreshAll();
  }

  const list = (habits.data?.items ?? []).filter((h) => (showArchived ? !h.is_active : h.is_active !== false));
  const overall = month.data?.overall;

  return (
    <div>
      <PageTitle actions={<>
        <button type="button" className="btn-secondary" aria-pressed={showArchived} onClick={() => setShowArchived((s) => !s)}>
          {showArchived ? 'Show active' : 'Show archived'}
        </button>
        <button type="button" className="btn-primary" onClick={() => setEditing('new')}>New habit</button>
      </>}>Habits</PageTitle>
      <ErrorNote problem={habits.error} onRetry={() => void habits.reload()} />
      {editing === 'new' && <div className="mb-4"><HabitForm weekStart={weekStart} onDone={() => { setEditing(null); refreshAll(); }} /></div>}

      {!habits.data ? <Skeleton lines={5} /> : list.length === 0 ? (
        showArchived ? <Empty title="No archived habits." /> : (
          <Empty title="No habits yet">Create your first habit with <strong>New habit</strong> — something small you want to do every day or a few times a week.</Empty>
        )
      ) : (
        <ul className="space-y-3">
          {list.map((h) => {
            const id = h.id!;
            const state = todayState.get(id);
            const done = optimistic[id] ?? state?.done_today ?? false;
            const streak = streakOf.get(id);
            const detail = yearOf.get(id);
            return (
              <li key={id} className="card">
                {editing === id ? <HabitForm habit={h} weekStart={weekStart} onDone={() => { setEditing(null); refreshAll(); }} /> : (
                  <>
                    <div className="flex flex-wrap items-center gap-3">
                      <div className="min-w-0 flex-1">
                        <h2 className="font-semibold">{h.title}</h2>
                        <p className="text-sm text-slate-700">
                          {frequencyText(h, locale)}
                          {h.frequency === 'weekly' && state && ` · ${state.done_this_week ?? 0} of ${state.target_per_week ?? h.target_per_week} this week`}
                          {h.category && ` · ${h.category}`}
                        </p>
                        {streak && (
                          <p className="text-sm" data-testid="streak">
                            Streak: <strong>{countWithUnit(streak.current_streak ?? 0, streak.streak_unit)}</strong> · longest {countWithUnit(streak.longest_streak ?? 0, streak.streak_unit)}
                          </p>
                        )}
                      </div>
                      {h.is_active !== false && (done ? <Badge tone="green">Done today</Badge> : (
                        <button type="button" className="btn-primary" onClick={() => void checkIn(h)}>Check in</button>
                      ))}
                      <button type="button" className="btn-secondary" aria-expanded={open === id} onClick={() => setOpen(open === id ? null : id)}>
                        {open === id ? 'Hide history' : 'History'}
                      </button>
                      <button type="button" className="btn-secondary" onClick={() => setEditing(id)}>Edit</button>
                      <button type="button" className="btn-secondary" onClick={() => void setActive(h, h.is_active === false)}>
                        {h.is_active === false ? 'Restore' : 'Archive'}
                      </button>
                      <button type="button" className="btn-secondary" onClick={() => void remove(h)}>Delete</button>
                    </div>
                    {open === id && (
                      <div className="mt-3 space-y-2">
                        {!detail ? <Skeleton lines={2} /> : (
                          <>
                            <p className="text-sm text-slate-700">
                              The last year: {detail.total_checkins ?? 0} check-ins, {formatPercent(detail.completion_rate ?? 0, locale)} of periods met. Click an empty day to back-fill it.
                            </p>
                            <HeatMap label={`Check-ins of ${h.title} over the last year`} locale={locale}
                              weeks={heatmapWeeks((detail.checkins_per_day ?? []).map((c) => ({ date: c.date!, count: c.count ?? 0 })), addDays(today, -364), today, weekStart)}
                              onPick={(date) => {
                                const cell = detail.checkins_per_day?.find((c) => c.date === date);
                                if (cell && (cell.count ?? 0) > 0) toast.success(`Already checked in on ${formatDate(date, locale)}.`);
                                else void checkIn(h, date);
                              }} />
                          </>
                        )}
                      </div>
                    )}
                  </>
                )}
              </li>
            );
          })}
        </ul>
      )}

      <div className="mt-6 grid gap-4 lg:grid-cols-2">
        <section className="card" aria-labelledby="h-completion">
          <h2 id="h-completion" className="font-semibold">Check-ins, last 30 days {overall && <span className="font-normal">— {formatPercent(overall.completion_rate ?? 0, locale)} of due periods met</span>}</h2>
          {!month.data ? <Skeleton lines={4} /> : (
            <div className="h-60" role="img" aria-label="Check-ins per day over the last 30 days">
              <ResponsiveContainer>
                <LineChart data={overall?.checkins_per_day ?? []} margin={{ left: -20, right: 8 }}>
                  <CartesianGrid strokeDasharray="3 3" />
                  <XAxis dataKey="date" tickFormatter={(d: string) => formatDate(d, locale, { day: 'numeric', month: 'short' })} tick={{ fontSize: 11 }} />
                  <YAxis allowDecimals={false} tick={{ fontSize: 11 }} />
                  <Tooltip labelFormatter={(d) => formatDate(String(d), locale)} />
                  <Line dataKey="count" name="check-ins" stroke="#15803d" dot={false} isAnimationActive={false} />
                </LineChart>
              </ResponsiveContainer>
            </div>
          )}
          {month.data?.habits?.length ? (
            <ul className="mt-2 space-y-1 text-sm">
              {month.data.habits.map((p) => (
                <li key={p.habit_id} className="flex items-center gap-2">
                  <span className="w-40 truncate">{p.title}</span>
                  <span className="h-2 flex-1 rounded bg-slate-200" aria-hidden="true"><span className="block h-2 rounded bg-green-600" style={{ width: `${Math.round((p.completion_rate ?? 0) * 100)}%` }} /></span>
                  <span className="w-12 text-right">{formatPercent(p.completion_rate ?? 0, locale)}</span>
                </li>
              ))}
            </ul>
          ) : null}
        </section>
        <section className="card" aria-labelledby="h-weekday">
          <h2 id="h-weekday" className="font-semibold">By weekday, last 30 days</h2>
          {!month.data ? <Skeleton lines={4} /> : (
            <div className="h-60" role="img" aria-label="Check-ins by weekday">
              <ResponsiveContainer>
                <BarChart data={weekdayBars(overall?.checkins_by_weekday as Record<string, number> | undefined, weekStart, locale)} margin={{ left: -20, right: 8 }}>
                  <CartesianGrid strokeDasharray="3 3" />
                  <XAxis dataKey="day" tick={{ fontSize: 11 }} />
                  <YAxis allowDecimals={false} tick={{ fontSize: 11 }} />
                  <Tooltip />
                  <Bar dataKey="count" name="check-ins" fill="#15803d" isAnimationActive={false} />
                </BarChart>
              </ResponsiveContainer>
            </div>
          )}
        </section>
      </div>
    </div>
  );
}
