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
      code === 'ENOENT' ? (lang === 'en-US' ? 'no such file' : '文件不存在')
      : code === 'EISDIR' ? (lang === 'en-US' ? 'it is a folder' : '这是一个文件夹')
      : code === 'EACCES' ? (lang === 'en-US' ? 'permission denied' : '没有读取权限')
      : (err as Error).message;
    throw new CheckError('unreadable', t(lang, 'cli.unreadable', { file, detail }));
  }
}

/** The input is never written to: an output path naming it is refused before anything is done. */
export function assertNotInput(input: string, output: string, lang: Lang): void {
  if (resolve(input) === resolve(output)) throw new CheckError('bad-option', t(lang, 'cli.same-file', { file: output }));
}
