import type { CellStyle } from '../core/write-plan/types';

/**
 * How each kind of cell the tool writes looks in Excel: the Office.js form of src/xlsx/styles.ts
 * (宋体, sizes, bold headings, wrapped body text, boxed table cells). Keep the two in step.
 */
export interface OfficeStyle {
  font: { name: string; size: number; bold: boolean; color?: string; underline?: boolean };
  fill?: string;
  horizontal?: 'Center';
  vertical?: 'Center' | 'Top';
  wrap?: boolean;
  /** ExcelApi 1.9 */
  indent?: number;
  /** Thin grey borders on every edge of every cell. */
  box?: boolean;
}

const font = (size: number, bold = false, color?: string): OfficeStyle['font'] => ({
  name: '宋体',
  size,
  bold,
  ...(color ? { color } : {}),
});

export const OFFICE_STYLES: Record<CellStyle, OfficeStyle> = {
  title: { font: font(16, true), horizontal: 'Center', vertical: 'Center', wrap: true },
  heading1: { font: font(14, true), vertical: 'Center', wrap: true },
  heading2: { font: font(12, true), vertical: 'Center', wrap: true },
  heading3: { font: font(11, true), vertical: 'Center', wrap: true },
  body: { font: font(11), vertical: 'Top', wrap: true, indent: 2 },
  placeholder: { font: font(11, false, '#9C5700'), fill: '#FFEB9C', vertical: 'Top', wrap: true, indent: 2 },
  tableHeader: {
    font: font(10, true),
    fill: '#D9E1F2',
    box: true,
    horizontal: 'Center',
    vertical: 'Center',
    wrap: true,
  },
  tableCell: { font: font(10), box: true, horizontal: 'Center', vertical: 'Center', wrap: true },
  columnHeader: { font: font(11, true), vertical: 'Center' },
  error: { font: font(11, true, '#9C0006') },
  warning: { font: font(11, true, '#9C5700') },
  info: { font: font(11, false, '#1F4E79') },
  plain: { font: font(11), vertical: 'Top', wrap: true },
  link: { font: { ...font(11), underline: true, color: '#0563C1' } },
};

export const BORDER_COLOR = '#808080';

/** An ExcelJS column width (characters of the default font) in points, as Office.js sets widths. */
export function widthInPoints(characters: number): number {
  // Excel: pixels = characters × 7 + 5 for an 11-point default font; a pixel is ¾ point.
  return Math.round((characters * 7 + 5) * 0.75 * 100) / 100;
}

/** "FFF4B6B6" → "#F4B6B6". */
export function hexColor(argb: string): string {
  return `#${argb.slice(-6).toUpperCase()}`;
}
