import type ExcelJS from 'exceljs';
import type { WorkbookData } from '../../core/grid/types';
import type { ReportDocument } from '../../core/report/document';
import type { RulePack } from '../../core/rules/pack';
import { loadRulePack, saveRulePack } from '../settings-store';
import { type CorrectionPlan, undoCorrections } from '../../core/write-plan/corrections';
import type { WritePlan } from '../../core/write-plan/types';
import { type CleanResult, correctionError, download, HostError, type HostWarning, type WorkbookHost } from './host';

const XLSX_TYPE = 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet';

/**
 * A local .xlsx in a plain browser. ExcelJS and docx load only here, on first use, so the pane inside
 * Excel never downloads them. Nothing leaves the computer: the file is read and written in memory.
 */
export class FileHost implements WorkbookHost {
  readonly kind = 'file' as const;
  private workbook: ExcelJS.Workbook | null = null;
  private warnings: HostWarning[] = [];

  constructor(private readonly file: File) {}

  async read(): Promise<WorkbookData> {
    const { loadWorkbook } = await import(/* webpackChunkName: "xlsx" */ '../../xlsx/read');
    const { WorkbookReadError } = await import(/* webpackChunkName: "xlsx" */ '../../xlsx/errors');
    try {
      const { excel, data, unreadableStateRows } = await loadWorkbook(await this.file.arrayBuffer());
      this.workbook = excel;
      this.noteUnreadable(unreadableStateRows);
      return data;
    } catch (err) {
      if (err instanceof WorkbookReadError) throw new HostError('not-a-workbook', err.detail, err.params);
      throw err;
    }
  }

  async apply(plan: WritePlan): Promise<void> {
    const { applyPlan, ApplyPlanError } = await import(/* webpackChunkName: "xlsx" */ '../../xlsx/apply-plan');
    try {
      this.noteUnreadable(applyPlan(this.loaded(), plan).unreadableRows);
    } catch (err) {
      if (err instanceof ApplyPlanError) throw new HostError(err.code, err.sheet);
      throw err;
    }
  }

  async clean(): Promise<CleanResult> {
    const { removeAnnotations } = await import(/* webpackChunkName: "xlsx" */ '../../xlsx/apply-plan');
    this.noteUnreadable(removeAnnotations(this.loaded()).unreadableRows);
    return { notesRestored: true };
  }

  async applyCorrections(plan: CorrectionPlan): Promise<void> {
    const { applyCorrections, ApplyCorrectionsError } = await import(
      /* webpackChunkName: "xlsx" */ '../../xlsx/apply-corrections'
    );
    try {
      applyCorrections(this.loaded(), plan);
    } catch (err) {
      if (err instanceof ApplyCorrectionsError) throw correctionError(err.code, err.sheet, err.address);
      throw err;
    }
  }

  undoCorrections(plan: CorrectionPlan): Promise<void> {
    return this.applyCorrections(undoCorrections(plan));
  }

  takeWarnings(): HostWarning[] {
    const out = this.warnings;
    this.warnings = [];
    return out;
  }

  /** Rows of the annotation record edited by hand: skipped, and said (as in Excel). */
  private noteUnreadable(rows: number[]): void {
    if (rows.length) this.warnings.push({ code: 'state-rows-unreadable', detail: rows.join(', ') });
  }

  /** Kept in this browser under the file's name. */
  readWorkbookRules(): Promise<RulePack | null> {
    return Promise.resolve(loadRulePack(this.file.name));
  }

  saveWorkbookRules(pack: RulePack | null): Promise<void> {
    return saveRulePack(this.file.name, pack);
  }

  async downloadWorkbook(fileName: string): Promise<void> {
    const bytes = await this.loaded().xlsx.writeBuffer();
    download(new Blob([bytes], { type: XLSX_TYPE }), fileName);
  }

  async downloadDocx(doc: ReportDocument, fileName: string): Promise<void> {
    const { renderDocxBlob } = await import(/* webpackChunkName: "docx" */ '../../docx/render-blob');
    download(await renderDocxBlob(doc), fileName);
  }

  private loaded(): ExcelJS.Workbook {
    if (!this.workbook) throw new HostError('no-file');
    return this.workbook;
  }
}
