import { describe, expect, it } from 'vitest';
import {
  addMonths, barWidth, cashFlowRows, checkAmount, checkCurrency, checkRecordDate, formatMonth, importErrorText, importErrors, monthRange, parseCsv,
  sortRecords,
} from './finance';

describe('amounts and currencies, as the API checks them', () => {
  it.each([
    ['42.50', true], ['0.01', true], ['1234567890', true], ['1234567890.99', true], ['007', true],
    ['', 'Enter an amount'], ['0', 'Must be more than 0'], ['0.00', 'Must be more than 0'], ['-3', 'A positive number such as 42.50'],
    ['1e3', 'A positive number such as 42.50'], ['1.234', 'At most 2 decimals'], ['12345678901', 'At most 10 digits before the point'],
  ])('amount %s → %s', (text, expected) => {
    expect(checkAmount(text)).toBe(expected);
  });

  it('takes ISO currency codes in any case and refuses the rest', () => {
    expect(checkCurrency('eur')).toBe(true);
    expect(checkCurrency('USD')).toBe(true);
    expect(checkCurrency('EURO')).toBe('A three-letter currency code such as EUR');
    expect(checkCurrency('ZZQ')).toBe('ZZQ is not an ISO 4217 currency');
  });

  it('refuses a future date or one before 1900', () => {
    expect(checkRecordDate('2026-12-03', '2026-12-03')).toBe(true);
    expect(checkRecordDate('2026-12-04', '2026-12-03')).toMatch(/Planned money/);
    expect(checkRecordDate('1899-12-31', '2026-12-03')).toBe('Not before 1900-01-01');
    expect(checkRecordDate('', '2026-12-03')).toBe(true);
  });
});

describe('months and bars', () => {
  it('knows the last day of a month, leap years included', () => {
    expect(monthRange('2026-12')).toEqual({ from: '2026-12-01', to: '2026-12-31' });
    expect(monthRange('2028-02')).toEqual({ from: '2028-02-01', to: '2028-02-29' });
    expect(addMonths('2026-12', 1)).toBe('2027-01');
    expect(addMonths('2026-01', -1)).toBe('2025-12');
    expect(addMonths('2026-05', -11)).toBe('2025-06');
  });

  it('keeps a bar inside its track', () => {
    expect(barWidth(132.5)).toBe(100);
    expect(barWidth(40)).toBe(40);
    expect(barWidth(undefined)).toBe(0);
  });
});

describe('records table order', () => {
  const records = [
    { id: 'a', date: '2026-12-01', amount: 10, category: 'food', type: 'expense' as const },
    { id: 'b', date: '2026-12-03', amount: 5, category: 'Books', type: 'expense' as const },
    { id: 'c', date: '2026-11-30', amount: 3000, category: 'salary', type: 'income' as const },
  ];
  it('sorts by each column both ways', () => {
    expect(sortRecords(records, 'date', 'desc').map((r) => r.id)).toEqual(['b', 'a', 'c']);
    expect(sortRecords(records, 'amount', 'asc').map((r) => r.id)).toEqual(['b', 'a', 'c']);
    expect(sortRecords(records, 'category', 'asc').map((r) => r.id)).toEqual(['b', 'a', 'c']);
    expect(sortRecords(records, 'type', 'desc').map((r) => r.id)).toEqual(['c', 'b', 'a']);
  });
});

describe('CSV preview', () => {
  it('numbers rows by the line they start on, as the server does', () => {
    const rows = parseCsv('\uFEFFdate,type,amount,category,description\r\n2026-12-01,expense,4.5,food,"bread, butter"\r\n\r\n2026-12-02,expense,3,food,"two\nlines"\n2026-12-03,expense,oops,food,"say ""hi"""\n');
    expect(rows.map((r) => r.line)).toEqual([1, 2, 4, 6]);
    expect(rows[1]!.cells).toEqual(['2026-12-01', 'expense', '4.5', 'food', 'bread, butter']);
    expect(rows[2]!.cells[4]).toBe('two\nlines');
    expect(rows[3]!.cells[4]).toBe('say "hi"');
  });

  it('reads the line of each error of a refused import', () => {
    const errors = importErrors({ status: 400, errors: [{ line: 3, field: 'amount', message: 'must be a number' }, { message: 'too many rows' }, 'junk'] });
    expect(errors.map(importErrorText)).toEqual(['Line 3, amount: must be a number', 'The file: too many rows']);
    expect(importErrors({ detail: 'x' })).toEqual([]);
  });
});

describe('cash-flow chart', () => {
  it('labels months in the locale and fills missing numbers with 0', () => {
    expect(formatMonth('2026-12', 'en-US')).toBe('Dec 2026');
    expect(formatMonth('2026-01', 'de-DE', 'long')).toBe('Januar 2026');
    expect(cashFlowRows([{ month: '2026-11', income: 3200, expenses: 40.1, net: 3159.9 }, { month: '2026-12' }], 'en-US')).toEqual([
      { month: '2026-11', label: 'Nov 2026', income: 3200, expenses: 40.1, net: 3159.9 },
      { month: '2026-12', label: 'Dec 2026', income: 0, expenses: 0, net: 0 },
    ]);
  });
});
