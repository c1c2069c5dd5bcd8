import { useMemo, useState } from 'react';
import { api, unwrap } from '../api/client';
import { problemOf } from '../api/problem';
import type { components } from '../api/schema';
import { Badge, Empty, ErrorNote, PageTitle, Skeleton } from '../components/ui';
import { formatDate, todayInZone } from '../lib/dates';
import { formatPercent } from '../lib/format';
import { useQuery } from '../lib/useQuery';
import { usePreferences } from '../stores/settings';
import { toast } from '../stores/toasts';
import { goalTone } from '../lib/goals';
import { GoalForm } from './goals/GoalForm';
import { ProgressEditor, ProgressHistory } from './goals/GoalProgress';

type Goal = components['schemas']['GoalView'];
type Status = NonNullable<Goal['status']>;
type Priority = NonNullable<Goal['priority']>;
type Sort = 'created_at' | 'target_date' | 'priority';

const STATUS_TONE: Record<Status, 'blue' | 'slate' | 'green' | 'red'> = { active: 'blue', paused: 'slate', completed: 'green', abandoned: 'red' };

/** Which status changes a goal offers from where it is. */
export function statusActions(status: Status | undefined): { to: Status; label: string }[] {
  switch (status) {
    case 'active': return [{ to: 'paused', label: 'Pause' }, { to: 'completed', label: 'Complete' }, { to: 'abandoned', label: 'Abandon' }];
    case 'paused': return [{ to: 'active', label: 'Resume' }, { to: 'abandoned', label: 'Abandon' }];
    // A completed goal reopens when its progress goes below 100 (the slider), not by a status change.
    case 'completed': return [];
    case 'abandoned': return [{ to: 'active', label: 'Reopen' }];
    default: return [];
  }
}

export default function Goals() {
  const { zone, locale } = usePreferences();
  const [status, setStatus] = useState<Status | ''>('');
  const [priority, setPriority] = useState<Priority | ''>('');
  const [category, setCategory] = useState('');
  const [sort, setSort] = useState<Sort>('created_at');
  const [creating, setCreating] = useState(false);
  const [open, setOpen] = useState<string | null>(null);
  const goals = useQuery(() => unwrap(api.GET('/api/goals', { params: { query: {
    size: 100, sort, status: status || undefined, priority: priority || undefined, category: category || undefined,
  } } })), [status, priority, category, sort], ['goal_updated']);
  const analytics = useQuery(() => unwrap(api.GET('/api/goals/analytics')), [], ['goal_updated']);
  const schedules = useMemo(() => new Map((analytics.data?.schedules ?? []).map((s) => [s.goal_id, s])), [analytics.data]);
  const categories = Object.keys((analytics.data?.by_category ?? {}) as Record<string, number>);

  function refresh() {
    void Promise.all([goals.reload(), analytics.reload()]);
  }

  async function changeStatus(goal: Goal, to: Status, label: string) {
    if (to === 'abandoned' && !window.confirm(`Abandon "${goal.title}"? You can reopen it later.`)) return;
    try {
      await unwrap(api.PUT('/api/goals/{id}', { params: { path: { id: goal.id! } }, body: { status: to } }));
      toast.success(`${label}: "${goal.title}".`);
    } catch (e) {
      toast.error(problemOf(e).detail);
    }
    refresh();
  }

  async function remove(goal: Goal) {
    if (!window.confirm(`Delete "${goal.title}" and its progress history?`)) return;
    try {
      await unwrap(api.DELETE('/api/goals/{id}', { params: { path: { id: goal.id! } } }));
      toast.success(`Deleted "${goal.title}".`);
    } catch (e) {
      toast.error(problemOf(e).detail);
    }
    refresh();
  }

  const a = analytics.data;
  return (
    <div>
      <PageTitle actions={<button type="button" className="btn-primary" onClick={() => setCreating(true)}>New goal</button>}>Goals</PageTitle>
      {a && (
        <p className="mb-3 text-sm text-slate-700">
          {a.total_goals ?? 0} goals · {formatPercent(a.completion_rate ?? 0, locale)} completed · active goals average {Math.round(a.average_active_progress ?? 0)}%
        </p>
      )}
      {creating && <GoalForm today={todayInZone(zone)} onDone={() => { setCreating(false); refresh(); }} />}
      <div className="mb-4 flex flex-wrap items-end gap-3" role="group" aria-label="Filter and sort goals">
        <label className="text-sm">Status
          <select className="input mt-1" value={status} onChange={(e) => setStatus(e.target.value as Status | '')}>
            <option value="">Any</option><option value="active">Active</option><option value="paused">Paused</option>
            <option value="completed">Completed</option><option value="abandoned">Abandoned</option>
          </select>
        </label>
        <label className="text-sm">Priority
          <select className="input mt-1" value={priority} onChange={(e) => setPriority(e.target.value as Priority | '')}>
            <option value="">Any</option><option value="high">High</option><option value="medium">Medium</option><option value="low">Low</option>
          </select>
        </label>
        <label className="text-sm">Category
          <select className="input mt-1" value={category} onChange={(e) => setCategory(e.target.value)}>
            <option value="">Any</option>
            {categories.map((c) => <option key={c} value={c}>{c}</option>)}
          </select>
        </label>
        <label className="text-sm">Sort by
          <select className="input mt-1" value={sort} onChange={(e) => setSort(e.target.value as Sort)}>
            <option value="created_at">Newest</option><option value="target_date">Target date</option><option value="priority">Priority</option>
          </select>
        </label>
      </div>
      <ErrorNote problem={goals.error} onRetry={() => void goals.reload()} />
      {!goals.data ? <Skeleton lines={5} /> : (goals.data.items ?? []).length === 0 ? (
        status || priority || category ? <Empty title="No goals match these filters." /> :
          <Empty title="No goals yet">Set your first goal with <strong>New goal</strong>: give it a target date and LifeOS tells you whether you are on track.</Empty>
      ) : (
        <ul className="space-y-3">
          {goals.data.items!.map((g) => {
            const s = schedules.get(g.id);
            return (
              <li key={g.id} className="card">
                <div className="flex flex-wrap items-center gap-2">
                  <h2 className="flex-1 font-semibold">{g.title}</h2>
                  <Badge tone={STATUS_TONE[g.status ?? 'active']}>{g.status}</Badge>
                  {s?.state && g.status === 'active' && <Badge tone={goalTone(s.state)}>{s.state.replaceAll('_', ' ')}</Badge>}
                  {g.priority && <Badge tone="slate">{g.priority} priority</Badge>}
                </div>
                <div className="mt-2 flex items-center gap-2" aria-hidden="true">
                  <span className="h-2 flex-1 rounded bg-slate-200"><span className="block h-2 rounded bg-violet-600" style={{ width: `${g.progress ?? 0}%` }} /></span>
                  <span className="w-12 text-right text-sm">{g.progress ?? 0}%</span>
                </div>
                <p className="mt-1 text-sm text-slate-700">
                  {g.target_date ? `Target ${formatDate(g.target_date, locale)}` : 'No target date'}
                  {s?.expected_progress != null && ` · expected by now ${s.expected_progress}%`}
                  {s && (s.projected_completion_date ? ` · projected ${formatDate(s.projected_completion_date, locale)}` : s.projection_reason ? ` · no projection yet: ${s.projection_reason}` : '')}
                </p>
                {g.status !== 'abandoned' && <ProgressEditor key={`${g.id}-${g.progress}`} goal={g} onSaved={refresh} />}
                <div className="mt-2 flex flex-wrap gap-2">
                  <button type="button" className="btn-secondary" aria-expanded={open === g.id} onClick={() => setOpen(open === g.id ? null : g.id!)}>
                    {open === g.id ? 'Hide history' : 'History'}
                  </button>
                  {statusActions(g.status).map((act) => (
                    <button key={act.to} type="button" className="btn-secondary" onClick={() => void changeStatus(g, act.to, act.label)}>{act.label}</button>
                  ))}
                  <button type="button" className="btn-secondary" onClick={() => void remove(g)}>Delete</button>
                </div>
                {open === g.id && <div className="mt-3"><ProgressHistory goal={g} zone={zone} locale={locale} /></div>}
              </li>
            );
          })}
        </ul>
      )}
    </div>
  );
}
