import { describe, expect, it } from 'vitest';
import { countWithUnit, formatMinutes, formatMoney, formatPercent } from './format';

describe('formatting', () => {
  it('says 1 day but 2 days', () => {
    expect(countWithUnit(1, 'days')).toBe('1 day');
    expect(countWithUnit(0, 'weeks')).toBe('0 weeks');
    expect(countWithUnit(3, 'weeks')).toBe('3 weeks');
  });

  it('formats money for the locale and currency, and survives an unknown code', () => {
    expect(formatMoney(1234.5, 'EUR', 'de-DE')).toBe('1.234,50\u00a0€');
    expect(formatMoney(1234.5, 'USD', 'en-US')).toBe('$1,234.50');
    expect(formatMoney(2, 'XXXX', 'en-US')).toBe('2 XXXX');
  });

  it('formats percentages and minutes', () => {
    expect(formatPercent(0.7222, 'en-US')).toBe('72%');
    expect(formatMinutes(125)).toBe('2 h 5 min');
    expect(formatMinutes(40)).toBe('40 min');
  });
});
