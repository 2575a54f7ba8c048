import type ExcelJS from 'exceljs';
import type { RawCell } from '../core/grid/types';

type ExcelValue = ExcelJS.CellValue;

/**
 * A date cell as YYYY-MM-DD. A number far beyond Excel's last date under a date format comes from ExcelJS
 * as an invalid Date: kept as the "########" Excel shows for it rather than thrown on.
 */
function isoDate(date: Date): string {
  return Number.isNaN(date.getTime()) ? '########' : date.toISOString().slice(0, 10);
}

export function toRawCell(value: ExcelValue, numFmt: string | undefined): RawCell | undefined {
  const format = numFmt || undefined;
  if (value === null || value === undefined) return undefined;
  if (typeof value === 'number' || typeof value === 'string' || typeof value === 'boolean') return { value, format };
  if (value instanceof Date) return { value: isoDate(value), format };
  if (typeof value === 'object') {
    if ('error' in value) return { value: null, error: String(value.error), format };
    if ('richText' in value) return { value: value.richText.map((r) => r.text).join(''), format };
    if ('formula' in value || 'sharedFormula' in value) {
      const result = (value as { result?: unknown }).result;
      if (result === undefined || result === null) return { value: null, format, formula: true };
      if (typeof result === 'object' && result !== null && 'error' in result)
        return { value: null, error: String((result as { error: unknown }).error), format, formula: true };
      if (result instanceof Date) return { value: isoDate(result), format, formula: true };
      return { value: result as number | string | boolean, format, formula: true };
    }
    if ('hyperlink' in value) {
      const text = (value as { text?: unknown }).text;
      return {
        value:
          typeof text === 'string'
            ? text
            : String((text as { richText?: { text: string }[] })?.richText?.map((r) => r.text).join('') ?? ''),
        format,
      };
    }
  }
  return { value: String(value), format };
}
