import { readdirSync, statSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { type Lang, t } from '../core/i18n/catalogue';
import type { CheckArgs } from './args';
import { CheckError } from './check-error';

/** A batch: --summary, several paths, or a folder. One file without --summary keeps the single-file contract. */
export function isBatch(args: CheckArgs): boolean {
  return (
    args.summary !== undefined ||
    args.files.length > 1 ||
    statSync(args.files[0], { throwIfNoEntry: false })?.isDirectory() === true
  );
}

export interface BatchInputs {
  /** The files to check, in the order given; a folder's files in name order. */
  files: string[];
  /** Folders given that hold no workbook to check. */
  emptyFolders: string[];
}

/**
 * The files a batch checks. A folder gives its *.xlsx files, not its subfolders': a bureau's inbox often
 * keeps returned or older versions in subfolders, which would count a department twice. Passed over in a
 * folder: Office lock files (~$…), hidden files (. and macOS's ._ copies) and the summary being written.
 * A file named explicitly is always checked, but never the summary itself (it would be overwritten).
 */
export function listBatchInputs(paths: string[], summary: string | undefined, lang: Lang): BatchInputs {
  const collator = new Intl.Collator(lang, { numeric: true });
  const excluded = summary === undefined ? undefined : resolve(summary);
  const seen = new Set<string>();
  const files: string[] = [];
  const emptyFolders: string[] = [];
  const add = (file: string) => {
    const key = resolve(file);
    if (seen.has(key)) return;
    seen.add(key);
    files.push(file);
  };
  for (const path of paths) {
    // A path that does not exist is kept: reading it says so, on its own summary line.
    if (!statSync(path, { throwIfNoEntry: false })?.isDirectory()) {
      if (resolve(path) === excluded) throw new CheckError('bad-option', t(lang, 'cli.same-file', { file: path }));
      add(path);
      continue;
    }
    const found = listFolder(path, lang)
      .filter((name) => /\.xlsx$/i.test(name) && !name.startsWith('~$') && !name.startsWith('.'))
      .map((name) => join(path, name))
      .filter((file) => resolve(file) !== excluded && statSync(file, { throwIfNoEntry: false })?.isFile())
      .sort(collator.compare);
    if (found.length === 0) emptyFolders.push(path);
    found.forEach(add);
  }
  return { files, emptyFolders };
}

function listFolder(folder: string, lang: Lang): string[] {
  try {
    return readdirSync(folder);
  } catch (err) {
    const code = (err as NodeJS.ErrnoException).code;
    const detail = code === 'EACCES' ? t(lang, 'cli.fs.no-read') : (err as Error).message;
    throw new CheckError('unreadable', t(lang, 'cli.unreadable', { file: folder, detail }));
  }
}
