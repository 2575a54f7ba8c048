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
