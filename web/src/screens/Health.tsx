import { useState } from 'react';
import { CartesianGrid, Legend, Line, LineChart, ResponsiveContainer, Tooltip, XAxis, YAxis } from 'recharts';
import { api, unwrap } from '../api/client';
import { problemOf } from '../api/problem';
import type { components } from '../api/schema';
import { Empty, ErrorNote, PageTitle, Skeleton } from '../components/ui';
import { formatDate, formatInstant, todayInZone } from '../lib/dates';
import { formatNumber } from '../lib/format';
import { bucketsWithReadings, metricLabel, trendRange, trendRows, unitLabel, type Bucket } from '../lib/health';
import { useQuery } from '../lib/useQuery';
import { usePreferences } from '../stores/settings';
import { toast } from '../stores/toasts';
import { ReadingForm } from './health/ReadingForm';

type Metric = components['schemas']['HealthAnalyticsPerMetric'];
type Reading = components['schemas']['HealthMetricResponse'];
const LIVE = ['health_metric_updated'];
const BUCKETS: { value: Bucket; label: string }[] = [{ value: 'day', label: 'Days' }, { value: 'week', label: 'Weeks' }, { value: 'month', label: 'Months' }];

function value(v: number | null | undefined, unit: string | undefined, locale?: string): string {
  return v == null ? '—' : `${formatNumber(v, locale, 2)} ${unit ?? ''}`.trim();
}

function MetricCard({ m: metric, selected, onSelect, locale }: { m: Metric; selected: boolean; onSelect: () => void; locale?: string }) {
  const m = { ...metric, unit: unitLabel(metric.unit, metric.metric_type ?? '') };
  const best = m.personal_best_is === 'none' || !m.personal_best ? null : m.personal_best;
  return (
    <li>
      <button type="button" aria-pressed={selected} onClick={onSelect}
        className={`card w-full text-left ${selected ? 'ring-2 ring-blue-600' : 'hover:bg-slate-50'}`}>
        <span className="block text-sm font-medium text-slate-700">{metricLabel(m.metric_type ?? '')}</span>
        <span className="block text-xl font-semibold">{value(m.latest?.value, m.unit, locale)}</span>
        <span className="block text-xs text-slate-700">
          {m.latest?.recorded_on ? `latest ${formatDate(m.latest.recorded_on, locale)}` : 'no readings yet'}
        </span>
        <span className="mt-2 block text-sm text-slate-800">
          7 days: {value(m.seven_day_average, m.unit, locale)} · 30 days: {value(m.thirty_day_average, m.unit, locale)}
        </span>
        <span className="block text-sm text-slate-800">
          {m.days_logged_last_thirty ?? 0} of the last 30 days logged · {m.readings ?? 0} {m.readings === 1 ? 'reading' : 'readings'}
        </span>
        <span className="block text-sm text-slate-800">
          {best ? `Best: ${value(best.value, m.unit, locale)} (${m.personal_best_is})` : `Range: ${value(m.lowest?.value, m.unit, locale)} – ${value(m.highest?.value, m.unit, locale)}`}
        </span>
      </button>
    </li>
  );
}

export default function Health() {
  const { zone, locale } = usePreferences();
  const today = todayInZone(zone);
  const [recording, setRecording] = useState(false);
  const [editing, setEditing] = useState<string | null>(null);
  const [picked, setPicked] = useState<string | null>(null);
  const [bucket, setBucket] = useState<Bucket>('day');
  const analytics = useQuery(() => unwrap(api.GET('/api/health/analytics')), [], LIVE);
  const metrics = analytics.data?.metrics ?? [];
  const type = picked ?? metrics.find((m) => m.metric_type === 'weight')?.metric_type ?? metrics[0]?.metric_type ?? null;
  const range = trendRange(bucket, today);
  const trend = useQuery(() => (type ? unwrap(api.GET('/api/health/trends', { params: { query: { metric_type: type, bucket, ...range } } })) : Promise.resolve(undefined)),
    [type, bucket, range.from, range.to], LIVE);
  const readings = useQuery(() => (type ? unwrap(api.GET('/api/health/metrics', { params: { query: { metric_type: type, size: 20 } } })) : Promise.resolve(undefined)),
    [type], LIVE);

  function refresh() {
    void Promise.all([analytics.reload(), trend.reload(), readings.reload()]);
  }

  async function remove(r: Reading) {
    if (!window.confirm(`Delete the ${metricLabel(r.metric_type ?? '').toLowerCase()} reading of ${formatInstant(r.recorded_at!, zone, locale)}?`)) return;
    try {
      await unwrap(api.DELETE('/api/health/metrics/{id}', { params: { path: { id: r.id! } } }));
      toast.success('Reading deleted.');
    } catch (e) {
      toast.error(problemOf(e).detail);
    }
    refresh();
  }

  const rows = trendRows(trend.data?.points ?? []);
  const drawn = bucketsWithReadings(trend.data?.points ?? []);
  const change = trend.data?.change;
  const unit = unitLabel(trend.data?.unit, type ?? '');
  const tick = (d: string) => formatDate(d, locale, bucket === 'month' ? { month: 'short', year: '2-digit' } : { day: 'numeric', month: 'short' });

  return (
    <div>
      <PageTitle actions={<button type="button" className="btn-primary" onClick={() => { setEditing(null); setRecording(true); }}>Record a reading</button>}>Health</PageTitle>
      {recording && <ReadingForm zone={zone} initialType={type ?? undefined} onDone={(t) => { setRecording(false); if (t) setPicked(t); refresh(); }} />}
      <ErrorNote problem={analytics.error} onRetry={() => void analytics.reload()} />

      {!analytics.data ? <Skeleton lines={4} /> : metrics.length === 0 ? (
        <Empty title="No readings yet">Use <strong>Record a reading</strong> for your weight, sleep, steps, heart rate or anything else you measure; trends and averages appear here.</Empty>
      ) : (
        <>
          <h2 className="sr-only">Where each measure stands</h2>
          <ul className="grid gap-3 sm:grid-cols-2 lg:grid-cols-4" aria-label="Your measures">
            {metrics.map((m) => <MetricCard key={`${m.metric_type}-${m.unit}`} m={m} locale={locale} selected={m.metric_type === type} onSelect={() => setPicked(m.metric_type!)} />)}
          </ul>

          <section className="card mt-4" aria-labelledby="h-trend">
            <div className="flex flex-wrap items-center gap-3">
              <h2 id="h-trend" className="flex-1 font-semibold">{type ? `${metricLabel(type)} trend` : 'Trend'}{unit && <span className="font-normal"> ({unit})</span>}</h2>
              <div role="group" aria-label="Group readings by" className="flex gap-1">
                {BUCKETS.map((b) => (
                  <button key={b.value} type="button" className="btn-secondary" aria-pressed={bucket === b.value}
                    style={bucket === b.value ? { background: '#dbeafe', borderColor: '#1d4ed8' } : undefined}
                    onClick={() => setBucket(b.value)}>{b.label}</button>
                ))}
              </div>
            </div>
            <ErrorNote problem={trend.error} onRetry={() => void trend.reload()} />
            <p className="mt-1 text-sm text-slate-700" data-testid="trend-summary">
              {formatDate(range.from, locale)} – {formatDate(range.to, locale)}: {drawn} {drawn === 1 ? bucket : `${bucket}s`} with readings
              {change?.absolute != null && ` · change ${change.absolute > 0 ? '+' : ''}${formatNumber(change.absolute, locale, 2)} ${unit}${change.percent != null ? ` (${change.percent > 0 ? '+' : ''}${formatNumber(change.percent, locale, 1)} %)` : ''}`}
            </p>
            {!trend.data ? <Skeleton lines={4} /> : (
              <div className="mt-2 h-64" role="img" aria-label={`${metricLabel(type ?? '')} per ${bucket}: ${drawn} points`} data-testid="trend-chart" data-points={drawn}>
                <ResponsiveContainer>
                  <LineChart data={rows} margin={{ left: -10, right: 8 }}>
                    <CartesianGrid strokeDasharray="3 3" />
                    <XAxis dataKey="start" tickFormatter={tick} tick={{ fontSize: 11 }} minTickGap={16} />
                    <YAxis domain={['auto', 'auto']} tick={{ fontSize: 11 }} tickFormatter={(v: number) => formatNumber(v, locale, 1)} />
                    <Tooltip labelFormatter={(d) => formatDate(String(d), locale)} formatter={(v) => value(Number(v), unit, locale)} />
                    <Legend />
                    <Line dataKey="average" name="average" stroke="#1d4ed8" connectNulls isAnimationActive={false} dot={{ r: 3 }} />
                    <Line dataKey="moving" name="7-bucket moving average" stroke="#64748b" strokeDasharray="4 3" dot={false} isAnimationActive={false} />
                  </LineChart>
                </ResponsiveContainer>
              </div>
            )}
          </section>

          <section className="mt-4" aria-labelledby="h-readings">
            <h2 id="h-readings" className="mb-2 font-semibold">Latest {type ? metricLabel(type).toLowerCase() : ''} readings</h2>
            {!readings.data ? <Skeleton lines={3} /> : (readings.data.items ?? []).length === 0 ? (
              <Empty title="No readings of this kind left." />
            ) : (
              <ul className="space-y-2">
                {readings.data.items!.map((r) => (
                  <li key={r.id} className="card">
                    {editing === r.id ? <ReadingForm zone={zone} reading={r} onDone={() => { setEditing(null); refresh(); }} /> : (
                      <div className="flex flex-wrap items-center gap-3">
                        <div className="min-w-0 flex-1">
                          <p className="font-medium">{value(r.value, unitLabel(r.unit, r.metric_type ?? ''), locale)}</p>
                          <p className="text-sm text-slate-700">{formatInstant(r.recorded_at!, zone, locale)}{r.notes && ` · ${r.notes}`}</p>
                        </div>
                        <button type="button" className="btn-secondary" onClick={() => { setRecording(false); setEditing(r.id!); }}>Edit</button>
                        <button type="button" className="btn-secondary" onClick={() => void remove(r)}>Delete</button>
                      </div>
                    )}
                  </li>
                ))}
              </ul>
            )}
          </section>
        </>
      )}
    </div>
  );
}
