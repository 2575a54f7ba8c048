import { readFileSync } from 'node:fs';
import { checkWorkbook } from '../src/core/check';
import { readWorkbookFast } from '../src/xlsx/fast-read';

/**
 * One check in a fresh process, as the CLI's check runs it (the fast reader): nothing compiled or cached yet.
 * Prints {"read": ms, "core": ms} for the file named on the command line.
 */
async function main(): Promise<void> {
  const bytes = readFileSync(process.argv[2]);
  let t0 = performance.now();
  const workbook = await readWorkbookFast(bytes);
  const read = performance.now() - t0;
  t0 = performance.now();
  checkWorkbook(workbook);
  const core = performance.now() - t0;
  process.stdout.write(JSON.stringify({ read, core }));
}

main().catch((err) => {
  console.error(err);
  process.exitCode = 1;
});
