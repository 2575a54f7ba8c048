import { localAddress, parseAreaList } from './addresses';
import { isApiSupported } from './capabilities';
import type { ExcelContext } from './excel-types';

/** A sheet and an A1 range on it, as the pane shows them ("自评表!A3:J20"). */
export interface SheetRange {
  sheet: string;
  range: string;
}

/** The selection: its first area, and how many areas it has. */
export interface SelectedRange extends SheetRange {
  areas: number;
}

/**
 * The range the user has selected, to look for the score table there only. One sync. A selection of
 * several areas (Ctrl+click) gives its first (Excel lists the areas in the order they were selected):
 * `getSelectedRange` throws InvalidSelection on such a selection, so `getSelectedRanges` (ExcelApi 1.9)
 * is used where there is one; below 1.9 the InvalidSelection reaches the caller, which asks for one area.
 */
export async function readSelection(
  context: ExcelContext,
  options: { multiArea?: boolean } = {},
): Promise<SelectedRange> {
  if (options.multiArea ?? isApiSupported('1.9')) {
    const ranges = context.workbook.getSelectedRanges().load('address');
    await context.sync();
    const first = ranges.address.split(',')[0];
    return { sheet: sheetOf(first), range: localAddress(first), areas: parseAreaList(ranges.address).length };
  }
  const range = context.workbook.getSelectedRange().load('address');
  await context.sync();
  return { sheet: sheetOf(range.address), range: localAddress(range.address), areas: 1 };
}

/** Shows a cell to the user: activates its sheet and selects it. One sync. */
export async function selectCell(context: ExcelContext, sheet: string, address: string): Promise<void> {
  const ws = context.workbook.worksheets.getItem(sheet);
  ws.activate();
  ws.getRange(address).select();
  await context.sync();
}

/** The sheet name of an address Excel returns ("'自评 表'!$A$3:$J$20" → "自评 表"). */
export function sheetOf(address: string): string {
  const bang = address.lastIndexOf('!');
  const name = bang < 0 ? '' : address.slice(0, bang);
  return name.startsWith("'") && name.endsWith("'") ? name.slice(1, -1).replace(/''/g, "'") : name;
}
