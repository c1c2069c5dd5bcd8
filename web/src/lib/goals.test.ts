import { describe, expect, it } from 'vitest';
import { goalTone } from './goals';
import { statusActions } from '../screens/Goals';

describe('goal badges and status actions', () => {
  it('colours schedule states', () => {
    expect(goalTone('on_track')).toBe('green');
    expect(goalTone('behind')).toBe('amber');
    expect(goalTone('overdue')).toBe('red');
    expect(goalTone(undefined)).toBe('slate');
  });

  it('offers only the changes the server allows from each status', () => {
    expect(statusActions('active').map((a) => a.to)).toEqual(['paused', 'completed', 'abandoned']);
    expect(statusActions('paused').map((a) => a.to)).toEqual(['active', 'abandoned']);
    expect(statusActions('completed')).toEqual([]);
    expect(statusActions('abandoned').map((a) => a.to)).toEqual(['active']);
  });
});
