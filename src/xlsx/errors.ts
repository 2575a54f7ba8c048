/**
 * A file that is no readable .xlsx workbook. `detail` says why: 'empty', 'not-zip', 'ole' (.xls or encrypted),
 * one of the codes the load guard and the zip directory use ('damaged-zip', 'overlapping-merges'…, each a
 * `read.<code>` message with `params`), or, for anything else the reader throws, its own message.
 */
export class WorkbookReadError extends Error {
  readonly code = 'not-a-workbook' as const;
  constructor(
    readonly detail: string,
    readonly params: Record<string, string | number> = {},
  ) {
    super(`not-a-workbook: ${detail}${Object.keys(params).length ? ` ${JSON.stringify(params)}` : ''}`);
    this.name = 'WorkbookReadError';
  }
}
