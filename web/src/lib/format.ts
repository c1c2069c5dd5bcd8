/** Numbers and money in the person's locale (the browser's) and their `currency` setting. */
export function formatNumber(value: number, locale?: string, maximumFractionDigits = 1): string {
  return new Intl.NumberFormat(locale, { maximumFractionDigits }).format(value);
}

export function formatPercent(ratio: number, locale?: string): string {
  return new Intl.NumberFormat(locale, { style: 'percent', maximumFractionDigits: 0 }).format(ratio);
}

export function formatMoney(value: number, currency: string, locale?: string): string {
  try {
    return new Intl.NumberFormat(locale, { style: 'currency', currency }).format(value);
  } catch {
    return `${formatNumber(value, locale, 2)} ${currency}`;
  }
}

export function formatMinutes(minutes: number): string {
  const h = Math.floor(minutes / 60);
  const m = minutes % 60;
  return h > 0 ? `${h} h ${m} min` : `${m} min`;
}

/** "1 day", "3 days": the API names streak units in the plural (`days`, `weeks`). */
export function countWithUnit(count: number, pluralUnit: string | undefined): string {
  const unit = pluralUnit ?? '';
  return `${count} ${count === 1 && unit.endsWith('s') ? unit.slice(0, -1) : unit}`.trim();
}
