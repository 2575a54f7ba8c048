import { type Area, areaAddress, parseAreaAddress } from '../core/grid/address';

/** A sheet name as Excel writes it in a reference: quoted, quotes doubled. */
export function quoteSheet(name: string): string {
  return `'${name.replace(/'/g, "''")}'`;
}

/** A1 address of a 0-based rectangle, without sheet name ("B3", "B3:D9"). */
export function rectAddress(top: number, left: number, rowCount: number, columnCount: number): string {
  return areaAddress({ top, left, bottom: top + rowCount - 1, right: left + columnCount - 1 });
}

/**
 * Splits an address list as Excel returns it for several areas ("Sheet1!A1:B2, 'My, sheet'!C3") into
 * 0-based areas. Commas inside a quoted sheet name do not separate areas.
 */
export function parseAreaList(address: string): Area[] {
  const parts: string[] = [];
  let current = '';
  let quoted = false;
  for (let i = 0; i < address.length; i++) {
    const ch = address[i];
    if (ch === "'") {
      // A doubled quote inside a quoted name is a literal quote.
      if (quoted && address[i + 1] === "'") {
        current += "''";
        i++;
        continue;
      }
      quoted = !quoted;
      current += ch;
    } else if (ch === ',' && !quoted) {
      parts.push(current);
      current = '';
    } else {
      current += ch;
    }
  }
  parts.push(current);
  return parts
    .map((p) => p.trim())
    .filter((p) => p.length > 0)
    .map((p) => parseAreaAddress(p.replace(/\$/g, '')));
}

/** The local part of an address Excel returns ("'自评表'!$B$6" → "B6"). */
export function localAddress(address: string): string {
  return address.slice(address.lastIndexOf('!') + 1).replace(/\$/g, '');
}

/**
 * Groups cell addresses into address lists for `worksheet.getRanges()`: that call fails on long lists
 * (about 500 areas or 8,000 characters: OfficeDev/office-js #5198, #4263), so each list stays below both.
 */
export function chunkAddresses(addresses: string[], maxAreas = 500, maxChars = 8000): string[] {
  const chunks: string[] = [];
  let current: string[] = [];
  let length = 0;
  for (const a of addresses) {
    if (current.length && (current.length >= maxAreas || length + 1 + a.length > maxChars)) {
      chunks.push(current.join(','));
      current = [];
      length = 0;
    }
    current.push(a);
    length += (current.length > 1 ? 1 : 0) + a.length;
  }
  if (current.length) chunks.push(current.join(','));
  return chunks;
}
