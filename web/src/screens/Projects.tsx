import { useMemo, useState } from 'react';
import { useForm } from 'react-hook-form';
import { api, unwrap } from '../api/client';
import { problemOf } from '../api/problem';
import type { components } from '../api/schema';
import { CreateForm, PriorityOptions } from '../components/CreateForm';
import { Badge, Empty, ErrorNote, Field, PageTitle, Skeleton } from '../components/ui';
import { formatDate } from '../lib/dates';
import { formatNumber } from '../lib/format';
import { applyProblem } from '../lib/forms';
import { useQuery } from '../lib/useQuery';
import { usePreferences } from '../stores/settings';
import { toast } from '../stores/toasts';

type Project = components['schemas']['ProjectView'];
type Status = NonNullable<Project['status']>;
type Goal = components['schemas']['GoalView'];

const STATUSES: { value: Status; label: string }[] = [
  { value: 'active', label: 'Active' }, { value: 'on_hold', label: 'On hold' },
  { value: 'completed', label: 'Completed' }, { value: 'cancelled', label: 'Cancelled' },
];

interface Form { title: string; description: string; priority: 'low' | 'medium' | 'high'; start_date: string; due_date: string; goal_id: string }
const FIELDS = ['title', 'description', 'priority', 'start_date', 'due_date', 'goal_id'] as const;

function ProjectForm({ goals, onDone }: { goals: Goal[]; onDone: () => void }) {
  const { register, handleSubmit, setError, formState: { errors, isSubmitting } } = useForm<Form>({
    defaultValues: { title: '', description: '', priority: 'medium', start_date: '', due_date: '', goal_id: '' },
  });
  const [message, setMessage] = useState<string | null>(null);
  const onSubmit = handleSubmit(async (f) => {
    setMessage(null);
    try {
      await unwrap(api.POST('/api/projects', { body: {
        title: f.title, description: f.description || undefined, priority: f.priority, start_date: f.start_date || undefined,
        due_date: f.due_date || undefined, goal_id: f.goal_id || undefined,
      } }));
      toast.success(`Created the project "${f.title}".`);
      onDone();
    } catch (e) {
      setMessage(applyProblem(e, setError, FIELDS));
    }
  });
  return (
    <CreateForm label="New project" message={message} submitting={isSubmitting} submitLabel="Create project" onSubmit={onSubmit} onCancel={onDone}>
      <Field label="Title" id="project-title" error={errors.title?.message}>
        <input id="project-title" className="input" aria-invalid={!!errors.title} {...register('title', { required: 'Give the project a title' })} />
      </Field>
      <Field label="Description (optional)" id="project-description" error={errors.description?.message}>
        <textarea id="project-description" rows={2} className="input" {...register('description')} />
      </Field>
      <div className="grid gap-3 sm:grid-cols-2 lg:grid-cols-4">
        <Field label="Priority" id="project-priority" error={errors.priority?.message}>
          <select id="project-priority" className="input" {...register('priority')}>
            <PriorityOptions />
          </select>
        </Field>
        <Field label="Start (optional)" id="project-start" error={errors.start_date?.message}>
          <input id="project-start" type="date" className="input" {...register('start_date')} />
        </Field>
        <Field label="Due (optional)" id="project-due" error={errors.due_date?.message}>
          <input id="project-due" type="date" className="input" {...register('due_date')} />
        </Field>
        <Field label="Goal it serves (optional)" id="project-goal" error={errors.goal_id?.message}>
          <select id="project-goal" className="input" {...register('goal_id')}>
            <option value="">None</option>
            {goals.map((g) => <option key={g.id} value={g.id}>{g.title}</option>)}
          </select>
        </Field>
      </div>
    </CreateForm>
  );
}

function ProgressControl({ project, onSaved }: { project: Project; onSaved: () => void }) {
  const [value, setValue] = useState(project.progress ?? 0);
  const [saving, setSaving] = useState(false);
  async function save() {
    setSaving(true);
    try {
      await unwrap(api.PUT('/api/projects/{id}/progress', { params: { path: { id: project.id! } }, body: { progress: value } }));
      toast.success(`"${project.title}" is at ${value}%.`);
      onSaved();
    } catch (e) {
      toast.error(problemOf(e).detail);
    } finally {
      setSaving(false);
    }
  }
  return (
    <div className="flex flex-wrap items-end gap-2">
      <label className="flex-1 text-sm">Progress: {value}%
        <input type="range" min={0} max={100} value={value} className="block w-full" onChange={(e) => setValue(Number(e.target.value))} />
      </label>
      <button type="button" className="btn-secondary" disabled={saving || value === project.progress} onClick={() => void save()}>Save progress</button>
    </div>
  );
}

export default function Projects() {
  const { locale } = usePreferences();
  const [status, setStatus] = useState<Status | ''>('');
  const [creating, setCreating] = useState(false);
  const projects = useQuery(() => unwrap(api.GET('/api/projects', { params: { query: { size: 100, status: status || undefined } } })), [status], ['project_updated']);
  const analytics = useQuery(() => unwrap(api.GET('/api/projects/analytics')), [], ['project_updated']);
  const goals = useQuery(() => unwrap(api.GET('/api/goals', { params: { query: { size: 100 } } })), [], ['goal_updated']);
  const goalList = goals.data?.items ?? [];
  const goalTitle = useMemo(() => new Map(goalList.map((g) => [g.id, g.title])), [goalList]);
  const overdue = useMemo(() => new Map((analytics.data?.overdue ?? []).map((o) => [o.id, o])), [analytics.data]);
  const dueSoon = useMemo(() => new Map((analytics.data?.due_soon ?? []).map((o) => [o.id, o])), [analytics.data]);

  function refresh() {
    void Promise.all([projects.reload(), analytics.reload()]);
  }

  async function change(project: Project, body: components['schemas']['ChangeProjectRequest'], done: string) {
    try {
      await unwrap(api.PUT('/api/projects/{id}', { params: { path: { id: project.id! } }, body }));
      toast.success(done);
    } catch (e) {
      toast.error(problemOf(e).detail);
    }
    refresh();
  }

  async function remove(project: Project) {
    if (!window.confirm(`Delete "${project.title}"?`)) return;
    try {
      await unwrap(api.DELETE('/api/projects/{id}', { params: { path: { id: project.id! } } }));
      toast.success(`Deleted "${project.title}".`);
    } catch (e) {
      toast.error(problemOf(e).detail);
    }
    refresh();
  }

  const a = analytics.data;
  const byStatus = (a?.by_status ?? {}) as Record<string, number>;
  return (
    <div>
      <PageTitle actions={<button type="button" className="btn-primary" onClick={() => setCreating(true)}>New project</button>}>Projects</PageTitle>
      {a && (
        <section aria-label="Project analytics" className="mb-4 grid gap-3 sm:grid-cols-2 lg:grid-cols-4">
          <div className="card"><p className="text-sm text-slate-700">Projects</p><p className="text-2xl font-semibold">{a.total_projects ?? 0}</p>
            <p className="text-xs text-slate-700">{STATUSES.map((s) => `${byStatus[s.value] ?? 0} ${s.label.toLowerCase()}`).join(' · ')}</p></div>
          <div className="card"><p className="text-sm text-slate-700">Average progress</p><p className="text-2xl font-semibold">{formatNumber(a.average_progress ?? 0, locale, 0)}%</p></div>
          <div className="card"><p className="text-sm text-slate-700">Overdue</p><p className="text-2xl font-semibold">{a.overdue?.length ?? 0}</p></div>
          <div className="card"><p className="text-sm text-slate-700">Due in the next days</p><p className="text-2xl font-semibold">{a.due_soon?.length ?? 0}</p></div>
        </section>
      )}
      {creating && <ProjectForm goals={goalList} onDone={() => { setCreating(false); refresh(); }} />}
      <label className="mb-4 block w-48 text-sm">Status
        <select className="input mt-1" value={status} onChange={(e) => setStatus(e.target.value as Status | '')}>
          <option value="">Any</option>
          {STATUSES.map((s) => <option key={s.value} value={s.value}>{s.label}</option>)}
        </select>
      </label>
      <ErrorNote problem={projects.error} onRetry={() => void projects.reload()} />
      {!projects.data ? <Skeleton lines={5} /> : (projects.data.items ?? []).length === 0 ? (
        status ? <Empty title="No projects with this status." /> :
          <Empty title="No projects yet">Start one with <strong>New project</strong>, and link it to a goal it moves forward.</Empty>
      ) : (
        <ul className="space-y-3">
          {projects.data.items!.map((p) => {
            const late = overdue.get(p.id);
            const soon = dueSoon.get(p.id);
            return (
              <li key={p.id} className="card space-y-2">
                <div className="flex flex-wrap items-center gap-2">
                  <h2 className="flex-1 font-semibold">{p.title}</h2>
                  {late && <Badge tone="red">{late.days_overdue} days overdue</Badge>}
                  {soon && <Badge tone="amber">due in {soon.days_left} days</Badge>}
                  {p.priority && <Badge tone="slate">{p.priority} priority</Badge>}
                </div>
                <p className="text-sm text-slate-700">
                  {p.due_date ? `Due ${formatDate(p.due_date, locale)}` : 'No due date'}
                  {p.goal_id && ` · serves the goal "${goalTitle.get(p.goal_id) ?? 'unknown'}"`}
                </p>
                <ProgressControl key={`${p.id}-${p.progress}`} project={p} onSaved={refresh} />
                <div className="flex flex-wrap gap-3">
                  <label className="text-sm">Status
                    <select className="input mt-1" value={p.status} onChange={(e) => void change(p, { status: e.target.value as Status }, `"${p.title}" is now ${e.target.value.replace('_', ' ')}.`)}>
                      {STATUSES.map((s) => <option key={s.value} value={s.value}>{s.label}</option>)}
                    </select>
                  </label>
                  <label className="text-sm">Goal
                    <select className="input mt-1" value={p.goal_id ?? ''} onChange={(e) => void change(p,
                      e.target.value ? { goal_id: e.target.value } : { unlink_goal: true },
                      e.target.value ? `Linked "${p.title}" to a goal.` : `Unlinked "${p.title}" from its goal.`)}>
                      <option value="">None</option>
                      {goalList.map((g) => <option key={g.id} value={g.id}>{g.title}</option>)}
                    </select>
                  </label>
                  <button type="button" className="btn-secondary self-end" onClick={() => void remove(p)}>Delete</button>
                </div>
              </li>
            );
          })}
        </ul>
      )}
    </div>
  );
}
