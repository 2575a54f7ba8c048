/** Deadlines as targets (brief §2): read as dates, never as counts; met early is met. Hand-worked cases. */
import { deadlineMet, parseDeadline } from '../../src/core/parse/deadline';
import { parseTarget } from '../../src/core/parse/target';

describe('a deadline target', () => {
  it.each([
    ['9月前', { kind: 'by', month: 9 }],
    ['11月底前', { kind: 'by', month: 11 }],
    ['6月30日前', { kind: 'by', month: 6, day: 30 }],
    ['2024年12月31日前', { kind: 'by', year: 2024, month: 12, day: 31 }],
    ['年底前', { kind: 'by', month: 12 }],
    ['上半年', { kind: 'by', month: 6 }],
    ['3个月内', { kind: 'within', amount: 3, unit: 'month' }],
    ['15个工作日内', { kind: 'within', amount: 15, unit: 'day' }],
    ['按时', { kind: 'on-time' }],
    ['按期完成', { kind: 'on-time' }],
  ])('%s is a deadline', (text, expected) => {
    expect(parseDeadline(text)).toEqual(expected);
    expect(parseTarget(text)).toMatchObject({ number: null, operator: null, deadline: expected });
  });

  it.each(['≥9', '100%', '9', '≥6次', '有效提升', '13月前'])('%s is not a deadline', (text) => {
    expect(parseDeadline(text)).toBeNull();
  });
});

describe('whether an actual meets a deadline', () => {
  it.each([
    ['9月前', '7月', true],
    ['9月前', '9月', true],
    ['9月前', '10月', false],
    ['11月底前', '10月', true],
    ['6月30日前', '2024年6月20日', true],
    ['6月30日前', '2024年7月2日', false],
    ['6月30日前', '2024-06-20', true],
    ['2024年12月31日前', '2025年1月', false],
    ['年底前', '已完成', true],
    ['年底前', '12月', true],
    ['3个月内', '2个月', true],
    ['3个月内', '4个月', false],
    ['按时', '按时完成', true],
    ['按时', '已完成', true],
    ['按时', '延期完成', false],
    ['9月前', '未完成', false],
    ['9月前', '', null],
    ['3个月内', '正在推进', null],
  ])('%s against %s → %s', (target, actual, met) => {
    expect(deadlineMet(parseDeadline(target)!, actual)).toBe(met);
  });
});
