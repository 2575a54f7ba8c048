import { FakeExcel } from './fake-excel';

/** The fake is the only Excel these tests have: it must refuse what Excel refuses. */
describe('the fake Excel', () => {
  function book(): FakeExcel {
    const fake = new FakeExcel();
    const s = fake.addSheet('S');
    s.ensure(0, 0).value = 1;
    s.ensure(2, 3).value = 'x';
    return fake;
  }

  it('throws on a property read before load, after load but before sync, and on unloaded items', async () => {
    const fake = book();
    const ctx = fake.context;
    const range = ctx.workbook.worksheets.getItem('S').getUsedRange(true);
    expect(() => range.address).toThrow(/PropertyNotLoaded/);
    range.load('address');
    expect(() => range.address).toThrow(/PropertyNotLoaded/);
    await ctx.sync();
    expect(range.address).toBe('S!A1:D3');
    expect(() => range.values).toThrow(/PropertyNotLoaded/);
    const sheets = ctx.workbook.worksheets;
    expect(() => sheets.items).toThrow(/PropertyNotLoaded/);
    sheets.load('items/name');
    await ctx.sync();
    expect(sheets.items.map((s) => s.name)).toEqual(['S']);
    expect(() => sheets.items[0].visibility).toThrow(/PropertyNotLoaded/);
    expect(fake.syncs).toBe(2);
  });

  it('null objects: isNullObject after a sync only; a call through one fails the sync', async () => {
    const fake = book();
    const ctx = fake.context;
    const ws = ctx.workbook.worksheets.getItem('S');
    const none = ws.getRange('A1:B1').getMergedAreasOrNullObject();
    none.load('address');
    expect(() => none.isNullObject).toThrow(/PropertyNotLoaded/);
    await ctx.sync();
    expect(none.isNullObject).toBe(true);
    none.format.fill.color = '#FF0000';
    await expect(ctx.sync()).rejects.toMatchObject({ code: 'NullObjectChain' });
    expect(fake.sheet('S').cell(0, 0)?.fill).toBeUndefined();
  });

  it('merged areas: only those whose top-left is in the range, and failure above 512', async () => {
    const fake = book();
    const s = fake.sheet('S');
    s.merges = [{ top: 0, left: 0, bottom: 1, right: 0 }];
    for (let r = 10; r < 10 + 513; r++) s.merges.push({ top: r, left: 1, bottom: r, right: 2 });
    const ctx = fake.context;
    const ws = ctx.workbook.worksheets.getItem('S');
    const below = ws.getRange('A2:C2').getMergedAreasOrNullObject();
    below.load('address');
    const top = ws.getRange('A1').getMergedAreasOrNullObject();
    top.load('address');
    await ctx.sync();
    expect(below.isNullObject).toBe(true);
    // Cut at the queried range (office-js #1590); a range holding all of it gives it whole.
    expect(top.address).toBe('S!A1');
    const whole = ws.getRange('A1:A5').getMergedAreasOrNullObject();
    whole.load('address');
    await ctx.sync();
    expect(whole.address).toBe('S!A1:A2');
    ws.getRange('A1:C600').getMergedAreasOrNullObject().load('address');
    await expect(ctx.sync()).rejects.toMatchObject({ code: 'GeneralException' });
  });

  it('getRanges refuses more than 500 areas', async () => {
    const fake = book();
    const addresses = Array.from({ length: 501 }, (_, i) => `A${i + 1}`).join(',');
    fake.context.workbook.worksheets.getItem('S').getRanges(addresses).load('address');
    await expect(fake.context.sync()).rejects.toMatchObject({ code: 'InvalidArgument' });
  });

  it('parses strings written to cells not formatted as text, as Excel does', async () => {
    const fake = book();
    const ctx = fake.context;
    const ws = ctx.workbook.worksheets.getItem('S');
    ws.getRange('A5:D5').values = [['=1+1', '0012', '50%', 'text']];
    const text = ws.getRange('A6:B6');
    text.numberFormat = [['@', '@']];
    text.values = [['=1+1', '0012']];
    await ctx.sync();
    const s = fake.sheet('S');
    expect(s.at('A5')).toMatchObject({ formula: '=1+1' });
    expect(s.at('B5')?.value).toBe(12);
    expect(s.at('C5')?.value).toBe(0.5);
    expect(s.at('A6')).toEqual({ value: '=1+1', format: '@' });
    expect(s.at('B6')).toEqual({ value: '0012', format: '@' });
  });

  it('a protected sheet refuses writes; what ran before the failure stays done', async () => {
    const fake = book();
    fake.addSheet('P').protected = true;
    const ctx = fake.context;
    ctx.workbook.worksheets.getItem('S').getRange('A1').format.fill.color = '#00FF00';
    ctx.workbook.worksheets.getItem('P').getRange('A1').format.fill.color = '#00FF00';
    await expect(ctx.sync()).rejects.toMatchObject({ code: 'AccessDenied' });
    expect(fake.sheet('S').at('A1')?.fill?.color).toBe('#00FF00');
    expect(fake.sheet('P').at('A1')).toBeUndefined();
  });

  it('a very hidden sheet cannot be deleted', async () => {
    const fake = book();
    fake.addSheet('H').visibility = 'VeryHidden';
    fake.context.workbook.worksheets.getItem('H').delete();
    await expect(fake.context.sync()).rejects.toMatchObject({ code: 'InvalidOperation' });
  });

  it('measures each request and response, and refuses one over the payload limit before running it', async () => {
    const fake = new FakeExcel({ payloadLimit: 10_000 });
    fake.addSheet('S');
    const ws = fake.context.workbook.worksheets.getItem('S');
    ws.getRange('A1:A1000').values = Array.from({ length: 1000 }, (_, i) => [`第${i}行的文字`]);
    await expect(fake.context.sync()).rejects.toMatchObject({ code: 'RequestPayloadSizeLimitExceeded' });
    expect(fake.syncLog[0].requestBytes).toBeGreaterThan(10_000);
    expect(fake.writesReceived).toBe(0);
    expect(fake.sheet('S').cells.size).toBe(0);
  });
});
