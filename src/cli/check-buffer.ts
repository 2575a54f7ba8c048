import { basename } from 'node:path';
import { checkWorkbook, type CheckOptions, type CheckResult } from '../core/check';
import { type Lang, type MessageKey, t } from '../core/i18n/catalogue';
import { toCheckJson, type CheckJson } from '../core/output/json';
import { withoutRulesSheet } from '../core/rules/workbook-rules';
import { WorkbookReadError } from '../xlsx/errors';
import type ExcelJS from 'exceljs';
import type { WorkbookData } from '../core/grid/types';
import { type WorkbookFile, readWorkbookFile } from '../xlsx/fast-read';
import type { loadWorkbook } from '../xlsx/read';
import { findBareScoreHeader } from './bare-header';
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

/**
 * Reads and checks one workbook's bytes without an ExcelJS workbook (the fast reader): for `check`, which
 * writes nothing back. Same results and messages as checkBufferFull.
 */
export async function checkBufferData(
  data: Buffer,
  options: CheckBufferOptions = {},
): Promise<{ json: CheckJson; result: CheckResult; unreadableStateRows: number[] }> {
  const lang = options.lang ?? 'zh-CN';
  const file = options.fileName ?? 'workbook.xlsx';
  // The rows of an annotation record edited by hand are skipped: the caller says so (stderr), the check goes on.
  const { data: workbook, unreadableStateRows } = await explainReadError(() => readWorkbookFile(data), file, lang);
  return { ...checkLoaded({ data: workbook, excel: undefined }, options), unreadableStateRows };
}

/** Checks a workbook already loaded (the batch looks at it first, to pass over its own summaries). */
export function checkLoaded<E>(
  { data: workbook, excel }: { data: WorkbookData; excel: E },
  options: CheckBufferOptions = {},
): { json: CheckJson; result: CheckResult; excel: E } {
  const lang = options.lang ?? 'zh-CN';
  const file = options.fileName ?? 'workbook.xlsx';
  const names = withoutRulesSheet(workbook).sheets.map((s) => s.name);
  if (options.sheet !== undefined && !names.includes(options.sheet)) {
    throw new CheckError(
      'no-sheet',
      t(lang, 'cli.no-sheet', { file: basename(file), sheet: options.sheet, sheets: names.join('、') }),
    );
  }
  const result = checkWorkbook(workbook, { ...options, lang });
  if (result.model.scoreTables.length === 0) {
    const bare = findBareScoreHeader(withoutRulesSheet(workbook), options.sheet);
    if (bare)
      throw new CheckError('no-score-table', t(lang, 'cli.score-header-only', { file: basename(file), ...bare }));
    const count = options.sheet !== undefined ? 1 : names.length;
    throw new CheckError('no-score-table', t(lang, 'cli.no-score-table', { file: basename(file), sheets: count }));
  }
  return { json: toCheckJson(file, result), result, excel };
}

/** Loads the workbook with ExcelJS (for the commands that write into it), or says in the user's language why it is no workbook. */
export async function loadWorkbookOrExplain(data: Buffer, file: string, lang: Lang): Promise<Loaded> {
  // Loaded here, not at start-up: `check` reads a plain workbook without ExcelJS.
  const { loadWorkbook } = await import('../xlsx/read');
  return explainReadError(() => loadWorkbook(data), file, lang);
}

/** Reads the workbook's data and keywords with the fast reader, or says in the user's language why it is no workbook. */
export async function readWorkbookFileOrExplain(data: Buffer, file: string, lang: Lang): Promise<WorkbookFile> {
  return explainReadError(() => readWorkbookFile(data), file, lang);
}

async function explainReadError<T>(read: () => Promise<T>, file: string, lang: Lang): Promise<T> {
  try {
    return await read();
  } catch (err) {
    if (err instanceof WorkbookReadError) {
      throw new CheckError('not-a-workbook', describeReadError(err, file, lang));
    }
    throw err;
  }
}

export async function checkBuffer(data: Buffer, options: CheckBufferOptions = {}): Promise<CheckJson> {
  return (await checkBufferData(data, options)).json;
}

/** Read errors that mean the file is no .xlsx workbook at all; the others are a workbook that cannot be read. */
const NOT_A_WORKBOOK = new Set(['empty', 'not-zip', 'ole', 'damaged-zip', 'no-workbook-part']);

function describeReadError(err: WorkbookReadError, file: string, lang: Lang): string {
  // One line on stderr whatever a sheet name or a parser's message holds.
  const params = Object.fromEntries(
    Object.entries(err.params).map(([k, v]) => [k, String(v).replace(/\s+/g, ' ').trim()]),
  );
  const key = `read.${err.detail}` as MessageKey;
  const known = t(lang, key, params);
  const detail = known === key ? err.detail.replace(/\s+/g, ' ').trim() : known;
  return t(lang, NOT_A_WORKBOOK.has(err.detail) ? 'cli.not-a-workbook' : 'cli.cannot-read', {
    file: basename(file),
    detail,
  });
}
