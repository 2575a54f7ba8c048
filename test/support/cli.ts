import { execFile } from 'node:child_process';
import { join } from 'node:path';
import { promisify } from 'node:util';

const run = promisify(execFile);

export const root = join(__dirname, '..', '..');
export const bin = join(root, 'bin', 'scoresheet.js');
export const sample = join(root, 'assets', 'sample-scoresheet.xlsx');

export interface Outcome {
  code: number;
  stdout: string;
  stderr: string;
}

/** The package's bin in a child process, as a user runs it: exit code and both streams. */
export async function cli(...args: string[]): Promise<Outcome> {
  try {
    const { stdout, stderr } = await run(process.execPath, [bin, ...args], { cwd: root, maxBuffer: 64 * 1024 * 1024 });
    return { code: 0, stdout, stderr };
  } catch (err) {
    const e = err as { code: number; stdout: string; stderr: string };
    return { code: e.code, stdout: e.stdout, stderr: e.stderr };
  }
}
