import type { Field } from '../model/types';
import type { ReadNumber } from '../parse/number';
import { roundTo } from './tolerance';

export function numberOf(field: Field | null | undefined): ReadNumber | null {
  return field && field.reading.kind === 'number' ? field.reading : null;
}

/** A figure for a message: as shown (decimals kept, percent as %), thousands grouped for amounts. */
export function show(n: number, decimals: number, percent = false): string {
  const value = percent ? n * 100 : n;
  const d = Math.max(0, Math.min(decimals, 10));
  const fixed = roundTo(value, d).toFixed(d);
  const [int, frac] = fixed.split('.');
  const grouped = Math.abs(value) >= 1000 ? int.replace(/\B(?=(\d{3})+(?!\d))/g, ',') : int;
  return `${grouped}${frac !== undefined ? `.${frac}` : ''}${percent ? '%' : ''}`;
}

/** A figure as read from its cell, for a message. */
export function showReading(n: ReadNumber): string {
  return show(n.value, n.decimals, n.percent);
}

/** A difference between figures of these decimals, shown without noise (0.12, not 0.11999999). */
export function showDiff(diff: number, ...like: ReadNumber[]): string {
  const decimals = Math.max(0, ...like.map((n) => n.decimals));
  return show(Math.abs(diff), Math.max(decimals, 0));
}
