import type { FieldValues, Path, UseFormSetError } from 'react-hook-form';
import { problemOf } from '../api/problem';

/**
 * Puts a failed call's field messages next to the fields they name (snake_case API names mapped through `fields`
 * when the form names differ) and returns the detail for the rest: nothing is dropped silently.
 */
export function applyProblem<T extends FieldValues>(
  error: unknown,
  setError: UseFormSetError<T>,
  known: readonly string[],
  fields: Record<string, string> = {},
): string | null {
  const problem = problemOf(error);
  const unplaced: string[] = [];
  for (const [field, message] of Object.entries(problem.fieldErrors)) {
    const name = fields[field] ?? field;
    if (known.includes(name)) setError(name as Path<T>, { type: 'server', message });
    else unplaced.push(`${field}: ${message}`);
  }
  const placedAll = Object.keys(problem.fieldErrors).length > 0 && unplaced.length === 0;
  if (placedAll) return null;
  return unplaced.length > 0 ? `${problem.detail} (${unplaced.join('; ')})` : problem.detail;
}
