import { parseNumberText, readCellNumber } from '../../src/core/parse/number';

describe('numbers as people type them', () => {
  it.each([
    ['97.38', 97.38, 2],
    ['3分', 3, 0],
    ['４９．８８', 49.88, 2],
    ['11,661.19', 11661.19, 2],
    ['11，661.19万元', 11661.19, 2],
    [' 8 821.3 ', 8821.3, 1],
    ['-0.5', -0.5, 1],
    ['１５分', 15, 0],
  ])('reads %s as %d with %d decimals', (text, value, decimals) => {
    const r = parseNumberText(text);
    expect(r).toMatchObject({ kind: 'number', value, decimals, percent: false });
  });

  it('reads percentages as ratios and keeps the shown decimals', () => {
    expect(parseNumberText('98.76%')).toMatchObject({ kind: 'number', value: 0.9876, percent: true, decimals: 2 });
    expect(parseNumberText('９８．７６％')).toMatchObject({ kind: 'number', percent: true, decimals: 2 });
  });

  it('keeps the unit', () => {
    expect(parseNumberText('3场')).toMatchObject({ value: 3, unit: '场' });
    expect(parseNumberText('62.16万元')).toMatchObject({ value: 62.16, unit: '万元' });
  });

  it('reads a figure with a remark in brackets after it as the figure (湖北 学生资助 自评表)', () => {
    expect(parseNumberText('7分（因全校总人数减少，总指标数减少，但奖励、资助比例没减少）')).toMatchObject({
      kind: 'number',
      value: 7,
      unit: '分',
    });
    expect(parseNumberText('98%(含)')).toMatchObject({ kind: 'number', value: 0.98, percent: true });
    expect(parseNumberText('产出指标（50分）').kind).toBe('text');
    expect(parseNumberText('是（已完成）').kind).toBe('text');
  });

  it('tells text, errors, empties and not-applicable marks apart', () => {
    expect(parseNumberText('有效加强').kind).toBe('text');
    expect(parseNumberText('1.2.3').kind).toBe('text');
    expect(parseNumberText('#REF!')).toEqual({ kind: 'error', error: '#REF!' });
    expect(parseNumberText('   ')).toEqual({ kind: 'empty' });
    expect(parseNumberText('—')).toEqual({ kind: 'empty', notApplicable: true });
    expect(parseNumberText('不适用')).toEqual({ kind: 'empty', notApplicable: true });
  });

  it('reads number cells with their format: 0.9876 under 0.00% is 98.76% with 2 decimals', () => {
    expect(readCellNumber({ value: 0.9876, format: '0.00%' })).toMatchObject({
      value: 0.9876,
      percent: true,
      decimals: 2,
    });
    expect(readCellNumber({ value: 3, format: '0.00' })).toMatchObject({ value: 3, decimals: 2 });
    expect(readCellNumber({ value: 49.88 })).toMatchObject({ value: 49.88, decimals: 2 });
    expect(readCellNumber({ value: null, error: '#DIV/0!' })).toEqual({ kind: 'error', error: '#DIV/0!' });
  });
});
