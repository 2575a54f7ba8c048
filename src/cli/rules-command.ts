import { writeFile } from 'node:fs/promises';
import { basename } from 'node:path';
import { type Lang, t } from '../core/i18n/catalogue';
import type { RulePack } from '../core/rules/pack';
import { shippedPacks } from '../core/rules/packs/index';
import { readWorkbookRules, RULES_SHEET } from '../core/rules/workbook-rules';
import type { CheckArgs } from './args';
import { loadWorkbookOrExplain, readWorkbookFileOrExplain } from './check-buffer';
import { CheckError } from './check-error';
import type { Io } from './io';
import { assertNotInput, readInput } from './read-input';
import { loadRules } from './rule-pack-file';

/**
 * `scoresheet rules export FILE -o PACK.json`: the rule pack saved in the workbook, as a pack file that
 * `check --rules PACK.json` reads unchanged. `scoresheet rules import FILE PACK.json|NAME -o OUT.xlsx`: a
 * copy of the workbook holding the pack (validated first) in its very hidden rules sheet, replacing what it
 * held. `scoresheet rules remove FILE -o OUT.xlsx`: a copy without it. The input is never written.
 */
export async function runRules(args: CheckArgs, io: Io): Promise<number> {
  const lang = args.lang;
  const [action, file, packArg, ...rest] = args.files;
  const output = args.output as string;
  const words: Record<string, number> = { export: 2, import: 3, remove: 2 };
  if (words[action] === undefined || args.files.length !== words[action] || rest.length > 0) {
    throw new CheckError('bad-option', t(lang, 'cli.bad-option', { detail: `rules ${args.files.join(' ')}` }));
  }
  assertNotInput(file, output, lang);
  if (action === 'import') assertNotInput(packArg, output, lang);
  const data = await readInput(file, lang);
  if (action === 'export') {
    io.stderr(`${await exportRules(data, file, output, lang)}\n`);
    return 0;
  }
  const pack = action === 'import' ? packOf(loadRules(packArg, lang)) : null;
  const { excel } = await loadWorkbookOrExplain(data, file, lang);
  const { removeRulesSheet, writeRulesSheet } = await import('../xlsx/rules-sheet');
  let message: string;
  if (pack) {
    writeRulesSheet(excel, pack, lang);
    message = t(lang, 'cli.rules.imported', {
      file: output,
      name: pack.name,
      count: pack.rules.length,
      sheet: RULES_SHEET,
    });
  } else {
    message = t(lang, removeRulesSheet(excel) ? 'cli.rules.removed' : 'cli.rules.nothing-to-remove', { file: output });
  }
  await writeFile(output, Buffer.from(await excel.xlsx.writeBuffer()));
  io.stderr(`${message}\n`);
  return 0;
}

/** The pack saved in the workbook, written as a pack file; read with the fast reader (no ExcelJS for a plain file). */
async function exportRules(data: Buffer, file: string, output: string, lang: Lang): Promise<string> {
  const { data: workbook } = await readWorkbookFileOrExplain(data, file, lang);
  const saved = readWorkbookRules(workbook, lang);
  if (!saved.present)
    throw new CheckError('bad-rules', t(lang, 'cli.rules.none', { file: basename(file), sheet: RULES_SHEET }));
  if (!saved.pack) {
    throw new CheckError(
      'bad-rules',
      t(lang, 'cli.rules.damaged', { file: basename(file), detail: saved.problems.map((p) => p.message).join(' ') }),
    );
  }
  await writeFile(output, `${JSON.stringify(saved.pack, null, 2)}\n`, 'utf8');
  const warnings = saved.problems.map((p) => `${t(lang, 'cli.warning', { message: p.message })}\n`).join('');
  return `${warnings}${t(lang, 'cli.rules.exported', { file: output, source: basename(file), name: saved.pack.name, count: saved.pack.rules.length })}`;
}

/** A shipped pack's name stands for the pack itself: the workbook gets its rules, not a reference to them. */
function packOf(loaded: string | RulePack): RulePack {
  return typeof loaded === 'string' ? (shippedPacks.get(loaded) as RulePack) : loaded;
}
