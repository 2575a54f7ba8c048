import { statSync } from 'node:fs';
import { writeFile } from 'node:fs/promises';
import { basename, dirname, resolve } from 'node:path';
import { type Lang, t } from '../core/i18n/catalogue';
import { type BatchEntry, batchExitCode, summaryRows } from '../core/output/batch-summary';
import type { CheckJson } from '../core/output/json';
import { summaryTables } from '../core/output/summary-tables';
import { unreadableRowsMessage } from '../core/write-plan/annotation-record';
import type { RulePack } from '../core/rules/pack';
import { isSummaryKeywords } from '../xlsx/summary-mark';
import type { CheckArgs } from './args';
import { listBatchInputs } from './batch-inputs';
import { checkLoaded, readWorkbookFileOrExplain } from './check-buffer';
import { CheckError } from './check-error';
import type { Io } from './io';
import { Progress } from './progress';
import { readInput } from './read-input';
import { renderText } from './report-text';
import { loadRules } from './rule-pack-file';

/** What --json prints for a file that could not be checked, in the array's place of its CheckJson. */
interface JsonFailure {
  file: string;
  error: { code: string; message: string };
}

type Outcome =
  | { kind: 'skipped' }
  | { kind: 'checked'; entry: BatchEntry; json: CheckJson; text: string; warning: string | null }
  | { kind: 'unreadable'; entry: BatchEntry & { status: 'unreadable' }; code: string };

/**
 * Checks every file, one after the other (a file's reading is CPU-bound; in parallel they would only
 * compete), with a progress bar on stderr. A file that cannot be checked gets its line in the summary and
 * on stderr, and the batch goes on. stdout: with --json one array (input order: a CheckJson per file
 * checked, { file, error } per file not); without --summary the text report of each file; else nothing.
 */
export async function runBatch(args: CheckArgs, io: Io): Promise<number> {
  const { lang, summary } = args;
  if (summary !== undefined) assertCanWrite(summary, lang);
  const rules = args.rules === undefined ? undefined : loadRules(args.rules, lang);
  const { files, emptyFolders } = listBatchInputs(args.files, summary, lang);
  if (files.length === 0)
    throw new CheckError('unreadable', t(lang, 'cli.batch.no-files', { paths: args.files.join('、') }));
  for (const folder of emptyFolders) io.stderr(`scoresheet: ${t(lang, 'cli.batch.no-files', { paths: folder })}\n`);

  const progress = new Progress({
    total: files.length,
    write: io.stderr,
    tty: io.stderrIsTTY ?? false,
    columns: io.stderrColumns,
  });
  const entries: BatchEntry[] = [];
  const stdout: (CheckJson | JsonFailure | string)[] = [];
  progress.start();
  try {
    for (const [i, path] of files.entries()) {
      const outcome = await checkOne(path, { lang, sheet: args.sheet, tolerance: args.tolerance, rules });
      progress.step(i + 1, basename(path));
      if (outcome.kind === 'skipped') {
        progress.note(t(lang, 'cli.batch.skipped-summary', { file: path }));
        continue;
      }
      entries.push(outcome.entry);
      // Rows of an annotation record edited by hand: skipped, the file still checked, and said.
      if (outcome.kind === 'checked' && outcome.warning) progress.note(`${path}: ${outcome.warning}`);
      if (outcome.kind === 'unreadable') {
        progress.note(`scoresheet: ${outcome.entry.reason}`);
        if (args.json) stdout.push({ file: path, error: { code: outcome.code, message: outcome.entry.reason } });
      } else if (args.json) stdout.push(outcome.json);
      else if (summary === undefined) stdout.push(outcome.text);
    }
  } finally {
    progress.finish();
  }
  if (entries.length === 0)
    throw new CheckError('unreadable', t(lang, 'cli.batch.no-files', { paths: args.files.join('、') }));

  if (args.json) io.stdout(`${JSON.stringify(stdout, null, 2)}\n`);
  else if (stdout.length > 0) io.stdout(stdout.join('\n'));
  if (summary !== undefined) await writeSummary(summary, entries, lang);
  const done =
    summary === undefined
      ? t(lang, 'cli.batch.done', totals(entries))
      : t(lang, 'cli.batch.done-written', { ...totals(entries), file: summary });
  io.stderr(`${done}\n`);
  return batchExitCode(entries);
}

async function checkOne(
  path: string,
  options: { lang: Lang; sheet?: string; tolerance?: number; rules?: string | RulePack },
): Promise<Outcome> {
  const file = basename(path);
  try {
    const { data, keywords, unreadableStateRows } = await readWorkbookFileOrExplain(
      await readInput(path, options.lang),
      path,
      options.lang,
    );
    if (isSummaryKeywords(keywords)) return { kind: 'skipped' };
    const { json, result } = checkLoaded({ data, excel: undefined }, { ...options, fileName: path });
    const { unit, year } = result.model.meta;
    const entry: BatchEntry = {
      status: 'checked',
      file,
      path,
      unit: unit?.text ?? null,
      year: year?.value ?? null,
      json,
    };
    return {
      kind: 'checked',
      entry,
      json,
      text: renderText(json, options.lang, result),
      warning: unreadableRowsMessage(options.lang, unreadableStateRows),
    };
  } catch (err) {
    // Reported, not swallowed: the file's summary line and stderr carry the reason, and the exit code is 2.
    const known = err instanceof CheckError;
    const reason = known
      ? err.message
      : t(options.lang, 'cli.batch.internal-error', { file, detail: (err as Error).message ?? String(err) });
    return {
      kind: 'unreadable',
      entry: { status: 'unreadable', file, path, reason },
      code: known ? err.code : 'internal',
    };
  }
}

function totals(entries: BatchEntry[]): Record<string, number> {
  const checked = entries.flatMap((e) => (e.status === 'checked' ? [e.json.findings] : []));
  const count = (severity: string) =>
    checked.reduce((n, findings) => n + findings.filter((f) => f.severity === severity).length, 0);
  return {
    files: entries.length,
    checked: checked.length,
    unreadable: entries.length - checked.length,
    errors: count('error'),
    warnings: count('warning'),
  };
}

/** Before checking dozens of files: the summary's folder must exist. */
function assertCanWrite(summary: string, lang: Lang): void {
  if (!/\.xlsx$/i.test(summary))
    throw new CheckError('bad-option', t(lang, 'cli.batch.summary-type', { file: summary }));
  if (!statSync(dirname(resolve(summary)), { throwIfNoEntry: false })?.isDirectory()) {
    throw new CheckError(
      'unreadable',
      t(lang, 'cli.batch.cannot-write', { file: summary, detail: t(lang, 'cli.fs.no-folder') }),
    );
  }
}

async function writeSummary(summary: string, entries: BatchEntry[], lang: Lang): Promise<void> {
  // ExcelJS only now, to write the summary: the files were read without it.
  const { writeSummaryWorkbook } = await import('../xlsx/summary-workbook');
  const bytes = await writeSummaryWorkbook(summaryTables(summaryRows(entries, lang), lang));
  try {
    await writeFile(summary, bytes);
  } catch (err) {
    const code = (err as NodeJS.ErrnoException).code;
    const detail =
      code === 'EBUSY' || code === 'EPERM'
        ? t(lang, 'cli.fs.busy')
        : code === 'EACCES'
          ? t(lang, 'cli.fs.denied')
          : (err as Error).message;
    throw new CheckError('unreadable', t(lang, 'cli.batch.cannot-write', { file: summary, detail }));
  }
}
