/** A file that is no readable .xlsx workbook. `detail` says why: 'empty', 'not-zip', 'ole' (.xls or encrypted) or the reader's message. */
export class WorkbookReadError extends Error {
  readonly code = 'not-a-workbook' as const;
  constructor(readonly detail: string) {
    super(`not-a-workbook: ${detail}`);
    this.name = 'WorkbookReadError';
  }
}
