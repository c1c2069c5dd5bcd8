import type { components } from '../api/schema';

export type QuickAction = components['schemas']['DashboardActionResponse'];

/**
 * Quick actions whose request is complete as the server gives it run with one click; the others (a read, or a
 * journal entry whose text the person has to write) are listed as suggestions.
 */
export function isDirect(action: QuickAction): boolean {
  return ['check_in_habit', 'contact_someone', 'update_goal'].includes(action.kind ?? '') && action.method !== 'GET';
}
