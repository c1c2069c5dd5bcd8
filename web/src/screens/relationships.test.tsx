import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { fireEvent, render, screen, waitFor, within } from '@testing-library/react';
import { MemoryRouter } from 'react-router';
import { useAuth } from '../stores/auth';
import { useToasts } from '../stores/toasts';
import { fakeServer } from '../test/fakeServer';
import Relationships from './Relationships';

const grace = { id: 'g1', contact_name: 'Grace', relationship_type: 'friend', contact_every_days: 14, last_contact_date: '2026-11-01', next_contact_date: '2026-11-15' };
const alan = { id: 'a1', contact_name: 'Alan', relationship_type: 'colleague', contact_every_days: 30, next_contact_date: '2026-12-05' };

beforeEach(() => {
  useToasts.setState({ toasts: [] });
  useAuth.setState({ accessToken: 't', expiresAt: Date.now() + 600_000, status: 'signed-in', user: { timezone: 'UTC', week_start: 'monday' } });
});
afterEach(() => {
  vi.unstubAllGlobals();
});

describe('relationships', () => {
  it('lists reminders overdue first in words, and logs an interaction with its private note', async () => {
    let posted: unknown = null;
    const api = fakeServer({
      'GET /api/relationships': (req) => ({ status: 200, body: {
        items: new URL(req.url).searchParams.get('relationship_type') === 'friend' ? [grace] : [alan, grace], page: 0, size: 100, total_items: 2, total_pages: 1,
      } }),
      'GET /api/relationships/reminders': () => ({ status: 200, body: { items: [
        { relationship_id: 'a1', contact_name: 'Alan', next_contact_date: '2026-12-05', days_overdue: 0, days_until: 2 },
        { relationship_id: 'g1', contact_name: 'Grace', next_contact_date: '2026-11-15', days_overdue: 3, days_until: 0 },
      ] } }),
      'POST /api/relationships/{id}/interactions': (_req, body) => {
        posted = body;
        return { status: 201, body: { id: 'i1', relationship_id: 'g1', ...(body as object) } };
      },
    });
    render(<MemoryRouter><Relationships /></MemoryRouter>);
    const reminders = await screen.findByTestId('reminders');
    const rows = within(reminders).getAllByRole('listitem');
    expect(rows[0]).toHaveTextContent('Grace');
    expect(rows[0]).toHaveTextContent('3 days late');
    expect(rows[1]).toHaveTextContent('due in 2 days');

    const card = (await screen.findByRole('heading', { name: 'Grace' })).closest('li')!;
    expect(card).toHaveTextContent('Be in touch every 14 days');
    fireEvent.click(within(card).getByRole('button', { name: 'Log interaction' }));
    fireEvent.change(within(card).getByLabelText('Kind'), { target: { value: 'call' } });
    fireEvent.change(within(card).getByLabelText('Note (private, optional)'), { target: { value: 'her new job' } });
    fireEvent.click(within(card).getByRole('button', { name: 'Log interaction' }));
    await waitFor(() => expect(api.calls).toContain('POST /api/relationships/g1/interactions'));
    expect(posted).toMatchObject({ kind: 'call', notes: 'her new job' });

    fireEvent.change(screen.getByLabelText('Type'), { target: { value: 'friend' } });
    await waitFor(() => expect(screen.queryByRole('heading', { name: 'Alan' })).not.toBeInTheDocument());
    expect(screen.getByRole('heading', { name: 'Grace' })).toBeInTheDocument();
  });

  it('refuses a cadence the API would refuse, at its field', async () => {
    const api = fakeServer({
      'GET /api/relationships': () => ({ status: 200, body: { items: [grace], page: 0, size: 100, total_items: 1, total_pages: 1 } }),
      'GET /api/relationships/reminders': () => ({ status: 200, body: { items: [] } }),
    });
    render(<MemoryRouter><Relationships /></MemoryRouter>);
    const every = await screen.findByLabelText('Every … days');
    fireEvent.change(every, { target: { value: '0' } });
    fireEvent.click(screen.getByRole('button', { name: 'Save plan' }));
    expect(await screen.findByText('A whole number of days from 1 to 3650')).toHaveAttribute('id', 'every-g1-error');
    expect(api.calls.some((c) => c.startsWith('PUT'))).toBe(false);
  });
});
