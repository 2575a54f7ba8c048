import { writeFile } from 'node:fs/promises';
import { extname } from 'node:path';
import type ExcelJS from 'exceljs';
import type { CheckResult } from '../core/check';
import { type Lang, t } from '../core/i18n/catalogue';
import { buildReport } from '../core/report/build';
import { renderMarkdown } from '../core/report/markdown';
import { unreadableRowsMessage } from '../core/write-plan/annotation-record';
import { buildWritePlan } from '../core/write-plan/build';
import { explanationSheet } from '../core/write-plan/explanation-sheet';
import { annotationStyles } from '../core/write-plan/build';
import { CheckError } from './check-error';

// ExcelJS and docx are loaded by the command that writes with them (import() below), not at start-up:
// `check` and `report -o X.md` need neither.

/** annotate: highlights with reasons, the 检查结果 sheet and the 自评表说明 sheet, into a copy. */
export async function annotate(
  excel: ExcelJS.Workbook,
  result: CheckResult,
  output: string,
  lang: Lang,
): Promise<string> {
  const explanation = buildReport(result);
  const plan = buildWritePlan(result, lang, { highlights: true, findings: true, explanation });
  const { ApplyPlanError, applyPlan } = await import('../xlsx/apply-plan');
  let unreadable: number[];
  try {
    ({ unreadableRows: unreadable } = applyPlan(excel, plan));
  } catch (err) {
    // Its own message, without the usage text: the command was right, the workbook refuses it.
    if (err instanceof ApplyPlanError) throw new CheckError(err.code, t(lang, `cli.${err.code}`, { sheet: err.sheet }));
    throw err;
  }
  await writeFile(output, Buffer.from(await excel.xlsx.writeBuffer()));
  return withWarning(
    unreadable,
    lang,
    t(lang, 'cli.annotated', { file: output, marks: plan.marks.length, findings: result.findings.length }),
  );
}

/** report: the 自评表说明 alone, as Word, Markdown or a one-sheet workbook, by the output's extension. */
export async function report(result: CheckResult, output: string, lang: Lang): Promise<string> {
  const doc = buildReport(result);
  const ext = extname(output).toLowerCase();
  let bytes: Buffer;
  if (ext === '.docx') bytes = await (await import('../docx/render')).renderDocx(doc);
  else if (ext === '.md') bytes = Buffer.from(renderMarkdown(doc), 'utf8');
  else if (ext === '.xlsx') {
    const [{ default: Excel }, { writeSheets }] = await Promise.all([import('exceljs'), import('../xlsx/apply-plan')]);
    const wb = new Excel.Workbook();
    writeSheets(wb, [explanationSheet(doc, annotationStyles.sheetNames.explanation)]);
    bytes = Buffer.from(await wb.xlsx.writeBuffer());
  } else throw new CheckError('bad-option', t(lang, 'cli.bad-report-type', { file: output }));
  await writeFile(output, bytes);
  const placeholders = doc.blocks.filter((b) => b.kind === 'paragraph' && b.placeholder).length;
  return t(lang, 'cli.reported', { file: output, placeholders });
}

/**
 * clean: everything annotate (or 标注 in Excel) added taken out again, fills and notes as they were; a note
 * the user edited after annotating stays. Cells corrected in the pane get their old value back, unless the
 * user changed them since (then they stay, with a warning). Rows of the record edited by hand are skipped,
 * with the warning 清除标注 gives in Excel, above the usual line.
 */
export async function clean(excel: ExcelJS.Workbook, output: string, lang: Lang): Promise<string> {
  const { removeAnnotations } = await import('../xlsx/apply-plan');
  const { removed, unreadableRows, correctionsRestored, correctionsKept } = removeAnnotations(excel);
  await writeFile(output, Buffer.from(await excel.xlsx.writeBuffer()));
  const list = (cells: string[]) => cells.join(lang === 'zh-CN' ? '、' : ', ');
  const lines = [t(lang, removed ? 'cli.cleaned' : 'cli.nothing-to-clean', { file: output })];
  if (correctionsRestored.length) lines.push(t(lang, 'correction.restored', { cells: list(correctionsRestored) }));
  if (correctionsKept.length)
    lines.unshift(t(lang, 'cli.warning', { message: t(lang, 'correction.kept', { cells: list(correctionsKept) }) }));
  return withWarning(unreadableRows, lang, lines.join('\n'));
}

/** A command's line, after the warning for unreadable state rows when there were any. */
function withWarning(unreadableRows: number[], lang: Lang, line: string): string {
  const warning = unreadableRowsMessage(lang, unreadableRows);
  return warning ? `${warning}\n${line}` : line;
}
