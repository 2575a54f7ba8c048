import type { AnnotationState } from './read-workbook';

/** Options, results and warnings of applyPlan and removeAnnotations (src/office/apply-plan.ts). */

export interface ApplyOptions {
  /** Add a note with the reasons to each marked cell (ExcelApi 1.18). */
  notes: boolean;
  /** What readWorkbook found of an earlier run: lets the first sync look at its notes too. */
  previous?: AnnotationState;
  /** Estimated bytes per request, look-ups and writes. Default 4.5 MB (Excel on the web refuses 5 MB). */
  requestBudget?: number;
}

export interface RemoveOptions {
  /** Notes support (ExcelApi 1.18); default: whether the host has it. */
  notes?: boolean;
  previous?: AnnotationState;
  requestBudget?: number;
}

export type ApplyWarningCode = 'fill-approximated' | 'notes-left' | 'state-sheet-moved' | 'state-rows-unreadable';

export interface ApplyWarning {
  code: ApplyWarningCode;
  message: string;
  /** How many of the same were merged into this one (the first few are listed). */
  count?: number;
  /** state-rows-unreadable: the rows (1-based) of the state sheet that are not records. */
  rows?: number[];
}

export interface ApplyResult {
  syncs: number;
  warnings: ApplyWarning[];
  /** The names the plan's sheets got (a user's sheet may hold the wanted one). */
  sheets: string[];
}

export interface RemoveResult {
  /** False when there was nothing to remove. */
  removed: boolean;
  syncs: number;
  warnings: ApplyWarning[];
  /** Whether notes were looked at and restored (false without ExcelApi 1.18: notes were left as they were). */
  notes: boolean;
  /** Cells corrected in the pane whose old value was put back ("sheet!A1"). */
  correctionsRestored: string[];
  /** Cells corrected in the pane and changed by the user since: left as they are. */
  correctionsKept: string[];
}
