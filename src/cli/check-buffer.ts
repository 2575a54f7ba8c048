import { basename } from 'node:path';
import { checkWorkbook, type CheckOptions, type CheckResult } from '../core/check';
import { type Lang, t } from '../core/i18n/catalogue';
import { toCheckJson, type CheckJson } from '../core/report/json';
import { WorkbookReadError } from '../xlsx/errors';
import type ExcelJS from 'exceljs';
import { loadWorkbook } from '../xlsx/read';
import { CheckError } from './check-error';

export interface CheckBufferOptions extends Omit<CheckOptions, 'lang'> {
  lang?: Lang;
  fileName?: string;
}

/** Reads and checks one workbook's bytes; throws CheckError (with a message in the chosen language) when it cannot. */
export async function checkBufferFull(
  data: Buffer,
  options: CheckBufferOptions = {},
): Promise<{ json: CheckJson; result: CheckResult; excel: ExcelJS.Workbook }> {
  const lang = options.lang ?? 'zh-CN';
  const file = options.fileName ?? 'workbook.xlsx';
  return checkLoaded(await loadWorkbookOrExplain(data, file, lang), options);
}

type Loaded = Awaited<ReturnType<typeof loadWorkbook>>;

/** Checks a workbook already loaded (the batch looks at it first, to pass over its own summaries). */
export function checkLoaded(
  { data: workbook, excel }: Loaded,
  options: CheckBufferOptions = {},
): { json: CheckJson; result: CheckResult; excel: ExcelJS.Workbook } {
  const lang = options.lang ?? 'zh-CN';
  const file = options.fileName ?? 'workbook.xlsx';
  const names = workbook.sheets.map((s) => s.name);
  if (options.sheet !== undefined && !names.includes(options.sheet)) {
    throw new CheckError('no-sheet', t(lang, 'cli.no-sheet', { file: basename(file), sheet: options.sheet, sheets: names.join('、') }));
  }
  const result = checkWorkbook(workbook, { ...options, lang });
  if (result.model.scoreTables.length === 0) {
    const count = options.sheet !== undefined ? 1 : names.length;
    throw new CheckError('no-score-table', t(lang, 'cli.no-score-table', { file: basename(file), sheets: count }));
  }
  return { json: toCheckJson(file, result), result, excel };
}

/** Loads the workbook, or says in the user's language why it is no workbook. */
export async function loadWorkbookOrExplain(data: Buffer, file: string, lang: Lang): Promise<Loaded> {
  try {
    return await loadWorkbook(data);
  } catch (err) {
    if (err instanceof WorkbookReadError) {
      const detail = describeReadError(err.detail, lang);
      throw new CheckError('not-a-workbook', t(lang, 'cli.not-a-workbook', { file: basename(file), detail }));
    }
    throw err;
  }
}

export async function checkBuffer(data: Buffer, options: CheckBufferOptions = {}): Promise<CheckJson> {
  return (await checkBufferFull(data, options)).json;
}

function describeReadError(detail: string, lang: Lang): string {
  const zh: Record<string, string> = {
    empty: '文件为空',
    'not-zip': '文件内容不是 .xlsx 格式，可能是改了扩展名的 .csv 或其他文件',
    ole: '这是旧版 .xls 文件或加密的工作簿，请在 Excel/WPS 中另存为不加密的 .xlsx',
  };
  const en: Record<string, string> = {
    empty: 'the file is empty',
    'not-zip': 'the content is not .xlsx; perhaps a renamed .csv or other file',
    ole: 'an old .xls file or an encrypted workbook; save it as an unencrypted .xlsx in Excel or WPS',
  };
  return (lang === 'en-US' ? en : zh)[detail] ?? detail;
}
