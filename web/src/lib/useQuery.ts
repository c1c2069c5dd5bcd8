import { useCallback, useEffect, useRef, useState } from 'react';
import { problemOf, type Problem } from '../api/problem';
import { useLive } from '../stores/live';

export interface QueryState<T> {
  data: T | undefined;
  error: Problem | null;
  loading: boolean;
  reload: () => Promise<void>;
  /** Replaces the data locally (optimistic updates); the next reload brings the server's truth. */
  setData: (update: (current: T | undefined) => T | undefined) => void;
}

/**
 * Reads data for a screen and reads it again whenever a live update of one of `liveTypes` arrives (or `deps`
 * change). Keeps the previous data while re-reading so screens do not flicker.
 */
export function useQuery<T>(load: () => Promise<T>, deps: unknown[], liveTypes: string[] = []): QueryState<T> {
  const [data, setDataState] = useState<T | undefined>(undefined);
  const [error, setError] = useState<Problem | null>(null);
  const [loading, setLoading] = useState(true);
  const loadRef = useRef(load);
  loadRef.current = load;
  const versions = useLive((s) => liveTypes.map((t) => s.versions[t] ?? 0).join(','));
  const generation = useRef(0);

  const reload = useCallback(async () => {
    const mine = ++generation.current;
    setLoading(true);
    try {
      const value = await loadRef.current();
      if (mine === generation.current) {
        setDataState(value);
        setError(null);
      }
    } catch (e) {
      if (mine === generation.current) setError(problemOf(e));
    } finally {
      if (mine === generation.current) setLoading(false);
    }
  }, []);

  useEffect(() => {
    void reload();
  }, [reload, versions, ...deps]);

  const setData = useCallback((update: (current: T | undefined) => T | undefined) => setDataState(update), []);
  return { data, error, loading, reload, setData };
}
