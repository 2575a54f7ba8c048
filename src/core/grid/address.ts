/** A1 addresses and rectangular areas. Rows and columns are 0-based internally. */

export interface Area {
  top: number;
  left: number;
  bottom: number;
  right: number;
}

export function columnName(col: number): string {
  let name = '';
  let n = col + 1;
  while (n > 0) {
    const rem = (n - 1) % 26;
    name = String.fromCharCode(65 + rem) + name;
    n = Math.floor((n - 1) / 26);
  }
  return name;
}

/** The 0-based index of a column name ("A" → 0, "AB" → 27), either case. The one A1 parser: the readers use it too. */
export function columnIndex(name: string): number {
  let n = 0;
  for (let k = 0; k < name.length; k++) {
    const c = name.charCodeAt(k);
    n = n * 26 + ((c >= 97 ? c - 32 : c) - 64);
  }
  return n - 1;
}

// Addresses are built for every cell read; the first columns' names are worth keeping.
const COLUMN_NAMES = Array.from({ length: 256 }, (_, c) => columnName(c));

// Every cell a table reads gets a reference with its address: build each address string once, for the
// columns people use (a sheet of 10,000 rows holds at most 10,000 × 64 of them).
const ADDRESS_COLS = 64;
const addressRows: (string[] | undefined)[] = [];

export function cellAddress(row: number, col: number): string {
  if (col >= ADDRESS_COLS || row >= 1_048_576)
    return `${col < COLUMN_NAMES.length ? COLUMN_NAMES[col] : columnName(col)}${row + 1}`;
  const known = (addressRows[row] ??= []);
  return (known[col] ??= `${COLUMN_NAMES[col]}${row + 1}`);
}

export function areaAddress(area: Area): string {
  const a = cellAddress(area.top, area.left);
  const b = cellAddress(area.bottom, area.right);
  return a === b ? a : `${a}:${b}`;
}

const A1 = /^\$?([A-Za-z]{1,3})\$?(\d+)$/;

export function parseCellAddress(address: string): { row: number; col: number } {
  const m = A1.exec(address.trim());
  if (!m) throw new Error(`Not an A1 cell address: ${address}`);
  return { row: Number(m[2]) - 1, col: columnIndex(m[1]) };
}

/** Parses "A1:C3" (or "A1") into an area; a sheet prefix ("Sheet1!A1:B2") is ignored. */
export function parseAreaAddress(address: string): Area {
  const local = address.includes('!') ? address.slice(address.lastIndexOf('!') + 1) : address;
  const [first, second] = local.split(':');
  const a = parseCellAddress(first);
  const b = second === undefined ? a : parseCellAddress(second);
  return {
    top: Math.min(a.row, b.row),
    left: Math.min(a.col, b.col),
    bottom: Math.max(a.row, b.row),
    right: Math.max(a.col, b.col),
  };
}
