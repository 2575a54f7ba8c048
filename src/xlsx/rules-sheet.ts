import type ExcelJS from 'exceljs';
import annotationStyles from '../core/data/annotation-styles.json';
import type { Lang } from '../core/i18n/catalogue';
import type { RulePack } from '../core/rules/pack';
import { RULES_SHEET, serialiseWorkbookRules } from '../core/rules/workbook-rules';

/**
 * The workbook's own rule pack in its very hidden rules sheet, through ExcelJS (the CLI's `rules import`,
 * the browser page). Reading needs no ExcelJS: the rules sheet comes with the workbook's data from either
 * reader, and the core's readWorkbookRules (or checkWorkbook itself) reads it there.
 */

/** ExcelJS orders sheets by this field (not in its typings); a fraction puts a sheet between two. */
type Ordered = ExcelJS.Worksheet & { orderNo: number };

/**
 * Writes the pack into the rules sheet, replacing what it held: in its old place, else just before the
 * annotation state sheet (which both adapters keep last), else last; very hidden, its cells text.
 * An invalid pack throws RulePackError before anything is changed.
 */
export function writeRulesSheet(workbook: ExcelJS.Workbook, pack: RulePack, lang: Lang = 'zh-CN'): void {
  const plan = serialiseWorkbookRules(pack, lang);
  const old = workbook.getWorksheet(RULES_SHEET) as Ordered | undefined;
  const state = workbook.getWorksheet(annotationStyles.sheetNames.state) as Ordered | undefined;
  const orderNo = old?.orderNo ?? (state ? state.orderNo - 0.5 : undefined);
  removeRulesSheet(workbook);
  const ws = workbook.addWorksheet(plan.name, { state: 'veryHidden' }) as Ordered;
  if (orderNo !== undefined) ws.orderNo = orderNo;
  ws.getColumn(1).width = 120;
  plan.rows.forEach(([text], r) => {
    const cell = ws.getCell(r + 1, 1);
    cell.numFmt = '@';
    cell.value = text;
  });
}

/** Takes the rules sheet out; false when the workbook has none. */
export function removeRulesSheet(workbook: ExcelJS.Workbook): boolean {
  const ws = workbook.getWorksheet(RULES_SHEET);
  if (!ws) return false;
  workbook.removeWorksheet(ws.id);
  return true;
}
