import { useState, type FormEvent } from 'react';
import { Bar, BarChart, CartesianGrid, Line, LineChart, ResponsiveContainer, Tooltip, XAxis, YAxis } from 'recharts';
import { api, unwrap } from '../api/client';
import { problemOf } from '../api/problem';
import type { components } from '../api/schema';
import { Badge, Empty, ErrorNote, PageTitle, Skeleton } from '../components/ui';
import { addDays, formatDate, todayInZone } from '../lib/dates';
import { formatNumber } from '../lib/format';
import { MOODS, moodOfScore, moodRows, type Mood } from '../lib/journal';
import { useQuery } from '../lib/useQuery';
import { usePreferences } from '../stores/settings';
import { toast } from '../stores/toasts';
import { EntryForm } from './journal/EntryForm';

type Entry = components['schemas']['JournalEntryResponse'];
const LIVE = ['journal_entry_updated'];
const MOOD_TONE: Record<Mood, 'red' | 'amber' | 'slate' | 'blue' | 'green'> = { awful: 'red', bad: 'amber', okay: 'slate', good: 'blue', great: 'green' };

export default function Journal() {
  const { zone, locale } = usePreferences();
  const today = todayInZone(zone);
  const from = addDays(today, -83);
  const [writing, setWriting] = useState(false);
  const [editing, setEditing] = useState<string | null>(null);
  const [typed, setTyped] = useState('');
  const [q, setQ] = useState('');
  const [mood, setMood] = useState<Mood | ''>('');
  const [tag, setTag] = useState('');
  const entries = useQuery(() => unwrap(api.GET('/api/journal/entries', { params: { query: {
    size: 50, q: q || undefined, mood: mood || undefined, tag: tag || undefined,
  } } })), [q, mood, tag], LIVE);
  const trends = useQuery(() => unwrap(api.GET('/api/journal/mood-trends', { params: { query: { bucket: 'week', from, to: today } } })), [from, today], LIVE);
  const analytics = useQuery(() => unwrap(api.GET('/api/journal/analytics', { params: { query: { from, to: today } } })), [from, today], LIVE);
  const filtered = !!(q || mood || tag);

  function refresh() {
    void Promise.all([entries.reload(), trends.reload(), analytics.reload()]);
  }

  function search(e: FormEvent) {
    e.preventDefault();
    setQ(typed.trim());
  }

  function clear() {
    setTyped(''); setQ(''); setMood(''); setTag('');
  }

  async function remove(entry: Entry) {
    if (!window.confirm(`Delete the entry of ${formatDate(entry.entry_date!, locale)}? Its words cannot be brought back.`)) return;
    try {
      await unwrap(api.DELETE('/api/journal/entries/{id}', { params: { path: { id: entry.id! } } }));
      toast.success('Entry deleted.');
    } catch (e) {
      toast.error(problemOf(e).detail);
    }
    refresh();
  }

  const a = analytics.data;
  const items = entries.data?.items ?? [];
  return (
    <div>
      <PageTitle actions={<button type="button" className="btn-primary" onClick={() => { setEditing(null); setWriting(true); }}>New entry</button>}>Journal</PageTitle>
      {writing && <EntryForm today={today} onDone={() => { setWriting(false); refresh(); }} />}

      <form role="search" aria-label="Search the journal" onSubmit={search} className="mb-4 flex flex-wrap items-end gap-3">
        <label className="min-w-48 flex-1 text-sm">Words to find
          <input type="search" className="input mt-1" value={typed} onChange={(e) => setTyped(e.target.value)} placeholder="e.g. climbing" />
        </label>
        <label className="text-sm">Mood
          <select className="input mt-1" value={mood} onChange={(e) => setMood(e.target.value as Mood | '')}>
            <option value="">Any</option>
            {MOODS.map((m) => <option key={m.value} value={m.value}>{m.label}</option>)}
          </select>
        </label>
        <label className="text-sm">Tag
          <select className="input mt-1" value={tag} onChange={(e) => setTag(e.target.value)}>
            <option value="">Any</option>
            {(a?.top_tags ?? []).map((t) => <option key={t.tag} value={t.tag}>{t.tag}</option>)}
          </select>
        </label>
        <button type="submit" className="btn-primary">Search</button>
        {filtered && <button type="button" className="btn-secondary" onClick={clear}>Clear</button>}
      </form>

      <ErrorNote problem={entries.error} onRetry={() => void entries.reload()} />
      {filtered && entries.data && (
        <p className="mb-2 text-sm text-slate-700" role="status">
          {entries.data.total_items ?? items.length} {(entries.data.total_items ?? items.length) === 1 ? 'entry matches' : 'entries match'}
          {q && <> “{q}”</>}{mood && <> with mood {mood}</>}{tag && <> tagged {tag}</>}.
        </p>
      )}
      {!entries.data ? <Skeleton lines={5} /> : items.length === 0 ? (
        filtered ? <Empty title="No entries match.">Try other words, or clear the search.</Empty> : (
          <Empty title="No entries yet">Write your first with <strong>New entry</strong>: a few lines about your day, a mood and some tags. Only you can read the words.</Empty>
        )
      ) : (
        <ul className="space-y-3" aria-label="Journal entries">
          {items.map((entry) => (
            <li key={entry.id} className="card">
              {editing === entry.id ? <EntryForm today={today} entry={entry} onDone={() => { setEditing(null); refresh(); }} /> : (
                <article aria-label={`Entry of ${formatDate(entry.entry_date!, locale)}`}>
                  <div className="flex flex-wrap items-center gap-2">
                    <h2 className="flex-1 font-semibold">{formatDate(entry.entry_date!, locale, { dateStyle: 'full' })}</h2>
                    {entry.mood && <Badge tone={MOOD_TONE[entry.mood]}>{entry.mood}</Badge>}
                    {(entry.tags ?? []).map((t) => (
                      <button key={t} type="button" className="rounded bg-slate-100 px-2 py-0.5 text-xs text-slate-800 hover:bg-slate-200"
                        aria-label={`Show entries tagged ${t}`} onClick={() => setTag(t)}>#{t}</button>
                    ))}
                  </div>
                  <p className="mt-2 whitespace-pre-wrap break-words text-sm">{entry.content}</p>
                  <div className="mt-2 flex flex-wrap gap-2">
                    <button type="button" className="btn-secondary" onClick={() => { setWriting(false); setEditing(entry.id!); }}>Edit</button>
                    <button type="button" className="btn-secondary" onClick={() => void remove(entry)}>Delete</button>
                  </div>
                </article>
              )}
            </li>
          ))}
        </ul>
      )}

      <div className="mt-6 grid gap-4 lg:grid-cols-2">
        <section className="card" aria-labelledby="h-mood">
          <h2 id="h-mood" className="font-semibold">Mood by week, last 12 weeks</h2>
          <ErrorNote problem={trends.error} onRetry={() => void trends.reload()} />
          {!trends.data ? <Skeleton lines={4} /> : (
            <div className="h-60" role="img" aria-label="Average mood per week over the last 12 weeks">
              <ResponsiveContainer>
                <LineChart data={moodRows(trends.data.points ?? [])} margin={{ left: 0, right: 8 }}>
                  <CartesianGrid strokeDasharray="3 3" />
                  <XAxis dataKey="start" tickFormatter={(d: string) => formatDate(d, locale, { day: 'numeric', month: 'short' })} tick={{ fontSize: 11 }} />
                  <YAxis domain={[1, 5]} ticks={[1, 2, 3, 4, 5]} tickFormatter={(v: number) => moodOfScore(v)} tick={{ fontSize: 11 }} width={56} />
                  <Tooltip labelFormatter={(d) => `Week of ${formatDate(String(d), locale)}`}
                    formatter={(v) => `${formatNumber(Number(v), locale, 2)} (${moodOfScore(Number(v)).toLowerCase()})`} />
                  <Line dataKey="mood" name="average mood" stroke="#7c3aed" connectNulls dot={{ r: 3 }} isAnimationActive={false} />
                </LineChart>
              </ResponsiveContainer>
            </div>
          )}
        </section>
        <section className="card" aria-labelledby="h-writing">
          <h2 id="h-writing" className="font-semibold">Writing, last 12 weeks</h2>
          <ErrorNote problem={analytics.error} onRetry={() => void analytics.reload()} />
          {!a ? <Skeleton lines={4} /> : (
            <>
              <p className="text-sm text-slate-700" data-testid="writing-stats">
                {a.total_entries ?? 0} entries · streak {a.current_streak ?? 0} {a.current_streak === 1 ? 'day' : 'days'} (longest {a.longest_streak ?? 0})
                {a.average_length != null && ` · ${formatNumber(a.average_length, locale, 0)} characters on average`}
              </p>
              <div className="h-44" role="img" aria-label="Entries per week">
                <ResponsiveContainer>
                  <BarChart data={a.entries_per_week ?? []} margin={{ left: -20, right: 8 }}>
                    <CartesianGrid strokeDasharray="3 3" />
                    <XAxis dataKey="week_start" tickFormatter={(d: string) => formatDate(d, locale, { day: 'numeric', month: 'short' })} tick={{ fontSize: 11 }} />
                    <YAxis allowDecimals={false} tick={{ fontSize: 11 }} />
                    <Tooltip labelFormatter={(d) => `Week of ${formatDate(String(d), locale)}`} />
                    <Bar dataKey="entries" name="entries" fill="#7c3aed" isAnimationActive={false} />
                  </BarChart>
                </ResponsiveContainer>
              </div>
              {(a.top_tags ?? []).length > 0 && (
                <p className="mt-2 text-sm">Top tags: {a.top_tags!.map((t) => `${t.tag} (${t.entries})`).join(', ')}</p>
              )}
            </>
          )}
        </section>
      </div>
    </div>
  );
}
