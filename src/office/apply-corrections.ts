import {
  type AnnotationRecord,
  correctionOnRemoval,
  correctionRecord,
  type CorrectionRecord,
  isCorrection,
  recordedCorrections,
  stateColumn,
} from '../core/write-plan/annotation-record';
import type { CellCorrection, CorrectionPlan } from '../core/write-plan/corrections';
import type { ApplyWarning } from './apply-types';
import { ApplyPlanError } from './errors';
import type { ExcelContext, XlRange, XlWorksheet, XlWorksheetProtection } from './excel-types';
import { checkPrevious, type Probe, probeWithRecovery, type SheetEntry, STATE, stateRowsOf } from './probe';
import { REQUEST_BUDGET, type Stats } from './requests';

/** Why a correction plan is not applied: nothing has been written. */
export type CorrectionRefusalCode = 'formula' | 'changed' | 'protected-sheet';

/** A correction plan that cannot be applied as it stands (a cell now holds a formula, or another value). */
export class CorrectionRefusedError extends Error {
  constructor(
    readonly code: CorrectionRefusalCode,
    readonly sheet: string,
    readonly address: string,
  ) {
    super(`${code}: ${sheet}!${address}`);
    this.name = 'CorrectionRefusedError';
  }
}

/** The plan as applied: each cell's old and new value, so that undoCorrections(applied) puts them back. */
export interface AppliedCorrections {
  plan: CorrectionPlan;
  /** context.sync() calls made. */
  syncs: number;
}

export interface CorrectionOptions {
  /**
   * Record each cell's old and new value in the annotation record (the state sheet), in the same batch as
   * the write, so that 撤销修正 and 清除标注 put it back after a reload too (and `scoresheet clean`).
   */
  record?: boolean;
}

/** Excel's text number format: a string written under it stays text (never a formula, never a number). */
const TEXT_FORMAT = '@';

/**
 * Applies a correction plan in two syncs: one reads every target cell (value, formula, number format, its
 * sheet's protection) — with `record`, and the annotation record's sheets and state in the same request —
 * the other writes the cells and their records. Every cell is checked before anything is written: a
 * formula is never overwritten, a cell that no longer holds the value the plan was made from refuses the
 * whole plan. A text is written under the "@" number format and the cell's own format put back in the
 * same batch, so it stays text (a leading = + - @ is not a formula) and nothing else about the cell
 * changes. One more sync only where the state sheet is not the last sheet (as for 标注).
 */
export async function applyCorrections(
  context: ExcelContext,
  plan: CorrectionPlan,
  options: CorrectionOptions = {},
): Promise<AppliedCorrections> {
  const targets = plan.corrections.map((c) => {
    const sheet = context.workbook.worksheets.getItem(c.sheet);
    const protection = sheet.protection.load('protected');
    const range = sheet.getRange(c.address).load('values,formulas,numberFormat');
    return { c, range, protection };
  });
  const stats: Stats = { syncs: 0 };
  if (!targets.length) return { plan, syncs: 0 };
  let probe: Probe | null = null;
  if (options.record) {
    // The probe's request carries the target loads queued above: still one sync.
    probe = await probeWithRecovery(
      context,
      { fills: new Map(), notes: new Map() },
      new Set(plan.corrections.map((c) => c.sheet)),
      stats,
      REQUEST_BUDGET,
    );
  } else {
    stats.syncs++;
    await context.sync();
  }
  for (const t of targets) check(t.c, t.range, t.protection);
  let appendRecords: (() => void) | null = null;
  if (probe) {
    const state = await stateRowsOf(context, probe, stats, []);
    appendRecords = queueRecords(context, probe, state.used, plan.corrections.map(correctionRecord));
  }
  for (const { c, range } of targets) writeExact(range, c.to, c.kind === 'value', range.numberFormat[0][0]);
  appendRecords?.();
  stats.syncs++;
  await context.sync();
  return { plan, syncs: stats.syncs };
}

/**
 * The records appended below the state sheet's last used row, or (no state sheet yet) a new state sheet
 * holding them, last and very hidden as 标注 leaves it. A workbook whose structure is protected cannot
 * get a new sheet: refused before anything is written, since a correction is never written unrecorded.
 */
function queueRecords(context: ExcelContext, probe: Probe, used: number, records: CorrectionRecord[]): () => void {
  const existing = probe.sheets.get(STATE);
  if (!existing && probe.workbookProtected) throw new ApplyPlanError('protected-workbook', '');
  return () => {
    let ws: XlWorksheet;
    let rows: string[];
    let first: number;
    if (existing) {
      ws = existing.ws;
      rows = records.map((r) => JSON.stringify(r));
      first = Math.max(used, 1);
    } else {
      ws = context.workbook.worksheets.add(STATE);
      rows = stateColumn(records);
      first = 0;
    }
    const range = ws.getRange(`A${first + 1}:A${first + rows.length}`);
    range.numberFormat = rows.map(() => [TEXT_FORMAT]);
    range.values = rows.map((text) => [text]);
    if (!existing) {
      ws.position = probe.sheetOrder.length;
      ws.visibility = 'VeryHidden';
    }
  };
}

/**
 * Writes a value so that it reads back exactly: a number as a number (the cell's number format kept); a
 * text under "@" and the cell's own format put back in the same batch, so it stays the text it is.
 */
function writeExact(range: XlRange, value: number | string, asNumber: boolean, format: unknown): void {
  if (asNumber && typeof value === 'number') {
    range.values = [[value]];
    return;
  }
  if (format !== TEXT_FORMAT) range.numberFormat = [[TEXT_FORMAT]];
  range.values = [[String(value)]];
  if (format !== TEXT_FORMAT) range.numberFormat = [[format]];
}

function check(c: CellCorrection, range: XlRange, protection: XlWorksheetProtection): void {
  if (protection.protected) throw new CorrectionRefusedError('protected-sheet', c.sheet, c.address);
  if (isFormula(range)) throw new CorrectionRefusedError('formula', c.sheet, c.address);
  if (range.values[0][0] !== c.from) throw new CorrectionRefusedError('changed', c.sheet, c.address);
}

/** A formula reads back as its text ("=SUM(…)"), unlike its value; a text starting with "=" reads the same both ways. */
function isFormula(range: XlRange): boolean {
  const formula = range.formulas[0][0];
  return typeof formula === 'string' && formula.startsWith('=') && formula !== range.values[0][0];
}

/** What putting recorded corrections back did: cells restored, and cells left alone (changed since), as "sheet!A1". */
export interface CorrectionsRestored {
  restored: string[];
  kept: string[];
}

export interface UndoResult extends CorrectionsRestored {
  syncs: number;
  warnings: ApplyWarning[];
}

/** Recorded corrections whose cells were read (sync 1 of a removal), ready to be put back in the write batch. */
export interface CorrectionCells {
  list: { r: CorrectionRecord; range: XlRange | null }[];
}

/**
 * Reads the cells of the recorded corrections (one sync, only when there are any): what each holds now
 * decides whether its old value goes back (correctionOnRemoval).
 */
export async function readCorrectedCells(
  context: ExcelContext,
  probe: Probe,
  records: readonly AnnotationRecord[],
  stats: Stats,
): Promise<CorrectionCells> {
  const list = recordedCorrections(records).map((r) => {
    const entry = probe.sheets.get(r.sheet);
    return { r, range: entry ? entry.ws.getRange(r.address).load('values,formulas,numberFormat') : null };
  });
  if (list.some((x) => x.range)) {
    stats.syncs++;
    await context.sync();
  }
  return { list };
}

/** Queues the old values back where the cell still holds the corrected one; says which cells were restored and kept. */
export function restoreCorrectedCells(cells: CorrectionCells): { restore: () => void; result: CorrectionsRestored } {
  const result: CorrectionsRestored = { restored: [], kept: [] };
  const writes: (() => void)[] = [];
  for (const { r, range } of cells.list) {
    const name = `${r.sheet}!${r.address}`;
    if (range && correctionOnRemoval(r, range.values[0][0], isFormula(range)) === 'restore') {
      const format = range.numberFormat[0][0];
      writes.push(() => writeExact(range, r.from, typeof r.from === 'number', format));
      result.restored.push(name);
    } else result.kept.push(name);
  }
  return { restore: () => writes.forEach((w) => w()), result };
}

/**
 * 撤销修正 from the record: every correction recorded in the workbook put back (exactly: a number as a
 * number, a text as text, the number format untouched) where the cell still holds the corrected value; a
 * cell changed since is left alone and named in `kept`. The correction records go (the state sheet too
 * when it held nothing else). Three syncs: the sheets and the state, the corrected cells, the writes (one
 * more where the state sheet is not last). A protected sheet refuses it before anything is written.
 */
export async function undoRecordedCorrections(context: ExcelContext): Promise<UndoResult> {
  const stats: Stats = { syncs: 0 };
  const warnings: ApplyWarning[] = [];
  const probe = await probeWithRecovery(
    context,
    { fills: new Map(), notes: new Map() },
    new Set(),
    stats,
    REQUEST_BUDGET,
  );
  const state = await stateRowsOf(context, probe, stats, warnings);
  const corrections = state.records.filter(isCorrection);
  if (!corrections.length) return { restored: [], kept: [], syncs: stats.syncs, warnings };
  checkPrevious(corrections, probe, true);
  const cells = await readCorrectedCells(context, probe, state.records, stats);
  const { restore, result } = restoreCorrectedCells(cells);
  restore();
  const entry = probe.sheets.get(STATE) as SheetEntry;
  const others = state.records.length - corrections.length + state.unreadable.length;
  if (others) {
    for (const [i, r] of state.records.entries())
      if (isCorrection(r)) entry.ws.getRange(`A${state.rows[i]}`).values = [['']];
  } else {
    // A very hidden sheet cannot be deleted (InvalidOperation): shown first.
    entry.ws.visibility = 'Hidden';
    entry.ws.delete();
  }
  stats.syncs++;
  await context.sync();
  return { ...result, syncs: stats.syncs, warnings };
}
