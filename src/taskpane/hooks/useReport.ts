import { report, type Checked } from '../checker';
import type { WorkbookHost } from '../hosts/host';
import { format, type Messages } from '../messages';
import type { Runner } from './useRunner';

/** The downloads: the 自评表说明 as Word, and (files only) the annotated workbook. */
export function useReport(
  host: WorkbookHost | null,
  checked: Checked | null,
  fileName: string,
  annotated: boolean,
  run: Runner['run'],
  messages: Messages,
) {
  const stem = fileName.replace(/\.xlsx$/i, '');

  const word =
    host && checked
      ? () =>
          void run(
            async () => {
              await host.downloadDocx(report(checked), format(messages.files.word, { stem }));
              return null;
            },
            { first: 'word' },
          )
      : undefined;

  const download = host?.downloadWorkbook?.bind(host);
  /** Offered wherever the host can give the workbook back (files); usable once it is annotated. */
  const workbook = download
    ? {
        enabled: annotated,
        run: () =>
          void run(
            async () => {
              await download(format(messages.files.workbook, { stem }));
              return null;
            },
            { first: 'workbook' },
          ),
      }
    : undefined;

  return { word, workbook };
}
