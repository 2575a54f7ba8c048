import type { CheckResult } from '../core/check';
import { type Lang, t } from '../core/i18n/catalogue';
import { unreadableRowsMessage } from '../core/write-plan/annotation-record';
import { parseArgs } from './args';
import { checkBufferData, checkBufferFull, loadWorkbookOrExplain } from './check-buffer';
import { CheckError } from './check-error';
import { renderText } from './report-text';
import { loadRules } from './rule-pack-file';
import { assertNotInput, readInput } from './read-input';
import { isBatch } from './batch-inputs';
import { type Io, processIo } from './io';

export type { Io } from './io';

/**
 * The CLI. Exit 0: checked, no error finding. 1: at least one error finding.
 * 2: could not check (bad arguments, not a workbook, no score table) — one line on stderr.
 * A batch (several files, a folder, --summary) exits as its worst file does.
 */
export async function main(argv: string[], io: Io = processIo): Promise<number> {
  let lang: 'zh-CN' | 'en-US' = argv.includes('en-US') ? 'en-US' : 'zh-CN';
  try {
    const args = parseArgs(argv);
    lang = args.lang;
    if (args.command === 'help') {
      io.stdout(`${t(lang, 'cli.usage')}\n`);
      return 0;
    }
    // A batch, and the write commands, load their modules (and ExcelJS, docx) only when they run: start-up counts.
    if (args.command === 'check' && isBatch(args)) return await (await import('./batch')).runBatch(args, io);
    if (args.command === 'rules') return await (await import('./rules-command')).runRules(args, io);
    const file = args.files[0];
    if (args.output) assertNotInput(file, args.output, lang);
    const data = await readInput(file, lang);
    const rules = args.rules === undefined ? undefined : loadRules(args.rules, lang);
    if (args.command === 'clean') {
      const { clean } = await import('./write-commands');
      const { excel } = await loadWorkbookOrExplain(data, file, lang);
      io.stderr(`${await clean(excel, args.output as string, lang)}\n`);
      return 0;
    }
    const options = { fileName: file, lang, sheet: args.sheet, tolerance: args.tolerance, rules };
    if (args.command === 'fix')
      return await (await import('./fix-command')).runFix(data, file, args.output as string, args.json, options, io);
    if (args.command === 'annotate') {
      // annotate writes into the ExcelJS workbook it read; check and report need only the data.
      const { json, result, excel } = await checkBufferFull(data, options);
      const { annotate } = await import('./write-commands');
      warnRules(result, lang, io);
      io.stderr(`${await annotate(excel, result, args.output as string, lang)}\n`);
      return json.findings.some((f) => f.severity === 'error') ? 1 : 0;
    }
    const { json, result, unreadableStateRows } = await checkBufferData(data, options);
    const warning = unreadableRowsMessage(lang, unreadableStateRows);
    if (warning) io.stderr(`${warning}\n`);
    if (args.command === 'report') {
      const { report } = await import('./write-commands');
      io.stderr(`${await report(result, args.output as string, lang)}\n`);
    } else io.stdout(args.json ? `${JSON.stringify(json, null, 2)}\n` : renderText(json, lang, result));
    warnRules(result, lang, io);
    return json.findings.some((f) => f.severity === 'error') ? 1 : 0;
  } catch (err) {
    if (err instanceof CheckError) {
      io.stderr(`scoresheet: ${err.message}\n`);
      if (err.code === 'bad-option') io.stderr(`${t(lang, 'cli.usage')}\n`);
      return 2;
    }
    // Not expected: still one clear line, and the way to report it.
    io.stderr(`scoresheet: ${(err as Error).message ?? String(err)}\n`);
    return 2;
  }
}

/** What was wrong with the rules sheet (the check ran without it, or with its own rules only): one line each on stderr. */
function warnRules(result: CheckResult, lang: Lang, io: Io): void {
  for (const problem of result.workbookRules?.problems ?? [])
    io.stderr(`${t(lang, 'cli.warning', { message: problem.message })}\n`);
}
