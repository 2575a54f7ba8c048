import {
  freeName,
  noteHash,
  noteOnRemoval,
  parseStateColumn,
  parseStateRows,
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
});
