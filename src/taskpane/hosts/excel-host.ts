import type { WorkbookData } from '../../core/grid/types';
import type { ReportDocument } from '../../core/report/document';
import type { RulePack } from '../../core/rules/pack';
import { isMark, recordedCorrections } from '../../core/write-plan/annotation-record';
import type { CorrectionPlan } from '../../core/write-plan/corrections';
import type { WritePlan } from '../../core/write-plan/types';
import {
  type AnnotationState,
  ApplyPlanError,
  type ApplyWarning,
  applyCorrections,
  applyPlan,
  CorrectionRefusedError,
  isApiSupported,
  officeErrorCode,
  PartialWriteError,
  readRulesSheet,
  readSelection,
  readWorkbook,
  removeRulesSheet,
  writeRulesSheet,
  type ReadWarning,
  removeAnnotations,
  requestBudgetForHost,
  selectCell,
  undoRecordedCorrections,
} from '../../office/index';
import {
  type CleanResult,
  correctionError,
  type CorrectionsRestored,
  NOTHING_RECORDED,
  type Recorded,
  download,
  HostError,
  type HostWarning,
  type OfficeErrorCode,
  type WorkbookHost,
} from './host';

/** Options of every run: wait while the user is editing a cell instead of failing at once. */
const RUN = { delayForCellEdit: true };

/**
 * The workbook open in Excel, through the batched Office.js adapter (a constant number of syncs). Every
 * Excel.run waits for a cell edit to end; every error of Excel's becomes a HostError with its own message.
 */
export class ExcelHost implements WorkbookHost {
  readonly kind = 'excel' as const;
  /** What the last read found of an earlier run: spares the write a sync to look for it. */
  private previous: AnnotationState | undefined;
  private warnings: HostWarning[] = [];
  /** The annotation record as the last read found it. */
  private record: Recorded = NOTHING_RECORDED;

  async read(): Promise<WorkbookData> {
    requireApi('1.4');
    return guard(
      Excel.run(RUN, async (context) => {
        const read = await readWorkbook(context);
        this.previous = read.annotations;
        this.record = {
          annotated: read.annotations.records.some(isMark),
          corrections: recordedCorrections(read.annotations.records),
        };
        this.note(read.warnings);
        return read.data;
      }),
    );
  }

  async apply(plan: WritePlan): Promise<void> {
    requireApi('1.9');
    // Notes need ExcelApi 1.18; without them the 检查结果 sheet still carries every reason.
    const notes = Office.context.requirements.isSetSupported('ExcelApi', '1.18');
    try {
      await guard(
        Excel.run(RUN, async (context) => {
          const result = await applyPlan(context, plan, {
            notes,
            previous: this.previous,
            requestBudget: requestBudgetForHost(),
          });
          this.note(result.warnings);
        }),
      );
      if (!notes && plan.marks.length) this.warnings.push({ code: 'notes-unavailable' });
    } finally {
      // Written, or written in part: what the last read found is out of date either way.
      this.previous = undefined;
    }
  }

  async clean(): Promise<CleanResult> {
    requireApi('1.9');
    const notes = Office.context.requirements.isSetSupported('ExcelApi', '1.18');
    try {
      return await guard(
        Excel.run(RUN, async (context) => {
          const result = await removeAnnotations(context, {
            notes,
            previous: this.previous,
            requestBudget: requestBudgetForHost(),
          });
          this.note(result.warnings);
          return { notesRestored: result.notes, restored: result.correctionsRestored, kept: result.correctionsKept };
        }),
      );
    } finally {
      this.previous = undefined;
    }
  }

  /** The cells and their record in one batch (two syncs): one step in Excel's undo where the host has ExcelApi 1.20. */
  async applyCorrections(plan: CorrectionPlan): Promise<void> {
    requireApi('1.4');
    try {
      await guard(Excel.run(undoGroup(), (context) => applyCorrections(context, plan, { record: true })));
    } finally {
      this.previous = undefined;
    }
  }

  /** Every recorded correction back (three syncs), as one undo step where the host can. */
  async undoCorrections(): Promise<CorrectionsRestored> {
    requireApi('1.4');
    try {
      return await guard(
        Excel.run(undoGroup(), async (context) => {
          const result = await undoRecordedCorrections(context);
          this.note(result.warnings);
          return { restored: result.restored, kept: result.kept };
        }),
      );
    } finally {
      this.previous = undefined;
    }
  }

  recorded(): Recorded {
    return this.record;
  }

  async select(sheet: string, address: string): Promise<void> {
    await guard(Excel.run(RUN, (context) => selectCell(context, sheet, address)));
  }

  async selection(): Promise<{ sheet: string; range: string }> {
    const selected = await guard(Excel.run(RUN, (context) => readSelection(context)));
    return { sheet: selected.sheet, range: selected.range };
  }

  takeWarnings(): HostWarning[] {
    const out = this.warnings;
    this.warnings = [];
    return out;
  }

  /** In the workbook itself (its very hidden rules sheet): the CLI and a colleague's Excel read the same pack. */
  async readWorkbookRules(): Promise<RulePack | null> {
    return guard(Excel.run(RUN, async (context) => (await readRulesSheet(context)).pack));
  }

  async saveWorkbookRules(pack: RulePack | null): Promise<void> {
    requireApi('1.9');
    await guard(
      Excel.run(RUN, async (context) => {
        if (pack) await writeRulesSheet(context, pack, { requestBudget: requestBudgetForHost() });
        else await removeRulesSheet(context);
      }),
    );
  }

  async downloadDocx(doc: ReportDocument, fileName: string): Promise<void> {
    const { renderDocxBlob } = await import(/* webpackChunkName: "docx" */ '../../docx/render-blob');
    download(await renderDocxBlob(doc), fileName);
  }

  /** The adapter's warnings the user should see (internal ones, such as an extra sync, are left out). */
  private note(warnings: (ApplyWarning | ReadWarning)[]): void {
    for (const w of warnings) {
      if (
        w.code === 'fill-approximated' ||
        w.code === 'notes-left' ||
        w.code === 'state-rows-unreadable' ||
        w.code === 'merges-unavailable'
      ) {
        const detail =
          w.code === 'state-rows-unreadable'
            ? w.rows?.join(', ')
            : 'count' in w && w.count
              ? `+${w.count}`
              : cellOf(w.message);
        this.warnings.push({ code: w.code, detail });
      }
    }
  }
}

/** A run that is one step in Excel's undo where the host can (ExcelApi 1.20); elsewhere each write is its own step. */
function undoGroup(): typeof RUN & { mergeUndoGroup?: boolean } {
  return isApiSupported('1.20') ? { ...RUN, mergeUndoGroup: true } : RUN;
}

/** The cell an adapter warning names ("自评表!B6: …"), if any. */
function cellOf(message: string): string | undefined {
  const m = /^([^:]+![A-Z]+\d+):/.exec(message);
  return m?.[1];
}

/** Office error codes (OfficeExtension.ErrorCodes) and the pane's error for each. */
const OFFICE_ERRORS: Record<string, OfficeErrorCode> = {
  InvalidSelection: 'invalid-selection',
  InvalidOperationInCellEditMode: 'cell-edit',
  RequestPayloadSizeLimitExceeded: 'request-too-large',
  ResponsePayloadSizeLimitExceeded: 'response-too-large',
  ItemNotFound: 'item-not-found',
  AccessDenied: 'access-denied',
  ApiNotFound: 'api-not-found',
  GeneralException: 'general-exception',
};

/** A run's errors as the pane's: the adapter's refusals, a partial write, and every Office error by code. */
async function guard<T>(run: Promise<T>): Promise<T> {
  try {
    return await run;
  } catch (err) {
    throw hostError(err);
  }
}

export function hostError(err: unknown): unknown {
  if (err instanceof HostError) return err;
  if (err instanceof ApplyPlanError) return new HostError(err.code, err.sheet);
  if (err instanceof CorrectionRefusedError) return correctionError(err.code, err.sheet, err.address);
  if (err instanceof PartialWriteError)
    return new HostError(err.operation === 'apply' ? 'partial-write' : 'partial-clean', err.officeCode);
  const code = (err as { code?: unknown } | null)?.code;
  // An Office.js error (OfficeExtension.Error) has a string code; anything else is a bug of ours.
  if (typeof code === 'string' && (err as { name?: unknown }).name !== 'TypeError')
    return new HostError(OFFICE_ERRORS[code] ?? 'office-error', officeErrorCode(err));
  return err;
}

function requireApi(version: string): void {
  if (!Office.context.requirements.isSetSupported('ExcelApi', version))
    throw new HostError('api-missing', `ExcelApi ${version}`);
}
