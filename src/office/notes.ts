import { type MarkRecord, noteHash, noteOnRemoval, noteText } from '../core/write-plan/annotation-record';
import type { CellMark } from '../core/write-plan/types';
import type { ApplyWarning } from './apply-types';
import { key, type Probe, type SheetEntry } from './probe';
import { type Job, OP, PATH, utf8 } from './requests';
import { officeFillOf, toXlsxFill } from './state-fills';

/**
 * Notes. Office.js can add, read, change and delete a note at a cell (ExcelApi 1.18) but has no "delete
 * if there" that cannot fail: `notes.getItem(address).delete()` aborts the whole batch if the note is gone.
 * So every note is looked at (`getItemOrNullObject`) before writing and only existing ones are changed.
 * A cell that already has a note of the user's keeps it untouched: ours is not added (the 检查结果 sheet
 * has the reason), and removal leaves it alone. A note we add is recorded by a hash of its text; removal
 * deletes it only if its text is still ours (a note the user has since edited is theirs). Without notes
 * support no note is added, read or removed: the record then says the note was unknown (`office.noteUnknown`).
 * The record of a mark also keeps the cell's fill from before (see fills.ts for writing fills).
 */

/** The note of a cell no longer marked, back as it was before the earlier run (the rule is the core's: noteOnRemoval). */
export function restoreNote(probe: Probe, r: MarkRecord): Job | undefined {
  const seen = probe.notes.get(key(r.sheet, r.address));
  if (!seen || noteOnRemoval(r, seen.content) === 'leave') return undefined;
  const before = noteText(r.note);
  if (before === null) return seen.content !== null ? { bytes: OP, run: () => seen.note.delete() } : undefined;
  if (seen.content === null)
    return {
      bytes: PATH + utf8(before),
      run: () => (probe.sheets.get(r.sheet) as SheetEntry).ws.notes.add(r.address, before),
    };
  if (seen.content !== before) return { bytes: OP + utf8(before), run: () => (seen.note.content = before) };
  return undefined;
}

/** One mark: the record of what its cell had before, and the write of its note (fills go per kind). */
export function planMark(
  probe: Probe,
  mark: CellMark,
  prev: MarkRecord | undefined,
  notes: boolean,
  warnings: ApplyWarning[],
): { record: MarkRecord; note?: Job } {
  const k = key(mark.sheet, mark.address);
  const base = { type: 'mark' as const, sheet: mark.sheet, address: mark.address };
  // What the cell had before any run: the earlier record's, when the cell was marked then too.
  let fill: MarkRecord['fill'];
  const office: NonNullable<MarkRecord['office']> = {};
  if (prev) {
    fill = prev.fill ?? null;
    if (prev.office?.fill !== undefined) office.fill = prev.office.fill;
    if (!officeFillOf(prev).exact)
      warnings.push({
        code: 'fill-approximated',
        message: `${mark.sheet}!${mark.address}: the earlier fill could not be restored exactly.`,
      });
  } else {
    const current = probe.fills.get(k) ?? null;
    const x = toXlsxFill(current);
    fill = x.fill;
    if (!x.exact) office.fill = current;
  }
  if (!notes) {
    if (prev) return { record: slim({ ...base, fill, note: prev.note, office: keepNoteInfo(prev, office) }) };
    return { record: slim({ ...base, fill, note: null, office: { ...office, noteUnknown: true } }) };
  }
  const seen = probe.notes.get(k);
  const current = seen?.content ?? null;
  // The user's own note at the cell, if there is one: what is there now, unless an earlier run put it there.
  let userNote: string | null = current;
  let recordNote: unknown = current;
  // The earlier run's note, unless edited since (then it is the user's): the note from before it is the user's.
  if (current !== null && prev && noteOnRemoval(prev, current) === 'restore') {
    userNote = noteText(prev.note);
    recordNote = prev.note ?? null;
  }
  if (userNote !== null && seen) {
    const record = slim({ ...base, fill, note: recordNote, office: { ...office, noteKept: true } });
    const restored = userNote;
    return {
      record,
      note:
        current !== restored ? { bytes: OP + utf8(restored), run: () => (seen.note.content = restored) } : undefined,
    };
  }
  const record = slim({ ...base, fill, note: null, office: { ...office, noteHash: noteHash(mark.note) } });
  const ws = (probe.sheets.get(mark.sheet) as SheetEntry).ws;
  const note: Job =
    seen && current !== null
      ? { bytes: OP + utf8(mark.note), run: () => (seen.note.content = mark.note) }
      : { bytes: PATH + utf8(mark.address) + utf8(mark.note), run: () => ws.notes.add(mark.address, mark.note) };
  return { record, note };
}

/**
 * A record without what the twin reads as absent anyway (a null fill, a null note): ten thousand
 * records are a megabyte, and every byte of them goes through the request.
 */
function slim(record: MarkRecord): MarkRecord {
  const out: MarkRecord = { type: 'mark', sheet: record.sheet, address: record.address } as MarkRecord;
  if (record.fill) out.fill = record.fill;
  if (record.note !== null && record.note !== undefined) out.note = record.note;
  const office = Object.fromEntries(Object.entries(record.office ?? {}).filter(([, v]) => v !== undefined));
  if (Object.keys(office).length) out.office = office;
  return out;
}

function keepNoteInfo(prev: MarkRecord, office: NonNullable<MarkRecord['office']>): MarkRecord['office'] {
  const out = { ...office };
  if (prev.office?.noteKept) out.noteKept = true;
  if (prev.office?.noteHash) out.noteHash = prev.office.noteHash;
  // A CLI record keeps the CLI's meaning (its note replaced the one in `note`); ours keep theirs.
  if (prev.office?.noteUnknown) out.noteUnknown = true;
  return out;
}
