import { useRef, useState, type KeyboardEvent } from 'react';
import { addDays, formatDate } from '../../lib/dates';
import type { HeatCell } from '../../lib/charts';

function shade(count: number): string {
  if (count <= 0) return 'bg-slate-200';
  if (count === 1) return 'bg-green-500';
  return 'bg-green-800';
}

/** Arrow keys move a day (up/down, as the columns are weeks) or a week (left/right), within [first, last]. */
export function moveDate(date: string, key: string, first: string, last: string): string {
  const step = { ArrowUp: -1, ArrowDown: 1, ArrowLeft: -7, ArrowRight: 7 }[key];
  let next = date;
  if (step !== undefined) next = addDays(date, step);
  else if (key === 'Home') next = first;
  else if (key === 'End') next = last;
  if (next < first) return first;
  if (next > last) return last;
  return next;
}

const KEYS = ['ArrowUp', 'ArrowDown', 'ArrowLeft', 'ArrowRight', 'Home', 'End'];

/**
 * A year of check-ins; clicking (or Enter/Space on) an empty past day back-fills it. One cell is in the tab order
 * at a time and the arrow keys move between days, so a keyboard user does not tab through 365 buttons.
 */
export function HeatMap({ weeks, locale, onPick, label }: { weeks: HeatCell[][]; locale?: string; onPick: (date: string) => void; label: string }) {
  const days = weeks.flat().filter((c) => !c.future);
  const first = days[0]?.date ?? '';
  const last = days.at(-1)?.date ?? '';
  const [focused, setFocused] = useState(last);
  const current = focused >= first && focused <= last ? focused : last;
  const root = useRef<HTMLDivElement>(null);

  function onKeyDown(e: KeyboardEvent) {
    if (!KEYS.includes(e.key)) return;
    e.preventDefault();
    const next = moveDate(current, e.key, first, last);
    setFocused(next);
    root.current?.querySelector<HTMLButtonElement>(`[data-date="${next}"]`)?.focus();
  }

  return (
    <div ref={root} className="overflow-x-auto p-1" role="group" aria-label={`${label}. Arrow keys move between days.`} onKeyDown={onKeyDown}>
      <div className="flex gap-[3px]">
        {weeks.map((week) => (
          <div key={week[0]!.date} className="flex flex-col gap-[3px]">
            {week.map((cell) => cell.future ? <span key={cell.date} className="h-3 w-3" /> : (
              <button key={cell.date} type="button" data-date={cell.date} tabIndex={cell.date === current ? 0 : -1}
                className={`h-3 w-3 rounded-sm ${shade(cell.count)}`}
                title={`${formatDate(cell.date, locale)}: ${cell.count ? 'checked in' : 'not checked in — click to back-fill'}`}
                aria-label={`${formatDate(cell.date, locale)}, ${cell.count ? 'checked in' : 'not checked in; back-fill'}`}
                aria-pressed={cell.count > 0}
                onFocus={() => setFocused(cell.date)}
                onClick={() => onPick(cell.date)} />
            ))}
          </div>
        ))}
      </div>
    </div>
  );
}
