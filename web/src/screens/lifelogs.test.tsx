import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { fireEvent, render, screen, waitFor } from '@testing-library/react';
import { MemoryRouter } from 'react-router';
import { useAuth } from '../stores/auth';
import { useToasts } from '../stores/toasts';
import { fakeServer } from '../test/fakeServer';
import Health from './Health';
import Journal from './Journal';
import Time from './Time';

const page = (items: unknown[]) => ({ status: 200, body: { items, page: 0, size: 50, total_items: items.length, total_pages: 1 } });

beforeEach(() => {
  useToasts.setState({ toasts: [] });
  useAuth.setState({ accessToken: 't', expiresAt: Date.now() + 600_000, status: 'signed-in', user: { timezone: 'Europe/Berlin', week_start: 'monday' } });
});
afterEach(() => {
  vi.unstubAllGlobals();
});

describe('health', () => {
  function routes(create: (body: unknown) => { status: number; body?: unknown }) {
    return fakeServer({
      'GET /api/health/analytics': () => ({ status: 200, body: { today: '2026-12-03', metrics: [] } }),
      'POST /api/health/metrics': (_req, body) => create(body),
    });
  }

  it('says what to do when nothing is recorded, and offers the units of the chosen type', async () => {
    routes(() => ({ status: 201, body: {} }));
    render(<MemoryRouter><Health /></MemoryRouter>);
    expect(await screen.findByText('No readings yet')).toBeInTheDocument();
    fireEvent.click(screen.getByRole('button', { name: 'Record a reading' }));
    const unit = screen.getByLabelText('Unit') as HTMLSelectElement;
    expect([...unit.options].map((o) => o.value)).toEqual(['kg', 'lb']);
    fireEvent.change(screen.getByLabelText('What'), { target: { value: 'heart_rate' } });
    await waitFor(() => expect((screen.getByLabelText('Unit') as HTMLSelectElement).value).toBe('bpm'));
    fireEvent.change(screen.getByLabelText('What'), { target: { value: '__other' } });
    expect(await screen.findByLabelText('Its name')).toBeInTheDocument();
    expect(screen.getByLabelText('Unit').tagName).toBe('INPUT');
  });

  it('sends the time in the account\'s zone and shows the server\'s refusal at its field', async () => {
    let sent: Record<string, unknown> = {};
    routes((body) => {
      sent = body as Record<string, unknown>;
      return { status: 400, body: { status: 400, title: 'Invalid request', detail: 'The request has an invalid field.',
        errors: [{ field: 'value', message: 'must be between 1 and 500 kg for weight' }] } };
    });
    render(<MemoryRouter><Health /></MemoryRouter>);
    fireEvent.click(await screen.findByRole('button', { name: 'Record a reading' }));
    fireEvent.change(screen.getByLabelText('Value'), { target: { value: '900' } });
    fireEvent.change(screen.getByLabelText('When'), { target: { value: '2026-12-03T08:15' } });
    fireEvent.click(screen.getByRole('button', { name: 'Record reading' }));
    expect(await screen.findByText('must be between 1 and 500 kg for weight')).toHaveAttribute('id', 'health-value-error');
    expect(sent).toMatchObject({ metric_type: 'weight', value: 900, unit: 'kg', recorded_at: '2026-12-03T07:15:00.000Z' });
  });
});

describe('health, the time of a reading', () => {
  it('leaves "now" to the server when the time was not changed', async () => {
    let sent: Record<string, unknown> = {};
    fakeServer({
      'GET /api/health/analytics': () => ({ status: 200, body: { today: '2026-12-03', metrics: [] } }),
      'POST /api/health/metrics': (_req, body) => { sent = body as Record<string, unknown>; return { status: 201, body: {} }; },
    });
    render(<MemoryRouter><Health /></MemoryRouter>);
    fireEvent.click(await screen.findByRole('button', { name: 'Record a reading' }));
    fireEvent.change(screen.getByLabelText('Value'), { target: { value: '72.4' } });
    fireEvent.click(screen.getByRole('button', { name: 'Record reading' }));
    await waitFor(() => expect(sent.value).toBe(72.4));
    expect(sent).not.toHaveProperty('recorded_at');
  });
});

describe('journal', () => {
  it('searches by words through q and says how many entries match', async () => {
    const queries: string[] = [];
    fakeServer({
      'GET /api/journal/entries': (req) => {
        const q = new URL(req.url).searchParams.get('q');
        queries.push(q ?? '');
        return page(q ? [{ id: 'e1', entry_date: '2026-12-02', content: 'The climbing session fixed it.', mood: 'good', tags: ['sport'] }]
          : [{ id: 'e1', entry_date: '2026-12-02', content: 'The climbing session fixed it.', mood: 'good', tags: ['sport'] },
            { id: 'e2', entry_date: '2026-12-01', content: 'A quiet day.', tags: [] }]);
      },
      'GET /api/journal/mood-trends': () => ({ status: 200, body: { points: [] } }),
      'GET /api/journal/analytics': () => ({ status: 200, body: { total_entries: 2, top_tags: [{ tag: 'sport', entries: 1 }], entries_per_week: [] } }),
    });
    render(<MemoryRouter><Journal /></MemoryRouter>);
    expect(await screen.findByText('A quiet day.')).toBeInTheDocument();
    fireEvent.change(screen.getByLabelText('Words to find'), { target: { value: ' climbing ' } });
    fireEvent.click(screen.getByRole('button', { name: 'Search' }));
    expect(await screen.findByText(/1 entry matches/)).toBeInTheDocument();
    await waitFor(() => expect(screen.queryByText('A quiet day.')).not.toBeInTheDocument());
    expect(queries).toContain('climbing');
  });

  it('sends typed tags once each and an empty mood as none', async () => {
    let sent: Record<string, unknown> = {};
    fakeServer({
      'GET /api/journal/entries': () => page([]),
      'GET /api/journal/mood-trends': () => ({ status: 200, body: { points: [] } }),
      'GET /api/journal/analytics': () => ({ status: 200, body: { total_entries: 0, top_tags: [], entries_per_week: [] } }),
      'POST /api/journal/entries': (_req, body) => { sent = body as Record<string, unknown>; return { status: 201, body: { id: 'e3' } }; },
    });
    render(<MemoryRouter><Journal /></MemoryRouter>);
    expect(await screen.findByText('No entries yet')).toBeInTheDocument();
    fireEvent.click(screen.getByRole('button', { name: 'New entry' }));
    fireEvent.change(screen.getByLabelText('What happened, how you feel'), { target: { value: 'Ran in the rain.' } });
    fireEvent.change(screen.getByLabelText('Tags (comma-separated)'), { target: { value: 'sport, Sport, rain' } });
    fireEvent.click(screen.getByRole('button', { name: 'Write entry' }));
    await waitFor(() => expect(sent.content).toBe('Ran in the rain.'));
    expect(sent.tags).toEqual(['sport', 'rain']);
    expect(sent.mood).toBeUndefined();
    expect(sent.is_private).toBe(true);
  });
});

describe('time', () => {
  it('derives the duration from start and end in the account\'s zone and sends instants', async () => {
    let sent: Record<string, unknown> = {};
    fakeServer({
      'GET /api/time/entries': () => page([]),
      'GET /api/time/analytics': () => ({ status: 200, body: { total_minutes: 0, by_category: [], by_day: [], overlaps: [] } }),
      'GET /api/time/productivity': () => ({ status: 200, body: { by_hour: [], by_weekday: [] } }),
      'POST /api/time/entries': (_req, body) => { sent = body as Record<string, unknown>; return { status: 201, body: { id: 't1', duration_minutes: 90, overlaps_with: ['t0'] } }; },
    });
    render(<MemoryRouter><Time /></MemoryRouter>);
    expect(await screen.findByText('No time tracked yet')).toBeInTheDocument();
    fireEvent.click(screen.getByRole('button', { name: 'Track time' }));
    fireEvent.change(screen.getByLabelText('Activity'), { target: { value: 'Report' } });
    fireEvent.change(screen.getByLabelText('Start'), { target: { value: '2026-12-02T09:00' } });
    fireEvent.change(screen.getByLabelText('End'), { target: { value: '2026-12-02T10:30' } });
    expect(await screen.findByText('Duration: 1 h 30 min')).toBeInTheDocument();
    fireEvent.click(screen.getByRole('button', { name: 'Track' }));
    await waitFor(() => expect(sent.activity).toBe('Report'));
    expect(sent).toMatchObject({ start_time: '2026-12-02T08:00:00.000Z', end_time: '2026-12-02T09:30:00.000Z' });
    await waitFor(() => expect(useToasts.getState().toasts.map((t) => t.message)).toContain('Tracked 1 h 30 min of "Report". It overlaps 1 other entry.'));
  });
});
