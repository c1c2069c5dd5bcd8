import { describe, expect, it, vi } from 'vitest';
import { applyProblem } from './forms';
import { ApiError, toProblem } from '../api/problem';

describe('applyProblem', () => {
  it('sets each named field error on its field and shows no general message when all were placed', () => {
    const setError = vi.fn();
    const error = new ApiError(toProblem(400, { detail: 'Invalid', errors: [{ field: 'first_name', message: 'too long' }] }));
    expect(applyProblem(error, setError, ['firstName'], { first_name: 'firstName' })).toBeNull();
    expect(setError).toHaveBeenCalledWith('firstName', { type: 'server', message: 'too long' });
  });

  it('returns the detail, with any field the form does not show, so nothing fails silently', () => {
    const setError = vi.fn();
    const error = new ApiError(toProblem(400, { detail: 'Invalid', errors: [{ field: 'id', message: 'bad' }] }));
    expect(applyProblem(error, setError, ['title'])).toBe('Invalid (id: bad)');
    expect(applyProblem(new ApiError(toProblem(409, { detail: 'Taken' })), setError, ['title'])).toBe('Taken');
  });
});
