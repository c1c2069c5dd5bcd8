import { useMemo, useState } from 'react';
import { api, unwrap } from '../../api/client';
import { problemOf } from '../../api/problem';
import { Empty, ErrorNote, Skeleton } from '../../components/ui';
import { formatDate } from '../../lib/dates';
import { sortRecords, type FinanceRecord, type RecordPage, type RecordType, type SortKey } from '../../lib/finance';
import { formatMoney } from '../../lib/format';
import { useQuery } from '../../lib/useQuery';
import { toast } from '../../stores/toasts';

export interface RecordFilters { from: string; to: string; category: string; type: RecordType | '' }

const PAGE_SIZE = 20;
const COLUMNS: { key: SortKey; label: string; numeric?: boolean }[] = [
  { key: 'date', label: 'Date' }, { key: 'type', label: 'Type' }, { key: 'category', label: 'Category' }, { key: 'amount', label: 'Amount', numeric: true },
];

export function queryOf(filters: RecordFilters) {
  return {
    from: filters.from || undefined, to: filters.to || undefined, category: filters.category.trim() || undefined, type: filters.type || undefined,
  };
}

/** The records, a page at a time through the API's envelope; the order within a page is the person's choice. */
export function RecordsTable({ filters, setFilters, categories, locale, onEdit, onChanged }: {
  filters: RecordFilters; setFilters: (f: RecordFilters) => void; categories: string[]; locale?: string;
  onEdit: (r: FinanceRecord) => void; onChanged: () => void;
}) {
  const [page, setPage] = useState(0);
  const [sort, setSort] = useState<{ key: SortKey; direction: 'asc' | 'desc' }>({ key: 'date', direction: 'desc' });
  const records = useQuery(async () => (await unwrap(api.GET('/api/finance/records', {
    params: { query: { ...queryOf(filters), page, size: PAGE_SIZE } },
  }))) as unknown as RecordPage, [filters.from, filters.to, filters.category, filters.type, page], ['financial_record_updated']);
  const rows = useMemo(() => sortRecords(records.data?.items ?? [], sort.key, sort.direction), [records.data, sort]);
  const totalPages = records.data?.total_pages ?? 0;
  const filtered = filters.from !== '' || filters.to !== '' || filters.category.trim() !== '' || filters.type !== '';

  function change(next: Partial<RecordFilters>) {
    setPage(0);
    setFilters({ ...filters, ...next });
  }

  /** The same column again turns the order round; a new column starts newest or largest first, names from A. */
  function sortBy(key: SortKey) {
    setSort((s) => s.key === key
      ? { key, direction: s.direction === 'asc' ? 'desc' : 'asc' }
      : { key, direction: key === 'date' || key === 'amount' ? 'desc' : 'asc' });
  }

  async function remove(r: FinanceRecord) {
    if (!window.confirm(`Delete the ${r.type} of ${formatMoney(r.amount ?? 0, r.currency ?? 'USD', locale)} in ${r.category}?`)) return;
    try {
      await unwrap(api.DELETE('/api/finance/records/{id}', { params: { path: { id: r.id! } } }));
      toast.success(`Deleted the ${r.type} in ${r.category}.`);
    } catch (e) {
      toast.error(problemOf(e).detail);
    }
    onChanged();
    void records.reload();
  }

  return (
    <section aria-labelledby="records-title" className="card space-y-3">
      <h2 id="records-title" className="font-semibold">Records</h2>
      <fieldset className="grid gap-3 sm:grid-cols-2 lg:grid-cols-5">
        <legend className="sr-only">Filter the records</legend>
        <label className="text-sm">From<input type="date" className="input mt-1" value={filters.from} onChange={(e) => change({ from: e.target.value })} /></label>
        <label className="text-sm">To<input type="date" className="input mt-1" value={filters.to} onChange={(e) => change({ to: e.target.value })} /></label>
        <label className="text-sm">Category
          <input className="input mt-1" list="filter-categories" value={filters.category} onChange={(e) => change({ category: e.target.value })} />
          <datalist id="filter-categories">{categories.map((c) => <option key={c} value={c} />)}</datalist>
        </label>
        <label className="text-sm">Type
          <select className="input mt-1" value={filters.type} onChange={(e) => change({ type: e.target.value as RecordType | '' })}>
            <option value="">Income and expenses</option><option value="income">Income</option><option value="expense">Expenses</option>
          </select>
        </label>
        <div className="flex items-end">
          <button type="button" className="btn-secondary" disabled={!filtered} onClick={() => change({ from: '', to: '', category: '', type: '' })}>Clear filters</button>
        </div>
      </fieldset>
      <ErrorNote problem={records.error} onRetry={() => void records.reload()} />
      {!records.data ? <Skeleton lines={6} /> : rows.length === 0 ? (
        filtered ? <Empty title="No records match these filters." /> :
          <Empty title="No records yet">Add your first income or expense with <strong>New record</strong>, or bring in a bank export with <strong>Import CSV</strong>.</Empty>
      ) : (
        <>
          <div className="relative overflow-x-auto">
            <table className="w-full min-w-[36rem] text-left text-sm">
              <caption className="sr-only">Income and expenses, sorted by {sort.key} {sort.direction === 'asc' ? 'ascending' : 'descending'}</caption>
              <thead>
                <tr className="border-b border-slate-300">
                  {COLUMNS.map((c) => (
                    <th key={c.key} scope="col" className={`py-2 pr-3 ${c.numeric ? 'text-right' : ''}`}
                      aria-sort={sort.key === c.key ? (sort.direction === 'asc' ? 'ascending' : 'descending') : 'none'}>
                      <button type="button" className="font-semibold hover:underline" onClick={() => sortBy(c.key)}>
                        {c.label}{sort.key === c.key ? (sort.direction === 'asc' ? ' ↑' : ' ↓') : ''}
                      </button>
                    </th>
                  ))}
                  <th scope="col" className="py-2 pr-3">Description</th>
                  <th scope="col" className="py-2"><span className="sr-only">Actions</span></th>
                </tr>
              </thead>
              <tbody>
                {rows.map((r) => (
                  <tr key={r.id} className="border-b border-slate-100" data-testid="record-row">
                    <td className="py-2 pr-3 whitespace-nowrap">{r.date ? formatDate(r.date, locale) : ''}</td>
                    <td className="py-2 pr-3">{r.type === 'income' ? 'Income' : 'Expense'}</td>
                    <td className="py-2 pr-3">{r.category}</td>
                    <td className={`py-2 pr-3 text-right whitespace-nowrap font-medium ${r.type === 'income' ? 'text-green-800' : 'text-slate-900'}`}>
                      {r.type === 'income' ? '+' : '−'}{formatMoney(r.amount ?? 0, r.currency ?? 'USD', locale)}
                    </td>
                    <td className="py-2 pr-3 text-slate-700">{r.description}</td>
                    <td className="py-2 whitespace-nowrap text-right">
                      <button type="button" className="btn-secondary mr-1" aria-label={`Edit the ${r.type} in ${r.category} of ${r.date}`} onClick={() => onEdit(r)}>Edit</button>
                      <button type="button" className="btn-secondary" aria-label={`Delete the ${r.type} in ${r.category} of ${r.date}`} onClick={() => void remove(r)}>Delete</button>
                    </td>
                  </tr>
                ))}
              </tbody>
            </table>
          </div>
          <nav aria-label="Record pages" className="flex flex-wrap items-center gap-3 text-sm">
            <button type="button" className="btn-secondary" disabled={page === 0} onClick={() => setPage((p) => Math.max(0, p - 1))}>Previous</button>
            <span>Page {page + 1} of {Math.max(1, totalPages)} · {records.data.total_items} {records.data.total_items === 1 ? 'record' : 'records'}</span>
            <button type="button" className="btn-secondary" disabled={page + 1 >= totalPages} onClick={() => setPage((p) => p + 1)}>Next</button>
          </nav>
        </>
      )}
    </section>
  );
}
