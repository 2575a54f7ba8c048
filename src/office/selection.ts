import { localAddress } from './addresses';
import type { ExcelContext } from './excel-types';

/** A sheet and an A1 range on it, as the pane shows them ("自评表!A3:J20"). */
export interface SheetRange {
  sheet: string;
  range: string;
}

/**
 * The range the user has selected, to look for the score table there only. One sync. A selection of
 * several areas (Ctrl+click) gives its first, as Excel's address of such a selection lists it first.
 */
export async function readSelection(context: ExcelContext): Promise<SheetRange> {
  const range = context.workbook.getSelectedRange().load('address');
  await context.sync();
  const address = range.address.split(',')[0];
  return { sheet: sheetOf(address), range: localAddress(address) };
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
