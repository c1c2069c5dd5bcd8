import { create } from 'zustand';
import { api, unwrap } from '../api/client';
import { browserZone, type Weekday } from '../lib/dates';
import { useAuth } from './auth';

interface SettingsState {
  values: Record<string, unknown>;
  loaded: boolean;
  load: () => Promise<void>;
  set: (values: Record<string, unknown>) => void;
}

export const useSettings = create<SettingsState>((set) => ({
  values: {},
  loaded: false,
  load: async () => {
    const values = await unwrap(api.GET('/api/settings'));
    set({ values: values as Record<string, unknown>, loaded: true });
  },
  set: (values) => set({ values, loaded: true }),
}));

/** The person's zone, week start and currency: what every date and amount on screen is shown in. */
export function usePreferences(): { zone: string; weekStart: Weekday; currency: string; locale: string | undefined } {
  const user = useAuth((s) => s.user);
  const values = useSettings((s) => s.values);
  const currency = typeof values.currency === 'string' ? values.currency : 'USD';
  return {
    zone: user?.timezone ?? browserZone(),
    weekStart: (user?.week_start as Weekday | undefined) ?? 'monday',
    currency,
    locale: typeof navigator === 'undefined' ? undefined : navigator.language,
  };
}
