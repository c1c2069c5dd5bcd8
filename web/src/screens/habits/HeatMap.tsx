import { formatDate } from '../../lib/dates';
import type { HeatCell } from '../../lib/charts';

function shade(count: number): string {
  if (count <= 0) return 'bg-slate-200';
  if (count === 1) return 'bg-green-500';
  return 'bg-green-800';
}

/** A year of check-ins; clicking an empty past day back-fills it. */
export function HeatMap({ weeks, locale, onPick, label }: { weeks: HeatCell[][]; locale?: string; onPick: (date: string) => void; label: string }) {
  return (
    <div className="overflow-x-auto" role="group" aria-label={label}>
      <div className="flex gap-[3px]">
        {weeks.map((week) => (
          <div key={week[0]!.date} className="flex flex-col gap-[3px]">
            {week.map((cell) => cell.future ? <span key={cell.date} className="h-3 w-3" /> : (
              <button key={cell.date} type="button"
                className={`h-3 w-3 rounded-sm ${shade(cell.count)}`}
                title={`${formatDate(cell.date, locale)}: ${cell.count ? 'checked in' : 'not checked in — click to back-fill'}`}
                aria-label={`${formatDate(cell.date, locale)}, ${cell.count ? 'checked in' : 'not checked in; back-fill'}`}
                aria-pressed={cell.count > 0}
                onClick={() => onPick(cell.date)} />
            ))}
          </div>
        ))}
      </div>
    </div>
  );
}
