import { describe, expect, it } from 'vitest';
import { toProblem } from './problem';

describe('toProblem', () => {
  it('maps errors[] to one message per field and keeps the detail', () => {
    const p = toProblem(400, {
      type: '/problems/validation', title: 'Invalid request', status: 400, detail: 'Some fields are invalid',
      errors: [
        { field: 'email', message: 'must be a well-formed email address' },
        { field: 'password', message: 'size must be between 8 and 128' },
        { field: 'email', message: 'second message is ignored' },
      ],
    });
    expect(p.detail).toBe('Some fields are invalid');
    expect(p.fieldErrors).toEqual({
      email: 'must be a well-formed email address',
      password: 'size must be between 8 and 128',
    });
  });

  it('falls back to the title, then to a sentence naming the status', () => {
    expect(toProblem(409, { title: 'Conflict' }).detail).toBe('Conflict');
    expect(toProblem(503, null).detail).toMatch(/503/);
    expect(toProblem(0, undefined).detail).toMatch(/could not be reached/);
  });

  it('ignores malformed errors entries', () => {
    expect(toProblem(400, { errors: [null, { field: 1 }, 'x'] }).fieldErrors).toEqual({});
  });
});
