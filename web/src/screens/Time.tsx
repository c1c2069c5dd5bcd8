import { useState } from 'react';
import { Bar, BarChart, CartesianGrid, ResponsiveContainer, Tooltip, XAxis, YAxis } from 'recharts';
import { api, unwrap } from '../api/client';
import { problemOf } from '../api/problem';
import type { components } from '../api/schema';
import { Badge, Empty, ErrorNote, PageTitle, Skeleton } from '../components/ui';
import { addDays, formatDate, todayInZone } from '../lib/dates';
import { formatMinutes, formatNumber } from '../lib/format';
import { hourLabel, hourRows, weekdayScoreRows } from '../lib/time';
import { useQuery } from '../lib/useQuery';
import { formatClock } from '../lib/zoned';
import { usePreferences } from '../stores/settings';
import { toast } from '../stores/toasts';
import { TimeEntryForm } from './time/TimeEntryForm';

type Entry = components['schemas']['TimeEntryView'];
const LIVE = ['time_entry_updated'];

export default function Time() {
  const { zone, weekStart, locale } = usePreferences();
  const today = todayInZone(zone);
  const from = addDays(today, -29);
  const [tracking, setTracking] = useState(false);
  const [category, setCategory] = useState('');
  const entries = useQuery(() => unwrap(api.GET('/api/time/entries', { params: { query: { from, to: today, size: 50, category: category || undefined } } })),
    [from, today, category], LIVE);
  const analytics = useQuery(() => unwrap(api.GET('/api/time/analytics', { params: { query: { from, to: today } } })), [from, today], LIVE);
  const productivity = useQuery(() => unwrap(api.GET('/api/time/productivity', { params: { query: { from, to: today } } })), [from, today], LIVE);

  function refresh() {
    void Promise.all([entries.reload(), analytics.reload(), productivity.reload()]);
  }

  async function remove(e: Entry) {
    if (!window.confirm(`Delete "${e.activity}" of ${formatDate(e.date!, locale)}?`)) return;
    try {
      await unwrap(api.DELETE('/api/time/entries/{id}', { params: { path: { id: e.id! } } }));
      toast.success('Entry deleted.');
    } catch (err) {
      toast.error(problemOf(err).detail);
    }
    refresh();
  }

  const a = analytics.data;
  const p = productivity.data;
  const categories = (a?.by_category ?? []).map((c) => c.category!).filter((c) => c && c !== 'uncategorized');
  const items = entries.data?.items ?? [];
  return (
    <div>
      <PageTitle actions={<button type="button" className="btn-primary" onClick={() => setTracking(true)}>Track time</button>}>Time</PageTitle>
      {tracking && <TimeEntryForm zone={zone} today={today} categories={categories} onDone={() => { setTracking(false); refresh(); }} />}
      {a && (
        <p className="mb-3 text-sm text-slate-700" data-testid="time-summary">
          Last 30 days: {formatMinutes(a.total_minutes ?? 0)} tracked
          {(a.by_category ?? []).length > 0 && ` — ${a.by_category!.slice(0, 4).map((c) => `${c.category} ${formatNumber(c.share ?? 0, locale)} %`).join(', ')}`}
        </p>
      )}
      <div className="mb-4 grid gap-4 lg:grid-cols-2">
        <section className="card" aria-labelledby="h-hours">
          <h2 id="h-hours" className="font-semibold">Productivity by hour</h2>
          <ErrorNote problem={productivity.error} onRetry={() => void productivity.reload()} />
          {!p ? <Skeleton lines={4} /> : (
            <>
              <p className="text-sm text-slate-700" data-testid="best-hour">
                {p.most_productive_hour != null
                  ? `Best around ${hourLabel(p.most_productive_hour, locale)}, weakest around ${hourLabel(p.least_productive_hour ?? p.most_productive_hour, locale)} (average score of scored time, last 30 days).`
                  : 'Give entries a productivity score to see when you work best.'}
              </p>
              <div className="h-56" role="img" aria-label="Average productivity score per hour of the day">
                <ResponsiveContainer>
                  <BarChart data={hourRows(p.by_hour ?? [], locale)} margin={{ left: -20, right: 8 }}>
                    <CartesianGrid strokeDasharray="3 3" />
                    <XAxis dataKey="label" tick={{ fontSize: 10 }} interval={2} />
                    <YAxis domain={[0, 10]} ticks={[0, 2, 4, 6, 8, 10]} tick={{ fontSize: 11 }} />
                    <Tooltip formatter={(v) => formatNumber(Number(v), locale, 2)} />
                    <Bar dataKey="score" name="average score" fill="#0369a1" isAnimationActive={false} />
                  </BarChart>
                </ResponsiveContainer>
              </div>
            </>
          )}
        </section>
        <section className="card" aria-labelledby="h-weekdays">
          <h2 id="h-weekdays" className="font-semibold">Productivity by weekday</h2>
          {!p ? <Skeleton lines={4} /> : (
            <div className="h-56" role="img" aria-label="Average productivity score per weekday">
              <ResponsiveContainer>
                <BarChart data={weekdayScoreRows(p.by_weekday ?? [], weekStart, locale)} margin={{ left: -20, right: 8 }}>
                  <CartesianGrid strokeDasharray="3 3" />
                  <XAxis dataKey="day" tick={{ fontSize: 11 }} />
                  <YAxis domain={[0, 10]} ticks={[0, 2, 4, 6, 8, 10]} tick={{ fontSize: 11 }} />
                  <Tooltip formatter={(v) => formatNumber(Number(v), locale, 2)} />
                  <Bar dataKey="score" name="average score" fill="#0369a1" isAnimationActive={false} />
                </BarChart>
              </ResponsiveContainer>
            </div>
          )}
        </section>
      </div>
      <div className="mb-3 flex flex-wrap items-end gap-3">
        <label className="text-sm">Category
          <select className="input mt-1" value={category} onChange={(e) => setCategory(e.target.value)}>
            <option value="">Any</option>
            {categories.map((c) => <option key={c} value={c}>{c}</option>)}
          </select>
        </label>
      </div>
      <ErrorNote problem={entries.error} onRetry={() => void entries.reload()} />
      {!entries.data ? <Skeleton lines={5} /> : items.length === 0 ? (
        category ? <Empty title="Nothing in this category in the last 30 days." /> : (
          <Empty title="No time tracked yet">Use <strong>Track time</strong> for what you worked on: a start and an end, or only how long. Scores show when you work best.</Empty>
        )
      ) : (
        <ul className="card divide-y divide-slate-200 p-0" aria-label="Time entries, last 30 days">
          {items.map((e) => (
            <li key={e.id} className="flex flex-wrap items-center gap-2 px-4 py-3">
              <div className="min-w-0 flex-1">
                <p className="flex flex-wrap items-center gap-2 font-medium">
                  {e.activity}
                  {e.category && <Badge tone="slate">{e.category}</Badge>}
                  {(e.overlaps_with ?? []).length > 0 && <Badge tone="amber">overlaps {e.overlaps_with!.length === 1 ? 'another entry' : `${e.overlaps_with!.length} entries`}</Badge>}
                </p>
                <p className="text-sm text-slate-700">
                  {formatDate(e.date!, locale)}
                  {e.start_time && e.end_time && ` · ${formatClock(e.start_time, zone, locale)}–${formatClock(e.end_time, zone, locale)}`}
                  {` · ${formatMinutes(e.duration_minutes ?? 0)}`}
                  {e.productivity_score != null && ` · scored ${e.productivity_score}/10`}
                </p>
              </div>
              <button type="button" className="btn-secondary" onClick={() => void remove(e)}>Delete</button>
            </li>
          ))}
        </ul>
      )}
    </div>
  );
}
