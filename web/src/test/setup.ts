import '@testing-library/jest-dom/vitest';

// Recharts' ResponsiveContainer measures its parent; jsdom has no layout, so a no-op observer is enough.
class NoopResizeObserver {
  observe() {}
  unobserve() {}
  disconnect() {}
}
globalThis.ResizeObserver ??= NoopResizeObserver as unknown as typeof ResizeObserver;
