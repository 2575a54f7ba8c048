import type { RawCell } from '../core/grid/types';

/** One cell as the ExcelJS twin reads it: errors apart, dates as ISO dates, "General" as no format. */
export function rawCell(value: unknown, numberFormat: unknown, valueType: string): RawCell | undefined {
  const format =
    typeof numberFormat === 'string' && numberFormat !== '' && numberFormat !== 'General' ? numberFormat : undefined;
  if (valueType === 'Error') return { value: null, error: String(value), format };
  if (typeof value === 'number') return { value: isDateFormat(format) ? excelDate(value) : value, format };
  if (typeof value === 'string' || typeof value === 'boolean') return { value, format };
  if (value === null || value === undefined) return undefined;
  return { value: String(value), format };
}

/**
 * Whether `range.formulas` says the cell holds a formula: its text, "=" first. A constant comes back as its
 * value, so a text typed as "=" or "=x" (a quote-prefixed entry) is the same in both and is not a formula.
 */
export function isFormula(formula: unknown, value: unknown): boolean {
  return typeof formula === 'string' && formula.startsWith('=') && formula !== value;
}

/** ExcelJS's test for a date format (utils.isDateFmt): y, m, d, h, s or b outside quotes and brackets. */
export function isDateFormat(format: string | undefined): boolean {
  if (!format) return false;
  return /[ymdhMsb]+/.test(format.replace(/\[[^\]]*]/g, '').replace(/"[^"]*"/g, ''));
}

/** A date serial number as ExcelJS gives it (1900 date system), then as src/xlsx/read.ts keeps it: YYYY-MM-DD. */
function excelDate(serial: number): string {
  const date = new Date(Math.round((serial - 25569) * 24 * 3600 * 1000));
  return Number.isNaN(date.getTime()) ? String(serial) : date.toISOString().slice(0, 10);
}
