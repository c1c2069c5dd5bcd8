import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { fireEvent, render, screen, within } from '@testing-library/react';
import { MemoryRouter } from 'react-router';
import { useAuth } from '../stores/auth';
import { useSettings } from '../stores/settings';
import { useToasts } from '../stores/toasts';
import { fakeServer, type Route } from '../test/fakeServer';
import Finance from './Finance';

const record = { id: 'r1', type: 'expense', amount: 42.5, currency: 'EUR', category: 'Groceries', date: '2026-12-01', description: 'weekly shop' };

function server(extra: Record<string, Route> = {}) {
  return fakeServer({
    'GET /api/finance/budget': () => ({ status: 200, body: { month: '2026-12', items: [
      { category: 'Groceries', currency: 'EUR', limit: 40, spent: 42.5, remaining: -2.5, percent_used: 106.3, status: 'over' },
      { category: 'Books', currency: 'EUR', limit: 100, spent: 10, remaining: 90, percent_used: 10, status: 'ok' },
    ] } }),
    'GET /api/finance/analytics': () => ({ status: 200, body: { currency: 'EUR', months: [{ month: '2026-12', income: 0, expenses: 42.5, net: -42.5 }],
      expenses_by_category: [{ category: 'Groceries', amount: 42.5, share: 100 }], totals: { income: 0, expenses: 42.5, net: -42.5 } } }),
    'GET /api/finance/records': () => ({ status: 200, body: { items: [record], page: 0, size: 20, total_items: 1, total_pages: 1 } }),
    ...extra,
  });
}

beforeEach(() => {
  useToasts.setState({ toasts: [] });
  useAuth.setState({ accessToken: 't', expiresAt: Date.now() + 600_000, status: 'signed-in', user: { timezone: 'UTC', week_start: 'monday' } });
  useSettings.setState({ values: { currency: 'EUR' }, loaded: true });
});
afterEach(() => {
  vi.unstubAllGlobals();
});

describe('finance', () => {
  it('draws each budget as a bar carrying its status', async () => {
    server();
    render(<MemoryRouter><Finance /></MemoryRouter>);
    const groceries = await screen.findByRole('meter', { name: 'Groceries budget used' });
    expect(groceries).toHaveAttribute('data-status', 'over');
    expect(groceries).toHaveAttribute('aria-valuenow', '100');
    expect(screen.getByRole('meter', { name: 'Books budget used' })).toHaveAttribute('data-status', 'ok');
    expect(screen.getByText('over budget')).toBeInTheDocument();
    expect(await screen.findByText('weekly shop')).toBeInTheDocument();
  });

  it('checks the amount like the API before sending anything', async () => {
    const api = server();
    render(<MemoryRouter><Finance /></MemoryRouter>);
    fireEvent.click(screen.getByRole('button', { name: 'New record' }));
    const form = screen.getByRole('form', { name: 'New record' });
    fireEvent.change(within(form).getByLabelText('Amount'), { target: { value: '1.234' } });
    fireEvent.change(within(form).getByLabelText('Category'), { target: { value: 'Food' } });
    fireEvent.click(within(form).getByRole('button', { name: 'Add record' }));
    expect(await within(form).findByText('At most 2 decimals')).toHaveAttribute('id', 'record-new-amount-error');
    expect(api.calls).not.toContain('POST /api/finance/records');
  });

  it('puts the server\'s field message next to its field', async () => {
    server({ 'POST /api/finance/records': () => ({ status: 400, body: { status: 400, detail: 'The request has an invalid field.',
      errors: [{ field: 'currency', message: 'must be an ISO 4217 currency code' }] } }) });
    render(<MemoryRouter><Finance /></MemoryRouter>);
    fireEvent.click(screen.getByRole('button', { name: 'New record' }));
    const form = screen.getByRole('form', { name: 'New record' });
    fireEvent.change(within(form).getByLabelText('Amount'), { target: { value: '3' } });
    fireEvent.change(within(form).getByLabelText('Category'), { target: { value: 'Food' } });
    fireEvent.click(within(form).getByRole('button', { name: 'Add record' }));
    expect(await within(form).findByText('must be an ISO 4217 currency code')).toHaveAttribute('id', 'record-new-currency-error');
  });

  it('a refused import names the failing line, shows it in the preview, and says nothing was added', async () => {
    const api = server({ 'POST /api/finance/records/import': () => ({ status: 400, body: {
      type: '/problems/validation', status: 400, detail: 'The file has 1 bad row; nothing was imported.',
      errors: [{ line: 3, field: 'amount', message: 'must be more than 0' }],
    } }) });
    render(<MemoryRouter><Finance /></MemoryRouter>);
    fireEvent.click(screen.getByRole('button', { name: 'Import CSV' }));
    const csv = 'date,type,amount,category,description\n2026-12-01,expense,4.50,Food,bread\n2026-12-02,expense,-1,Food,oops\n';
    fireEvent.change(screen.getByLabelText('CSV file'), { target: { files: [new File([csv], 'bank.csv', { type: 'text/csv' })] } });
    expect(await screen.findByText('bank.csv: 2 rows.')).toBeInTheDocument();
    fireEvent.click(screen.getByRole('button', { name: 'Import' }));
    const errors = await screen.findByTestId('import-errors');
    expect(errors).toHaveTextContent('Nothing was imported.');
    expect(errors).toHaveTextContent('Line 3, amount: must be more than 0');
    expect(document.querySelector('tr[data-line="3"]')).toHaveTextContent('amount: must be more than 0');
    expect(api.calls).toContain('POST /api/finance/records/import');
  });

  it('an accepted import says how many were added and skipped', async () => {
    server({ 'POST /api/finance/records/import': () => ({ status: 200, body: { imported: 2, skipped: 1 } }) });
    render(<MemoryRouter><Finance /></MemoryRouter>);
    fireEvent.click(screen.getByRole('button', { name: 'Import CSV' }));
    fireEvent.change(screen.getByLabelText('CSV file'), { target: { files: [new File(['date,type,amount,category\n2026-12-01,expense,1,x\n'], 'a.csv')] } });
    await screen.findByText('a.csv: 1 row.');
    fireEvent.click(screen.getByRole('button', { name: 'Import' }));
    expect(await screen.findByText('Imported 2 records; skipped 1 you already had.')).toBeInTheDocument();
  });
  it('exports the filtered records as a CSV download named for today', async () => {
    let asked = '';
    server({ 'GET /api/finance/records': (req) => {
      const url = new URL(req.url);
      if (url.searchParams.get('format') === 'csv') asked = url.search;
      return { status: 200, body: { items: [record], page: 0, size: 20, total_items: 1, total_pages: 1 } };
    } });
    const created = vi.fn((_: Blob) => 'blob:csv');
    const jsdomUrl = { create: URL.createObjectURL, revoke: URL.revokeObjectURL }; // jsdom has neither
    URL.createObjectURL = created;
    URL.revokeObjectURL = vi.fn();
    const clicked = vi.spyOn(HTMLAnchorElement.prototype, 'click').mockImplementation(() => {});
    render(<MemoryRouter><Finance /></MemoryRouter>);
    fireEvent.change(await screen.findByLabelText('Type'), { target: { value: 'expense' } });
    fireEvent.click(screen.getByRole('button', { name: 'Export CSV' }));
    await vi.waitFor(() => expect(clicked).toHaveBeenCalled());
    expect(asked).toContain('format=csv');
    expect(asked).toContain('type=expense');
    expect(created).toHaveBeenCalled();
    expect((clicked.mock.instances[0] as unknown as HTMLAnchorElement).download).toMatch(/^lifeos-finance-\d{4}-\d{2}-\d{2}\.csv$/);
    clicked.mockRestore();
    URL.createObjectURL = jsdomUrl.create;
    URL.revokeObjectURL = jsdomUrl.revoke;
  });
});
