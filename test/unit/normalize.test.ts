import { cleanName, normalizeLabel, pointsInName } from '../../src/core/parse/normalize';
import { formatInfo, renderNumber } from '../../src/core/grid/number-format';
import { areaAddress, columnName, parseAreaAddress } from '../../src/core/grid/address';

describe('labels', () => {
  it('strips decorations from header names', () => {
    expect(normalizeLabel('指标 分值')).toBe('指标分值');
    expect(normalizeLabel('自评得\n分情况')).toBe('自评得分情况');
    expect(normalizeLabel('指标权重(分)')).toBe('指标权重');
    expect(normalizeLabel('指标性质(=,≥,≤)')).toBe('指标性质');
    expect(normalizeLabel('其中：本年财政拨款')).toBe('本年财政拨款');
    expect(normalizeLabel('“三公”经费预算数：')).toBe('三公经费预算数');
    expect(normalizeLabel('金额（万元）')).toBe('金额');
  });

  it('cleans names and reads the points they carry', () => {
    expect(cleanName('管理效能\n(50分)')).toBe('管理效能');
    expect(cleanName('预算 编制')).toBe('预算编制');
    expect(pointsInName('管理效能（50分）')).toBe(50);
    expect(pointsInName('产出指标(30)')).toBe(30);
    expect(pointsInName('预算编制')).toBeNull();
  });
});

describe('grid helpers', () => {
  it('addresses cells', () => {
    expect(columnName(0)).toBe('A');
    expect(columnName(27)).toBe('AB');
    expect(areaAddress(parseAreaAddress('Sheet1!$B$2:D10'))).toBe('B2:D10');
  });

  it('knows what a number format shows', () => {
    expect(formatInfo('0.00%')).toMatchObject({ percent: true, decimals: 2 });
    expect(formatInfo('#,##0.00_);[Red](#,##0.00)')).toMatchObject({ thousands: true, decimals: 2 });
    expect(renderNumber(11661.19, '#,##0.00')).toBe('11,661.19');
    expect(renderNumber(0.9876, '0.00%')).toBe('98.76%');
    expect(renderNumber(9.876, '0.00')).toBe('9.88');
  });
});
