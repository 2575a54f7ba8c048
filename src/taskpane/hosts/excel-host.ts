import type { WorkbookData } from '../../core/grid/types';
import type { ReportDocument } from '../../core/narrative/document';
import type { WritePlan } from '../../core/write-plan/types';
import { type AnnotationState, ApplyPlanError, applyPlan, type ExcelContext, readSelection, readWorkbook, removeAnnotations, requestBudgetForHost, selectCell } from '../../office/index';
import { download, HostError, type WorkbookHost } from './host';

/** The workbook open in Excel, through the batched Office.js adapter (a constant number of syncs). */
export class ExcelHost implements WorkbookHost {
  readonly kind = 'excel' as const;
  /** What the last read found of an earlier run: spares the write a sync to look for it. */
  private previous: AnnotationState | undefined;

  async read(): Promise<WorkbookData> {
    requireApi('1.4');
    return Excel.run(async (context) => {
      const read = await readWorkbook(context as unknown as ExcelContext);
      this.previous = read.annotations;
      return read.data;
    });
  }

  async apply(plan: WritePlan): Promise<void> {
    requireApi('1.9');
    // Notes need ExcelApi 1.18; without them the 检查结果 sheet still carries every reason.
    const notes = Office.context.requirements.isSetSupported('ExcelApi', '1.18');
    await Excel.run({ delayForCellEdit: true }, async (context) => {
      await applyPlan(context as unknown as ExcelContext, plan, { notes, previous: this.previous, requestBudget: requestBudgetForHost() }).catch(translate);
      this.previous = undefined;
    });
  }

  async clean(): Promise<void> {
    requireApi('1.9');
    await Excel.run({ delayForCellEdit: true }, async (context) => {
      await removeAnnotations(context as unknown as ExcelContext, { previous: this.previous, requestBudget: requestBudgetForHost() }).catch(translate);
      this.previous = undefined;
    });
  }

  async select(sheet: string, address: string): Promise<void> {
    await Excel.run((context) => selectCell(context as unknown as ExcelContext, sheet, address));
  }

  async selection(): Promise<{ sheet: string; range: string }> {
    return Excel.run((context) => readSelection(context as unknown as ExcelContext));
  }

  async downloadDocx(doc: ReportDocument, fileName: string): Promise<void> {
    const { renderDocxBlob } = await import(/* webpackChunkName: "docx" */ '../../docx/render-blob');
    download(await renderDocxBlob(doc), fileName);
  }
}

/** The adapter's refusals (raised before anything is written) as the pane's errors. */
function translate(err: unknown): never {
  if (err instanceof ApplyPlanError) throw new HostError(err.code, err.sheet);
  throw err;
}

function requireApi(version: string): void {
  if (!Office.context.requirements.isSetSupported('ExcelApi', version)) throw new HostError('api-missing', `ExcelApi ${version}`);
}
