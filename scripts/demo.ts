import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import { main } from '../src/cli/main';

/**
 * `npm run demo`: the check of the bundled sample (its findings are the point: exit 1 from the check is
 * expected while the sample's own text states 46.5), then its annotated copy, Word and Markdown reports
 * under out/. Fails only if a step could not run at all.
 */
async function demo(): Promise<number> {
  const sample = join('assets', 'sample-scoresheet.xlsx');
  mkdirSync('out', { recursive: true });
  const steps: string[][] = [
    ['check', sample],
    ['annotate', sample, '-o', join('out', 'sample-annotated.xlsx')],
    ['report', sample, '-o', join('out', 'sample-report.docx')],
    ['report', sample, '-o', join('out', 'sample-report.md')],
  ];
  for (const args of steps) {
    if (args[0] !== 'check') process.stdout.write(`\n$ scoresheet ${args.join(' ')}\n`);
    const code = await main(args);
    if (code === 2) return 2;
  }
  return 0;
}

demo().then((code) => {
  process.exitCode = code;
});
