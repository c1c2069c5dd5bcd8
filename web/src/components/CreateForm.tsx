import type { FormEventHandler, ReactNode } from 'react';

/** The frame every "new …" form shares: the form itself, the problem's detail when no field took it, create and cancel. */
export function CreateForm({ label, message, submitting, submitLabel, onSubmit, onCancel, children }: {
  label: string; message: string | null; submitting: boolean; submitLabel: string;
  onSubmit: FormEventHandler<HTMLFormElement>; onCancel: () => void; children: ReactNode;
}) {
  return (
    <form onSubmit={onSubmit} noValidate className="card mb-4 space-y-3" aria-label={label}>
      {message && <p role="alert" className="field-error">{message}</p>}
      {children}
      <div className="flex gap-2">
        <button type="submit" className="btn-primary" disabled={submitting}>{submitLabel}</button>
        <button type="button" className="btn-secondary" onClick={onCancel}>Cancel</button>
      </div>
    </form>
  );
}

/** The priorities goals and projects share, lowest first. */
export function PriorityOptions() {
  return <><option value="low">Low</option><option value="medium">Medium</option><option value="high">High</option></>;
}
