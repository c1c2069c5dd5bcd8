import { useState } from 'react';
import { useForm } from 'react-hook-form';
import { api, unwrap } from '../../api/client';
import { CreateForm, PriorityOptions } from '../../components/CreateForm';
import { Field } from '../../components/ui';
import { applyProblem } from '../../lib/forms';
import { toast } from '../../stores/toasts';

type Priority = 'low' | 'medium' | 'high';
interface Form { title: string; description: string; category: string; priority: Priority; start_date: string; target_date: string }
const FIELDS = ['title', 'description', 'category', 'priority', 'start_date', 'target_date'] as const;

export function GoalForm({ today, onDone }: { today: string; onDone: () => void }) {
  const { register, handleSubmit, setError, formState: { errors, isSubmitting } } = useForm<Form>({
    defaultValues: { priority: 'medium', start_date: today, title: '', description: '', category: '', target_date: '' },
  });
  const [message, setMessage] = useState<string | null>(null);
  const onSubmit = handleSubmit(async (f) => {
    setMessage(null);
    try {
      await unwrap(api.POST('/api/goals', { body: {
        title: f.title, description: f.description || undefined, category: f.category || undefined, priority: f.priority,
        start_date: f.start_date || undefined, target_date: f.target_date || undefined,
      } }));
      toast.success(`Created the goal "${f.title}". Move its progress slider as you get closer.`);
      onDone();
    } catch (e) {
      setMessage(applyProblem(e, setError, FIELDS));
    }
  });
  return (
    <CreateForm label="New goal" message={message} submitting={isSubmitting} submitLabel="Create goal" onSubmit={onSubmit} onCancel={onDone}>
      <Field label="Title" id="goal-title" error={errors.title?.message}>
        <input id="goal-title" className="input" aria-invalid={!!errors.title} {...register('title', { required: 'Give the goal a title' })} />
      </Field>
      <Field label="Description (optional)" id="goal-description" error={errors.description?.message}>
        <textarea id="goal-description" rows={2} className="input" {...register('description')} />
      </Field>
      <div className="grid gap-3 sm:grid-cols-2 lg:grid-cols-4">
        <Field label="Category (optional)" id="goal-category" error={errors.category?.message}>
          <input id="goal-category" className="input" {...register('category')} />
        </Field>
        <Field label="Priority" id="goal-priority" error={errors.priority?.message}>
          <select id="goal-priority" className="input" {...register('priority')}>
            <PriorityOptions />
          </select>
        </Field>
        <Field label="Started" id="goal-start" error={errors.start_date?.message}>
          <input id="goal-start" type="date" className="input" {...register('start_date')} />
        </Field>
        <Field label="Target date (optional)" id="goal-target" error={errors.target_date?.message}>
          <input id="goal-target" type="date" className="input" {...register('target_date')} />
        </Field>
      </div>
    </CreateForm>
  );
}
