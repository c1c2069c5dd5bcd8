import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { fireEvent, render, screen, waitFor } from '@testing-library/react';
import { MemoryRouter, Route, Routes } from 'react-router';
import { useAuth } from '../stores/auth';
import { useToasts } from '../stores/toasts';
import { fakeServer } from '../test/fakeServer';
import SignIn from './auth/SignIn';
import Habits from './Habits';

beforeEach(() => {
  useToasts.setState({ toasts: [] });
});
afterEach(() => {
  vi.unstubAllGlobals();
});

describe('sign in', () => {
  it('shows a problem field error next to its field', async () => {
    useAuth.setState({ accessToken: null, status: 'signed-out', user: null });
    fakeServer({
      'POST /api/auth/login': () => ({ status: 400, body: {
        type: '/problems/validation', title: 'Invalid request', status: 400, detail: 'The request has an invalid field.',
        errors: [{ field: 'email', message: 'must be a well-formed email address' }],
      } }),
    });
    render(<MemoryRouter><SignIn /></MemoryRouter>);
    fireEvent.change(screen.getByLabelText('Email'), { target: { value: 'nope' } });
    fireEvent.change(screen.getByLabelText('Password'), { target: { value: 'whatever1' } });
    fireEvent.click(screen.getByRole('button', { name: 'Sign in' }));
    expect(await screen.findByText('must be a well-formed email address')).toHaveAttribute('id', 'email-error');
  });

  it('goes back to ?next= after signing in, sending the web client header', async () => {
    useAuth.setState({ accessToken: null, status: 'signed-out', user: null });
    let header: string | null = null;
    fakeServer({
      'POST /api/auth/login': (req) => {
        header = req.headers.get('X-LifeOS-Client');
        return { status: 200, body: { access_token: 't', expires_in: 900, token_type: 'Bearer', user: { email: 'a@b.c' } } };
      },
    });
    render(
      <MemoryRouter initialEntries={['/sign-in?next=%2Fgoals']}>
        <Routes>
          <Route path="/sign-in" element={<SignIn />} />
          <Route path="/goals" element={<p>goals page</p>} />
        </Routes>
      </MemoryRouter>,
    );
    fireEvent.change(screen.getByLabelText('Email'), { target: { value: 'a@b.c' } });
    fireEvent.change(screen.getByLabelText('Password'), { target: { value: 'right password' } });
    fireEvent.click(screen.getByRole('button', { name: 'Sign in' }));
    expect(await screen.findByText('goals page')).toBeInTheDocument();
    expect(header).toBe('web');
    expect(useAuth.getState().accessToken).toBe('t');
  });
});

describe('habits', () => {
  const habit = { id: 'h1', title: 'Walk', frequency: 'daily', is_active: true };
  function routes(checkIn: () => { status: number; body?: unknown }) {
    return fakeServer({
      'GET /api/habits': () => ({ status: 200, body: { items: [habit], page: 0, size: 100, total_items: 1, total_pages: 1 } }),
      'GET /api/dashboard/overview': () => ({ status: 200, body: { today: '2026-12-03', habits: { due: 1, done: 0, items: [
        { habit_id: 'h1', title: 'Walk', frequency: 'daily', done_today: false },
      ] } } }),
      'GET /api/habits/streaks': () => ({ status: 200, body: { items: [
        { habit_id: 'h1', current_streak: 0, longest_streak: 4, streak_unit: 'days' },
      ] } }),
      'GET /api/habits/analytics': () => ({ status: 200, body: { overall: { checkins_per_day: [], checkins_by_weekday: {} }, habits: [] } }),
      'POST /api/habits/{id}/checkin': checkIn,
    });
  }

  beforeEach(() => {
    useAuth.setState({ accessToken: 't', expiresAt: Date.now() + 600_000, status: 'signed-in', user: { timezone: 'UTC', week_start: 'monday' } });
  });

  it('a refused check-in is rolled back and the server message shown', async () => {
    let release!: () => void;
    const gate = new Promise<void>((r) => { release = r; });
    const server = routes(() => ({ status: 409, body: { status: 409, title: 'Conflict', detail: 'Already checked in on 2026-12-03' } }));
    const fetchStub = globalThis.fetch;
    vi.stubGlobal('fetch', async (input: RequestInfo | URL, init?: RequestInit) => {
      const req = input instanceof Request ? input : new Request(String(input), init);
      if (req.method === 'POST') await gate;
      return fetchStub(req);
    });
    render(<MemoryRouter><Habits /></MemoryRouter>);
    fireEvent.click(await screen.findByRole('button', { name: 'Check in' }));
    expect(await screen.findByText('Done today')).toBeInTheDocument(); // optimistic
    release();
    await waitFor(() => expect(screen.queryByText('Done today')).not.toBeInTheDocument());
    expect(screen.getByRole('button', { name: 'Check in' })).toBeInTheDocument();
    expect(useToasts.getState().toasts.map((t) => t.message)).toContain('Already checked in on 2026-12-03');
    expect(server.calls).toContain('POST /api/habits/h1/checkin');
  });

  it('a check-in offers Undo, which deletes that check-in', async () => {
    const server = routes(() => ({ status: 201, body: { id: 'c1', habit_id: 'h1', date: '2026-12-03' } }));
    render(<MemoryRouter><Habits /></MemoryRouter>);
    expect(await screen.findByText('0 days')).toBeInTheDocument();
    fireEvent.click(await screen.findByRole('button', { name: 'Check in' }));
    await waitFor(() => expect(useToasts.getState().toasts.some((t) => t.action?.label === 'Undo')).toBe(true));
    const undo = useToasts.getState().toasts.find((t) => t.action)!;
    expect(undo.message).toBe('Checked in "Walk".');
    vi.stubGlobal('fetch', async (input: RequestInfo | URL, init?: RequestInit) => {
      const req = input instanceof Request ? input : new Request(String(input), init);
      server.calls.push(`${req.method} ${new URL(req.url).pathname}`);
      return new Response(req.method === 'DELETE' ? null : '{}', { status: req.method === 'DELETE' ? 204 : 200 });
    });
    undo.action!.run();
    await waitFor(() => expect(server.calls).toContain('DELETE /api/habits/h1/checkin/c1'));
  });
});
