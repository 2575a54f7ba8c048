import type { MarkRecord, OfficeFill, XlsxColor, XlsxFill } from '../core/write-plan/annotation-record';

/**
 * A cell's fill between the annotation record's OOXML (ExcelJS) form, which both adapters read, and the
 * form Office.js reads and writes. The record itself (format, header, parsing, note hashes) is the core's:
 * src/core/write-plan/annotation-record.ts.
 */

// Office.js fill patterns and their OOXML (ExcelJS) names.
const PATTERNS: Record<string, string> = {
  Solid: 'solid',
  Gray50: 'mediumGray',
  Gray75: 'darkGray',
  Gray25: 'lightGray',
  Gray16: 'gray125',
  Gray8: 'gray0625',
  Horizontal: 'darkHorizontal',
  Vertical: 'darkVertical',
  Down: 'darkDown',
  Up: 'darkUp',
  Checker: 'darkGrid',
  SemiGray75: 'darkTrellis',
  LightHorizontal: 'lightHorizontal',
  LightVertical: 'lightVertical',
  LightDown: 'lightDown',
  LightUp: 'lightUp',
  Grid: 'lightGrid',
  CrissCross: 'lightTrellis',
};
const PATTERNS_BACK: Record<string, string> = Object.fromEntries(Object.entries(PATTERNS).map(([k, v]) => [v, k]));

const argbOf = (hex: string | null | undefined): XlsxColor | undefined =>
  hex && /^#[0-9a-f]{6}$/i.test(hex) ? { argb: `FF${hex.slice(1).toUpperCase()}` } : undefined;
const hexOf = (color: XlsxColor | undefined): string | null =>
  color?.argb && /^[0-9a-f]{8}$/i.test(color.argb) ? `#${color.argb.slice(2).toUpperCase()}` : null;

/** An Office.js fill in ExcelJS form (null: no fill), and whether that form says all there is to say. */
export function toXlsxFill(fill: OfficeFill | null): { fill: XlsxFill | null; exact: boolean } {
  if (!fill || fill.pattern === 'None') return { fill: null, exact: true };
  if (fill.pattern === 'Solid')
    return { fill: { type: 'pattern', pattern: 'solid', fgColor: argbOf(fill.color) }, exact: true };
  const name = PATTERNS[fill.pattern];
  if (!name) return { fill: null, exact: false }; // gradients: ExcelJS's gradient form needs stops Office.js does not give
  return {
    fill: { type: 'pattern', pattern: name, fgColor: argbOf(fill.patternColor), bgColor: argbOf(fill.color) },
    exact: true,
  };
}

/**
 * The Office.js fill to restore for a record. `exact` is false where the record cannot be restored as it was
 * (theme or indexed colours from a CLI run, gradients): the adapter then restores what it can and says so.
 */
export function officeFillOf(record: MarkRecord): { fill: OfficeFill | null; exact: boolean } {
  if (record.office && record.office.fill !== undefined) {
    const f = record.office.fill;
    return { fill: f, exact: !f || PATTERNS[f.pattern] !== undefined || f.pattern === 'None' };
  }
  const x = record.fill;
  if (!x || (x.type === 'pattern' && (!x.pattern || x.pattern === 'none'))) return { fill: null, exact: true };
  if (x.type !== 'pattern') return { fill: null, exact: false };
  if (x.pattern === 'solid') {
    const color = hexOf(x.fgColor);
    return color ? { fill: { color, pattern: 'Solid' }, exact: true } : { fill: null, exact: false };
  }
  const pattern = PATTERNS_BACK[x.pattern as string];
  const color = hexOf(x.bgColor);
  const patternColor = hexOf(x.fgColor);
  if (!pattern) return { fill: null, exact: false };
  return { fill: { color: color ?? '#FFFFFF', pattern, patternColor }, exact: Boolean(color && patternColor) };
}

/** A stable key for grouping cells that get the same fill back. */
export function fillKey(fill: OfficeFill | null): string {
  return fill ? `${fill.pattern}|${fill.color ?? ''}|${fill.patternColor ?? ''}` : 'none';
}
