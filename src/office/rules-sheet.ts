import annotationStyles from '../core/data/annotation-styles.json';
import type { RawCell } from '../core/grid/types';
import type { Lang } from '../core/i18n/catalogue';
import type { RulePack } from '../core/rules/pack';
import {
  readWorkbookRules,
  RULES_SHEET,
  serialiseWorkbookRules,
  type WorkbookRules,
} from '../core/rules/workbook-rules';
import { ApplyPlanError } from './errors';
import type { ExcelContext, XlWorksheet } from './excel-types';
import { type Job, OP, REQUEST_BUDGET, sendOrPartial, type Stats } from './requests';
import { BLOCK_BYTES, queueBlock } from './sheet-writer';

/**
 * The workbook's own rule pack in its very hidden rules sheet, in the open workbook: the Office.js twin of
 * src/xlsx/rules-sheet.ts (same sheet, same cells: what one writes the other and the CLI read).
 *
 * Reading for a check needs nothing here: readWorkbook returns the rules sheet with the other sheets, and
 * checkWorkbook reads the pack from it (and leaves it out of the user's data). readRulesSheet is for a rule
 * editor that wants the saved pack without reading the whole workbook.
 *
 * Round trips: two syncs each, as the state sheet's writes: one to learn whether the sheet is there (and
 * where, and whether the workbook's structure is protected), one for the writes. A pack over the request
 * budget (megabytes of JSON) is written in more requests, as plans are.
 */

const STATE = annotationStyles.sheetNames.state;

export interface RulesSheetOptions {
  lang?: Lang;
  /** Bytes per write request at most; default REQUEST_BUDGET (pass requestBudgetForHost()). */
  requestBudget?: number;
}

interface SheetsSeen {
  rules: XlWorksheet | undefined;
  state: XlWorksheet | undefined;
  count: number;
  protected: boolean;
}

/** Sync 1: the sheets (name, position, visibility) and the workbook's structure protection. */
async function look(context: ExcelContext, stats: Stats): Promise<SheetsSeen> {
  const worksheets = context.workbook.worksheets;
  worksheets.load('items/name,items/position,items/visibility');
  const protection = context.workbook.protection;
  protection.load('protected');
  stats.syncs++;
  await context.sync();
  const find = (name: string) => worksheets.items.find((ws) => ws.name === name);
  return {
    rules: find(RULES_SHEET),
    state: find(STATE),
    count: worksheets.items.length,
    protected: protection.protected,
  };
}

/** A very hidden sheet cannot be deleted (InvalidOperation): shown first, then deleted. */
function queueDelete(jobs: Job[], ws: XlWorksheet): void {
  jobs.push({
    bytes: 2 * OP,
    run: () => {
      ws.visibility = 'Hidden';
      ws.delete();
    },
  });
}

/**
 * Saves the pack in the rules sheet, replacing what it held: in the old sheet's place, else just before
 * the annotation state sheet (which both adapters keep last), else last; its cells text ("@"), then very
 * hidden. An invalid pack throws RulePackError, and a protected workbook structure ApplyPlanError
 * ('protected-workbook'), before anything is written. Resolves to the syncs made.
 */
export async function writeRulesSheet(
  context: ExcelContext,
  pack: RulePack,
  options: RulesSheetOptions = {},
): Promise<{ syncs: number }> {
  const plan = serialiseWorkbookRules(pack, options.lang);
  const stats: Stats = { syncs: 0 };
  const seen = await look(context, stats);
  if (seen.protected) throw new ApplyPlanError('protected-workbook', '');
  // Where it goes, counted before the old one is deleted and the new one added (last).
  const position = seen.rules ? seen.rules.position : seen.state ? seen.state.position : seen.count;
  const jobs: Job[] = [];
  if (seen.rules) queueDelete(jobs, seen.rules);
  let ws: XlWorksheet | undefined;
  const get = (): XlWorksheet => ws as XlWorksheet;
  jobs.push({ bytes: OP, run: () => (ws = context.workbook.worksheets.add(RULES_SHEET)) });
  queueBlock(
    jobs,
    get,
    plan.rows.map(() => ['@']),
    plan.rows,
    BLOCK_BYTES,
  );
  jobs.push({
    bytes: 2 * OP,
    run: () => {
      get().position = position;
      get().visibility = 'VeryHidden';
    },
  });
  await sendOrPartial(context, jobs, options.requestBudget ?? REQUEST_BUDGET, stats, 'apply');
  return { syncs: stats.syncs };
}

/** Takes the rules sheet out; `removed` false (after one sync) when there is none. */
export async function removeRulesSheet(
  context: ExcelContext,
  options: RulesSheetOptions = {},
): Promise<{ removed: boolean; syncs: number }> {
  const stats: Stats = { syncs: 0 };
  const seen = await look(context, stats);
  if (!seen.rules) return { removed: false, syncs: stats.syncs };
  if (seen.protected) throw new ApplyPlanError('protected-workbook', '');
  const jobs: Job[] = [];
  queueDelete(jobs, seen.rules);
  await sendOrPartial(context, jobs, options.requestBudget ?? REQUEST_BUDGET, stats, 'remove');
  return { removed: true, syncs: stats.syncs };
}

/** The saved pack as the core reads it (problems naming the cell for a damaged sheet): two syncs, one without the sheet. */
export async function readRulesSheet(
  context: ExcelContext,
  options: RulesSheetOptions = {},
): Promise<WorkbookRules & { syncs: number }> {
  const stats: Stats = { syncs: 0 };
  const seen = await look(context, stats);
  if (!seen.rules) return { ...readWorkbookRules({ sheets: [] }, options.lang), syncs: stats.syncs };
  const used = seen.rules.getUsedRange(true);
  used.load('values,valueTypes,rowIndex,columnIndex');
  stats.syncs++;
  await context.sync();
  const cells: (RawCell | undefined)[][] = [];
  if (used.columnIndex === 0) {
    const types = used.valueTypes;
    used.values.forEach((row, r) => {
      const value = row[0];
      const type = types[r]?.[0];
      if (type === 'Empty' || value === '' || value === null || value === undefined) return;
      cells[used.rowIndex + r] = [
        type === 'Error' ? { value: null, error: String(value) } : { value: value as RawCell['value'] },
      ];
    });
  }
  return {
    ...readWorkbookRules({ sheets: [{ name: RULES_SHEET, cells, merges: [], hidden: true }] }, options.lang),
    syncs: stats.syncs,
  };
}
