import {
  correctionOnRemoval,
  type CorrectionRecord,
  freeName,
  noteHash,
  noteOnRemoval,
  parseStateColumn,
  parseStateRows,
  recordedCorrections,
  STATE_HEADER,
  stateColumn,
  unreadableRowsMessage,
} from '../../src/core/write-plan/annotation-record';

/** The one annotation record both adapters and the fast reader use. */
describe('the annotation record', () => {
  it('reads the records and names every row that is not one: bad JSON, another type, a missing member, plain text, a number', () => {
    const { records, unreadable } = parseStateColumn([
      [STATE_HEADER],
      ['{"type":"sheet","name":"检查结果"}'],
      ['{"type":"sheet",'],
      ['{"type":"other"}'],
      ['note'],
      ['{"type":"mark","sheet":"自评表","address":"B6","fill":null,"note":null}'],
      [''],
      [42],
      ['{"type":"mark","sheet":"自评表"}'],
    ]);
    expect(records).toEqual([
      { type: 'sheet', name: '检查结果' },
      { type: 'mark', sheet: '自评表', address: 'B6', fill: null, note: null },
    ]);
    expect(unreadable).toEqual([3, 4, 5, 8, 9]);
  });

  it('takes rows in any order, and reads back what it writes', () => {
    const written = stateColumn([
      { type: 'mark', sheet: 'S', address: 'A1', office: { noteHash: noteHash('x') } },
      { type: 'sheet', name: '检查结果' },
    ]);
    expect(written[0]).toBe(STATE_HEADER);
    const { records } = parseStateRows(written.map((text, i) => [i + 1, text] as const).reverse());
    expect(records.map((r) => r.type)).toEqual(['mark', 'sheet']);
  });

  it('says which rows were skipped, in either language, and nothing when none were', () => {
    expect(unreadableRowsMessage('zh-CN', [3, 4])).toContain('第 3, 4 行');
    expect(unreadableRowsMessage('en-US', [3, 4])).toContain('row 3, 4');
    expect(unreadableRowsMessage('zh-CN', [])).toBeNull();
  });

  it('compares sheet names as Excel does: case-insensitively', () => {
    expect(freeName(['REPORT'], 'Report')).toBe('Report（生成）');
    expect(freeName(['report', 'Report（生成）'], 'REPORT')).toBe('REPORT（生成2）');
    expect(freeName(['自评表'], 'Report')).toBe('Report');
  });

  it('a note of the run is taken out only while unedited; a kept or unknown note is never touched', () => {
    const ours = { type: 'mark' as const, sheet: 'S', address: 'A1', office: { noteHash: noteHash('理由\n说明') } };
    expect(noteOnRemoval(ours, '理由\r\n说明')).toBe('restore');
    expect(noteOnRemoval(ours, '理由\n说明\n已核对。')).toBe('leave');
    expect(noteOnRemoval(ours, null)).toBe('leave');
    expect(noteOnRemoval({ ...ours, office: { noteKept: true } }, 'x')).toBe('leave');
    expect(noteOnRemoval({ ...ours, office: { noteUnknown: true } }, 'x')).toBe('leave');
    // An older CLI record has no hash: its note replaced the one recorded, which comes back.
    expect(noteOnRemoval({ type: 'mark', sheet: 'S', address: 'A1', note: 'before' }, 'anything')).toBe('restore');
  });

  it('reads correction records with the rest, and refuses one without its old or new value', () => {
    const text = (from: string, to: string): CorrectionRecord => ({
      type: 'correction',
      sheet: '自评表说明',
      address: 'A37',
      kind: 'text',
      from,
      to,
      rules: ['narrative-mismatch'],
      changes: [],
    });
    const { records, unreadable, rows } = parseStateColumn([
      [STATE_HEADER],
      ['{"type":"mark","sheet":"自评表","address":"B6","fill":null,"note":null}'],
      [JSON.stringify(text('46.5 与 90', '47.5 与 90'))],
      ['{"type":"correction","sheet":"自评表","address":"D4","kind":"value","from":6}'],
      [JSON.stringify({ ...text('a', 'b'), kind: 'formula' })],
    ]);
    expect(records.map((r) => r.type)).toEqual(['mark', 'correction']);
    expect(rows).toEqual([2, 3]);
    expect(unreadable).toEqual([4, 5]);
  });

  it('makes two corrections of one cell in turn one, from the first old value to the last new one', () => {
    const at = (from: string | number, to: string | number, address = 'A37'): CorrectionRecord => ({
      type: 'correction',
      sheet: '自评表说明',
      address,
      kind: typeof to === 'number' ? 'value' : 'text',
      from,
      to,
      rules: ['narrative-mismatch'],
      changes: [{ from: String(from), to: String(to) }],
    });
    // Two figures of one paragraph corrected one after the other; another cell; then a cell corrected,
    // changed by hand, and corrected again: undo goes back to the value before the last correction only.
    const list = recordedCorrections([
      at('46.5 与 89', '47.5 与 89'),
      at(6, 6.5, 'D4'),
      at('47.5 与 89', '47.5 与 90'),
      at('x', 'y', 'A40'),
      at('typed', 'z', 'A40'),
    ]);
    expect(list.map((r) => [r.address, r.from, r.to])).toEqual([
      ['A37', '46.5 与 89', '47.5 与 90'],
      ['D4', 6, 6.5],
      ['A40', 'typed', 'z'],
    ]);
    expect(list[0].changes).toHaveLength(2);
    // Put back only where the cell still holds the corrected value, and never over a formula.
    expect(correctionOnRemoval(list[1], 6.5, false)).toBe('restore');
    expect(correctionOnRemoval(list[1], '6.5', false)).toBe('leave');
    expect(correctionOnRemoval(list[1], 6.5, true)).toBe('leave');
  });
});
