import { useState } from 'react';
import { useForm } from 'react-hook-form';
import { api, unwrap } from '../../api/client';
import { problemOf } from '../../api/problem';
import type { components } from '../../api/schema';
import { CreateForm } from '../../components/CreateForm';
import { ErrorNote, Field, Skeleton } from '../../components/ui';
import { BUDGET_BAR, BUDGET_LABEL, barWidth, checkAmount, checkCurrency, type BudgetStatus } from '../../lib/finance';
import { formatMoney, formatNumber } from '../../lib/format';
import { applyProblem } from '../../lib/forms';
import type { QueryState } from '../../lib/useQuery';
import { toast } from '../../stores/toasts';

type BudgetsView = components['schemas']['BudgetsView'];
type Budget = components['schemas']['BudgetItem'];

interface Form { category: string; amount: string; currency: string }
const FIELDS = ['category', 'amount', 'currency'] as const;

function BudgetForm({ month, currency, categories, onDone }: { month: string; currency: string; categories: string[]; onDone: (saved: boolean) => void }) {
  const { register, handleSubmit, setError, formState: { errors, isSubmitting } } = useForm<Form>({ defaultValues: { category: '', amount: '', currency } });
  const [message, setMessage] = useState<string | null>(null);
  const onSubmit = handleSubmit(async (f) => {
    setMessage(null);
    try {
      await unwrap(api.POST('/api/finance/budget', { body: {
        category: f.category.trim(), amount: Number(f.amount.trim()), currency: f.currency.trim().toUpperCase(), month,
      } }));
      toast.success(`Set the ${f.category.trim()} budget for ${month}.`);
      onDone(true);
    } catch (e) {
      setMessage(applyProblem(e, setError, FIELDS));
    }
  });
  return (
    <CreateForm label="Set a budget" message={message} submitting={isSubmitting} submitLabel="Set budget" onSubmit={onSubmit} onCancel={() => onDone(false)}>
      <div className="grid gap-3 sm:grid-cols-3">
        <Field label="Category" id="budget-category" error={errors.category?.message}>
          <input id="budget-category" className="input" list="budget-categories" aria-invalid={!!errors.category}
            {...register('category', { validate: (v) => v.trim() !== '' || 'Name the category the budget limits' })} />
          <datalist id="budget-categories">{categories.map((c) => <option key={c} value={c} />)}</datalist>
        </Field>
        <Field label="Limit for the month" id="budget-amount" error={errors.amount?.message}>
          <input id="budget-amount" inputMode="decimal" className="input" aria-invalid={!!errors.amount} {...register('amount', { validate: checkAmount })} />
        </Field>
        <Field label="Currency" id="budget-currency" error={errors.currency?.message}>
          <input id="budget-currency" className="input uppercase" maxLength={3} aria-invalid={!!errors.currency} {...register('currency', { validate: checkCurrency })} />
        </Field>
      </div>
    </CreateForm>
  );
}

function BudgetBar({ budget, locale }: { budget: Budget; locale?: string }) {
  const status = (budget.status ?? 'ok') as BudgetStatus;
  const currency = budget.currency ?? 'USD';
  const used = budget.percent_used ?? 0;
  return (
    <div>
      <div className="flex flex-wrap items-baseline justify-between gap-2 text-sm">
        <span className="font-medium">{budget.category}</span>
        <span>
          {formatMoney(budget.spent ?? 0, currency, locale)} of {formatMoney(budget.limit ?? 0, currency, locale)}
          {' · '}<span className={status === 'over' ? 'font-semibold text-red-800' : status === 'warning' ? 'font-semibold text-amber-900' : 'text-slate-700'}>{BUDGET_LABEL[status]}</span>
        </span>
      </div>
      <div role="meter" aria-label={`${budget.category} budget used`} aria-valuemin={0} aria-valuemax={100} aria-valuenow={Math.round(barWidth(used))}
        aria-valuetext={`${formatNumber(used, locale)}% used, ${BUDGET_LABEL[status]}`} data-status={status}
        className="mt-1 h-3 w-full overflow-hidden rounded-full bg-slate-200">
        <div className={`h-full ${BUDGET_BAR[status]}`} style={{ width: `${barWidth(used)}%` }} />
      </div>
      <p className="mt-1 text-xs text-slate-700">
        {formatNumber(used, locale)}% used · {(budget.remaining ?? 0) >= 0
          ? `${formatMoney(budget.remaining ?? 0, currency, locale)} left`
          : `${formatMoney(-(budget.remaining ?? 0), currency, locale)} over`}
      </p>
    </div>
  );
}

/** The month's budgets, each a bar coloured by its status (ok / warning / over). */
export function Budgets({ month, budgets, currency, categories, locale, onChanged }: {
  month: string; budgets: QueryState<BudgetsView>; currency: string; categories: string[]; locale?: string; onChanged: () => void;
}) {
  const [setting, setSetting] = useState(false);
  async function remove(b: Budget) {
    if (!window.confirm(`Remove the ${b.category} budget of ${month}?`)) return;
    try {
      await unwrap(api.DELETE('/api/finance/budget/{category}', { params: { path: { category: b.category! }, query: { month } } }));
      toast.success(`Removed the ${b.category} budget.`);
    } catch (e) {
      toast.error(problemOf(e).detail);
    }
    onChanged();
  }
  const items = budgets.data?.items ?? [];
  return (
    <section aria-labelledby="budgets-title" className="card space-y-3">
      <div className="flex flex-wrap items-center justify-between gap-2">
        <h2 id="budgets-title" className="font-semibold">Budgets</h2>
        {!setting && <button type="button" className="btn-secondary" onClick={() => setSetting(true)}>Set a budget</button>}
      </div>
      {setting && <BudgetForm month={month} currency={currency} categories={categories} onDone={(saved) => { setSetting(false); if (saved) onChanged(); }} />}
      <ErrorNote problem={budgets.error} onRetry={() => void budgets.reload()} />
      {!budgets.data ? <Skeleton lines={3} /> : items.length === 0 ? (
        <p className="text-sm text-slate-700">No budgets this month. <strong>Set a budget</strong> for a category to see how much of it is left as you spend.</p>
      ) : (
        <ul className="space-y-4">
          {items.map((b) => (
            <li key={`${b.category}-${b.currency}`} className="flex items-start gap-3" data-testid="budget">
              <div className="flex-1"><BudgetBar budget={b} locale={locale} /></div>
              <button type="button" className="btn-secondary" aria-label={`Remove the ${b.category} budget`} onClick={() => void remove(b)}>Remove</button>
            </li>
          ))}
        </ul>
      )}
    </section>
  );
}
