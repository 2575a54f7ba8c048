import { renderNumber } from '../../src/core/grid/number-format';

describe('renderNumber rounds as Excel shows', () => {
  it.each<[number, string | undefined, string]>([
    // Stored just below the half (1.00499999999999989…); Excel sees 15 digits, 1.005, and rounds it up.
    [1.005, '0.00', '1.01'],
    [-1.005, '0.00', '-1.01'],
    [2.675, '0.00', '2.68'],
    [1.255, '#,##0.00', '1.26'],
    [1234.565, '#,##0.00', '1,234.57'],
    [0.125, '0.00', '0.13'],
    [2.5, '0', '3'],
    [-2.5, '0', '-3'],
    [0.5, '0', '1'],
    [0.49999999999, '0', '0'],
    [0.015, '0.0%', '1.5%'],
    [0.00005, '0.00%', '0.01%'],
    [0.0004, '0.0', '0.0'],
    [-0.004, '0.00', '0.00'], // no minus on a shown zero
    [49.88, undefined, '49.88'],
    [1e-7, '0.00', '0.00'],
    [123456789012345.6, '0', '123456789012346'],
    [12345678901234568, '0', '12345678901234600'], // Excel shows 15 significant digits, then zeros
    [97.375, '0.00', '97.38'],
    [11661.19, '#,##0.00', '11,661.19'],
    // Shortest forms taken as they are, padded; past 15 significant digits Excel's rounding still applies.
    [96, '0.00', '96.00'],
    [1.89, '0.00', '1.89'],
    [0.0012, '0.0000', '0.0012'],
    [12345678901234.56, '0.00', '12345678901234.60'],
    [0.12345678901234566, '0.00000000000000000', '0.12345678901234600'],
  ])('%p under %p shows %p', (value, format, shown) => {
    expect(renderNumber(value, format)).toBe(shown);
  });
});
