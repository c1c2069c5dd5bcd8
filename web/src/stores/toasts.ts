import { create } from 'zustand';

export interface Toast {
  id: number;
  kind: 'success' | 'error';
  message: string;
  /** An optional action (e.g. Undo) offered with the toast. */
  action?: { label: string; run: () => void };
}

interface ToastState {
  toasts: Toast[];
  show: (toast: Omit<Toast, 'id'>, ttlMs?: number) => number;
  dismiss: (id: number) => void;
}

let nextId = 1;

export const useToasts = create<ToastState>((set, get) => ({
  toasts: [],
  show: (toast, ttlMs = 6000) => {
    const id = nextId++;
    set((state) => ({ toasts: [...state.toasts.slice(-3), { ...toast, id }] }));
    if (ttlMs > 0) setTimeout(() => get().dismiss(id), ttlMs);
    return id;
  },
  dismiss: (id) => set((state) => ({ toasts: state.toasts.filter((t) => t.id !== id) })),
}));

export const toast = {
  success: (message: string, action?: Toast['action']) => useToasts.getState().show({ kind: 'success', message, action }),
  error: (message: string) => useToasts.getState().show({ kind: 'error', message }, 10_000),
};
