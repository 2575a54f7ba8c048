/**
 * Writes every workbook of the forms corpus (test/forms) to a folder, to open in Excel or run through
 * the CLI, and prints each with the number of findings it expects.
 *
 * Run: npm run forms -- OUT_DIR
 */
import * as fs from 'fs';
import * as path from 'path';
import { forms } from '../test/forms';

export async function buildFormsCorpus(outDir: string): Promise<string[]> {
  fs.mkdirSync(outDir, { recursive: true });
  const written: string[] = [];
  for (const spec of forms) {
    const file = path.join(outDir, `${spec.name}.xlsx`);
    fs.writeFileSync(file, await spec.build());
    written.push(file);
    const errors = spec.expect.findings.filter((f) => f.severity === 'error').length;
    const warnings = spec.expect.findings.filter((f) => f.severity === 'warning').length;
    console.log(`${spec.name.padEnd(38)} errors ${errors}  warnings ${warnings}  ${spec.description}`);
  }
  return written;
}

if (require.main === module) {
  const outDir = process.argv[2];
  if (!outDir) {
    console.error('usage: npm run forms -- OUT_DIR');
    process.exitCode = 2;
  } else {
    buildFormsCorpus(outDir)
      .then((files) => console.log(`\n${files.length} workbooks in ${outDir}`))
      .catch((err: unknown) => {
        console.error(err);
        process.exitCode = 1;
      });
  }
}
