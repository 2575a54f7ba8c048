import type ExcelJS from 'exceljs';
import type { WorkbookData } from '../../core/grid/types';
import type { ReportDocument } from '../../core/report/document';
import type { RulePack } from '../../core/rules/pack';
import { readWorkbookRules, RULES_SHEET } from '../../core/rules/workbook-rules';
import { isMark, recordedCorrections, STATE_SHEET } from '../../core/write-plan/annotation-record';
import type { CorrectionPlan } from '../../core/write-plan/corrections';
import type { WritePlan } from '../../core/write-plan/types';
import {
  type CleanResult,
  correctionError,
  type CorrectionsRestored,
  download,
  HostError,
  type HostWarning,
  NOTHING_RECORDED,
  type Recorded,
  type WorkbookHost,
} from './host';

const XLSX_TYPE = 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet';

interface Loaded {
  excel: ExcelJS.Workbook;
  data: WorkbookData;
  unreadableStateRows: number[];
}

/**
 * A local .xlsx in a plain browser. ExcelJS and docx load only here, on first use, so the pane inside
 * Excel never downloads them. Nothing leaves the computer: the file is read once and then worked on in
 * memory (annotations, corrections, the rule pack in its rules sheet), and 下载 gives that workbook back.
 */
export class FileHost implements WorkbookHost {
  readonly kind = 'file' as const;
  private loading: Promise<Loaded> | null = null;
  /** Whether the data read with the file was handed out: later reads read the workbook as it is now. */
  private readOnce = false;
  private warnings: HostWarning[] = [];
  private record: Recorded = NOTHING_RECORDED;

  constructor(private readonly file: File) {}

  async read(): Promise<WorkbookData> {
    const loaded = await this.load();
    const { workbookData } = await import(/* webpackChunkName: "xlsx" */ '../../xlsx/read');
    const { readState } = await import(/* webpackChunkName: "xlsx" */ '../../xlsx/annotation-state');
    const now = this.readOnce ? workbookData(loaded.excel) : loaded;
    this.readOnce = true;
    this.noteUnreadable(now.unreadableStateRows);
    const { records } = readState(loaded.excel.getWorksheet(STATE_SHEET));
    this.record = { annotated: records.some(isMark), corrections: recordedCorrections(records) };
    return now.data;
  }

  /** The file, loaded once (a second caller waits for the same load). */
  private load(): Promise<Loaded> {
    this.loading ??= this.loadFile().catch((err: unknown) => {
      this.loading = null;
      throw err;
    });
    return this.loading;
  }

  private async loadFile(): Promise<Loaded> {
    const { loadWorkbook } = await import(/* webpackChunkName: "xlsx" */ '../../xlsx/read');
    const { WorkbookReadError } = await import(/* webpackChunkName: "xlsx" */ '../../xlsx/errors');
    try {
      return await loadWorkbook(await this.file.arrayBuffer());
    } catch (err) {
      if (err instanceof WorkbookReadError) throw new HostError('not-a-workbook', err.detail, err.params);
      throw err;
    }
  }

  async apply(plan: WritePlan): Promise<void> {
    const { applyPlan, ApplyPlanError } = await import(/* webpackChunkName: "xlsx" */ '../../xlsx/apply-plan');
    const excel = await this.loaded();
    try {
      this.noteUnreadable(applyPlan(excel, plan).unreadableRows);
    } catch (err) {
      if (err instanceof ApplyPlanError) throw new HostError(err.code, err.sheet);
      throw err;
    }
  }

  async clean(): Promise<CleanResult> {
    const { removeAnnotations } = await import(/* webpackChunkName: "xlsx" */ '../../xlsx/apply-plan');
    const removed = removeAnnotations(await this.loaded());
    this.noteUnreadable(removed.unreadableRows);
    return { notesRestored: true, restored: removed.correctionsRestored, kept: removed.correctionsKept };
  }

  /** Written into the workbook in memory with its record, so that 下载 gives both. */
  async applyCorrections(plan: CorrectionPlan): Promise<void> {
    const { applyCorrections, ApplyCorrectionsError } = await import(
      /* webpackChunkName: "xlsx" */ '../../xlsx/apply-corrections'
    );
    const excel = await this.loaded();
    try {
      applyCorrections(excel, plan, { record: true });
    } catch (err) {
      if (err instanceof ApplyCorrectionsError) throw correctionError(err.code, err.sheet, err.address);
      throw err;
    }
  }

  async undoCorrections(): Promise<CorrectionsRestored> {
    const { undoRecordedCorrections } = await import(/* webpackChunkName: "xlsx" */ '../../xlsx/apply-corrections');
    return undoRecordedCorrections(await this.loaded());
  }

  recorded(): Recorded {
    return this.record;
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

  /**
   * In the workbook itself, its very hidden rules sheet (as inside Excel): the downloaded file carries the
   * pack, and the CLI, Excel and this page read it from there.
   */
  async readWorkbookRules(): Promise<RulePack | null> {
    const { toSheetData } = await import(/* webpackChunkName: "xlsx" */ '../../xlsx/read');
    const ws = (await this.load()).excel.getWorksheet(RULES_SHEET);
    return ws ? readWorkbookRules({ sheets: [toSheetData(ws)] }).pack : null;
  }

  async saveWorkbookRules(pack: RulePack | null): Promise<void> {
    const { writeRulesSheet, removeRulesSheet } = await import(/* webpackChunkName: "xlsx" */ '../../xlsx/rules-sheet');
    const excel = await this.loaded();
    if (pack) writeRulesSheet(excel, pack);
    else removeRulesSheet(excel);
  }

  async downloadWorkbook(fileName: string): Promise<void> {
    const bytes = await (await this.loaded()).xlsx.writeBuffer();
    download(new Blob([bytes], { type: XLSX_TYPE }), fileName);
  }

  async downloadDocx(doc: ReportDocument, fileName: string): Promise<void> {
    const { renderDocxBlob } = await import(/* webpackChunkName: "docx" */ '../../docx/render-blob');
    download(await renderDocxBlob(doc), fileName);
  }

  /** The workbook once it has been read (a write before any read has nothing to write into). */
  private async loaded(): Promise<ExcelJS.Workbook> {
    if (!this.loading) throw new HostError('no-file');
    return (await this.load()).excel;
  }
}
