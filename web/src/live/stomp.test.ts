import { describe, expect, it } from 'vitest';
import { brokerUrl } from './stomp';

describe('brokerUrl', () => {
  it('uses the page origin, wss under https', () => {
    expect(brokerUrl({ protocol: 'http:', host: 'localhost:5173' })).toBe('ws://localhost:5173/ws');
    expect(brokerUrl({ protocol: 'https:', host: 'life.example.org' })).toBe('wss://life.example.org/ws');
  });
});
