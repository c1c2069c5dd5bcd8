import { useId, useState } from 'react';

/** "Why this number?": the inputs and formula behind a score, shown on demand. */
export function WhyScore({ formula, inputs }: { formula: string; inputs: Record<string, unknown> }) {
  const [open, setOpen] = useState(false);
  const id = useId();
  return (
    <div className="text-xs">
      <button type="button" className="text-blue-800 underline" aria-expanded={open} aria-controls={id} onClick={() => setOpen((o) => !o)}>
        Why this number?
      </button>
      {open && (
        <div id={id} className="mt-1 rounded bg-slate-100 p-2">
          <p className="font-mono">{formula}</p>
          <dl className="mt-1 grid grid-cols-[auto_1fr] gap-x-2">
            {Object.entries(inputs).map(([k, v]) => (
              <div key={k} className="contents"><dt className="text-slate-700">{k.replaceAll('_', ' ')}</dt><dd>{String(v)}</dd></div>
            ))}
          </dl>
        </div>
      )}
    </div>
  );
}
