/**
 * Just enough of Excel's number formats to know what a cell shows: whether it is a
 * percentage, how many decimals it displays and whether it groups thousands.
 * Scores and amounts are compared at the precision people see, so this matters.
 */

export interface FormatInfo {
  percent: boolean;
  /** Decimals shown, or null for General (as many as the value needs). */
  decimals: number | null;
  thousands: boolean;
  text: boolean;
}

const cache = new Map<string, FormatInfo>();

export function formatInfo(format: string | undefined): FormatInfo {
  const key = format ?? 'General';
  const hit = cache.get(key);
  if (hit) return hit;
  const info = analyse(key);
  cache.set(key, info);
  return info;
}

function analyse(format: string): FormatInfo {
  if (format === '' || /^general$/i.test(format))
    return { percent: false, decimals: null, thousands: false, text: false };
  if (format === '@') return { percent: false, decimals: null, thousands: false, text: true };
  // The first section applies to positive numbers; strip quoted text, escapes and colour/condition brackets.
  const section = format
    .split(';')[0]
    .replace(/"[^"]*"/g, '')
    .replace(/\\./g, '')
    .replace(/\[[^\]]*\]/g, '');
  const percent = section.includes('%');
  const dot = section.indexOf('.');
  let decimals = 0;
  if (dot >= 0) {
    for (let i = dot + 1; i < section.length && /[0#?]/.test(section[i]); i++) decimals++;
  }
  const hasDigits = /[0#?]/.test(section);
  return { percent, decimals: hasDigits ? decimals : null, thousands: /[0#?],[0#?]/.test(section), text: false };
}

/** Decimals a number needs in its shortest exact decimal form (49.88 → 2, 1e-7 → 7). */
export function naturalDecimals(value: number): number {
  if (!Number.isFinite(value) || Number.isInteger(value)) return 0;
  const s = String(Math.abs(value));
  const e = s.indexOf('e-');
  if (e >= 0) {
    const mantissa = s.slice(0, e);
    const dot = mantissa.indexOf('.');
    return Number(s.slice(e + 2)) + (dot >= 0 ? mantissa.length - dot - 1 : 0);
  }
  const dot = s.indexOf('.');
  return dot >= 0 ? s.length - dot - 1 : 0;
}

/** Renders a number the way Excel would show it under the format (the subset above). */
export function renderNumber(value: number, format: string | undefined): string {
  const info = formatInfo(format);
  const scaled = info.percent ? value * 100 : value;
  const decimals = info.decimals ?? Math.min(naturalDecimals(scaled), 10);
  let body = excelFixed(Math.abs(scaled), decimals);
  if (info.thousands) {
    const [int, frac] = body.split('.');
    body = int.replace(/\B(?=(\d{3})+(?!\d))/g, ',') + (frac !== undefined ? `.${frac}` : '');
  }
  return `${scaled < 0 && Number(body.replace(/,/g, '')) !== 0 ? '-' : ''}${body}${info.percent ? '%' : ''}`;
}

/** Excel keeps and shows at most this many significant digits. */
const EXCEL_DIGITS = 15;

/**
 * A non-negative number with `decimals` decimals as Excel shows it: the value taken at Excel's 15 significant
 * digits (1.005 is stored as 1.00499999999999989…, and Excel sees 1.00500000000000), then a half rounded
 * away from zero: 1.005 under "0.00" shows 1.01, where toFixed gives 1.00. From 1e21 on, toFixed's form is kept.
 */
function excelFixed(abs: number, decimals: number): string {
  if (!Number.isFinite(abs) || abs >= 1e21 || abs === 0) return abs.toFixed(decimals);
  const plain = shortestWithin(abs, decimals);
  if (plain !== null) return plain;
  // d.dddddddddddddde±x: the 15 significant digits and where the decimal point goes.
  const [mantissa, exponent] = abs.toExponential(EXCEL_DIGITS - 1).split('e');
  const digits = BigInt(mantissa.replace('.', ''));
  // abs ≈ digits × 10^(exponent − 14); scaled to units of the last decimal shown:
  const shift = Number(exponent) - (EXCEL_DIGITS - 1) + decimals;
  let units: bigint;
  if (shift >= 0) units = digits * 10n ** BigInt(shift);
  else {
    const divisor = 10n ** BigInt(-shift);
    units = digits / divisor;
    if ((digits % divisor) * 2n >= divisor) units += 1n;
  }
  const text = units.toString().padStart(decimals + 1, '0');
  return decimals === 0 ? text : `${text.slice(0, -decimals)}.${text.slice(-decimals)}`;
}

/**
 * The common case without arithmetic: where the number's shortest form has at most 15 significant digits and
 * no more decimals than are shown, Excel shows exactly that form, padded with zeros (96 → "96.00", 1.89 → "1.89").
 * Null where rounding has to be worked out.
 */
function shortestWithin(abs: number, decimals: number): string | null {
  const s = String(abs);
  if (s.includes('e')) return null;
  const dot = s.indexOf('.');
  const have = dot < 0 ? 0 : s.length - dot - 1;
  if (have > decimals) return null;
  let lead = 0;
  while (lead < s.length && (s[lead] === '0' || s[lead] === '.')) lead++;
  if (s.length - lead - (dot >= lead ? 1 : 0) > EXCEL_DIGITS) return null;
  if (have === decimals) return s;
  return (dot < 0 ? `${s}.` : s) + '0'.repeat(decimals - have);
}
