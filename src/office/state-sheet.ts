import { type AnnotationRecord, isMark, type MarkRecord, stateColumn } from '../core/write-plan/annotation-record';
import type { XlWorksheet, XlWorksheetCollection } from './excel-types';
import { STATE } from './probe';
import type { AnnotationState } from './read-workbook';
import { type Job, OP } from './requests';
import { BLOCK_BYTES, queueBlock } from './sheet-writer';

/**
 * The state sheet of a run (the annotation record of src/core/write-plan/annotation-record.ts): what each
 * marked cell had before and which sheets were generated, so that 清除标注 (or `scoresheet clean`) can take
 * everything out again. It is written first, so that should a later request fail, what was done is
 * recorded and can be taken out; it is moved last and made very hidden last of all, in that order (the
 * docs do not say a very hidden sheet can be moved).
 */

/** Adds the state sheet with its records (one a row in column A, as text); returns the sheet. */
export function queueState(
  jobs: Job[],
  worksheets: XlWorksheetCollection,
  records: AnnotationRecord[],
): () => XlWorksheet {
  let ws: XlWorksheet | undefined;
  const get = (): XlWorksheet => ws as XlWorksheet;
  jobs.push({ bytes: OP, run: () => (ws = worksheets.add(STATE)) });
  const rows = stateColumn(records).map((text) => [text]);
  queueBlock(
    jobs,
    get,
    rows.map(() => ['@']),
    rows,
    BLOCK_BYTES,
  );
  return get;
}

/** Last in the workbook, where the next run's first sync looks for it (the twin adds it last too), then very hidden. */
export function queueStateLast(jobs: Job[], state: () => XlWorksheet, lastPosition: number): void {
  jobs.push({
    bytes: 2 * OP,
    run: () => {
      state().position = lastPosition;
      state().visibility = 'VeryHidden';
    },
  });
}

/** The marks readWorkbook found of an earlier run, on sheets that still exist. */
export function hintedMarks(previous: AnnotationState | undefined): MarkRecord[] {
  if (!previous?.present) return [];
  const sheets = new Set(previous.sheetNames);
  return previous.records.filter(isMark).filter((r) => sheets.has(r.sheet));
}
