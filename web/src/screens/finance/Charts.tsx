import { Bar, BarChart, CartesianGrid, ComposedChart, Legend, Line, ResponsiveContainer, Tooltip, XAxis, YAxis } from 'recharts';
import type { components } from '../../api/schema';
import { Empty, ErrorNote, Skeleton } from '../../components/ui';
import { cashFlowRows } from '../../lib/finance';
import { formatMoney, formatNumber } from '../../lib/format';
import type { QueryState } from '../../lib/useQuery';

type Analytics = components['schemas']['FinanceAnalyticsView'];

/** Month-by-month cash flow, from `/api/finance/analytics` in the person's currency. */
export function CashFlowChart({ analytics, locale }: { analytics: QueryState<Analytics>; locale?: string }) {
  const a = analytics.data;
  const currency = a?.currency ?? 'USD';
  const money = (v: unknown) => formatMoney(Number(v), currency, locale);
  const rows = cashFlowRows(a?.months ?? [], locale);
  const totals = a?.totals;
  const hasFlow = rows.some((r) => r.income !== 0 || r.expenses !== 0);
  return (
    <section className="card" aria-labelledby="cashflow-title">
      <ErrorNote problem={analytics.error} onRetry={() => void analytics.reload()} />
      <h2 id="cashflow-title" className="font-semibold">Cash flow, last 12 months ({currency})</h2>
      {!a ? <Skeleton lines={5} /> : !hasFlow ? (
        <Empty title="No money in this range yet">Add income and expenses in {currency} to see each month's net here.</Empty>
      ) : (
        <>
          {totals && (
            <p className="mb-2 text-sm text-slate-700">
              Income {money(totals.income ?? 0)} · expenses {money(totals.expenses ?? 0)} · net {money(totals.net ?? 0)}
              {totals.savings_rate != null && ` · saving ${formatNumber(totals.savings_rate, locale)}%`}
            </p>
          )}
          <div className="h-72" role="img" aria-label={`Cash flow by month: ${rows.filter((r) => r.income || r.expenses).map((r) => `${r.label} net ${money(r.net)}`).join(', ')}`}>
            <ResponsiveContainer>
              <ComposedChart data={rows} margin={{ left: 0, right: 8 }}>
                <CartesianGrid strokeDasharray="3 3" />
                <XAxis dataKey="label" tick={{ fontSize: 11 }} />
                <YAxis tick={{ fontSize: 11 }} width={48} domain={[(min: number) => Math.min(0, min), 'auto']}
                  tickFormatter={(v: number) => formatNumber(v, locale, 0)} />
                <Tooltip formatter={(v, name) => [money(v), String(name)]} />
                <Legend />
                <Bar dataKey="income" name="Income" fill="#15803d" isAnimationActive={false} />
                <Bar dataKey="expenses" name="Expenses" fill="#b91c1c" isAnimationActive={false} />
                <Line dataKey="net" name="Net" stroke="#1d4ed8" strokeWidth={2} isAnimationActive={false} />
              </ComposedChart>
            </ResponsiveContainer>
          </div>
        </>
      )}
    </section>
  );
}

/** Where the money went over the same months: each category's expenses, largest first. */
export function CategoryChart({ analytics, locale }: { analytics: QueryState<Analytics>; locale?: string }) {
  const a = analytics.data;
  const currency = a?.currency ?? 'USD';
  const money = (v: unknown) => formatMoney(Number(v), currency, locale);
  const categories = (a?.expenses_by_category ?? []).map((c) => ({ category: c.category ?? '', amount: c.amount ?? 0, share: c.share ?? 0 }));
  return (
    <section className="card" aria-labelledby="categories-title">
      <h2 id="categories-title" className="font-semibold">Expenses by category, last 12 months ({currency})</h2>
      {!a ? <Skeleton lines={5} /> : categories.length === 0 ? (
        <Empty title="No expenses in this range yet">Each category's share of your spending shows here.</Empty>
      ) : (
        <div style={{ height: Math.max(160, categories.length * 36 + 40) }} role="img"
          aria-label={`Expenses by category: ${categories.map((c) => `${c.category} ${money(c.amount)} (${formatNumber(c.share, locale)}%)`).join(', ')}`}>
          <ResponsiveContainer>
            <BarChart data={categories} layout="vertical" margin={{ left: 8, right: 16 }}>
              <CartesianGrid strokeDasharray="3 3" />
              <XAxis type="number" tick={{ fontSize: 11 }} tickFormatter={(v: number) => formatNumber(v, locale, 0)} />
              <YAxis type="category" dataKey="category" width={110} tick={{ fontSize: 12 }} />
              <Tooltip formatter={(v, _n, item) => [`${money(v)} (${formatNumber((item.payload as { share: number }).share, locale)}%)`, 'Spent']} />
              <Bar dataKey="amount" name="Spent" fill="#b91c1c" isAnimationActive={false} />
            </BarChart>
          </ResponsiveContainer>
        </div>
      )}
    </section>
  );
}
