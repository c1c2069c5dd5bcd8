import { useState } from 'react';
import { useForm } from 'react-hook-form';
import { api, unwrap } from '../../api/client';
import type { components } from '../../api/schema';
import { CreateForm } from '../../components/CreateForm';
import { Field } from '../../components/ui';
import { applyProblem } from '../../lib/forms';
import { KNOWN_METRICS, metricLabel, normaliseMetricType, unitsOf } from '../../lib/health';
import { fromLocalInput, nowLocalInput, toLocalInput } from '../../lib/zoned';
import { toast } from '../../stores/toasts';

type Reading = components['schemas']['HealthMetricResponse'];
const OTHER = '__other';
interface Form { metric_type: string; own_type: string; value: string; unit: string; recorded_at: string; notes: string }
const FIELDS = ['metric_type', 'own_type', 'value', 'unit', 'recorded_at', 'notes'] as const;

/** Records a reading (or changes one): a unit picker for the known types, a free unit for a type of one's own. */
export function ReadingForm({ zone, reading, initialType, onDone }: {
  zone: string; reading?: Reading; initialType?: string; onDone: (type?: string) => void;
}) {
  const startType = reading?.metric_type ?? initialType ?? 'weight';
  const known = unitsOf(startType).length > 0;
  const { register, handleSubmit, setError, watch, setValue, formState: { errors, isSubmitting, dirtyFields } } = useForm<Form>({
    defaultValues: {
      metric_type: known ? startType : OTHER, own_type: known ? '' : startType,
      value: reading?.value != null ? String(reading.value) : '',
      unit: reading?.unit ?? unitsOf(startType)[0] ?? '',
      recorded_at: reading?.recorded_at ? toLocalInput(reading.recorded_at, zone) : nowLocalInput(zone),
      notes: reading?.notes ?? '',
    },
  });
  const [message, setMessage] = useState<string | null>(null);
  const selected = watch('metric_type');
  const units = selected === OTHER ? [] : unitsOf(selected);
  const hint = KNOWN_METRICS.find((m) => m.type === selected)?.hint;
  const typeField = register('metric_type', {
    onChange: (e: { target: { value: string } }) => setValue('unit', unitsOf(e.target.value)[0] ?? ''),
  });

  const onSubmit = handleSubmit(async (f) => {
    setMessage(null);
    const type = f.metric_type === OTHER ? normaliseMetricType(f.own_type) : f.metric_type;
    const body = {
      metric_type: type, value: Number(f.value), unit: f.unit.trim() || undefined,
      // "When" starts at this device's now: unless the person changed it, the server's own now is meant (a device
      // clock a minute fast would otherwise be refused as a reading from the future)
      recorded_at: f.recorded_at && dirtyFields.recorded_at ? fromLocalInput(f.recorded_at, zone) : undefined,
    };
    try {
      if (reading?.id) {
        await unwrap(api.PUT('/api/health/metrics/{id}', { params: { path: { id: reading.id } }, body: { ...body, notes: f.notes } }));
        toast.success(`Changed the ${metricLabel(type).toLowerCase()} reading.`);
      } else {
        await unwrap(api.POST('/api/health/metrics', { body: { ...body, notes: f.notes || undefined } }));
        toast.success(`Recorded ${metricLabel(type).toLowerCase()}: ${f.value} ${f.unit}`.trim() + '.');
      }
      onDone(type);
    } catch (e) {
      setMessage(applyProblem(e, setError, FIELDS, f.metric_type === OTHER ? { metric_type: 'own_type' } : {}));
    }
  });

  const label = reading ? 'Change reading' : 'Record a reading';
  return (
    <CreateForm label={label} message={message} submitting={isSubmitting} submitLabel={reading ? 'Save reading' : 'Record reading'}
      onSubmit={onSubmit} onCancel={() => onDone()}>
      <div className="grid gap-3 sm:grid-cols-2 lg:grid-cols-4">
        <Field label="What" id="health-type" error={errors.metric_type?.message}>
          <select id="health-type" className="input" {...typeField}>
            {KNOWN_METRICS.map((m) => <option key={m.type} value={m.type}>{m.label}</option>)}
            <option value={OTHER}>Something else…</option>
          </select>
        </Field>
        {selected === OTHER && (
          <Field label="Its name" id="health-own-type" error={errors.own_type?.message} hint="Letters, digits and _, e.g. cold_plunge">
            <input id="health-own-type" className="input" aria-invalid={!!errors.own_type} aria-describedby="health-own-type-hint"
              {...register('own_type', { validate: (v) => (selected !== OTHER || /^[a-z0-9_]{1,50}$/.test(normaliseMetricType(v))) || 'Name it with letters, digits and _ (up to 50)' })} />
          </Field>
        )}
        <Field label="Value" id="health-value" error={errors.value?.message} hint={hint}>
          <input id="health-value" type="number" step="any" inputMode="decimal" className="input" aria-invalid={!!errors.value}
            aria-describedby={hint ? 'health-value-hint' : undefined}
            {...register('value', { required: 'Enter the value you measured', validate: (v) => Number.isFinite(Number(v)) || 'Enter a number' })} />
        </Field>
        <Field label="Unit" id="health-unit" error={errors.unit?.message}>
          {units.length > 0 ? (
            <select id="health-unit" className="input" {...register('unit')}>
              {units.map((u) => <option key={u} value={u}>{u}</option>)}
            </select>
          ) : <input id="health-unit" className="input" placeholder="e.g. min" {...register('unit')} />}
        </Field>
        <Field label="When" id="health-when" error={errors.recorded_at?.message}>
          <input id="health-when" type="datetime-local" className="input" aria-invalid={!!errors.recorded_at} {...register('recorded_at')} />
        </Field>
      </div>
      <Field label="Notes (private, optional)" id="health-notes" error={errors.notes?.message}>
        <textarea id="health-notes" rows={2} className="input" {...register('notes')} />
      </Field>
    </CreateForm>
  );
}
