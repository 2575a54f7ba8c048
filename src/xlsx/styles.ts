import type ExcelJS from 'exceljs';
import type { CellStyle } from '../core/write-plan/types';

const thin: Partial<ExcelJS.Border> = { style: 'thin', color: { argb: 'FF808080' } };
const box: Partial<ExcelJS.Borders> = { top: thin, left: thin, bottom: thin, right: thin };
const font = (size: number, bold = false, color?: string): Partial<ExcelJS.Font> => ({
  name: '宋体',
  size,
  bold,
  ...(color ? { color: { argb: color } } : {}),
});
const solid = (argb: string): ExcelJS.Fill => ({ type: 'pattern', pattern: 'solid', fgColor: { argb } });

/** How each kind of cell the tool writes looks: body text wraps, headings stand out, tables have borders. */
export const CELL_STYLES: Record<CellStyle, Partial<ExcelJS.Style>> = {
  title: { font: font(16, true), alignment: { horizontal: 'center', vertical: 'middle', wrapText: true } },
  heading1: { font: font(14, true), alignment: { vertical: 'middle', wrapText: true } },
  heading2: { font: font(12, true), alignment: { vertical: 'middle', wrapText: true } },
  heading3: { font: font(11, true), alignment: { vertical: 'middle', wrapText: true } },
  body: { font: font(11), alignment: { vertical: 'top', wrapText: true, indent: 2 } },
  placeholder: {
    font: font(11, false, 'FF9C5700'),
    fill: solid('FFFFEB9C'),
    alignment: { vertical: 'top', wrapText: true, indent: 2 },
  },
  tableHeader: {
    font: font(10, true),
    fill: solid('FFD9E1F2'),
    border: box,
    alignment: { horizontal: 'center', vertical: 'middle', wrapText: true },
  },
  tableCell: { font: font(10), border: box, alignment: { horizontal: 'center', vertical: 'middle', wrapText: true } },
  columnHeader: { font: font(11, true), alignment: { vertical: 'middle' } },
  error: { font: font(11, true, 'FF9C0006') },
  warning: { font: font(11, true, 'FF9C5700') },
  info: { font: font(11, false, 'FF1F4E79') },
  plain: { font: font(11), alignment: { vertical: 'top', wrapText: true } },
  link: { font: { ...font(11), underline: true, color: { argb: 'FF0563C1' } } },
};
