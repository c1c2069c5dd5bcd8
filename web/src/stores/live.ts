import { create } from 'zustand';

export type LiveStatus = 'offline' | 'connecting' | 'live';

export interface LiveUpdate {
  type: string;
  entity_id: string | null;
  data: unknown;
}

interface LiveState {
  status: LiveStatus;
  /** Per update type (`habit_updated`, `dashboard_updated`, …): a counter screens watch to re-read their data. */
  versions: Record<string, number>;
  last: Record<string, LiveUpdate>;
  setStatus: (status: LiveStatus) => void;
  received: (update: LiveUpdate) => void;
}

export const useLive = create<LiveState>((set) => ({
  status: 'offline',
  versions: {},
  last: {},
  setStatus: (status) => set({ status }),
  received: (update) =>
    set((state) => ({
      versions: { ...state.versions, [update.type]: (state.versions[update.type] ?? 0) + 1 },
      last: { ...state.last, [update.type]: update },
    })),
}));

/** Parses a `/user/queue/updates` frame body; anything that is not an update is ignored. */
export function parseUpdate(body: string): LiveUpdate | null {
  try {
    const value: unknown = JSON.parse(body);
    if (typeof value !== 'object' || value === null) return null;
    const v = value as Record<string, unknown>;
    if (typeof v.type !== 'string') return null;
    return { type: v.type, entity_id: typeof v.entity_id === 'string' ? v.entity_id : null, data: v.data ?? null };
  } catch {
    return null;
  }
}
