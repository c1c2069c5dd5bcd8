import { useState } from 'react';
import { api } from '../../api/client';
import { toProblem } from '../../api/problem';
import { Field } from '../../components/ui';
import { importErrorText, importErrors, parseCsv, type CsvRow, type ImportError } from '../../lib/finance';
import { toast } from '../../stores/toasts';

const PREVIEW_ROWS = 20;
const MAX_BYTES = 1024 * 1024;

type Outcome = { kind: 'done'; imported: number; skipped: number } | { kind: 'refused'; detail: string; errors: ImportError[] };

/**
 * Pick a CSV file, see its rows, and import it. The server takes the file all or nothing: a refused file is answered
 * with the failing lines, shown here next to those rows, and nothing was added.
 */
export function CsvImport({ onImported, onClose }: { onImported: () => void; onClose: () => void }) {
  const [file, setFile] = useState<File | null>(null);
  const [rows, setRows] = useState<CsvRow[]>([]);
  const [pickError, setPickError] = useState<string | null>(null);
  const [outcome, setOutcome] = useState<Outcome | null>(null);
  const [busy, setBusy] = useState(false);

  async function pick(chosen: File | undefined) {
    setOutcome(null);
    setPickError(null);
    setRows([]);
    setFile(null);
    if (!chosen) return;
    if (chosen.size > MAX_BYTES) {
      setPickError('The file is larger than 1 MiB: split it into smaller files.');
      return;
    }
    setFile(chosen);
    setRows(parseCsv(await chosen.text()));
  }

  async function upload() {
    if (!file) return;
    setBusy(true);
    setOutcome(null);
    try {
      const form = new FormData();
      form.append('file', file, file.name);
      const { data, error, response } = await api.POST('/api/finance/records/import', {
        body: { file: '' }, bodySerializer: () => form,
      });
      if (response.ok && data) {
        setOutcome({ kind: 'done', imported: data.imported ?? 0, skipped: data.skipped ?? 0 });
        toast.success(`Imported ${data.imported ?? 0} records${data.skipped ? `; skipped ${data.skipped} you already had` : ''}.`);
        onImported();
      } else {
        setOutcome({ kind: 'refused', detail: toProblem(response.status, error).detail, errors: importErrors(error) });
      }
    } catch (e) {
      setOutcome({ kind: 'refused', detail: toProblem(0, e instanceof Error ? e.message : undefined).detail, errors: [] });
    } finally {
      setBusy(false);
    }
  }

  const header = rows[0];
  const body = rows.slice(1);
  const errorsByLine = new Map<number, ImportError[]>();
  if (outcome?.kind === 'refused') for (const e of outcome.errors) if (e.line !== undefined) errorsByLine.set(e.line, [...(errorsByLine.get(e.line) ?? []), e]);
  const shown = body.filter((r, i) => i < PREVIEW_ROWS || errorsByLine.has(r.line));

  return (
    <section aria-labelledby="import-title" className="card mb-4 space-y-3">
      <h2 id="import-title" className="font-semibold">Import a CSV file</h2>
      <p className="text-sm text-slate-700">
        Columns <code>date,type,amount,category,description,currency</code> (currency may be left out: your default is used).
        The whole file is imported or nothing is; rows you already have are skipped, so importing an export again adds nothing.
      </p>
      <Field label="CSV file" id="import-file" error={pickError ?? undefined}>
        <input id="import-file" type="file" accept=".csv,text/csv" className="block text-sm" onChange={(e) => void pick(e.target.files?.[0])} />
      </Field>
      {outcome?.kind === 'refused' && (
        <div role="alert" className="rounded-md border border-red-300 bg-red-50 p-3 text-sm text-red-800" data-testid="import-errors">
          <p className="font-medium">Nothing was imported. {outcome.detail}</p>
          {outcome.errors.length > 0 && <ul className="mt-1 list-disc pl-5">{outcome.errors.map((e, i) => <li key={i}>{importErrorText(e)}</li>)}</ul>}
        </div>
      )}
      {outcome?.kind === 'done' && (
        <p role="status" className="rounded-md border border-green-300 bg-green-50 p-3 text-sm text-green-900">
          Imported {outcome.imported} {outcome.imported === 1 ? 'record' : 'records'}; skipped {outcome.skipped} you already had.
        </p>
      )}
      {file && header && (
        <div>
          <p className="mb-1 text-sm">{file.name}: {body.length} {body.length === 1 ? 'row' : 'rows'}{body.length > shown.length ? `, the first ${PREVIEW_ROWS} shown` : ''}.</p>
          <div className="max-h-80 overflow-auto rounded border border-slate-200">
            <table className="w-full text-left text-sm">
              <caption className="sr-only">Rows of {file.name}</caption>
              <thead className="sticky top-0 bg-slate-100">
                <tr><th scope="col" className="px-2 py-1">Line</th>{header.cells.map((c, i) => <th key={i} scope="col" className="px-2 py-1">{c}</th>)}</tr>
              </thead>
              <tbody>
                {shown.map((r) => {
                  const errors = errorsByLine.get(r.line);
                  return (
                    <tr key={r.line} className={errors ? 'bg-red-50' : 'odd:bg-white even:bg-slate-50'} data-line={r.line}>
                      <td className="px-2 py-1 font-mono">{r.line}</td>
                      {r.cells.map((c, i) => <td key={i} className="px-2 py-1">{c}</td>)}
                      {errors && <td className="px-2 py-1 font-medium text-red-800">{errors.map((e) => `${e.field ? `${e.field}: ` : ''}${e.message}`).join('; ')}</td>}
                    </tr>
                  );
                })}
              </tbody>
            </table>
          </div>
        </div>
      )}
      {file && !header && <p className="text-sm">The file is empty.</p>}
      <div className="flex gap-2">
        <button type="button" className="btn-primary" disabled={!file || !header || busy} onClick={() => void upload()}>
          {busy ? 'Importing…' : 'Import'}
        </button>
        <button type="button" className="btn-secondary" onClick={onClose}>Close</button>
      </div>
    </section>
  );
}
