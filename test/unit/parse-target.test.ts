import { operatorFromNature, parseTarget } from '../../src/core/parse/target';

describe('targets with operators', () => {
  it.each([
    ['≥70%', '>=', 0.7],
    ['>=95', '>=', 95],
    ['≧90%', '>=', 0.9],
    ['不低于95%', '>=', 0.95],
    ['不少于2次', '>=', 2],
    ['100人以上', '>=', 100],
    ['≤100%', '<=', 1],
    ['不超过3.07万元', '<=', 3.07],
    ['控制在5%以内', '<=', 0.05],
    ['=100%', '=', 1],
    ['达到100%', '=', 1],
    ['2次', null, 2],
  ])('%s → %s %d', (text, operator, value) => {
    const t = parseTarget(text);
    expect(t.operator).toBe(operator);
    expect(t.number?.value).toBeCloseTo(value, 10);
    expect(t.qualitative).toBe(false);
  });

  it('keeps qualitative targets as text', () => {
    expect(parseTarget('有效加强')).toMatchObject({ qualitative: true, operator: null, number: null });
    expect(parseTarget('达标')).toMatchObject({ qualitative: true });
  });

  it('reads the 指标性质 column', () => {
    expect(operatorFromNature('正向')).toBe('>=');
    expect(operatorFromNature('反向指标')).toBe('<=');
    expect(operatorFromNature('≤')).toBe('<=');
    expect(operatorFromNature('定性')).toBe('=');
    expect(operatorFromNature('其他')).toBeNull();
  });
});
