import type { WorkbookData } from '../../core/grid/types';
import type { ReportDocument } from '../../core/report/document';
import type { RulePack } from '../../core/rules/pack';
import type { CorrectionRecord } from '../../core/write-plan/annotation-record';
import type { CorrectionPlan } from '../../core/write-plan/corrections';
import type { WritePlan } from '../../core/write-plan/types';

/**
 * Where the workbook lives: open in Excel (Office.js), or a local .xlsx file in a plain browser (for
 * WPS users). The pane does the same things through either; the core never knows which.
 */
export interface WorkbookHost {
  kind: 'excel' | 'file';
  /** The workbook as plain sheets (generated sheets left out). */
  read(): Promise<WorkbookData>;
  /** Applies a write plan in one batch; throws HostError before writing anything it cannot complete. */
  apply(plan: WritePlan): Promise<void>;
  /** Takes every annotation out again: fills and notes as they were, generated sheets removed. */
  clean(): Promise<CleanResult>;
  /** What the last actions noted without failing (a hand-edited state row, no notes in this Excel…); cleared. */
  takeWarnings?(): HostWarning[];
  /** Selects a cell in Excel (a finding clicked); absent for files. */
  select?(sheet: string, address: string): Promise<void>;
  /** The range selected in Excel, to look for the score table there; absent for files. */
  selection?(): Promise<{ sheet: string; range: string }>;
  /** The district's scoring rules kept with this workbook (set in the rule editor); null when it has none. */
  readWorkbookRules(): Promise<RulePack | null>;
  /** Keeps the rules with this workbook (null removes them); the next check uses them. */
  saveWorkbookRules(pack: RulePack | null): Promise<void>;
  /**
   * Writes a correction plan in one batch with its record (each cell's old and new value, in the workbook's
   * annotation record): every cell checked first (no formula, still the value it was checked with), so it
   * is applied whole or not at all (HostError 'correction-formula' / 'correction-changed').
   */
  applyCorrections(plan: CorrectionPlan): Promise<void>;
  /**
   * 撤销修正: every correction the workbook records put back to its old value, exactly, and its record
   * removed; a cell the user changed since is left as it is (`kept`).
   */
  undoCorrections(): Promise<CorrectionsRestored>;
  /** What the workbook records of the pane's earlier work, as of the last read (after a reload too). */
  recorded(): Recorded;
  /** Offers the Word file for download. */
  downloadDocx(doc: ReportDocument, fileName: string): Promise<void>;
  /** Offers the annotated workbook for download (files only: in Excel the workbook itself is annotated). */
  downloadWorkbook?(fileName: string): Promise<void>;
}

export interface CleanResult extends CorrectionsRestored {
  /** False where notes could not be touched (no ExcelApi 1.18): only fills were restored. */
  notesRestored: boolean;
}

/** Corrected cells put back ("sheet!A1"), and those left alone because the user changed them since. */
export interface CorrectionsRestored {
  restored: string[];
  kept: string[];
}

/** The workbook's annotation record as read: whether 标注 marked cells (清除标注 has work), and its corrections. */
export interface Recorded {
  /** Cells marked by 标注 (a state holding only corrections or a 生成说明 sheet is not an annotation). */
  annotated: boolean;
  corrections: CorrectionRecord[];
}

export const NOTHING_RECORDED: Recorded = { annotated: false, corrections: [] };

/** A warning for the pane, by code (its message is in src/taskpane/messages.ts), with a detail to show. */
export interface HostWarning {
  code: WarningCode;
  detail?: string;
}

export type WarningCode =
  'notes-unavailable' | 'fill-approximated' | 'notes-left' | 'state-rows-unreadable' | 'merges-unavailable';

/** Excel's errors the pane can meet, each with its own message and way out. */
export type OfficeErrorCode =
  | 'invalid-selection'
  | 'cell-edit'
  | 'request-too-large'
  | 'response-too-large'
  | 'item-not-found'
  | 'access-denied'
  | 'api-not-found'
  | 'general-exception'
  | 'office-error';

export type HostErrorCode =
  | 'protected-sheet'
  | 'protected-workbook'
  | 'missing-sheet'
  | 'api-missing'
  | 'too-large'
  | 'no-file'
  | 'not-a-workbook'
  /** A write failed half-way: part of the annotation is in the workbook; 清除标注 takes it out. */
  | 'partial-write'
  /** A clean-up failed half-way: 清除标注 again finishes it. */
  | 'partial-clean'
  /** A correction refused: the cell holds a formula now; nothing was written. */
  | 'correction-formula'
  /** A correction refused: the cell no longer holds the value it was checked with; nothing was written. */
  | 'correction-changed'
  | OfficeErrorCode;

/** What went wrong, with a code the pane turns into a message and a way out. */
export class HostError extends Error {
  constructor(
    readonly code: HostErrorCode,
    readonly detail = '',
    /** For a file that cannot be read: the reader's parameters of `detail` (a sheet, a cell…). */
    readonly params: Record<string, string | number> = {},
  ) {
    super(`${code}${detail ? `: ${detail}` : ''}`);
    this.name = 'HostError';
  }
}

/** A refused correction as the pane's error (shared with the file host). */
export function correctionError(
  code: 'formula' | 'changed' | 'protected-sheet' | 'missing-sheet',
  sheet: string,
  address: string,
): HostError {
  if (code === 'protected-sheet' || code === 'missing-sheet') return new HostError(code, sheet);
  return new HostError(code === 'formula' ? 'correction-formula' : 'correction-changed', `${sheet}!${address}`);
}

/** Starts a browser download of a Blob. */
export function download(blob: Blob, fileName: string): void {
  const url = URL.createObjectURL(blob);
  const a = document.createElement('a');
  a.href = url;
  a.download = fileName;
  document.body.appendChild(a);
  a.click();
  a.remove();
  setTimeout(() => URL.revokeObjectURL(url), 10_000);
}
