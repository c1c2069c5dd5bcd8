import { useState } from 'react';
import { useForm } from 'react-hook-form';
import { api, unwrap } from '../../api/client';
import { CreateForm } from '../../components/CreateForm';
import { Field } from '../../components/ui';
import { checkAmount, checkCurrency, checkRecordDate, type FinanceRecord, type RecordType } from '../../lib/finance';
import { applyProblem } from '../../lib/forms';
import { toast } from '../../stores/toasts';

interface Form { type: RecordType; amount: string; currency: string; category: string; date: string; description: string }
const FIELDS = ['type', 'amount', 'currency', 'category', 'date', 'description'] as const;

/** Adds a record, or edits one (`record` given): amount, currency and date are checked as the API checks them. */
export function RecordForm({ record, currency, today, categories, onDone }: {
  record?: FinanceRecord; currency: string; today: string; categories: string[]; onDone: (saved: boolean) => void;
}) {
  const prefix = record ? `record-${record.id}` : 'record-new';
  const { register, handleSubmit, setError, formState: { errors, isSubmitting } } = useForm<Form>({
    defaultValues: {
      type: record?.type ?? 'expense', amount: record?.amount !== undefined ? String(record.amount) : '',
      currency: record?.currency ?? currency, category: record?.category ?? '', date: record?.date ?? today,
      description: record?.description ?? '',
    },
  });
  const [message, setMessage] = useState<string | null>(null);
  const onSubmit = handleSubmit(async (f) => {
    setMessage(null);
    const body = {
      type: f.type, amount: Number(f.amount.trim()), currency: f.currency.trim().toUpperCase(), category: f.category.trim(),
      date: f.date || undefined, description: f.description,
    };
    try {
      if (record) {
        await unwrap(api.PUT('/api/finance/records/{id}', { params: { path: { id: record.id! } }, body }));
        toast.success(`Saved the ${f.type} in ${body.category}.`);
      } else {
        await unwrap(api.POST('/api/finance/records', { body: { ...body, description: body.description || undefined } }));
        toast.success(`Added the ${f.type} in ${body.category}.`);
      }
      onDone(true);
    } catch (e) {
      setMessage(applyProblem(e, setError, FIELDS));
    }
  });
  return (
    <CreateForm label={record ? 'Edit record' : 'New record'} message={message} submitting={isSubmitting}
      submitLabel={record ? 'Save record' : 'Add record'} onSubmit={onSubmit} onCancel={() => onDone(false)}>
      <div className="grid gap-3 sm:grid-cols-2 lg:grid-cols-4">
        <Field label="Type" id={`${prefix}-type`} error={errors.type?.message}>
          <select id={`${prefix}-type`} className="input" {...register('type')}>
            <option value="expense">Expense</option>
            <option value="income">Income</option>
          </select>
        </Field>
        <Field label="Amount" id={`${prefix}-amount`} error={errors.amount?.message}>
          <input id={`${prefix}-amount`} inputMode="decimal" className="input" aria-invalid={!!errors.amount}
            {...register('amount', { validate: checkAmount })} />
        </Field>
        <Field label="Currency" id={`${prefix}-currency`} error={errors.currency?.message}>
          <input id={`${prefix}-currency`} className="input uppercase" maxLength={3} autoCapitalize="characters" aria-invalid={!!errors.currency}
            {...register('currency', { validate: checkCurrency })} />
        </Field>
        <Field label="Date" id={`${prefix}-date`} error={errors.date?.message}>
          <input id={`${prefix}-date`} type="date" min="1900-01-01" max={today} className="input" aria-invalid={!!errors.date}
            {...register('date', { validate: (v) => checkRecordDate(v, today) })} />
        </Field>
      </div>
      <div className="grid gap-3 sm:grid-cols-2">
        <Field label="Category" id={`${prefix}-category`} error={errors.category?.message}>
          <input id={`${prefix}-category`} className="input" list={`${prefix}-categories`} aria-invalid={!!errors.category}
            {...register('category', {
              validate: (v) => v.trim() !== '' || 'Name a category, such as Groceries',
              maxLength: { value: 100, message: 'At most 100 characters' },
            })} />
          <datalist id={`${prefix}-categories`}>{categories.map((c) => <option key={c} value={c} />)}</datalist>
        </Field>
        <Field label="Description (private, optional)" id={`${prefix}-description`} error={errors.description?.message}>
          <input id={`${prefix}-description`} className="input" {...register('description', { maxLength: { value: 1000, message: 'At most 1000 characters' } })} />
        </Field>
      </div>
    </CreateForm>
  );
}
