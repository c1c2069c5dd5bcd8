/** Badge colour of a goal's schedule state (`on_track`, `behind`, `overdue`). */
export function goalTone(state: string | undefined): 'green' | 'amber' | 'red' | 'slate' {
  if (state === 'on_track') return 'green';
  if (state === 'behind') return 'amber';
  if (state === 'overdue') return 'red';
  return 'slate';
}
