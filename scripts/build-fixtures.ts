/**
 * Writes every fixture of the corpus to test/fixtures/out/<name>.xlsx (git-ignored) so they can be
 * opened in Excel or run through the CLI, and prints the list.
 *
 * Run: compile (tsc -p tsconfig.cli.json) and `node lib/scripts/build-fixtures.js`.
 */
import * as fs from 'fs';
import * as path from 'path';
import { fixtures } from '../test/fixtures';
import { repoRoot } from './repo-root';

export async function buildFixtures(outDir = path.join(repoRoot(), 'test', 'fixtures', 'out')): Promise<string[]> {
  fs.mkdirSync(outDir, { recursive: true });
  const written: string[] = [];
  for (const spec of fixtures) {
    const file = path.join(outDir, `${spec.name}.xlsx`);
    fs.writeFileSync(file, await spec.build());
    written.push(file);
    const expect =
      spec.expect.kind === 'error' ? `error ${spec.expect.code}` : `findings: ${spec.expect.findings.length}`;
    console.log(`${spec.name.padEnd(26)} ${expect.padEnd(22)} ${spec.description}`);
  }
  return written;
}

if (require.main === module) {
  buildFixtures()
    .then((files) =>
      console.log(`\n${files.length} fixtures in ${path.relative(process.cwd(), path.dirname(files[0]))}`),
    )
    .catch((err: unknown) => {
      console.error(err);
      process.exitCode = 1;
    });
}
