/** Money the way the API takes it, budgets' colours, the CSV preview, and the records table's order. */
import { addDays } from './dates';

export type RecordType = 'income' | 'expense';
export type BudgetStatus = 'ok' | 'warning' | 'over';

export interface FinanceRecord {
  id?: string;
  type?: RecordType;
  amount?: number;
  currency?: string;
  category?: string;
  date?: string;
  description?: string;
}

/** The page envelope `GET /api/finance/records` answers with (typed loosely in the OpenAPI document). */
export interface RecordPage {
  items: FinanceRecord[];
  page: number;
  size: number;
  total_items: number;
  total_pages: number;
}

/** The API's rule: more than 0, at most 10 digits before the point and 2 after. `true` when it holds. */
export function checkAmount(text: string): true | string {
  const value = text.trim();
  if (value === '') return 'Enter an amount';
  if (!/^\d+(\.\d+)?$/.test(value)) return 'A positive number such as 42.50';
  const [whole, fraction = ''] = value.split('.');
  if (fraction.length > 2) return 'At most 2 decimals';
  if (whole!.replace(/^0+(?=\d)/, '').length > 10) return 'At most 10 digits before the point';
  if (Number(value) <= 0) return 'Must be more than 0';
  return true;
}

/** ISO 4217: three letters, and one the browser knows when it can tell. */
export function checkCurrency(text: string): true | string {
  const code = text.trim().toUpperCase();
  if (!/^[A-Z]{3}$/.test(code)) return 'A three-letter currency code such as EUR';
  const intl = Intl as unknown as { supportedValuesOf?: (key: string) => string[] };
  const known = intl.supportedValuesOf ? intl.supportedValuesOf('currency') : null;
  if (known && known.length > 0 && !known.includes(code)) return `${code} is not an ISO 4217 currency`;
  return true;
}

/** A record's date: not in the future (in the person's zone), not before 1900. */
export function checkRecordDate(date: string, today: string): true | string {
  if (date === '') return true;
  if (date > today) return 'Planned money is not a record yet: pick today or earlier';
  if (date < '1900-01-01') return 'Not before 1900-01-01';
  return true;
}

export const BUDGET_BAR: Record<BudgetStatus, string> = { ok: 'bg-green-600', warning: 'bg-amber-500', over: 'bg-red-600' };
export const BUDGET_LABEL: Record<BudgetStatus, string> = { ok: 'on track', warning: 'nearly used', over: 'over budget' };

/** The bar's filled width in percent: never below 0 nor beyond the track. */
export function barWidth(percentUsed: number | undefined): number {
  return Math.max(0, Math.min(100, percentUsed ?? 0));
}

/** `YYYY-MM` of a date, and the first and last day of such a month. */
export function monthOf(date: string): string {
  return date.slice(0, 7);
}

export function monthRange(month: string): { from: string; to: string } {
  const from = `${month}-01`;
  const [y, m] = month.split('-').map(Number);
  const next = m === 12 ? `${(y ?? 1970) + 1}-01-01` : `${y}-${String((m ?? 1) + 1).padStart(2, '0')}-01`;
  return { from, to: addDays(next, -1) };
}

export function addMonths(month: string, delta: number): string {
  const [y, m] = month.split('-').map(Number);
  const index = (y ?? 1970) * 12 + ((m ?? 1) - 1) + delta;
  return `${Math.floor(index / 12)}-${String((index % 12) + 1).padStart(2, '0')}`;
}

export type SortKey = 'date' | 'amount' | 'category' | 'type';

/** The table's order within the page: ties fall back to the newest date, so the order is stable. */
export function sortRecords(records: FinanceRecord[], key: SortKey, direction: 'asc' | 'desc'): FinanceRecord[] {
  const sign = direction === 'asc' ? 1 : -1;
  const compare = (a: FinanceRecord, b: FinanceRecord): number => {
    switch (key) {
      case 'amount': return (a.amount ?? 0) - (b.amount ?? 0);
      case 'category': return (a.category ?? '').localeCompare(b.category ?? '', undefined, { sensitivity: 'base' });
      case 'type': return (a.type ?? '').localeCompare(b.type ?? '');
      default: return (a.date ?? '').localeCompare(b.date ?? '');
    }
  };
  return [...records].sort((a, b) => sign * compare(a, b) || (b.date ?? '').localeCompare(a.date ?? ''));
}

export interface CsvRow { line: number; cells: string[] }

/**
 * Splits a CSV text (RFC 4180: quoted cells may hold commas, quotes doubled, and line breaks) into rows, each with
 * the line it starts on, the header being line 1, as the server counts them. A BOM and blank lines are ignored.
 */
export function parseCsv(text: string): CsvRow[] {
  const rows: CsvRow[] = [];
  let cells: string[] = [];
  let cell = '';
  let quoted = false;
  let line = 1;
  let rowLine = 1;
  let rowHasContent = false;
  const body = text.startsWith('\uFEFF') ? text.slice(1) : text;
  const endRow = () => {
    cells.push(cell);
    if (rowHasContent || cells.length > 1 || cell !== '') rows.push({ line: rowLine, cells });
    cells = [];
    cell = '';
    rowHasContent = false;
  };
  for (let i = 0; i < body.length; i++) {
    const c = body[i]!;
    if (quoted) {
      if (c === '"' && body[i + 1] === '"') { cell += '"'; i++; }
      else if (c === '"') quoted = false;
      else { if (c === '\n') line++; cell += c; }
      continue;
    }
    if (c === '"') { quoted = true; rowHasContent = true; }
    else if (c === ',') { cells.push(cell); cell = ''; rowHasContent = true; }
    else if (c === '\r' && body[i + 1] === '\n') continue;
    else if (c === '\n' || c === '\r') { endRow(); line++; rowLine = line; }
    else cell += c;
  }
  if (cell !== '' || cells.length > 0 || rowHasContent) endRow();
  return rows;
}

/** One error of an import's 400 answer: `{"line": 7, "field": "amount", "message": "…"}`. */
export interface ImportError { line?: number; field?: string; message: string }

export function importErrors(body: unknown): ImportError[] {
  if (typeof body !== 'object' || body === null || !Array.isArray((body as { errors?: unknown }).errors)) return [];
  return ((body as { errors: unknown[] }).errors)
    .filter((e): e is Record<string, unknown> => typeof e === 'object' && e !== null && typeof (e as { message?: unknown }).message === 'string')
    .map((e) => ({
      line: typeof e.line === 'number' ? e.line : undefined,
      field: typeof e.field === 'string' ? e.field : undefined,
      message: e.message as string,
    }));
}

export function importErrorText(e: ImportError): string {
  return `${e.line !== undefined ? `Line ${e.line}` : 'The file'}${e.field ? `, ${e.field}` : ''}: ${e.message}`;
}

/** "Dec 2026" for `2026-12`, in the person's locale. */
export function formatMonth(month: string, locale?: string, style: 'short' | 'long' = 'short'): string {
  const [y, m] = month.split('-').map(Number);
  return new Intl.DateTimeFormat(locale, { month: style, year: 'numeric', timeZone: 'UTC' }).format(new Date(Date.UTC(y ?? 1970, (m ?? 1) - 1, 1)));
}

/** Cash-flow chart rows: income and expenses as bars, net as a line, labelled by month. */
export function cashFlowRows(months: { month?: string; income?: number; expenses?: number; net?: number }[], locale?: string) {
  return months.map((m) => ({
    month: m.month ?? '', label: formatMonth(m.month ?? '1970-01', locale), income: m.income ?? 0, expenses: m.expenses ?? 0, net: m.net ?? 0,
  }));
}
