import { create } from 'zustand';
import type { components } from '../api/schema';

export type Account = components['schemas']['AccountView'];

export type AuthStatus = 'unknown' | 'signed-in' | 'signed-out';

interface AuthState {
  /** The access token: in memory only, never in localStorage or sessionStorage. */
  accessToken: string | null;
  /** Epoch milliseconds after which the token should be treated as expired. */
  expiresAt: number;
  user: Account | null;
  status: AuthStatus;
  signedIn: (token: string, expiresInSeconds: number | undefined, user?: Account | null) => void;
  setUser: (user: Account) => void;
  signedOut: () => void;
}

export const useAuth = create<AuthState>((set) => ({
  accessToken: null,
  expiresAt: 0,
  user: null,
  status: 'unknown',
  signedIn: (token, expiresInSeconds, user) =>
    set((state) => ({
      accessToken: token,
      expiresAt: Date.now() + (expiresInSeconds ?? 900) * 1000,
      user: user ?? state.user,
      status: 'signed-in',
    })),
  setUser: (user) => set({ user }),
  signedOut: () => set({ accessToken: null, expiresAt: 0, user: null, status: 'signed-out' }),
}));
