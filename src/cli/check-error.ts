/** Why a file could not be checked at all (the CLI's exit code 2). The message is ready for the user. */
export type CheckErrorCode =
  | 'not-a-workbook'
  | 'unreadable'
  | 'no-score-table'
  | 'no-sheet'
  | 'bad-option'
  | 'bad-rules'
  /** annotate: a sheet to mark is protected (or gone); nothing was written. */
  | 'protected-sheet'
  | 'missing-sheet';

export class CheckError extends Error {
  constructor(
    readonly code: CheckErrorCode,
    message: string,
  ) {
    super(message);
    this.name = 'CheckError';
  }
}
