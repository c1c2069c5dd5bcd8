import { describe, expect, it } from 'vitest';
import { moodOfScore, moodRows, parseTags } from './journal';

describe('journal', () => {
  it('reads typed tags as the server keeps them: trimmed, once ignoring case, first spelling wins', () => {
    expect(parseTags(' sport, Work ,, sport , work, SPORT')).toEqual(['sport', 'Work']);
    expect(parseTags('')).toEqual([]);
  });

  it('names an average mood by the nearest mood', () => {
    expect(moodOfScore(1)).toBe('Awful');
    expect(moodOfScore(3.6)).toBe('Good');
    expect(moodOfScore(4.6)).toBe('Great');
  });

  it('keeps weeks without a mood as gaps', () => {
    expect(moodRows([{ start: '2026-11-30', average_mood: null, entries: 1 }, { start: '2026-12-07', average_mood: 4.5, entries: 2 }]))
      .toEqual([{ start: '2026-11-30', mood: null, entries: 1 }, { start: '2026-12-07', mood: 4.5, entries: 2 }]);
  });
});
