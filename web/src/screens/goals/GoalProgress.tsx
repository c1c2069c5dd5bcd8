import { useState } from 'react';
import { CartesianGrid, Line, LineChart, ResponsiveContainer, Tooltip, XAxis, YAxis } from 'recharts';
import { api, unwrap } from '../../api/client';
import { problemOf } from '../../api/problem';
import type { components } from '../../api/schema';
import { ErrorNote, Skeleton } from '../../components/ui';
import { progressSeries } from '../../lib/charts';
import { formatInstant } from '../../lib/dates';
import { useQuery } from '../../lib/useQuery';
import { toast } from '../../stores/toasts';

type Goal = components['schemas']['GoalView'];

/** The progress slider with an optional private note. */
export function ProgressEditor({ goal, onSaved }: { goal: Goal; onSaved: () => void }) {
  const [value, setValue] = useState(goal.progress ?? 0);
  const [note, setNote] = useState('');
  const [error, setError] = useState<string | null>(null);
  const [saving, setSaving] = useState(false);
  const id = goal.id!;
  async function save() {
    setSaving(true);
    setError(null);
    try {
      await unwrap(api.PUT('/api/goals/{id}/progress', { params: { path: { id } }, body: { progress: value, note: note || undefined } }));
      toast.success(`"${goal.title}" is at ${value}%.`);
      setNote('');
      onSaved();
    } catch (e) {
      setError(problemOf(e).fieldErrors.progress ?? problemOf(e).fieldErrors.note ?? problemOf(e).detail);
    } finally {
      setSaving(false);
    }
  }
  return (
    <div className="mt-2 grid gap-2 sm:grid-cols-[1fr_1fr_auto] sm:items-end">
      <div>
        <label htmlFor={`${id}-progress`} className="label">Progress: {value}%</label>
        <input id={`${id}-progress`} type="range" min={0} max={100} step={1} value={value} className="w-full"
          onChange={(e) => setValue(Number(e.target.value))} />
      </div>
      <div>
        <label htmlFor={`${id}-note`} className="label">Note (private, optional)</label>
        <input id={`${id}-note`} className="input" value={note} onChange={(e) => setNote(e.target.value)} />
      </div>
      <button type="button" className="btn-primary" disabled={saving || (value === goal.progress && !note)} onClick={() => void save()}>Save progress</button>
      {error && <p role="alert" className="field-error sm:col-span-3">{error}</p>}
    </div>
  );
}

export function ProgressHistory({ goal, zone, locale }: { goal: Goal; zone: string; locale?: string }) {
  const history = useQuery(() => unwrap(api.GET('/api/goals/{id}/progress-history', { params: { path: { id: goal.id! } } })), [goal.id], ['goal_updated']);
  if (history.error) return <ErrorNote problem={history.error} onRetry={() => void history.reload()} />;
  if (!history.data) return <Skeleton lines={3} />;
  const points = progressSeries((history.data.items ?? []).map((i) => ({ at: i.at!, progress: i.progress ?? 0, note: i.note })));
  if (points.length === 0) return <p className="text-sm">No progress recorded yet: move the slider and save.</p>;
  return (
    <div>
      <div className="h-48" role="img" aria-label={`Progress history of ${goal.title}`}>
        <ResponsiveContainer>
          <LineChart data={points} margin={{ left: -20, right: 8 }}>
            <CartesianGrid strokeDasharray="3 3" />
            <XAxis dataKey="t" type="number" scale="time" domain={['dataMin', 'dataMax']} tick={{ fontSize: 11 }}
              tickFormatter={(t: number) => new Intl.DateTimeFormat(locale, { day: 'numeric', month: 'short', timeZone: zone }).format(new Date(t))} />
            <YAxis domain={[0, 100]} tick={{ fontSize: 11 }} />
            <Tooltip labelFormatter={(t) => formatInstant(new Date(Number(t)).toISOString(), zone, locale)}
              formatter={(v, _n, item) => [`${String(v)}%${(item.payload as { note?: string }).note ? ` — ${(item.payload as { note?: string }).note}` : ''}`, 'progress']} />
            <Line dataKey="progress" stroke="#7c3aed" isAnimationActive={false} />
          </LineChart>
        </ResponsiveContainer>
      </div>
      <ul className="mt-2 space-y-1 text-sm">
        {[...points].reverse().filter((p) => p.note).slice(0, 5).map((p) => (
          <li key={p.t}><time className="text-slate-700">{formatInstant(new Date(p.t).toISOString(), zone, locale)}</time>: {p.progress}% — {p.note}</li>
        ))}
      </ul>
    </div>
  );
}
