import { describe, expect, it } from 'vitest';
import { isDirect } from './dashboard';

describe('quick actions', () => {
  it('runs complete writes with one click and lists the rest as suggestions', () => {
    expect(isDirect({ kind: 'check_in_habit', method: 'POST', path: '/api/habits/x/checkin', body: '{}' })).toBe(true);
    expect(isDirect({ kind: 'update_goal', method: 'PUT', path: '/api/goals/x/progress', body: '{"progress":80}' })).toBe(true);
    expect(isDirect({ kind: 'review_budget', method: 'GET', path: '/api/finance/records' })).toBe(false);
    expect(isDirect({ kind: 'write_journal', method: 'POST', path: '/api/journal/entries', body: '{"content":"..."}' })).toBe(false);
  });
});
