/** A banded rule says its value as the sheet does: a rate as a percentage, a count as a count. */
import { bands } from '../../src/core/rules/kinds/bands';

const list = [
  { min: 80, includeMin: true, points: 6 },
  { max: 80, includeMax: false, points: 0 },
];

it('a count stays a count in the formula (80 → 6, not 8000%)', () => {
  const out = bands({ points: 6, target: null, actual: 80, actualText: '80人', funding: {} }, 'actual', list);
  expect(out).toEqual({ computed: 6, formula: '80 → 6' });
});

it('a rate is said as a percentage (96% → 8)', () => {
  const rate = [{ min: 0.95, includeMin: true, points: 8 }];
  const out = bands(
    { points: 8, target: null, actual: null, actualText: '', funding: { 'funding-rate': 0.96 } },
    'funding-rate',
    rate,
  );
  expect(out).toEqual({ computed: 8, formula: '96% → 8' });
  const actual = bands(
    { points: 8, target: null, actual: 0.96, actualText: '96%', actualPercent: true, funding: {} },
    'actual',
    rate,
  );
  expect(actual.formula).toBe('96% → 8');
});
