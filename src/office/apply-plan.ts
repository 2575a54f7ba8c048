import {
  type AnnotationRecord,
  freeName,
  isCorrection,
  isMark,
  notesMatter,
} from '../core/write-plan/annotation-record';
import { readCorrectedCells, restoreCorrectedCells } from './apply-corrections';
import type { CellMark, WritePlan } from '../core/write-plan/types';
import type {
  ApplyOptions,
  ApplyResult,
  ApplyWarning,
  ApplyWarningCode,
  RemoveOptions,
  RemoveResult,
} from './apply-types';
import { isApiSupported } from './capabilities';
import { ApplyPlanError } from './errors';
import type { ExcelContext } from './excel-types';
import { queueFillRestore, queueMarkFills } from './fills';
import { planMark, restoreNote } from './notes';
import {
  checkPrevious,
  key,
  lookAtNotes,
  type Probe,
  probeWithRecovery,
  type ProbeRequest,
  type SheetEntry,
  STATE,
  stateOf,
} from './probe';
import { type Job, OP, REQUEST_BUDGET, sendOrPartial, type Stats } from './requests';
import { freeTableName, queueSheet } from './sheet-writer';
import { hintedMarks, queueState, queueStateLast } from './state-sheet';

export type { ApplyOptions, ApplyResult, ApplyWarning, RemoveOptions, RemoveResult } from './apply-types';
export { mergeRuns } from './sheet-writer';
export { freeName } from '../core/write-plan/annotation-record';

/**
 * Writes a plan into the open workbook and takes it out again: the Office.js twin of src/xlsx/apply-plan.ts.
 * This file puts the steps together; each concern has its file: probe.ts (what is known before writing),
 * requests.ts (request budgeting), notes.ts, fills.ts, sheet-writer.ts (the generated sheets) and
 * state-sheet.ts (the record of a run).
 *
 * Round trips: two syncs for the whole write, for 10 marks or 10,000.
 *   1. Loads only (probe.ts): the sheets, protections, tables, the earlier run's state, and the fill and
 *      note of every cell to mark.
 *   2. With everything known and checked, the writes: the earlier run taken out, the new record (first,
 *      so that whatever gets written is recorded), the cells filled and noted, the sheets added, the
 *      record moved last and very hidden.
 * Everything is checked between the two: a protected sheet (or a protected workbook structure), or a
 * sheet of the plan that is missing, throws ApplyPlanError before anything has been written.
 *
 * More syncs happen only in these cases, each noted where it happens:
 *   - the look-ups or the writes exceed one request: Excel on the web refuses requests over 5 MB, so they
 *     are sent in requests of at most `requestBudget` estimated bytes (4.5 MB; the pane passes no limit
 *     on Windows and Mac). Measured on the fake: 10,000 marks with notes and a 10,000-row 检查结果 go in two;
 *   - the state sheet is not the last sheet (moved, or sheets added behind it): one sync to read it;
 *   - notes are on and an earlier run left notes at cells the first sync did not look at: one sync (pass
 *     the `annotations` readWorkbook returned as `previous` and the first sync looks at them too);
 *   - a sheet of the plan is missing: one sync to say which.
 *
 * A write request that fails (the workbook changed under the pane, a limit of Excel's) leaves what ran
 * before the failing operation: Excel does not roll a batch back. That throws PartialWriteError; since
 * the record went first, removeAnnotations then takes out everything that was written. *
 * Only documented calls and orders are used. Still unconfirmed in real Excel (the simulated Excel of
 * test/office/fake-excel.ts follows the docs and the office-js issues, not Excel itself):
 *   - `getRanges(list).areas` loaded with fill colour, pattern and pattern colour in one load;
 *   - `setCellProperties` with `{}` entries for cells that get no link;
 *   - `worksheet.position` on a just-added sheet, then `visibility = 'VeryHidden'`, in one request;
 *   - deleting a very hidden sheet after setting it 'Hidden' in the same request;
 *   - what `getMergedAreasOrNullObject` returns for a merge crossing the queried range (cut, per #1590, or
 *     whole) and above 512 areas (an error, per the docs), and that 64 rows of overlap keep the read at
 *     two syncs on real forms;
 *   - the request bytes per call assumed in requests.ts (measured on the fake's RichApi-shaped JSON),
 *     hence how close to 5 MB a web request really gets;
 *   - that a failed request leaves exactly the operations before the failing one (Excel's batches are not
 *     transactions, but which operation fails first is Excel's to say).
 */

export async function applyPlan(context: ExcelContext, plan: WritePlan, options: ApplyOptions): Promise<ApplyResult> {
  const stats: Stats = { syncs: 0 };
  const warnings: ApplyWarning[] = [];
  const budget = options.requestBudget ?? REQUEST_BUDGET;
  const marks = dedupe(plan.marks);
  const hint = hintedMarks(options.previous);

  const request: ProbeRequest = { fills: bySheet(marks.map((m) => [m.sheet, m.address])), notes: new Map() };
  if (options.notes) {
    request.notes = bySheet([
      ...marks.map((m): [string, string] => [m.sheet, m.address]),
      ...hint.map((r): [string, string] => [r.sheet, r.address]),
    ]);
  }
  const probe = await probeWithRecovery(context, request, new Set(marks.map((m) => m.sheet)), stats, budget);

  if (probe.workbookProtected) throw new ApplyPlanError('protected-workbook', '');
  for (const sheet of new Set(marks.map((m) => m.sheet))) {
    const entry = probe.sheets.get(sheet);
    if (!entry) throw new ApplyPlanError('missing-sheet', sheet);
    if (entry.protected) throw new ApplyPlanError('protected-sheet', sheet);
  }
  const previous = await stateOf(context, probe, stats, warnings);
  checkPrevious(previous, probe);
  if (options.notes) await lookAtNotes(context, probe, previous.filter(isMark), stats, budget);

  // Everything is known and checked: the writes, in one request unless they exceed the payload budget.
  const jobs: Job[] = [];
  const marked = new Set(marks.map((m) => key(m.sheet, m.address)));
  const prevByCell = new Map(previous.filter(isMark).map((r) => [key(r.sheet, r.address), r]));
  const taken = new Set(probe.sheetOrder);
  queueRemoval(jobs, probe, previous, marked, options.notes, warnings, taken);
  // Table names are the workbook's: those on the sheets just deleted are free again.
  const tableNames = new Set(probe.tables.filter((t) => taken.has(t.sheet)).map((t) => t.name));

  const records: AnnotationRecord[] = [];
  const noteJobs: Job[] = [];
  for (const mark of marks) {
    const planned = planMark(probe, mark, prevByCell.get(key(mark.sheet, mark.address)), options.notes, warnings);
    records.push(planned.record);
    if (planned.note) noteJobs.push(planned.note);
  }
  const names = plan.sheets.map((sheet) => {
    const name = freeName(taken, sheet.name);
    taken.add(name);
    return name;
  });
  for (const name of names) records.push({ type: 'sheet', name });
  // The corrections made in the pane stay recorded: 撤销修正 and 清除标注 still put them back.
  records.push(...previous.filter(isCorrection));
  // The record first: should a later request fail, what was done is still recorded and can be taken out.
  const state = queueState(jobs, context.workbook.worksheets, records);
  queueMarkFills(jobs, probe, marks);
  jobs.push(...noteJobs);
  plan.sheets.forEach((sheet, i) =>
    queueSheet(
      jobs,
      context.workbook.worksheets,
      names[i],
      sheet,
      sheet.table ? freeTableName(tableNames, sheet.table) : undefined,
    ),
  );
  queueStateLast(jobs, state, taken.size);
  await sendOrPartial(context, jobs, budget, stats, 'apply');
  return { syncs: stats.syncs, warnings: mergeWarnings(warnings), sheets: names };
}

/** Takes out everything an earlier run recorded: fills and notes as they were, generated sheets and the state gone. */
export async function removeAnnotations(context: ExcelContext, options: RemoveOptions = {}): Promise<RemoveResult> {
  const notes = options.notes ?? isApiSupported('1.18');
  const budget = options.requestBudget ?? REQUEST_BUDGET;
  const stats: Stats = { syncs: 0 };
  const warnings: ApplyWarning[] = [];
  const hint = hintedMarks(options.previous);
  const request: ProbeRequest = {
    fills: new Map(),
    notes: notes ? bySheet(hint.map((r) => [r.sheet, r.address])) : new Map(),
  };
  const probe = await probeWithRecovery(context, request, new Set(), stats, budget);
  if (!probe.sheets.has(STATE))
    return { removed: false, syncs: stats.syncs, warnings, notes, correctionsRestored: [], correctionsKept: [] };
  if (probe.workbookProtected) throw new ApplyPlanError('protected-workbook', '');
  const previous = await stateOf(context, probe, stats, warnings);
  checkPrevious(previous, probe, true);
  if (notes) await lookAtNotes(context, probe, previous.filter(isMark), stats, budget);
  // Corrected cells are read (one sync, only when the pane recorded corrections): only those still
  // holding the corrected value get their old value back.
  const corrected = restoreCorrectedCells(await readCorrectedCells(context, probe, previous, stats));

  // The old values first: should the request fail half-way, the record (deleted last) still lists the rest.
  const jobs: Job[] = [{ bytes: 4 * OP * corrected.result.restored.length, run: corrected.restore }];
  queueRemoval(jobs, probe, previous, new Set(), notes, warnings, new Set(probe.sheetOrder));
  await sendOrPartial(context, jobs, budget, stats, 'remove');
  return {
    removed: true,
    syncs: stats.syncs,
    warnings: mergeWarnings(warnings),
    notes,
    correctionsRestored: corrected.result.restored,
    correctionsKept: corrected.result.kept,
  };
}

/** Takes out the earlier run (cells that get marked again keep their new mark's fill and note instead). */
function queueRemoval(
  jobs: Job[],
  probe: Probe,
  previous: AnnotationRecord[],
  marked: Set<string>,
  notes: boolean,
  warnings: ApplyWarning[],
  taken: Set<string>,
): void {
  for (const r of previous) {
    if (r.type !== 'sheet' || !probe.sheets.has(r.name) || r.name === STATE) continue;
    const entry = probe.sheets.get(r.name) as SheetEntry;
    taken.delete(r.name);
    jobs.push({
      bytes: 2 * OP,
      run: () => {
        // A very hidden sheet cannot be deleted (InvalidOperation): show it first.
        if (entry.visibility === 'VeryHidden') entry.ws.visibility = 'Hidden';
        entry.ws.delete();
      },
    });
  }
  const restore = previous
    .filter(isMark)
    .filter((r) => probe.sheets.has(r.sheet) && !marked.has(key(r.sheet, r.address)));
  queueFillRestore(jobs, probe, restore, warnings);
  for (const r of restore) {
    if (!notesMatter(r)) continue;
    if (!notes) {
      warnings.push({
        code: 'notes-left',
        message: `${r.sheet}!${r.address}: the note an earlier run added was left (no notes support here).`,
      });
      continue;
    }
    const job = restoreNote(probe, r);
    if (job) jobs.push(job);
  }
  const state = probe.sheets.get(STATE);
  if (state) {
    taken.delete(STATE);
    jobs.push({
      bytes: 2 * OP,
      run: () => {
        state.ws.visibility = 'Hidden';
        state.ws.delete();
      },
    });
  }
}

function bySheet(pairs: [string, string][]): Map<string, string[]> {
  const out = new Map<string, string[]>();
  const seen = new Set<string>();
  for (const [sheet, address] of pairs) {
    const k = key(sheet, address);
    if (seen.has(k)) continue;
    seen.add(k);
    const list = out.get(sheet) ?? out.set(sheet, []).get(sheet);
    list?.push(address.replace(/\$/g, '').toUpperCase());
  }
  return out;
}

function dedupe(marks: CellMark[]): CellMark[] {
  const seen = new Map<string, CellMark>();
  for (const m of marks) {
    const address = m.address.replace(/\$/g, '').toUpperCase();
    seen.set(key(m.sheet, address), { ...m, address });
  }
  return [...seen.values()];
}

/** Warnings of a kind beyond the first few are counted, not listed. */
function mergeWarnings(warnings: ApplyWarning[]): ApplyWarning[] {
  const byCode = new Map<ApplyWarningCode, ApplyWarning[]>();
  for (const w of warnings) (byCode.get(w.code) ?? byCode.set(w.code, []).get(w.code))?.push(w);
  return [...byCode.values()].flatMap((list) =>
    list.length <= 5
      ? list
      : [
          ...list.slice(0, 5),
          { code: list[0].code, message: `… and ${list.length - 5} more of the same.`, count: list.length - 5 },
        ],
  );
}
