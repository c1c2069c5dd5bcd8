import { describe, expect, it, vi } from 'vitest';
import { fireEvent, render, screen } from '@testing-library/react';
import { HeatMap, moveDate } from './HeatMap';
import { heatmapWeeks } from '../../lib/charts';

describe('heat-map keyboard', () => {
  it('moves by day and week, staying inside the range', () => {
    expect(moveDate('2026-12-02', 'ArrowDown', '2026-01-01', '2026-12-03')).toBe('2026-12-03');
    expect(moveDate('2026-12-03', 'ArrowDown', '2026-01-01', '2026-12-03')).toBe('2026-12-03');
    expect(moveDate('2026-12-03', 'ArrowLeft', '2026-01-01', '2026-12-03')).toBe('2026-11-26');
    expect(moveDate('2026-01-03', 'ArrowLeft', '2026-01-01', '2026-12-03')).toBe('2026-01-01');
    expect(moveDate('2026-06-01', 'Home', '2026-01-01', '2026-12-03')).toBe('2026-01-01');
  });

  it('keeps one cell in the tab order, moves focus with arrows, and back-fills with Enter', () => {
    const onPick = vi.fn();
    const weeks = heatmapWeeks([{ date: '2026-12-03', count: 1 }], '2026-11-20', '2026-12-03', 'monday');
    render(<HeatMap weeks={weeks} label="Walk" locale="en-US" onPick={onPick} />);
    const tabbable = screen.getAllByRole('button').filter((b) => b.tabIndex === 0);
    expect(tabbable).toHaveLength(1);
    expect(tabbable[0]).toHaveAttribute('data-date', '2026-12-03');
    tabbable[0]!.focus();
    fireEvent.keyDown(tabbable[0]!, { key: 'ArrowUp' });
    expect(document.activeElement).toHaveAttribute('data-date', '2026-12-02');
    fireEvent.click(document.activeElement!);
    expect(onPick).toHaveBeenCalledWith('2026-12-02');
  });
});
