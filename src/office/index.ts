export {
  applyPlan,
  removeAnnotations,
  type ApplyOptions,
  type ApplyResult,
  type ApplyWarning,
  type RemoveOptions,
  type RemoveResult,
} from './apply-plan';
export {
  applyCorrections,
  type AppliedCorrections,
  type CorrectionOptions,
  CorrectionRefusedError,
  type CorrectionRefusalCode,
  type CorrectionsRestored,
  undoRecordedCorrections,
  type UndoResult,
} from './apply-corrections';
export { isApiSupported, requestBudgetForHost } from './capabilities';
export { ApplyPlanError, officeErrorCode, PartialWriteError } from './errors';
export type { ExcelContext } from './excel-types';
export {
  readWorkbook,
  type AnnotationState,
  type ReadOptions,
  type ReadResult,
  type ReadWarning,
} from './read-workbook';
export { readSelection, selectCell, sheetOf, type SelectedRange, type SheetRange } from './selection';
export { readRulesSheet, removeRulesSheet, writeRulesSheet, type RulesSheetOptions } from './rules-sheet';
