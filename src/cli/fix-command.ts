import { writeFile } from 'node:fs/promises';
import type { Finding } from '../core/checks/finding';
import { type Lang, t } from '../core/i18n/catalogue';
import { buildCorrectionPlan, type CellCorrection } from '../core/write-plan/corrections';
import { ApplyCorrectionsError, applyCorrections } from '../xlsx/apply-corrections';
import { type CheckBufferOptions, checkBufferFull } from './check-buffer';
import { CheckError } from './check-error';
import type { Io } from './main';

/** What `fix --json` prints: the file, the copy written, each correction made and each refused. */
export interface FixJson {
  file: string;
  output: string;
  corrections: (Omit<CellCorrection, 'address'> & { cell: string })[];
  refused: {
    sheet: string;
    cell: string;
    rule: Finding['rule'];
    reason: NonNullable<Finding['correctionRefused']>;
    message: string;
  }[];
}

/**
 * fix: checks the file and writes a copy with every unambiguous correction applied (the findings' own:
 * sums, breakdown totals, typed rates, figures in the explanation), then lists each, sheet!cell old → new,
 * and the ones refused (a formula). The input is never written; exit 0 whether anything was corrected or not.
 */
export async function runFix(
  data: Buffer,
  file: string,
  output: string,
  json: boolean,
  options: CheckBufferOptions & { lang: Lang },
  io: Io,
): Promise<number> {
  const lang = options.lang;
  const { result, excel } = await checkBufferFull(data, options);
  const plan = buildCorrectionPlan(result.findings);
  try {
    applyCorrections(excel, plan);
  } catch (err) {
    if (!(err instanceof ApplyCorrectionsError)) throw err;
    const key =
      err.code === 'protected-sheet'
        ? 'cli.fix-protected'
        : err.code === 'missing-sheet'
          ? 'cli.missing-sheet'
          : 'cli.fix-changed';
    throw new CheckError('bad-option', t(lang, key, { sheet: err.sheet, cell: err.address }));
  }
  await writeFile(output, Buffer.from(await excel.xlsx.writeBuffer()));
  const refused = result.findings.flatMap((f) =>
    f.correction === null && f.correctionRefused
      ? [{ sheet: f.sheet, cell: f.cell, rule: f.rule, reason: f.correctionRefused, message: f.message }]
      : [],
  );
  if (json) {
    const out: FixJson = {
      file,
      output,
      corrections: plan.corrections.map(({ sheet, address, ...c }) => ({ sheet, cell: address, ...c })),
      refused,
    };
    io.stdout(`${JSON.stringify(out, null, 2)}\n`);
  } else {
    for (const c of plan.corrections) {
      for (const change of c.changes) io.stdout(`${c.sheet}!${c.address}  ${change.from} → ${change.to}\n`);
    }
    for (const r of refused) {
      io.stdout(
        `${t(lang, 'cli.fix-refused', { cell: `${r.sheet}!${r.cell}`, reason: t(lang, `correction.refused.${r.reason}`) })}\n`,
      );
    }
  }
  io.stderr(
    `${t(lang, plan.corrections.length ? 'cli.fixed' : 'cli.fix-none', { file: output, count: plan.corrections.length })}\n`,
  );
  return 0;
}
