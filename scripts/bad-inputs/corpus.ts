/** The bad-input cases, in one list, and the writer of their files (docs and CLI: ../build-bad-inputs.ts). */
import * as fs from 'node:fs';
import * as path from 'node:path';
import { cellCases } from './cases-cells';
import { fileCases } from './cases-files';
import { sheetCases } from './cases-sheets';
import type { BadInputCase, Expected } from './kit';

export type { BadInputCase, Expected } from './kit';

export interface BadInput {
  /** Absolute path of the written file. */
  file: string;
  description: string;
  expected: Expected;
}

export const badInputCases: BadInputCase[] = [...fileCases, ...sheetCases, ...cellCases];

/** Writes every case into `outDir` (created if needed) and says what each must get. */
export async function buildBadInputs(outDir: string): Promise<BadInput[]> {
  fs.mkdirSync(outDir, { recursive: true });
  const out: BadInput[] = [];
  for (const c of badInputCases) {
    const file = path.join(outDir, c.file);
    fs.writeFileSync(file, await c.build());
    out.push({ file, description: c.description, expected: c.expected });
  }
  return out;
}
