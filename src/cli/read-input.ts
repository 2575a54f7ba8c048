import { readFile } from 'node:fs/promises';
import { resolve } from 'node:path';
import { type Lang, t } from '../core/i18n/catalogue';
import { CheckError } from './check-error';

/** A file's bytes, or a CheckError saying in the user's language why it cannot be read. */
export async function readInput(file: string, lang: Lang): Promise<Buffer> {
  try {
    return await readFile(file);
  } catch (err) {
    const code = (err as NodeJS.ErrnoException).code;
    const detail =
      code === 'ENOENT'
        ? t(lang, 'cli.fs.no-file')
        : code === 'EISDIR'
          ? t(lang, 'cli.fs.is-folder')
          : code === 'EACCES'
            ? t(lang, 'cli.fs.no-read')
            : (err as Error).message;
    throw new CheckError('unreadable', t(lang, 'cli.unreadable', { file, detail }));
  }
}

/** The input is never written to: an output path naming it is refused before anything is done. */
export function assertNotInput(input: string, output: string, lang: Lang): void {
  if (resolve(input) === resolve(output))
    throw new CheckError('bad-option', t(lang, 'cli.same-file', { file: output }));
}
