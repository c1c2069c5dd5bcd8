import { useMemo, useState } from 'react';
import { api, unwrap } from '../api/client';
import { problemOf } from '../api/problem';
import { PageTitle } from '../components/ui';
import { todayInZone } from '../lib/dates';
import { addMonths, formatMonth, monthOf, type FinanceRecord } from '../lib/finance';
import { useQuery } from '../lib/useQuery';
import { usePreferences } from '../stores/settings';
import { toast } from '../stores/toasts';
import { Budgets } from './finance/Budgets';
import { CashFlowChart, CategoryChart } from './finance/Charts';
import { CsvImport } from './finance/CsvImport';
import { RecordForm } from './finance/RecordForm';
import { queryOf, RecordsTable, type RecordFilters } from './finance/RecordsTable';

/** Downloads what the server exports as CSV for these filters (every matching record, not one page). */
async function exportCsv(filters: RecordFilters, today: string) {
  try {
    const blob = await unwrap(api.GET('/api/finance/records', { params: { query: { ...queryOf(filters), format: 'csv' } }, parseAs: 'blob' }));
    const url = URL.createObjectURL(blob as Blob);
    const link = document.createElement('a');
    link.href = url;
    link.download = `lifeos-finance-${today}.csv`;
    document.body.appendChild(link);
    link.click();
    link.remove();
    setTimeout(() => URL.revokeObjectURL(url), 1_000);
  } catch (e) {
    toast.error(problemOf(e).detail);
  }
}

export default function Finance() {
  const { zone, locale, currency } = usePreferences();
  const today = todayInZone(zone);
  const [month, setMonth] = useState(monthOf(today));
  const [editing, setEditing] = useState<FinanceRecord | 'new' | null>(null);
  const [importing, setImporting] = useState(false);
  const [filters, setFilters] = useState<RecordFilters>({ from: '', to: '', category: '', type: '' });
  const budgets = useQuery(() => unwrap(api.GET('/api/finance/budget', { params: { query: { month } } })), [month],
    ['budget_updated', 'financial_record_updated']);
  const analytics = useQuery(() => unwrap(api.GET('/api/finance/analytics', {
    params: { query: { from: `${addMonths(monthOf(today), -11)}-01`, to: today, currency } },
  })), [today, currency], ['financial_record_updated']);
  const categories = useMemo(() => [...new Set([
    ...(analytics.data?.expenses_by_category ?? []).map((c) => c.category ?? ''),
    ...(budgets.data?.items ?? []).map((b) => b.category ?? ''),
  ].filter((c) => c !== ''))].sort((a, b) => a.localeCompare(b)), [analytics.data, budgets.data]);

  function refresh() {
    void Promise.all([budgets.reload(), analytics.reload()]);
  }

  return (
    <div>
      <PageTitle actions={<>
        <button type="button" className="btn-secondary" onClick={() => void exportCsv(filters, today)}>Export CSV</button>
        <button type="button" className="btn-secondary" aria-expanded={importing} onClick={() => setImporting((i) => !i)}>Import CSV</button>
        <button type="button" className="btn-primary" onClick={() => setEditing('new')}>New record</button>
      </>}>Finance</PageTitle>
      {importing && <CsvImport onImported={refresh} onClose={() => setImporting(false)} />}
      {editing && (
        <RecordForm key={editing === 'new' ? 'new' : editing.id} record={editing === 'new' ? undefined : editing} currency={currency} today={today}
          categories={categories} onDone={(saved) => { setEditing(null); if (saved) refresh(); }} />
      )}
      <div className="mb-4 flex flex-wrap items-end gap-2">
        <label className="text-sm">Budget month
          <input type="month" className="input mt-1" value={month} onChange={(e) => e.target.value && setMonth(e.target.value)} />
        </label>
        <button type="button" className="btn-secondary" aria-label="Previous month" onClick={() => setMonth((m) => addMonths(m, -1))}>←</button>
        <button type="button" className="btn-secondary" aria-label="Next month" onClick={() => setMonth((m) => addMonths(m, 1))}>→</button>
        <span className="pb-2 text-sm text-slate-700">{formatMonth(month, locale, 'long')}</span>
      </div>
      <div className="mb-4 grid gap-4 lg:grid-cols-2">
        <Budgets month={month} budgets={budgets} currency={currency} categories={categories} locale={locale} onChanged={refresh} />
        <CategoryChart analytics={analytics} locale={locale} />
      </div>
      <div className="mb-4"><CashFlowChart analytics={analytics} locale={locale} /></div>
      <RecordsTable filters={filters} setFilters={setFilters} categories={categories} locale={locale}
        onEdit={(r) => { setEditing(r); window.scrollTo({ top: 0, behavior: 'smooth' }); }} onChanged={refresh} />
    </div>
  );
}
