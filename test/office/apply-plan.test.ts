import { checkWorkbook } from '../../src/core/check';
import annotationStyles from '../../src/core/data/annotation-styles.json';
import { parseAreaAddress } from '../../src/core/grid/address';
import type { WorkbookData } from '../../src/core/grid/types';
import { buildWritePlan } from '../../src/core/write-plan/build';
import type { OutSheet, WritePlan } from '../../src/core/write-plan/types';
import { applyPlan, removeAnnotations } from '../../src/office/apply-plan';
import { ApplyPlanError } from '../../src/office/errors';
import { readWorkbook } from '../../src/office/read-workbook';
import { noteHash, parseStateColumn } from '../../src/core/write-plan/annotation-record';
import { FakeExcel, type SheetModel } from './fake-excel';
import { contents, fakeFromExcelJS, looks, sample } from './helpers';

const STATE = annotationStyles.sheetNames.state;
const USER_SHEETS = ['自评表', '收支情况', '自评表说明', '基本情况', '绩效目标'];
const hex = (kind: 'error' | 'warning' | 'deduction') => `#${annotationStyles.fills[kind].slice(2)}`;
const at = (_sheet: SheetModel, address: string) => {
  const { top, left } = parseAreaAddress(address);
  return top * 16_384 + left;
};

/** The sample in the fake, with its fills, some patterned fills and notes of the user's own. */
async function setUp(): Promise<{ fake: FakeExcel; data: WorkbookData; plan: WritePlan }> {
  const { excel, data } = await sample();
  const fake = fakeFromExcelJS(excel);
  const plan = buildWritePlan(checkWorkbook(data), 'zh-CN');
  const ws = fake.sheet('自评表');
  // A marked cell with a note and a patterned fill of the user's, and an unmarked one with a note.
  const [first] = plan.marks.filter((m) => m.sheet === '自评表');
  const c = ws.ensure(parseAreaAddress(first.address).top, parseAreaAddress(first.address).left);
  c.fill = { color: '#FFFF00', pattern: 'Gray50', patternColor: '#FF0000' };
  ws.notes.set(at(ws, first.address), { content: '用户自己的批注' });
  ws.notes.set(at(ws, 'A1'), { content: '表头说明' });
  return { fake, data, plan };
}

describe('applyPlan', () => {
  it('writes exactly the plan: fills on the marked cells only, notes, the findings block, links, table', async () => {
    const { fake, plan } = await setUp();
    const before = Object.fromEntries(USER_SHEETS.map((s) => [s, contents(fake.sheet(s))]));
    const fillsBefore = looks(fake, USER_SHEETS);
    const result = await applyPlan(fake.context, plan, { notes: true });
    expect(result.syncs).toBe(2);
    expect(fake.syncs).toBe(2);
    expect(fake.syncLog[0].writes).toBe(0);

    // The user's values are untouched.
    for (const s of USER_SHEETS) expect(contents(fake.sheet(s))).toEqual(before[s]);
    // Fills: the marked cells, by kind, and no other cell changed.
    const after = looks(fake, USER_SHEETS);
    const changed = Object.keys({ ...after, ...fillsBefore })
      .filter((k) => k.endsWith(':fill') && JSON.stringify(after[k]) !== JSON.stringify(fillsBefore[k]))
      .sort();
    const expected = plan.marks.map((m) => `${m.sheet}!${at(fake.sheet(m.sheet), m.address)}:fill`).sort();
    expect(changed).toEqual(expected);
    for (const m of plan.marks)
      expect(fake.sheet(m.sheet).at(m.address)?.fill).toEqual({
        color: hex(m.kind),
        pattern: 'Solid',
        patternColor: null,
      });
    // Notes: ours where the cell had none; the user's own note stays as it was.
    const [first, ...rest] = plan.marks.filter((m) => m.sheet === '自评表');
    expect(fake.sheet('自评表').noteAt(first.address)).toBe('用户自己的批注');
    for (const m of [...rest, ...plan.marks.filter((x) => x.sheet !== '自评表')])
      expect(fake.sheet(m.sheet).noteAt(m.address)).toBe(m.note);
    expect(fake.sheet('自评表').noteAt('A1')).toBe('表头说明');

    // The 检查结果 sheet: one block A1:H{n}, number formats written before the values.
    const findings = plan.sheets[0];
    const n = findings.rows.length;
    const block = `检查结果!A1:H${n}`;
    expect(fake.writeLog.indexOf(`numberFormat ${block}`)).toBeGreaterThanOrEqual(0);
    expect(fake.writeLog.indexOf(`numberFormat ${block}`)).toBeLessThan(fake.writeLog.indexOf(`values ${block}`));
    const sheet = fake.sheet('检查结果');
    findings.rows.forEach((row, r) =>
      row.forEach((cell, c) => {
        const got = sheet.cell(r, c);
        expect(got?.value ?? null).toEqual(cell.value === '' ? null : cell.value);
        expect(got?.formula).toBeUndefined();
        if (typeof cell.value === 'string') expect(got?.format).toBe('@');
      }),
    );
    // Links to the cells, in one setCellProperties for the column.
    for (let r = 1; r < n; r++) {
      const link = findings.rows[r][3].link as { sheet: string; address: string };
      expect(sheet.cell(r, 3)?.hyperlink).toEqual({
        documentReference: `'${link.sheet}'!${link.address}`,
        textToDisplay: link.address,
      });
    }
    expect(fake.writeLog.filter((l) => l.startsWith('setCellProperties 检查结果!'))).toEqual([
      `setCellProperties 检查结果!D2:D${n}`,
    ]);
    expect(fake.model.tables.map((t) => [t.name, t.sheet.name, t.area, t.style])).toEqual([
      ['scoresheet_findings', '检查结果', { top: 0, left: 0, bottom: n - 1, right: 7 }, 'TableStyleLight1'],
    ]);
    expect(sheet.frozenRows).toBe(1);
    expect(sheet.cell(0, 0)?.style).toMatchObject({ 'font.bold': true });
    expect(sheet.columnWidths.get(4)).toBeGreaterThan(sheet.columnWidths.get(0) as number);

    // The state: very hidden, last, one record per mark and per sheet, in the twin's form.
    const state = fake.sheet(STATE);
    expect(state.visibility).toBe('VeryHidden');
    expect(fake.model.live().map((s) => s.name)).toEqual([...USER_SHEETS, '检查结果', STATE]);
    const { records, unreadable } = parseStateColumn(
      Array.from({ length: plan.marks.length + 2 }, (_, r) => [state.cell(r, 0)?.value ?? null]),
    );
    expect(unreadable).toEqual([]);
    expect(records.filter((r) => r.type === 'mark')).toHaveLength(plan.marks.length);
    expect(records.filter((r) => r.type === 'sheet')).toEqual([{ type: 'sheet', name: '检查结果' }]);
    const kept = records.find((r) => r.type === 'mark' && r.address === first.address);
    expect(kept).toMatchObject({
      note: '用户自己的批注',
      fill: { type: 'pattern', pattern: 'mediumGray', fgColor: { argb: 'FFFF0000' }, bgColor: { argb: 'FFFFFF00' } },
      office: { noteKept: true },
    });
    const ours = records.find((r) => r.type === 'mark' && r.address === rest[0].address);
    expect(ours).toMatchObject({ office: { noteHash: noteHash(rest[0].note) } });
  });

  it('writes the generated 自评表说明 beside a user sheet of that name: free name, spans merged, A4, row heights', async () => {
    const { fake, plan } = await setUp();
    const explanation: OutSheet = {
      role: 'explanation',
      name: '自评表说明',
      columnWidths: [20, 20, 20],
      rows: [
        [{ value: '标题', style: 'title', span: 3 }],
        [{ value: '正文很长的一段', style: 'body', span: 3 }],
        [
          { value: '项目', style: 'tableHeader' },
          { value: '金额', style: 'tableHeader' },
        ],
        [
          { value: '合计', style: 'tableCell' },
          { value: 12.5, style: 'tableCell' },
        ],
      ],
      rowHeights: [undefined, 60],
      printA4: true,
    };
    const result = await applyPlan(fake.context, { ...plan, sheets: [...plan.sheets, explanation] }, { notes: false });
    expect(result.sheets).toEqual(['检查结果', '自评表说明（生成）']);
    const ws = fake.sheet('自评表说明（生成）');
    expect(ws.merges).toEqual([
      { top: 0, left: 0, bottom: 0, right: 2 },
      { top: 1, left: 0, bottom: 1, right: 2 },
    ]);
    expect(ws.pageLayout).toEqual({ paperSize: 'A4', orientation: 'Portrait' });
    expect(ws.rowHeights.get(1)).toBe(60);
    expect(ws.cell(3, 1)).toMatchObject({ value: 12.5, format: 'General' });
    expect(ws.cell(2, 0)?.style).toMatchObject({
      'border.EdgeTop.style': 'Continuous',
      'border.EdgeLeft.color': '#808080',
      'font.bold': true,
    });
    expect(ws.cell(2, 0)?.fill).toEqual({ color: '#D9E1F2', pattern: 'Solid', patternColor: null });
    // Without notes support: no note at all, and the records say the notes were unknown.
    for (const m of plan.marks) expect(fake.sheet(m.sheet).noteAt(m.address) === m.note).toBe(false);
  });

  it('writes text starting with "=", "+" or "-", or looking like a number, as text: "@" first', async () => {
    const { fake } = await setUp();
    const texts = ['=SUM(A1:A3)', '+1', '-abc', '0012', '1e5', '50%', '=1/0'];
    const sheet: OutSheet = {
      role: 'findings',
      name: '测试',
      columnWidths: [10, 10],
      rows: texts.map((t, i) => [{ value: t }, { value: i }]),
    };
    await applyPlan(fake.context, { marks: [], sheets: [sheet] }, { notes: true });
    const ws = fake.sheet('测试');
    texts.forEach((t, r) => {
      expect(ws.cell(r, 0)).toEqual({ value: t, format: '@' });
      expect(ws.cell(r, 1)).toEqual({ value: r, format: 'General' });
    });
    expect(fake.writeLog.indexOf(`numberFormat 测试!A1:B${texts.length}`)).toBeLessThan(
      fake.writeLog.indexOf(`values 测试!A1:B${texts.length}`),
    );
  });

  it('refuses a protected sheet before writing anything', async () => {
    const { fake, plan } = await setUp();
    fake.sheet('自评表').protected = true;
    await expect(applyPlan(fake.context, plan, { notes: true })).rejects.toEqual(
      new ApplyPlanError('protected-sheet', '自评表'),
    );
    expect(fake.writesReceived).toBe(0);
    expect(fake.writeLog).toEqual([]);
    expect(fake.syncs).toBe(1);
  });

  it('refuses a protected workbook structure, and a sheet of the plan that is gone, before writing anything', async () => {
    const a = await setUp();
    a.fake.model.protected = true;
    await expect(applyPlan(a.fake.context, a.plan, { notes: true })).rejects.toMatchObject({
      code: 'protected-workbook',
    });
    expect(a.fake.writesReceived).toBe(0);

    const b = await setUp();
    b.fake.sheet('自评表说明').deleted = true;
    await expect(applyPlan(b.fake.context, b.plan, { notes: true })).rejects.toEqual(
      new ApplyPlanError('missing-sheet', '自评表说明'),
    );
    expect(b.fake.writesReceived).toBe(0);
    expect(b.fake.syncLog[0].failed).toBe('ItemNotFound');
  });

  it('refuses to redo a run whose marks are on a sheet protected since, before writing anything', async () => {
    const { fake, plan } = await setUp();
    await applyPlan(fake.context, plan, { notes: true });
    const writes = fake.writesReceived;
    fake.sheet('自评表说明').protected = true;
    await expect(
      applyPlan(fake.context, { ...plan, marks: plan.marks.filter((m) => m.sheet === '自评表') }, { notes: true }),
    ).rejects.toMatchObject({ code: 'protected-sheet', sheet: '自评表说明' });
    await expect(removeAnnotations(fake.context, { notes: true })).rejects.toMatchObject({ code: 'protected-sheet' });
    expect(fake.writesReceived).toBe(writes);
  });
});

describe('apply → remove', () => {
  it('restores every fill and note exactly and deletes the generated sheets and the state', async () => {
    const { fake, plan } = await setUp();
    const before = looks(fake, USER_SHEETS);
    const values = Object.fromEntries(USER_SHEETS.map((s) => [s, contents(fake.sheet(s))]));
    await applyPlan(fake.context, plan, { notes: true });
    expect(looks(fake, USER_SHEETS)).not.toEqual(before);
    const removed = await removeAnnotations(fake.context, { notes: true });
    expect(removed).toMatchObject({ removed: true, warnings: [] });
    expect(looks(fake, USER_SHEETS)).toEqual(before);
    for (const s of USER_SHEETS) expect(contents(fake.sheet(s))).toEqual(values[s]);
    expect(fake.model.live().map((s) => s.name)).toEqual(USER_SHEETS);
    expect(fake.model.tables).toEqual([]);
    // Nothing left to remove.
    expect((await removeAnnotations(fake.context, { notes: true })).removed).toBe(false);
  });

  it('re-applying replaces the earlier run (records keep the fills from before it), then removal restores those', async () => {
    const { fake, plan } = await setUp();
    const before = looks(fake, USER_SHEETS);
    await applyPlan(fake.context, plan, { notes: true });
    const once = looks(fake, USER_SHEETS);
    // A second run that marks one cell fewer: that cell gets its own fill and note back, in two syncs
    // when told what the read found of the earlier run.
    const [dropped] = plan.marks;
    const fewer = { ...plan, marks: plan.marks.slice(1) };
    const read = await readWorkbook(fake.context, { merges: true });
    const again = await applyPlan(fake.context, fewer, { notes: true, previous: read.annotations });
    expect(again.syncs).toBe(2);
    expect(fake.sheet(dropped.sheet).at(dropped.address)?.fill).toBeUndefined();
    expect(fake.sheet(dropped.sheet).noteAt(dropped.address)).toBeNull();
    expect(fake.model.live().filter((s) => s.name.startsWith('检查结果'))).toHaveLength(1);
    // All cells again: every earlier cell is marked again, so its note is looked at anyway: two syncs.
    expect((await applyPlan(fake.context, plan, { notes: true })).syncs).toBe(2);
    expect(fake.model.tables.map((t) => t.name)).toEqual(['scoresheet_findings']);
    expect(looks(fake, USER_SHEETS)).toEqual(once);
    // One fewer without `previous`: one more sync to look at the note of the cell no longer marked.
    expect((await applyPlan(fake.context, fewer, { notes: true })).syncs).toBe(3);
    expect(fake.model.tables.map((t) => t.name)).toEqual(['scoresheet_findings']);
    expect(fake.sheet(dropped.sheet).noteAt(dropped.address)).toBeNull();
    const removed = await removeAnnotations(fake.context, {
      notes: true,
      previous: (await readWorkbook(fake.context, { merges: true })).annotations,
    });
    expect(removed.syncs).toBe(2);
    expect(looks(fake, USER_SHEETS)).toEqual(before);
    expect(fake.model.live().map((s) => s.name)).toEqual(USER_SHEETS);
  });

  it('a note of ours the user has edited is theirs: removal leaves it', async () => {
    const { fake, plan } = await setUp();
    await applyPlan(fake.context, plan, { notes: true });
    const m = plan.marks[plan.marks.length - 1];
    const ws = fake.sheet(m.sheet);
    (ws.notes.get(at(ws, m.address)) as { content: string }).content = `${m.note}\n已核对。`;
    await removeAnnotations(fake.context, { notes: true });
    expect(ws.noteAt(m.address)).toBe(`${m.note}\n已核对。`);
  });

  it('without notes support: removal leaves the notes an earlier run added, and says so', async () => {
    const { fake, plan } = await setUp();
    await applyPlan(fake.context, plan, { notes: true });
    const removed = await removeAnnotations(fake.context, { notes: false });
    expect(removed.syncs).toBe(2);
    expect(removed.warnings.map((w) => w.code)).toContain('notes-left');
    const m = plan.marks[plan.marks.length - 1];
    expect(fake.sheet(m.sheet).noteAt(m.address)).toBe(m.note);
    expect(fake.sheet(m.sheet).at(m.address)?.fill).toBeUndefined();
  });

  it('finds the state sheet when it is no longer last (one more sync)', async () => {
    const { fake, plan } = await setUp();
    const before = looks(fake, USER_SHEETS);
    await applyPlan(fake.context, plan, { notes: false });
    fake.addSheet('后加的表');
    const removed = await removeAnnotations(fake.context, { notes: false });
    expect(removed.syncs).toBe(3);
    expect(removed.warnings.map((w) => w.code)).toEqual(['state-sheet-moved']);
    expect(looks(fake, USER_SHEETS)).toEqual(before);
  });
});
