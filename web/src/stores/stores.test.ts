import { beforeEach, describe, expect, it, vi } from 'vitest';
import { parseUpdate, useLive } from './live';
import { useToasts } from './toasts';
import { useAuth } from './auth';

describe('live store', () => {
  beforeEach(() => useLive.setState({ status: 'offline', versions: {}, last: {} }));

  it('counts updates per type so screens of that type re-read', () => {
    useLive.getState().received({ type: 'habit_updated', entity_id: 'h1', data: null });
    useLive.getState().received({ type: 'habit_updated', entity_id: 'h2', data: null });
    useLive.getState().received({ type: 'goal_updated', entity_id: 'g1', data: null });
    expect(useLive.getState().versions).toEqual({ habit_updated: 2, goal_updated: 1 });
    expect(useLive.getState().last.habit_updated?.entity_id).toBe('h2');
  });

  it('parses update frames and ignores anything else', () => {
    expect(parseUpdate('{"type":"dashboard_updated","entity_id":"x","data":{"today":"2026-01-01"}}'))
      .toEqual({ type: 'dashboard_updated', entity_id: 'x', data: { today: '2026-01-01' } });
    expect(parseUpdate('not json')).toBeNull();
    expect(parseUpdate('{"entity_id":"x"}')).toBeNull();
    expect(parseUpdate('null')).toBeNull();
  });
});

describe('toast store', () => {
  it('shows toasts, keeps at most four, and dismisses them after their time', () => {
    vi.useFakeTimers();
    useToasts.setState({ toasts: [] });
    for (let i = 0; i < 5; i++) useToasts.getState().show({ kind: 'success', message: `m${i}` }, 1000);
    expect(useToasts.getState().toasts.map((t) => t.message)).toEqual(['m1', 'm2', 'm3', 'm4']);
    vi.advanceTimersByTime(1000);
    expect(useToasts.getState().toasts).toHaveLength(0);
    vi.useRealTimers();
  });
});

describe('auth store', () => {
  it('keeps the token in memory only and forgets everything on sign-out', () => {
    useAuth.getState().signedIn('tok', 900, { email: 'a@b.c' });
    expect(useAuth.getState()).toMatchObject({ accessToken: 'tok', status: 'signed-in', user: { email: 'a@b.c' } });
    expect(useAuth.getState().expiresAt).toBeGreaterThan(Date.now() + 800_000);
    expect(localStorage.length).toBe(0);
    expect(sessionStorage.length).toBe(0);
    useAuth.getState().signedOut();
    expect(useAuth.getState()).toMatchObject({ accessToken: null, status: 'signed-out', user: null });
  });
});
